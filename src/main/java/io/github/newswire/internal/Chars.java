package io.github.newswire.internal;

/**
 * Character classes shared by the parser's components. Every test is a constant-time look at one
 * {@code char}, so that scanning stays linear.
 */
public final class Chars {

    private Chars() {
    }

    /**
     * Horizontal whitespace: tab, vertical tab, form feed, every Unicode space separator
     * (category Zs, which includes the no-break space) and U+FEFF, a byte order mark that
     * concatenating files leaves inside the text. Line breaks are not included.
     *
     * @param c the character
     * @return true if {@code c} is horizontal whitespace
     */
    public static boolean isHorizontalSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * Line break characters: LF and CR (a CRLF pair is one line break).
     *
     * @param c the character
     * @return true if {@code c} is {@code \n} or {@code \r}
     */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * Horizontal whitespace or a line break.
     *
     * @param c the character
     * @return true if {@code c} is whitespace
     */
    public static boolean isWhitespace(char c) {
        return isLineBreak(c) || isHorizontalSpace(c);
    }

    /**
     * A combining mark (Unicode categories Mn and Mc), such as the accents of Vietnamese letters
     * written in normalization form D.
     *
     * @param codePoint the code point
     * @return true if it combines with the letter before it
     */
    public static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Skips horizontal whitespace forwards.
     *
     * @param text the text
     * @param from where to start
     * @param to   where to stop at the latest
     * @return the index of the first character at or after {@code from} that is not horizontal
     *         whitespace, or {@code to}
     */
    public static int skipHorizontalSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isHorizontalSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Moves back from {@code end} over whitespace, line breaks included, never below {@code floor}.
     *
     * @param text  the text
     * @param end   where to start, exclusive
     * @param floor the lowest index to reach
     * @return the end of the text before the whitespace
     */
    public static int skipWhitespaceBackwards(CharSequence text, int end, int floor) {
        int at = end;
        while (at > floor && isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * Skips horizontal whitespace backwards.
     *
     * @param text  the text
     * @param end   the exclusive end to start from
     * @param floor where to stop at the latest
     * @return the smallest {@code i >= floor} such that {@code text[i, end)} is all horizontal whitespace
     */
    public static int skipHorizontalSpaceBackwards(CharSequence text, int end, int floor) {
        int i = end;
        while (i > floor && isHorizontalSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Quotes what was found at an offset for an error message: the word that starts there (up to
     * the next whitespace), at most 30 code points, in square brackets.
     *
     * @param text the text
     * @param at   where the unexpected content starts
     * @return for example {@code [LIMA]}, {@code [A very long word…]} or {@code end of input}
     */
    public static String quoteFound(CharSequence text, int at) {
        if (at >= text.length()) {
            return "end of input";
        }
        StringBuilder found = new StringBuilder("[");
        int i = at;
        int codePoints = 0;
        while (i < text.length() && !isWhitespace(text.charAt(i))) {
            if (codePoints == 30) {
                found.append('…');
                break;
            }
            int cp = Character.codePointAt(text, i);
            found.appendCodePoint(cp);
            i += Character.charCount(cp);
            codePoints++;
        }
        return found.append(']').toString();
    }

    /**
     * Whether the text up to {@code end} ends a sentence: in . ! or ?, or in a closing quote right after one.
     *
     * @param text the text
     * @param from where the sentence starts
     * @param end  where it ends, after {@code from}
     * @return true if it ends a sentence
     */
    public static boolean endsSentence(CharSequence text, int from, int end) {
        char last = text.charAt(end - 1);
        if (last == '.' || last == '!' || last == '?') {
            return true;
        }
        boolean closingQuote = last == '\u201D' || last == '"' || last == '\u2019';
        if (closingQuote && end - 2 >= from) {
            char beforeQuote = text.charAt(end - 2);
            return beforeQuote == '.' || beforeQuote == '!' || beforeQuote == '?';
        }
        return false;
    }

    /**
     * Whether {@code expected} stands in {@code text} at {@code at}; the caller knows that
     * {@code text} is long enough.
     *
     * @param text     the text
     * @param at       where to look
     * @param expected the chars expected there
     * @return true if they stand there
     */
    public static boolean regionEquals(CharSequence text, int at, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (text.charAt(at + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
