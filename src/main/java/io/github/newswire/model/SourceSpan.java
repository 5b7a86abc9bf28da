package io.github.newswire.model;

import java.io.Serializable;

/**
 * Where a part of an article stands in the text it was parsed from.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(text);
 * SourceSpan span = article.paragraphs().get(0).span();
 * String same = text.substring(span.start(), span.end()); // the paragraph's text
 * System.out.println(span.line() + ":" + span.column());  // where it starts, for messages
 * }</pre>
 *
 * <p>{@code start} and {@code end} are {@code char} (UTF-16) indices into the text that was
 * parsed, so that {@code text.substring(start, end)} is the part's text. When bytes, a file or a
 * stream are parsed, that text is their UTF-8 decoding with a leading byte order mark removed
 * (see {@link io.github.newswire.parser.WireParser#decode(byte[])}). {@code line} and {@code column} locate {@code start}
 * for people: both count from 1, lines end at LF, CRLF or a lone CR, and the column counts
 * Unicode code points from the start of the line.
 *
 * @param start  index of the first {@code char} of the part, inclusive
 * @param end    index after the last {@code char} of the part, exclusive
 * @param line   1-based line of {@code start}
 * @param column 1-based column of {@code start}, in code points
 * @since 0.1
 */
public record SourceSpan(int start, int end, int line, int column) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that the span is well formed.
     *
     * @param start  index of the first {@code char} of the part, inclusive
     * @param end    index after the last {@code char} of the part, exclusive
     * @param line   1-based line of {@code start}
     * @param column 1-based column of {@code start}, in code points
     * @throws IllegalArgumentException if {@code start} is negative, {@code end} is before
     *                                  {@code start}, or {@code line} or {@code column} is below 1
     */
    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span offsets [" + start + ", " + end + ")");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, found " + line + ":" + column);
        }
    }

    /**
     * Returns the number of {@code char}s the span covers.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }
}
