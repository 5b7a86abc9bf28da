package io.github.newswire.internal.formats;

/**
 * Finds, in the decoded text, where each tag that the XML parser reports stands: the parser's
 * own locations are not exact (they run ahead after text, drift at buffer boundaries, and go past
 * the end of short documents), so positions come from this forward scan instead. Comments,
 * CDATA sections, processing instructions and the doctype are skipped; quoted attribute values
 * may hold {@code >}. Each char is looked at once, and lines and columns are counted as the
 * cursor moves.
 */
final class TagCursor {

    private final String text;
    private final LineCounter lines;
    private int at;

    TagCursor(String text, int from) {
        this.text = text;
        this.lines = new LineCounter(text);
        this.at = from;
    }

    /**
     * Moves to the next start tag.
     *
     * @return {start, end after {@code >}, 1 if it closes itself ({@code />}) else 0, line, column}
     */
    int[] nextStartTag() {
        int start = nextTag(false);
        int end = tagEnd(start);
        boolean selfClosing = end - 2 > start && text.charAt(end - 2) == '/';
        int[] found = {start, end, selfClosing ? 1 : 0, lines.line(start), lines.column(start)};
        at = end;
        return found;
    }

    /**
     * Moves to the next end tag.
     *
     * @return {start, end after {@code >}}
     */
    int[] nextEndTag() {
        int start = nextTag(true);
        int end = tagEnd(start);
        at = end;
        return new int[] {start, end};
    }

    /** The offset the cursor stands at, with its line and column: {offset, line, column}. */
    int[] position() {
        return new int[] {at, lines.line(at), lines.column(at)};
    }

    private int nextTag(boolean end) {
        int length = text.length();
        int i = at;
        while (i < length) {
            int open = text.indexOf('<', i);
            if (open < 0 || open + 1 >= length) {
                return length;
            }
            char next = text.charAt(open + 1);
            if (next == '!') {
                if (text.startsWith("<!--", open)) {
                    i = after(text.indexOf("-->", open + 4), 3);
                } else if (text.startsWith("<![CDATA[", open)) {
                    i = after(text.indexOf("]]>", open + 9), 3);
                } else {
                    i = afterDoctype(open + 2);
                }
            } else if (next == '?') {
                i = after(text.indexOf("?>", open + 2), 2);
            } else if ((next == '/') == end) {
                return open;
            } else {
                // A tag of the other kind: the parser would have reported it first; step over it.
                i = tagEnd(open);
            }
        }
        return length;
    }

    private int after(int found, int width) {
        return found < 0 ? text.length() : found + width;
    }

    private int afterDoctype(int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The offset after the {@code >} that ends the tag opening at {@code start}, quotes honoured. */
    private int tagEnd(int start) {
        char quote = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return text.length();
    }
}
