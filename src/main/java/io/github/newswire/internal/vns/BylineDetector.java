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
        if (to - nameStart > MAX_NAME_LENGTH) {
            return -1;
        }
        boolean atWordStart = true;
        int i = nameStart;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            if (Chars.isHorizontalSpace(text.charAt(i))) {
                atWordStart = true;
            } else if (atWordStart) {
                if (!(Character.isUpperCase(cp) || Character.isTitleCase(cp)) && !isJoiningWord(text, i, to)) {
                    return -1;
                }
                atWordStart = false;
            } else if (!(Character.isLetter(cp) || isNamePunctuation(cp) || Chars.isCombiningMark(cp))) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return nameStart;
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
