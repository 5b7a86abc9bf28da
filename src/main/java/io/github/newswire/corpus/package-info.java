/**
 * Corpora: many files, directories and archives parsed on several threads, in input order, a bad
 * file never stopping the others. {@link io.github.newswire.corpus.WireFiles} walks directories;
 * {@link io.github.newswire.corpus.CorpusParser} parses what it finds, archives included; each
 * file gives a {@link io.github.newswire.corpus.FileResult}, its items or its
 * {@link io.github.newswire.corpus.FileFailure}.
 *
 * <pre>{@code
 * CorpusParser corpus = CorpusParser.of(NewsWire.parser());
 * try (Stream<FileResult> results = corpus.parseAll(WireFiles.walk(Path.of("seeds")))) {
 *     results.forEach(result -> System.out.println(result.path()));
 * }
 * }</pre>
 *
 * @since 0.5
 */
package io.github.newswire.corpus;
