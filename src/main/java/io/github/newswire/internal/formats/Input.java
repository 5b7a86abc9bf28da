package io.github.newswire.internal.formats;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A file handed to a reader, with what the parser's options provide. A reader that parses bytes
 * itself (ninjs, with Jackson) takes {@link #bytes()}; the others take {@link #text()}, decoded
 * once, when first asked.
 */
public final class Input {

    private final byte[] bytes;
    private final Supplier<String> decoder;
    private String text;
    private final String source;
    private final ProblemSink fileProblems;
    private final Supplier<ProblemSink> newProblems;
    private final int maxParagraphs;
    private final LocalDate today;

    /**
     * A file.
     *
     * @param bytes         the file's bytes, or null if it was given as text
     * @param decoder       gives the decoded text (spans index it), asked once at most
     * @param source        where it was read from, or null
     * @param fileProblems  where problems of the file as a whole go; also the first item's problems
     * @param newProblems   makes a sink for each further item's problems
     * @param maxParagraphs the most paragraphs read for one item
     * @param today         the parser's reference day, for dates written without a year
     */
    public Input(byte[] bytes, Supplier<String> decoder, String source, ProblemSink fileProblems,
            Supplier<ProblemSink> newProblems, int maxParagraphs, LocalDate today) {
        this.bytes = bytes;
        this.decoder = decoder;
        this.source = source;
        this.fileProblems = fileProblems;
        this.newProblems = newProblems;
        this.maxParagraphs = maxParagraphs;
        this.today = today;
    }

    /**
     * Returns the decoded file.
     *
     * @return the text that spans index
     */
    public String text() {
        if (text == null) {
            text = decoder.get();
        }
        return text;
    }

    /**
     * Returns the file's bytes, if it was given as bytes.
     *
     * @return the bytes, or null
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * Returns where the file was read from.
     *
     * @return the path as given, or null
     */
    public String source() {
        return source;
    }

    /**
     * Returns where problems of the file as a whole go.
     *
     * @return the sink, also the first item's
     */
    public ProblemSink fileProblems() {
        return fileProblems;
    }

    /**
     * Returns the most paragraphs read for one item.
     *
     * @return the limit
     */
    public int maxParagraphs() {
        return maxParagraphs;
    }

    /**
     * Returns the parser's reference day.
     *
     * @return today, by the parser's clock
     */
    public LocalDate today() {
        return today;
    }

    /**
     * Returns where an item's problems go.
     *
     * @param index the item's index in the file
     * @return the file's sink for the first item, a new one for each other
     */
    public ProblemSink problemsFor(int index) {
        return index == 0 ? fileProblems : newProblems.get();
    }
}
