package io.github.newswire;

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
 * <p>The text is the paragraph without its surrounding whitespace, its inside kept exactly as
 * written (line breaks within a paragraph included); {@code span} slices it from the input.
 *
 * @param text the paragraph's text
 * @param span where the text stands in the input
 * @since 0.1
 */
public record Paragraph(String text, SourceSpan span) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param text the paragraph's text
     * @param span where the text stands in the input
     * @throws NullPointerException if a component is null
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Splits the paragraph into sentences with the {@link SentenceSegmenter#standard() standard}
     * rules. Sentences are computed on each call, not stored; for other abbreviation lists use
     * {@link SentenceSegmenter#sentences(Paragraph)}.
     *
     * @return the sentences in order, with spans into the input
     */
    public List<Sentence> sentences() {
        return SentenceSegmenter.standard().sentences(this);
    }
}
