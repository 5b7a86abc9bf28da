package io.github.newswire.internal.formats;

/**
 * Line and column (in code points) of offsets asked in increasing order, each char counted once
 * as the counter moves forward. Lines end at LF, CRLF or a lone CR.
 */
final class LineCounter {

    private final String text;
    private int counted;
    private int line = 1;
    private int column = 1;

    LineCounter(String text) {
        this.text = text;
    }

    /** The line of an offset, from 1; offsets must not go back. */
    int line(int offset) {
        advance(offset);
        return line;
    }

    /** The column of an offset, from 1; offsets must not go back. */
    int column(int offset) {
        advance(offset);
        return column;
    }

    private void advance(int offset) {
        int target = Math.min(offset, text.length());
        while (counted < target) {
            char c = text.charAt(counted++);
            if (c == '\n' || (c == '\r' && (counted >= text.length() || text.charAt(counted) != '\n'))) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || counted < 2 || !Character.isHighSurrogate(text.charAt(counted - 2))) {
                column++;
            }
        }
    }
}
