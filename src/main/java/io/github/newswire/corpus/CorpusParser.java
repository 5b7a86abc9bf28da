package io.github.newswire.corpus;

import io.github.newswire.internal.corpus.ArchiveReader;
import io.github.newswire.internal.corpus.FileWork;
import io.github.newswire.internal.corpus.ParallelResults;
import io.github.newswire.internal.formats.Pipelines;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parses a corpus: many files, directories walked by {@link WireFiles}, archives (tar, tar.gz, zip),
 * on several threads, never throwing on a bad file. Immutable and thread-safe; the command-line
 * tool and the Spark job read through it.
 *
 * <pre>{@code
 * CorpusParser corpus = CorpusParser.builder(WireParser.builder().build()).threads(4).build();
 * try (Stream<FileResult> results = corpus.parseAll(WireFiles.walk(Path.of("seeds")))) {
 *     results.forEach(result -> System.out.println(result.path() + " " + result.articles().size()));
 * }
 * }</pre>
 *
 * <p>Each file goes to the {@link WireParser} given to the builder, which finds its format, decodes
 * and reads it; one file's failure is a {@link FileResult} with a {@link FileFailure}, and the
 * others go on. Results come in the order of the input, whatever the number of threads, and memory
 * stays flat whatever the number of files: each thread works on a batch of at most 16 consecutive
 * files (fewer once a batch has read 1 MiB), and at most two batches per thread are held ahead of
 * the consumer. With one thread, no thread is started: files are parsed on the consuming thread, a
 * batch at a time, when the stream asks for them.
 *
 * @since 0.5
 */
public final class CorpusParser {

    /** The entries of archives read by default: those whose names a default walk would take. */
    private static final Predicate<String> DEFAULT_ENTRIES = WireFiles.walker()::matches;

    private final WireParser parser;
    private final int threads;
    private final Predicate<String> entries;
    private final FileWork fileWork;

    private CorpusParser(Builder builder) {
        this.parser = builder.parser;
        this.threads = builder.threads;
        this.entries = builder.entries;
        this.fileWork = new FileWork(Pipelines.of(parser));
    }

    /**
     * Starts building a corpus parser that reads each file with {@code parser}.
     *
     * @param parser the parser of each file
     * @return a new builder
     */
    public static Builder builder(WireParser parser) {
        return new Builder(Objects.requireNonNull(parser, "parser"));
    }

    /**
     * Returns a corpus parser with the default options: as many threads as the machine has cores,
     * and the archive entries a default walk would take.
     *
     * @param parser the parser of each file
     * @return the corpus parser
     */
    public static CorpusParser of(WireParser parser) {
        return builder(parser).build();
    }

    /**
     * Returns the parser of each file.
     *
     * @return the parser
     */
    public WireParser parser() {
        return parser;
    }

    /**
     * Returns how many threads parse at once.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * Reads and parses one file, never throwing: its items, or why there are none. A file whose
     * name ends in {@code .gz} is decompressed first (the size limit applies to what it holds). An
     * archive (tar, tar.gz, zip) is not one wire file: it gives a failure {@link FileFailure#ARCHIVE};
     * {@link #parseAll(Stream)} and {@link #parseArchive(Path)} read its entries.
     *
     * <pre>{@code
     * FileResult result = CorpusParser.of(NewsWire.parser()).parseFile(Path.of("seeds/000_fe963ccaa630d856.txt"));
     * result.article().orElseThrow().date(); // Optional[2024-11-14]
     * }</pre>
     *
     * @param file a wire file, possibly gzip-compressed
     * @return its items or its failure
     */
    public FileResult parseFile(Path file) {
        Object work = fileWork.work(Objects.requireNonNull(file, "file"));
        if (work instanceof FileWork.ArchiveMarker) {
            return FileResult.failed(file, new FileFailure(FileFailure.ARCHIVE,
                    "an archive: expected one wire file; parseAll or parseArchive reads its entries", 0, 0, -1), 0);
        }
        return work instanceof FileWork.Sourced sourced ? sourced.result() : (FileResult) work;
    }

    /**
     * Parses many files, lazily, and gives the results in the order of the input; one bad file
     * never stops the others. An archive among the files (tar, tar.gz or zip, known by its name or
     * its content) gives one result for each of its entries, in its place, as
     * {@link #parseArchive(Path)} does.
     *
     * <pre>{@code
     * try (Stream<FileResult> results = corpus.parseAll(WireFiles.walk(Path.of("corpus")))) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param files the files, in the order wanted; closed with the returned stream
     * @return the results in input order; close the stream to stop the threads early
     */
    public Stream<FileResult> parseAll(Stream<Path> files) {
        return parseAll(files, Function.identity());
    }

    /**
     * Parses many files and does more work on each result on the parsing threads, such as writing
     * it as JSON, giving what that work returns in the order of the input. Use it when the per-file
     * work would otherwise make the consuming thread the bottleneck.
     *
     * <pre>{@code
     * try (Stream<String> lines = corpus.parseAll(files, r -> r.article().map(ArticleJson::toJson).orElse(""))) {
     *     lines.forEach(System.out::println);
     * }
     * }</pre>
     *
     * @param files the files, in the order wanted; closed with the returned stream
     * @param then  the work to do on each result, on the parsing thread; it must be thread-safe and
     *              never return null
     * @param <T>   what the work returns
     * @return what the work returned for each file and archive entry, in input order; close the stream
     */
    public <T> Stream<T> parseAll(Stream<Path> files, Function<FileResult, T> then) {
        Objects.requireNonNull(then, "then");
        return stream(files, then, false);
    }

    /**
     * Parses every wire file of an archive: a tar, a gzip-compressed tar or a zip, read once,
     * front to back, never extracted to disk; gzip-compressed entries are decompressed and archives
     * inside the archive read in turn, up to {@value ArchiveReader#MAX_DEPTH} levels deep. Each
     * result's path is {@code ARCHIVE!/ENTRY}. An entry over the size limit is a failure
     * {@code input-too-large}; a link or a device is a failure {@link FileFailure#SKIPPED_ENTRY}
     * (a warning: nothing was lost); a damaged archive ends with one failure
     * {@link FileFailure#DAMAGED_ARCHIVE} that names the byte offset, after every entry before
     * the damage. Threads, batches and memory are as for {@link #parseAll(Stream)}: memory holds a
     * few batches of entries, whatever the size of the archive.
     *
     * <pre>{@code
     * try (Stream<FileResult> results = corpus.parseArchive(Path.of("day.tar.gz"))) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param archive the archive
     * @return the entries' results, in archive order; close the stream to stop early
     */
    public Stream<FileResult> parseArchive(Path archive) {
        Objects.requireNonNull(archive, "archive");
        return stream(Stream.of(archive), Function.identity(), true);
    }

    /**
     * Parses every wire file of an archive given as a stream, on the calling thread, lazily: for
     * archives that are not files (in an object store, a Spark task, a pipe). A zip is read as a
     * stream. Results, paths ({@code NAME!/ENTRY}), failures and memory are as for
     * {@link #parseArchive(Path)}; a stream that is not an archive gives one
     * {@link FileFailure#IO_ERROR} failure.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("day.tar.gz"));
     *         Stream<FileResult> results = corpus.parseArchive(in, "day.tar.gz")) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param archive the archive's bytes; closed when the returned stream is closed
     * @param name    the archive's name, for the results' paths
     * @return the entries' results, in archive order; close the stream
     */
    public Stream<FileResult> parseArchive(InputStream archive, String name) {
        Objects.requireNonNull(archive, "archive");
        Path path = FileWork.namePath(Objects.requireNonNull(name, "name"));
        ArchiveReader reader;
        try {
            reader = ArchiveReader.open(archive, fileWork.maxInputBytes(), entries);
        } catch (IOException | RuntimeException e) {
            return Stream.of(FileWork.unreadableArchive(path, e));
        }
        Iterator<FileResult> results = new Iterator<>() {
            private ArchiveReader.Entry next;
            private boolean read;

            @Override
            public boolean hasNext() {
                if (!read) {
                    // Lazily: nothing of the archive is read until a result is asked for.
                    next = reader.next();
                    read = true;
                }
                return next != null;
            }

            @Override
            public FileResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                read = false;
                return fileWork.entryResult(path, next);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reader::close);
    }

    /**
     * Parses one file given as a stream, on the calling thread: for files that are not on this
     * file system (an object store, HDFS, a Spark task). As {@link #parseFile(Path)} and
     * {@link #parseArchive(InputStream, String)} together: an archive, known by its name or its
     * first bytes, gives a result for each entry, lazily, never held whole in memory; a name
     * ending in {@code .gz} is decompressed; any other file gives one result. Never throws on bad
     * bytes: a file that cannot be read or parsed is a result with its failure.
     *
     * <pre>{@code
     * try (InputStream in = object.open();
     *         Stream<FileResult> results = corpus.parseStream(in, "2024-11-14.tar.gz")) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param in   the file's bytes; closed when the returned stream is closed, or sooner
     * @param name the file's name, for the results' paths ({@code NAME!/ENTRY} for entries)
     * @return the results, in file order; close the stream
     * @since 0.5
     */
    public Stream<FileResult> parseStream(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Path path = FileWork.namePath(Objects.requireNonNull(name, "name"));
        if (ArchiveReader.hasArchiveName(path)) {
            return parseArchive(in, name);
        }
        Object work = fileWork.work(in, path);
        if (work instanceof FileWork.StreamedArchive archive) {
            return parseArchive(archive.stream(), name);
        }
        return Stream.of(work instanceof FileWork.Sourced sourced ? sourced.result() : (FileResult) work);
    }

    private <T> Stream<T> stream(Stream<Path> files, Function<FileResult, T> then, boolean archivesOnly) {
        Objects.requireNonNull(files, "files");
        ParallelResults<T> results = new ParallelResults<>(fileWork, files.iterator(), threads, then, archivesOnly,
                entries);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    results.stop();
                    files.close();
                });
    }

    /**
     * Options for a {@link CorpusParser}. Not thread-safe; the corpus parser it builds is.
     *
     * <pre>{@code
     * WireFiles.Walker walker = WireFiles.walker().include(List.of("*.xml", "*.tgz"));
     * CorpusParser corpus = CorpusParser.builder(parser).threads(2).entries(walker::matches).build();
     * }</pre>
     *
     * @since 0.5
     */
    public static final class Builder {
        private final WireParser parser;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Predicate<String> entries = DEFAULT_ENTRIES;

        private Builder(WireParser parser) {
            this.parser = parser;
        }

        /**
         * Sets how many threads parse at once; the default is the number of cores. With 1, no
         * thread is started.
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, found " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Chooses the entries of archives that are read, by their file names; by default those of
         * {@link WireFiles#DEFAULT_INCLUDES}. Pass a {@link WireFiles.Walker}'s
         * {@link WireFiles.Walker#matches(String) matches} to select entries as the walk selects files.
         *
         * @param entries which entries to read
         * @return this builder
         */
        public Builder entries(Predicate<String> entries) {
            this.entries = Objects.requireNonNull(entries, "entries");
            return this;
        }

        /**
         * Builds the corpus parser.
         *
         * @return an immutable, thread-safe corpus parser
         */
        public CorpusParser build() {
            return new CorpusParser(this);
        }
    }
}
