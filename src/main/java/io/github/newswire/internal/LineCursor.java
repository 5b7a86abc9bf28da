package io.github.newswire.internal;

/**
 * Turns offsets into 1-based line and column numbers by walking forward from a known position.
 * Lines end at LF, CRLF or a lone CR; columns count code points (a surrogate pair is one, and
 * so is a lone surrogate, as {@link String#codePointCount(int, int)} counts them). A cursor over
 * a {@code String} moves a line at a time (see {@link #moveTo(int)}), so it may also start at
 * the start of a long text.
 */
public final class LineCursor {

    private final CharSequence text;
    private int offset;
    private int line;
    private int column;
    /** For a {@code String}: the next LF and CR at or after {@code offset} once searched for, else -1. */
    private int nextLf = -1;
    private int nextCr = -1;
    private final boolean bmpOnly;

    /**
     * Starts a cursor at a known position.
     *
     * @param text   the text
     * @param offset a {@code char} index into the text
     * @param line   the 1-based line of {@code offset}
     * @param column the 1-based column of {@code offset}
     */
    public LineCursor(CharSequence text, int offset, int line, int column) {
        this(text, offset, line, column, false);
    }

    /**
     * Starts a cursor at a known position in a text known to hold no surrogate pair, whose
     * columns are then counted in chars.
     *
     * @param text    the text
     * @param offset  a {@code char} index into the text
     * @param line    the 1-based line of {@code offset}
     * @param column  the 1-based column of {@code offset}
     * @param bmpOnly whether the text is known to hold no surrogate pair (every code point one char)
     */
    public LineCursor(CharSequence text, int offset, int line, int column, boolean bmpOnly) {
        this.text = text;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.bmpOnly = bmpOnly;
    }

    /**
     * Walks forward to an offset at or after the current one.
     *
     * @param target the offset to reach
     * @return this cursor
     * @throws IllegalArgumentException if {@code target} is before the current offset
     */
    public LineCursor moveTo(int target) {
        if (target < offset) {
            throw new IllegalArgumentException("cursor moves forward only: " + target + " < " + offset);
        }
        if (text instanceof String string) {
            return moveWithin(string, target);
        }
        for (int i = offset; i < target; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                column++;
            }
        }
        offset = target;
        return this;
    }

    /**
     * The same walk for a {@code String}, a line at a time: the next LF and the next CR are found
     * with {@link String#indexOf(int, int)} (a vectorised search in the JDK; each searched again
     * only once passed, so a cursor moved many times still reads the text once), and only the
     * code points of the last line reached are counted, by the JDK ({@code String.codePointCount},
     * which does not even look at text without chars above U+00FF), or not at all for text known
     * to hold no surrogate pair.
     */
    private LineCursor moveWithin(String string, int target) {
        while (offset < target) {
            if (nextLf < offset) {
                nextLf = nextIndex(string, '\n', offset);
            }
            if (nextCr < offset) {
                nextCr = nextIndex(string, '\r', offset);
            }
            int lineEnd = Math.min(nextLf, nextCr);
            if (lineEnd >= target) {
                column += codePoints(string, offset, target);
                offset = target;
                break;
            }
            boolean crlf = lineEnd == nextCr && lineEnd + 1 < string.length() && string.charAt(lineEnd + 1) == '\n';
            if (crlf && lineEnd + 1 == target) {
                // Between the CR and the LF of a pair: the CR takes no column.
                column += codePoints(string, offset, lineEnd);
                offset = target;
                break;
            }
            line++;
            column = 1;
            offset = lineEnd + (crlf ? 2 : 1);
        }
        return this;
    }

    private int codePoints(String string, int from, int to) {
        return bmpOnly ? to - from : string.codePointCount(from, to);
    }

    private static int nextIndex(String string, char c, int from) {
        int at = string.indexOf(c, from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /**
     * Returns the current 1-based line.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the current 1-based column, in code points.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
