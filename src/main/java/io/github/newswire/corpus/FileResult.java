package io.github.newswire.corpus;

import io.github.newswire.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one file in bulk: its articles, or its failure. Exactly one is present.
 *
 * <pre>{@code
 * try (Stream<FileResult> results = CorpusParser.of(parser).parseAll(WireFiles.walk(Path.of("corpus")))) {
 *     results.forEach(r -> r.article().ifPresentOrElse(this::store,
 *             () -> System.err.println(r.path() + ": " + r.failure().orElseThrow())));
 * }
 * }</pre>
 *
 * <p>A file of a structured format may hold several items (a NewsML-G2 {@code newsMessage}, a
 * ninjs item with associations): {@link #articles()} has them all, each numbered by
 * {@link Article#item()}; {@link #article()} is the first.
 *
 * @param path     the file, as it was given
 * @param articles the file's items, in file order, if the file could be parsed (at least one);
 *                 empty otherwise
 * @param failure  why there is no article, otherwise
 * @param size     how many bytes of wire text were read from the file (after decompression, for a
 *                 {@code .gz} file); 0 when nothing was read: the file is missing, unreadable or
 *                 over the size limit
 * @since 0.1
 */
public record FileResult(Path path, List<Article> articles, Optional<FileFailure> failure, long size) {

    /**
     * Checks that exactly one of articles and failure is present, and copies the list.
     *
     * @param path     the file
     * @param articles the articles, if any
     * @param failure  the failure, if no article
     * @param size     the bytes read
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both or neither of articles and failure are present, or
     *                                  the size is negative
     */
    public FileResult {
        Objects.requireNonNull(path, "path");
        articles = List.copyOf(articles);
        Objects.requireNonNull(failure, "failure");
        if (articles.isEmpty() == failure.isEmpty()) {
            throw new IllegalArgumentException("a file result has articles or a failure, not both or neither");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, found " + size);
        }
    }

    /**
     * A result of one article or a failure, as before files could hold several items.
     *
     * @param path    the file
     * @param article the article, if any
     * @param failure the failure, if no article
     * @param size    the bytes read
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both or neither of article and failure are present, or
     *                                  the size is negative
     */
    public FileResult(Path path, Optional<Article> article, Optional<FileFailure> failure, long size) {
        this(path, Objects.requireNonNull(article, "article").map(List::of).orElse(List.of()), failure, size);
    }

    /**
     * Returns the file's first article.
     *
     * @return the first item, if the file could be parsed
     */
    public Optional<Article> article() {
        return articles.isEmpty() ? Optional.empty() : Optional.of(articles.get(0));
    }

    /**
     * A parsed file.
     *
     * @param path    the file
     * @param article its article
     * @param size    the bytes read
     * @return the result
     */
    public static FileResult parsed(Path path, Article article, long size) {
        return new FileResult(path, List.of(article), Optional.empty(), size);
    }

    /**
     * A parsed file of one or more items.
     *
     * @param path     the file
     * @param articles its items, at least one
     * @param size     the bytes read
     * @return the result
     * @since 0.4
     */
    public static FileResult parsed(Path path, List<Article> articles, long size) {
        return new FileResult(path, articles, Optional.empty(), size);
    }

    /**
     * A file that could not be parsed.
     *
     * @param path    the file
     * @param failure why
     * @param size    the bytes read
     * @return the result
     */
    public static FileResult failed(Path path, FileFailure failure, long size) {
        return new FileResult(path, List.of(), Optional.of(failure), size);
    }
}
