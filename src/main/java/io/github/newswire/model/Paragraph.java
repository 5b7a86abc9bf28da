package io.github.newswire.model;

import io.github.newswire.parser.SentenceSegmenter;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of an article's body.
 *
 * <pre>{@code
 * for (Paragraph p : NewsWire.parse(text).paragraphs()) {
 *     System.out.println(p.span().line() + ": " + p.text());
 * }
 * }</pre>
 *
 * <p>In VNS text, the text is the paragraph without its surrounding whitespace, its inside kept
 * exactly as written (line breaks within a paragraph included); {@code span} slices it from the
 * input. In the structured formats the text is the plain text of one block ({@code <p>},
 * {@code <hl2>}, {@code <pre>}, …) with markup removed, entities decoded and runs of whitespace
 * made one space (except in preformatted blocks), and {@code span} locates the block's element
 * in the decoded input, its line and column those of the start tag.
 *
 * @param text the paragraph's text
 * @param span where the text stands in the input
 * @param kind what kind of block it is: a paragraph, a heading or preformatted text
 * @since 0.1
 */
public record Paragraph(String text, SourceSpan span, Kind kind) implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * What kind of block a paragraph is. VNS text has only paragraphs.
     *
     * @since 0.4
     */
    public enum Kind {
        /** Running text. */
        PARAGRAPH("paragraph"),
        /** A heading or subheading inside the body, such as NITF's {@code <hl2>} or HTML's {@code <h2>}. */
        HEADING("heading"),
        /** Text whose line breaks and spacing matter: a {@code <pre>} block, a table row, a tabular take. */
        PREFORMATTED("preformatted");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /**
         * Returns the kind's name in JSON.
         *
         * @return {@code paragraph}, {@code heading} or {@code preformatted}
         */
        public String id() {
            return id;
        }

        /**
         * Finds a kind by its {@link #id() name}.
         *
         * @param id the name
         * @return the kind, or empty if none has that name
         */
        public static java.util.Optional<Kind> fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * Checks the components.
     *
     * @param text the paragraph's text
     * @param span where the text stands in the input
     * @param kind what kind of block it is
     * @throws NullPointerException if a component is null
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A paragraph of running text.
     *
     * @param text the paragraph's text
     * @param span where the text stands in the input
     * @throws NullPointerException if a component is null
     */
    public Paragraph(String text, SourceSpan span) {
        this(text, span, Kind.PARAGRAPH);
    }

    /**
     * Splits the paragraph into sentences with the {@link io.github.newswire.parser.SentenceSegmenter#standard() standard}
     * rules. Sentences are computed on each call, not stored; for other abbreviation lists use
     * {@link io.github.newswire.parser.SentenceSegmenter#sentences(Paragraph)}.
     *
     * @return the sentences in order, with spans into the input
     */
    public List<Sentence> sentences() {
        return SentenceSegmenter.standard().sentences(this);
    }
}
