package io.github.newswire.parser;

import io.github.newswire.internal.vns.ParagraphSplitter;
import io.github.newswire.model.Paragraph;
import java.util.List;

/**
 * Splits text into paragraphs at blank lines.
 *
 * <pre>{@code
 * List<Paragraph> paragraphs = new BodySegmenter().segment("First.\r\n  \r\nSecond,\nstill second.");
 * paragraphs.get(1).text(); // "Second,\nstill second."
 * }</pre>
 *
 * <p>Paragraphs are separated by one or more blank lines; a line that holds only spaces or tabs
 * (any horizontal whitespace) is blank. Lines end at LF, CRLF or a lone CR. Each paragraph's
 * text has its surrounding whitespace removed and its inside kept exactly as written.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BodySegmenter {

    /** Creates a body segmenter. */
    public BodySegmenter() {
        // Stateless; a constructor rather than static methods leaves room for options.
    }

    /**
     * Splits the whole of {@code text} into paragraphs.
     *
     * @param text the text
     * @return the paragraphs in order, with spans into {@code text}; an unmodifiable list
     */
    public List<Paragraph> segment(CharSequence text) {
        return List.copyOf(ParagraphSplitter.segment(text, 0, text.length(), 1, 0, Integer.MAX_VALUE,
                Integer.MAX_VALUE));
    }
}
