package io.github.newswire.internal;

/**
 * Turns offsets into 1-based line and column numbers by walking forward from a known position.
 * Lines end at LF, CRLF or a lone CR; columns count code points (a surrogate pair is one, and
 * so is a lone surrogate, as {@link String#codePointCount(int, int)} counts them). Used for the few positions that
 * the body segmenter does not already know, so the walk stays within one paragraph.
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
     * Returns a cursor at an offset of a text, found without walking the text char by char: for a
     * {@code String}, its line breaks are counted with {@link String#indexOf(int, int)} (a
     * vectorised search in the JDK, a small fraction of the cost of decoding the text) and its
     * column is counted back from the offset to the start of its line. Gives the same line and
     * column as {@code new LineCursor(text, 0, 1, 1).moveTo(offset)}.
     *
     * @param text   the text
     * @param offset a {@code char} index into the text
     * @return a cursor at {@code offset}
     */
    public static LineCursor at(CharSequence text, int offset) {
        if (!(text instanceof String string) || offset > string.length()
                || (offset > 0 && offset < string.length() && string.charAt(offset - 1) == '\r'
                        && string.charAt(offset) == '\n')) {
            // Between the CR and the LF of a pair the column is the CR's: the walk knows that.
            return new LineCursor(text, 0, 1, 1).moveTo(offset);
        }
        int line = 1;
        int lineStart = 0;
        for (int at = string.indexOf('\n'); at >= 0 && at < offset; at = string.indexOf('\n', at + 1)) {
            line++;
            lineStart = at + 1;
        }
        for (int at = string.indexOf('\r'); at >= 0 && at < offset; at = string.indexOf('\r', at + 1)) {
            if (at + 1 >= string.length() || string.charAt(at + 1) != '\n') {
                line++;
                lineStart = Math.max(lineStart, at + 1);
            }
        }
        return new LineCursor(text, offset, line, string.codePointCount(lineStart, offset) + 1);
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
     * with {@link String#indexOf(int, int)} (each searched again only once passed, so a cursor
     * moved many times still reads the text once), and the code points of the part of a line
     * passed are counted by the JDK ({@code String.codePointCount}, which does not even look at
     * text without chars above U+00FF).
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
            if (lineEnd == nextCr && lineEnd + 1 < string.length() && string.charAt(lineEnd + 1) == '\n') {
                // CR of a CRLF pair: the LF ends the line; the CR takes no column.
                column += codePoints(string, offset, lineEnd);
                offset = lineEnd + 1;
                continue;
            }
            line++;
            column = 1;
            offset = lineEnd + 1;
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
