package io.github.newswire.internal.formats;

import java.util.function.Supplier;

/**
 * A decoded file handed to a reader, with what the parser's options provide.
 *
 * @param text          the decoded file; spans index it
 * @param source        where it was read from, or null
 * @param fileProblems  where problems of the file as a whole go; also the first item's problems
 * @param newProblems   makes a sink for each further item's problems
 * @param maxParagraphs the most paragraphs read for one item
 * @param today         the parser's reference day, for dates written without a year
 */
public record Input(String text, String source, ProblemSink fileProblems, Supplier<ProblemSink> newProblems,
        int maxParagraphs, java.time.LocalDate today) {

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
