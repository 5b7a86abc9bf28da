package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * One sentence of a paragraph.
 *
 * <pre>{@code
 * for (Sentence sentence : article.lede().orElseThrow().sentences()) {
 *     System.out.println(sentence.span().line() + ":" + sentence.span().column() + " " + sentence.text());
 * }
 * }</pre>
 *
 * @param text the sentence, without the whitespace around it
 * @param span where the sentence stands in the input (or, from
 *             {@link io.github.newswire.parser.SentenceSegmenter#segment(CharSequence)}, in the text segmented)
 * @since 0.1
 */
public record Sentence(String text, SourceSpan span) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param text the sentence, without the whitespace around it
     * @param span where the sentence stands
     * @throws NullPointerException if a component is null
     */
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
