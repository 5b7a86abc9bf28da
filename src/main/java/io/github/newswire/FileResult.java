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
 * @since 0.1
 */
public record FileResult(Path path, Optional<Article> article, Optional<FileFailure> failure) {

    /**
     * Checks that exactly one of article and failure is present.
     *
     * @param path    the file
     * @param article the article, if any
     * @param failure the failure, if no article
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both or neither of article and failure are present
     */
    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(failure, "failure");
        if (article.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a file result has an article or a failure, not both or neither");
        }
    }

    /**
     * Returns the result of a file that was parsed.
     *
     * @param path    the file
     * @param article its article
     * @return the result
     */
    public static FileResult parsed(Path path, Article article) {
        return new FileResult(path, Optional.of(article), Optional.empty());
    }

    /**
     * Returns the result of a file that could not be parsed.
     *
     * @param path    the file
     * @param failure why
     * @return the result
     */
    public static FileResult failed(Path path, FileFailure failure) {
        return new FileResult(path, Optional.empty(), Optional.of(failure));
    }
}
