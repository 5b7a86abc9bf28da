package io.github.newswire.internal;

/**
 * Turns offsets into 1-based line and column numbers by walking forward from a known position.
 * Lines end at LF, CRLF or a lone CR; columns count code points. Used for the few positions that
 * the body segmenter does not already know, so the walk stays within one paragraph.
 */
public final class LineCursor {

    private final CharSequence text;
    private int offset;
    private int line;
    private int column;

    /**
     * Starts a cursor at a known position.
     *
     * @param text   the text
     * @param offset a {@code char} index into the text
     * @param line   the 1-based line of {@code offset}
     * @param column the 1-based column of {@code offset}
     */
    public LineCursor(CharSequence text, int offset, int line, int column) {
        this.text = text;
        this.offset = offset;
        this.line = line;
        this.column = column;
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
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if (!Character.isLowSurrogate(string.charAt(i))) {
                column++;
            }
        }
        return new LineCursor(text, offset, line, column);
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
        for (int i = offset; i < target; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        offset = target;
        return this;
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
