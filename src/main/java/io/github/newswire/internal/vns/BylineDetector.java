package io.github.newswire.internal.vns;

import io.github.newswire.internal.Chars;

/**
 * Recognises a byline paragraph, {@code By Thu Hằng}: the word {@code By}, whitespace and a name
 * on one line. A name has no digit and is at most {@value #MAX_NAME_LENGTH} characters; each of
 * its words starts with a capital letter, except the joining words {@code and} and {@code &},
 * so that a lede such as {@code By 2030, …} or {@code By then the …} is not taken for a byline.
 */
public final class BylineDetector {

    /** The longest name recognised, in {@code char}s. */
    public static final int MAX_NAME_LENGTH = 80;

    private BylineDetector() {
    }

    /**
     * Finds where the name starts in a byline paragraph.
     *
     * @param text the text
     * @param from the paragraph's start
     * @param to   the paragraph's end
     * @return the index where the name starts, or -1 if the paragraph is not a byline
     */
    public static int nameStart(CharSequence text, int from, int to) {
        if (to - from < 4 || text.charAt(from) != 'B' || text.charAt(from + 1) != 'y'
                || !Chars.isHorizontalSpace(text.charAt(from + 2))) {
            return -1;
        }
        int nameStart = Chars.skipHorizontalSpace(text, from + 2, to);
        return isName(text, nameStart, to) ? nameStart : -1;
    }

    /**
     * An end-of-story credit of the author and the translator, on a line of its own, as SGGP writes
     * it: {@code By Name - Translated by Name} (the dash spaced or glued to the name), or
     * {@code Translated by Name} alone.
     *
     * @param authorStart     where the author's name starts, or -1 when only a translator is named
     * @param authorEnd       exclusive end of the author's name, or -1
     * @param translatorStart where the translator's name starts
     * @param translatorEnd   exclusive end of the translator's name
     */
    public record Tail(int authorStart, int authorEnd, int translatorStart, int translatorEnd) {
    }

    private static final String TRANSLATED_BY = "Translated by";

    /**
     * Recognises an end-of-story credit paragraph: a translator's credit, after an author's
     * {@code By} credit and a dash or alone. A {@code By} line without a translator at the end of
     * a story is not one: the field survey saw it too seldom to tell it from the story's text.
     *
     * @param text the text
     * @param from the paragraph's start
     * @param to   the paragraph's end
     * @return the names, or null if the paragraph is not such a credit
     */
    public static Tail tail(CharSequence text, int from, int to) {
        if (to - from > 2 * MAX_NAME_LENGTH + 40) {
            return null;
        }
        int translated = -1;
        for (int i = from; i + TRANSLATED_BY.length() <= to; i++) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                return null;
            }
            if (translated < 0 && c == 'T' && Chars.regionEquals(text, i, TRANSLATED_BY)
                    && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
                translated = i;
            }
        }
        if (translated < 0) {
            return null;
        }
        int afterBy = translated + TRANSLATED_BY.length();
        if (afterBy >= to || !Chars.isHorizontalSpace(text.charAt(afterBy))) {
            return null;
        }
        int translatorStart = Chars.skipHorizontalSpace(text, afterBy, to);
        if (!isName(text, translatorStart, to)) {
            return null;
        }
        if (translated == from) {
            return new Tail(-1, -1, translatorStart, to);
        }
        // Before "Translated": a dash with any spacing, and the author's "By" credit.
        int dashEnd = Chars.skipHorizontalSpaceBackwards(text, translated, from);
        if (dashEnd == from || DatelineDetector.dashAt(text, dashEnd - 1, to) == null) {
            return null;
        }
        int dashStart = dashEnd - 1;
        if (dashStart > from && text.charAt(dashStart) == '-' && text.charAt(dashStart - 1) == '-') {
            dashStart--;
        }
        int authorEnd = Chars.skipHorizontalSpaceBackwards(text, dashStart, from);
        int authorStart = nameStart(text, from, authorEnd);
        return authorStart < 0 ? null : new Tail(authorStart, authorEnd, translatorStart, to);
    }

    /**
     * Whether a paragraph is a name alone: one line of two to six words that each start with a
     * capital, as an author's name left on the last line after a sign-off is.
     *
     * @param text the text
     * @param from the paragraph's start
     * @param to   the paragraph's end
     * @return true for a name alone
     */
    public static boolean isNameAlone(CharSequence text, int from, int to) {
        if (!isName(text, from, to) || text.charAt(to - 1) == '.' || text.charAt(to - 1) == ',') {
            return false;
        }
        int words = 1;
        for (int i = from; i < to; i++) {
            if (Chars.isHorizontalSpace(text.charAt(i)) && !Chars.isHorizontalSpace(text.charAt(i + 1))) {
                words++;
            }
        }
        return words >= 2 && words <= 6;
    }

    /** Words that each start with a capital (or are a joining word), letters and name punctuation. */
    private static boolean isName(CharSequence text, int nameStart, int to) {
        if (nameStart >= to || to - nameStart > MAX_NAME_LENGTH) {
            return false;
        }
        boolean atWordStart = true;
        int i = nameStart;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            if (Chars.isHorizontalSpace(text.charAt(i))) {
                atWordStart = true;
            } else if (atWordStart) {
                if (!(Character.isUpperCase(cp) || Character.isTitleCase(cp)) && !isJoiningWord(text, i, to)) {
                    return false;
                }
                atWordStart = false;
            } else if (!(Character.isLetter(cp) || isNamePunctuation(cp) || Chars.isCombiningMark(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isJoiningWord(CharSequence text, int at, int to) {
        if (text.charAt(at) == '&') {
            return at + 1 == to || Chars.isHorizontalSpace(text.charAt(at + 1));
        }
        return at + 3 <= to && text.charAt(at) == 'a' && text.charAt(at + 1) == 'n' && text.charAt(at + 2) == 'd'
                && (at + 3 == to || Chars.isHorizontalSpace(text.charAt(at + 3)));
    }

    private static boolean isNamePunctuation(int cp) {
        return cp == '.' || cp == '-' || cp == '\'' || cp == '\u2019' || cp == ',';
    }

}
