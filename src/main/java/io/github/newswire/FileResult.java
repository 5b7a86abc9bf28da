package io.github.newswire;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one file in bulk: its article, or its failure. Exactly one is present.
 *
 * <pre>{@code
 * try (Stream<FileResult> results = parser.parseAll(WireFiles.walk(Path.of("corpus")), 4)) {
 *     results.forEach(r -> r.article().ifPresentOrElse(this::store,
 *             () -> System.err.println(r.path() + ": " + r.failure().orElseThrow())));
 * }
 * }</pre>
 *
 * @param path    the file, as it was given
 * @param article the article, if the file could be parsed
 * @param failure why there is no article, otherwise
 * @param size    how many bytes of wire text were read from the file (after decompression, for a
 *                {@code .gz} file); 0 when nothing was read: the file is missing, unreadable or
 *                over the size limit
 * @since 0.1
 */
public record FileResult(Path path, Optional<Article> article, Optional<FileFailure> failure, long size) {

    /**
     * Checks that exactly one of article and failure is present.
     *
     * @param path    the file
     * @param article the article, if any
     * @param failure the failure, if no article
     * @param size    the bytes read
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both or neither of article and failure are present, or
     *                                  the size is negative
     */
    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(failure, "failure");
        if (article.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a file result has an article or a failure, not both or neither");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, found " + size);
        }
    }

    /**
     * Returns the result of a file that was parsed.
     *
     * @param path    the file
     * @param article its article
     * @param size    the bytes of wire text read
     * @return the result
     */
    public static FileResult parsed(Path path, Article article, long size) {
        return new FileResult(path, Optional.of(article), Optional.empty(), size);
    }

    /**
     * Returns the result of a file that could not be parsed.
     *
     * @param path    the file
     * @param failure why
     * @param size    the bytes read before it failed, 0 if none
     * @return the result
     */
    public static FileResult failed(Path path, FileFailure failure, long size) {
        return new FileResult(path, Optional.empty(), Optional.of(failure), size);
    }
}
