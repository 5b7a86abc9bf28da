package io.github.newswire;

import io.github.newswire.internal.ArchiveReader;
import io.github.newswire.internal.BylineDetector;
import io.github.newswire.internal.Chars;
import io.github.newswire.internal.DatelineDetector;
import io.github.newswire.internal.formats.FormatReader;
import io.github.newswire.internal.formats.FormatReaders;
import io.github.newswire.internal.formats.Input;
import io.github.newswire.internal.formats.Sniff;
import io.github.newswire.internal.Gazetteer;
import io.github.newswire.internal.IoReasons;
import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Mojibake;
import io.github.newswire.internal.SourceBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses wire files into {@link Article}s. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * WireParser parser = WireParser.builder()
 *         .strict(true)                        // throw on the first error
 *         .addAgencies(List.of("Bizhub", "VOV")) // sign-offs beyond the defaults
 *         .build();
 * Article article = parser.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * }</pre>
 *
 * <p>A parse reads the {@code date} preamble ({@link HeaderParser}), splits the rest into
 * paragraphs ({@link BodySegmenter}), takes a byline and a dateline off the front and the agency
 * sign-off ({@link AttributionDetector}) off the end, in one linear pass with no regular
 * expressions and no recursion. In lenient mode (the default) problems become
 * {@link Article#diagnostics() diagnostics}; in strict mode the first error throws a
 * {@link WireParseException}. Bytes that are not UTF-8, and input over the size limit, throw in
 * either mode, since no article can be read from them. {@code docs/format.md} specifies the format.
 *
 * @since 0.1
 */
public final class WireParser {

    // Logs only at the I/O edge (which file was read), never while parsing: problems are data.
    private static final Logger LOG = LoggerFactory.getLogger(WireParser.class);

    /** The default limit on the size of one input: 16 MiB. */
    public static final int DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
    /** The default limit on the length of one line: 1 Mi {@code char}s. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
    /** The default limit on the number of paragraphs of one article: 100,000. */
    public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

    /**
     * How many consecutive files one task parses: handing each file to a thread on its own costs
     * more than parsing a small one (a queue operation and a wake-up on each side).
     */
    static final int BATCH_FILES = 16;

    /** A batch ends early once it has read this many bytes, so that big files keep memory bounded. */
    static final int BATCH_BYTES = 1 << 20;

    private final boolean strict;
    private final int maxInputBytes;
    private final int maxLineLength;
    private final int maxParagraphs;
    private final boolean replaceMalformedInput;
    private final boolean repairMojibake;
    private final WireFormat inputFormat;
    private final Clock clock;
    private final HeaderParser headerParser = new HeaderParser();
    private final BodySegmenter bodySegmenter = new BodySegmenter();
    private final AttributionDetector attributionDetector;
    private final Gazetteer gazetteer;

    private WireParser(Builder builder) {
        this.strict = builder.strict;
        this.maxInputBytes = builder.maxInputBytes;
        this.maxLineLength = builder.maxLineLength;
        this.maxParagraphs = builder.maxParagraphs;
        this.replaceMalformedInput = builder.replaceMalformedInput;
        this.repairMojibake = builder.repairMojibake;
        this.inputFormat = builder.inputFormat;
        this.clock = builder.clock;
        this.attributionDetector = AttributionDetector.withAgencies(builder.agencies);
        this.gazetteer = builder.places.isEmpty() ? Gazetteer.standard()
                : Gazetteer.standard().withPlaces(builder.places);
    }

    /**
     * Starts building a parser; its defaults are those of {@link NewsWire#parse(String)}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether this parser throws on the first error.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the sign-off agencies this parser recognises.
     *
     * @return an unmodifiable set of agency names
     */
    public Set<String> agencies() {
        return attributionDetector.agencies();
    }

    /**
     * Returns the longest line this parser accepts.
     *
     * @return the limit in {@code char}s
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Returns the most paragraphs this parser accepts in one article.
     *
     * @return the limit
     */
    public int maxParagraphs() {
        return maxParagraphs;
    }

    /**
     * Returns the format this parser reads every input as, if it was told one.
     *
     * @return the forced format, or empty if the format is found from each file's content
     * @since 0.4
     */
    public Optional<WireFormat> inputFormat() {
        return Optional.ofNullable(inputFormat);
    }

    /**
     * Returns the largest input this parser accepts.
     *
     * @return the limit in bytes (for text, in {@code char}s)
     */
    public int maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Parses a wire file held as text.
     *
     * @param text the whole file, decoded
     * @return the article, with spans into {@code text} (into {@link #repair(CharSequence)
     *         repair(text)} when mojibake is repaired)
     * @throws WireParseException in strict mode on the first error; in either mode if the text is
     *                            over a size limit
     */
    public Article parse(CharSequence text) {
        return first(parseItems(text));
    }

    /**
     * Parses every item of a file held as text: one for VNS text and NITF, as many as the file
     * holds for NewsML-G2 ({@code newsMessage}), NewsML 1.2 and ninjs (an item and its
     * associations). Items after the first are numbered by {@link Article#item()}.
     *
     * <pre>{@code
     * for (Article item : parser.parseItems(Files.readString(Path.of("message.xml")))) {
     *     System.out.println(item.item().orElse(0) + " " + item.headline().orElse(""));
     * }
     * }</pre>
     *
     * @param text the whole file, decoded
     * @return the items in file order, at least one
     * @throws WireParseException in strict mode on the first error; in either mode if the text is
     *                            over a size limit
     * @since 0.4
     */
    public List<Article> parseItems(CharSequence text) {
        Objects.requireNonNull(text, "text");
        checkSize(text.length(), "chars");
        Problems problems = new Problems(strict);
        FormatReader reader = reader(Sniff.of(text));
        if (reader == null) {
            return List.of(parseText(text, null, problems));
        }
        return readItems(reader, text.toString(), null, problems);
    }

    /**
     * Parses a wire file held as UTF-8 bytes.
     *
     * @param utf8 the whole file; a leading byte order mark is skipped
     * @return the article, with spans into the {@link #decode(byte[]) decoded} text
     * @throws WireParseException if the bytes are not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(byte[] utf8) {
        return first(parseItems(utf8));
    }

    /**
     * Parses every item of a file held as bytes; see {@link #parseItems(CharSequence)}. XML is
     * decoded as its declaration says (a file declared ISO-8859-1 whose bytes are UTF-8 is read as
     * UTF-8, with an {@code encoding-mismatch} warning); VNS text and JSON are UTF-8.
     *
     * @param bytes the whole file
     * @return the items in file order, at least one
     * @throws WireParseException if the bytes cannot be decoded or are over a size limit, or in
     *                            strict mode on the first error
     * @since 0.4
     */
    public List<Article> parseItems(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        checkSize(bytes.length, "bytes");
        return itemsOf(bytes, null);
    }

    /**
     * Reads a file and parses every item of it; see {@link #parseItems(CharSequence)}.
     *
     * @param file the file
     * @return the items in file order, at least one, each with the path as its source
     * @throws IOException        if the file cannot be read
     * @throws WireParseException if the file cannot be decoded or is over a size limit, or in
     *                            strict mode on the first error
     * @since 0.4
     */
    public List<Article> parseItems(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = readFile(file);
        LOG.debug("read {} ({} bytes)", file, bytes.length);
        return itemsOf(bytes, file.toString());
    }

    /**
     * Reads and parses a wire file; the article's {@link Article#source() source} is the path.
     *
     * @param file a UTF-8 wire file
     * @return the article
     * @throws IOException        if the file cannot be read
     * @throws WireParseException if the file is not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(Path file) throws IOException {
        return first(parseItems(file));
    }

    /**
     * Reads a stream to its end and parses it as one wire file. The stream is not closed.
     *
     * @param in a stream of UTF-8 bytes
     * @return the article
     * @throws IOException        if the stream cannot be read
     * @throws WireParseException if the bytes are not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(readLimited(in));
    }

    /**
     * Reads and parses one file, never throwing: an article, or why there is none. A file whose
     * name ends in {@code .gz} is decompressed first (the size limit applies to what it holds). An
     * archive (tar, tar.gz, zip) is not one article: it gives a failure {@link FileFailure#ARCHIVE};
     * {@link #parseAll(Stream, int)} and {@link #parseArchive(Path, int)} read its entries.
     *
     * @param file a UTF-8 wire file, possibly gzip-compressed
     * @return the article or the failure
     */
    public FileResult parseFile(Path file) {
        Object work = work(file);
        if (work instanceof ArchiveMarker) {
            return FileResult.failed(file, new FileFailure(FileFailure.ARCHIVE,
                    "an archive: expected one wire file; parseAll or parseArchive reads its entries", 0, 0, -1), 0);
        }
        return work instanceof Sourced sourced ? sourced.result() : (FileResult) work;
    }

    /** An input that turned out to be an archive: its entries are read where it stands in the order. */
    private record ArchiveMarker(Path archive) {
    }

    /** A file's result with the bytes its text is exactly the decoding of, from {@code textStart}. */
    private record Sourced(FileResult result, byte[] bytes, int textStart) {
    }

    /** The result of one file, or an {@link ArchiveMarker} for an archive (by its name or its content). */
    private Object work(Path file) {
        if (ArchiveReader.hasArchiveName(file)) {
            return new ArchiveMarker(file);
        }
        byte[] bytes = null;
        try {
            if (file.getFileName() != null && file.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    bytes = readLimited(in);
                }
            } else {
                bytes = readFile(file);
            }
            if (ArchiveReader.sniff(bytes, bytes.length) != null) {
                return new ArchiveMarker(file);
            }
            int[] textStart = {-1};
            FileResult result = FileResult.parsed(file, itemsOf(bytes, file.toString(), textStart), bytes.length);
            return textStart[0] < 0 ? result : new Sourced(result, bytes, textStart[0]);
        } catch (WireParseException e) {
            if (e.code() == DiagnosticCode.INPUT_TOO_LARGE && isArchive(file)) {
                return new ArchiveMarker(file);
            }
            return FileResult.failed(file, FileFailure.of(e), bytes == null ? 0 : bytes.length);
        } catch (IOException | UncheckedIOException e) {
            return FileResult.failed(file, FileFailure.ioError("cannot read: " + IoReasons.of(e)), 0);
        }
    }

    /** Whether a file too large to be one article is an archive, by its first bytes. */
    private boolean isArchive(Path file) {
        try (ArchiveReader reader = ArchiveReader.open(file, maxInputBytes, name -> false)) {
            return reader != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Parses every wire file of an archive: a tar, a gzip-compressed tar or a zip, read once,
     * front to back, never extracted to disk; gzip-compressed entries are decompressed and archives
     * inside the archive read in turn, up to {@value ArchiveReader#MAX_DEPTH} levels deep. Each
     * result's path is {@code ARCHIVE!/ENTRY}. An entry over the size limit is a failure
     * {@code input-too-large}; a link or a device is a failure {@link FileFailure#SKIPPED_ENTRY}
     * (a warning: nothing was lost); a damaged archive ends with one failure
     * {@link FileFailure#DAMAGED_ARCHIVE} that names the byte offset, after every entry before
     * the damage. Threads, batches and memory are as for {@link #parseAll(Stream, int)}: memory
     * holds a few batches of entries, whatever the size of the archive.
     *
     * <pre>{@code
     * try (Stream<FileResult> results = parser.parseArchive(Path.of("day.tar.gz"), 4)) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param archive the archive
     * @param threads how many threads parse at once, at least 1
     * @return the entries' results, in archive order; close the stream to stop early
     * @throws IllegalArgumentException if {@code threads} is below 1
     * @since 0.2
     */
    public Stream<FileResult> parseArchive(Path archive, int threads) {
        Objects.requireNonNull(archive, "archive");
        return parseAll(Stream.of(archive), threads, Function.identity(), true, DEFAULT_ENTRIES);
    }

    /**
     * Parses every wire file of an archive given as a stream, on the calling thread, lazily: for
     * archives that are not files (in an object store, a Spark task, a pipe). A zip is read as a
     * stream. Results, paths ({@code NAME!/ENTRY}), failures and memory are as for
     * {@link #parseArchive(Path, int)}; a stream that is not an archive gives one
     * {@link FileFailure#IO_ERROR} failure.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("day.tar.gz"));
     *         Stream<FileResult> results = parser.parseArchive(in, "day.tar.gz")) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param archive the archive's bytes; closed when the returned stream is closed
     * @param name    the archive's name, for the results' paths
     * @return the entries' results, in archive order; close the stream
     * @since 0.2
     */
    public Stream<FileResult> parseArchive(InputStream archive, String name) {
        Objects.requireNonNull(archive, "archive");
        Path path = Path.of(name);
        ArchiveReader reader;
        try {
            reader = ArchiveReader.open(archive, maxInputBytes, DEFAULT_ENTRIES);
        } catch (IOException | RuntimeException e) {
            return Stream.of(FileResult.failed(path, FileFailure.ioError("cannot read the archive: " + IoReasons.of(e)),
                    0));
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
                return entryResult(path, next);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reader::close);
    }

    /** The entries of archives read by default: those whose names a default walk would take. */
    private static final Predicate<String> DEFAULT_ENTRIES = WireFiles.walker()::matches;

    /** What an archive entry gives: its article or its failure, under the path {@code ARCHIVE!/ENTRY}. */
    private FileResult entryResult(Path archive, ArchiveReader.Entry entry) {
        Path path = entryPath(archive, entry.name());
        return switch (entry.kind()) {
            case FILE -> {
                try {
                    yield FileResult.parsed(path, itemsOf(entry.bytes(), path.toString()), entry.bytes().length);
                } catch (WireParseException e) {
                    yield FileResult.failed(path, FileFailure.of(e), entry.bytes().length);
                }
            }
            case TOO_LARGE -> FileResult.failed(path, new FileFailure(DiagnosticCode.INPUT_TOO_LARGE.id(),
                    "input too large [" + entry.size() + " bytes " + entry.reason() + "]: expected at most "
                            + maxInputBytes + " (option maxInputBytes)", 0, 0, entry.offset()), 0);
            case SKIPPED -> FileResult.failed(path, new FileFailure(FileFailure.SKIPPED_ENTRY, entry.reason(), 0, 0,
                    entry.offset()), 0);
            case DAMAGED -> FileResult.failed(entry.name().isEmpty() ? archive : entryPath(archive, entry.name()),
                    new FileFailure(FileFailure.DAMAGED_ARCHIVE, "damaged archive"
                    + (entry.offset() >= 0 ? " at byte " + entry.offset() : "") + ": " + entry.reason()
                    + "; the entries before it were read", 0, 0, entry.offset()), 0);
        };
    }

    /**
     * The path that names an entry, {@code ARCHIVE!/ENTRY}; only a name, never a file to open. A
     * name this system's paths cannot hold (a {@code :} on Windows) has such characters as {@code _}.
     */
    private static Path entryPath(Path archive, String name) {
        String path = archive + "!/" + name;
        try {
            return Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            StringBuilder safe = new StringBuilder(path.length());
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                safe.append(c < ' ' || "<>:\"|?*".indexOf(c) >= 0 && i > archive.toString().length() ? '_' : c);
            }
            return Path.of(safe.toString());
        }
    }

    /**
     * Parses many files on several threads, lazily, and gives the results in the order of the
     * input; one bad file never stops the others. Memory stays flat whatever the number of files:
     * each thread works on a batch of at most 16 consecutive files (fewer once a batch has read
     * 1 MiB), and at most two batches per thread are held ahead of the consumer. With one thread,
     * no thread is started: files are parsed on the consuming thread, a batch at a time, when the
     * stream asks for them. An archive among the files (tar, tar.gz or zip, known by its name or its content) gives one
     * result for each of its entries, in its place, as {@link #parseArchive(Path, int)} does.
     *
     * <pre>{@code
     * try (Stream<FileResult> results = parser.parseAll(WireFiles.walk(Path.of("corpus")), 4)) {
     *     results.forEach(result -> ...);
     * }
     * }</pre>
     *
     * @param files   the files, in the order wanted
     * @param threads how many threads parse at once, at least 1
     * @return the results in input order; close the stream to stop the threads early
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public Stream<FileResult> parseAll(Stream<Path> files, int threads) {
        return parseAll(files, threads, Function.identity());
    }

    /**
     * Parses many files on several threads and does more work on each result on the same threads,
     * such as writing it as JSON, giving what that work returns in the order of the input. Use it
     * when the per-file work would otherwise make the consuming thread the bottleneck. Threads,
     * batches, memory and archives are as for {@link #parseAll(Stream, int)}.
     *
     * <pre>{@code
     * try (Stream<String> lines = parser.parseAll(files, 4,
     *         r -> r.article().map(ArticleJson::toJson).orElse(""))) {
     *     lines.forEach(System.out::println);
     * }
     * }</pre>
     *
     * @param files   the files, in the order wanted
     * @param threads how many threads work at once, at least 1
     * @param then    the work to do on each result, on the parsing thread; it must be thread-safe
     * @param <T>     what the work returns
     * @return what the work returned for each file, in input order; close the stream to stop early
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public <T> Stream<T> parseAll(Stream<Path> files, int threads, Function<FileResult, T> then) {
        return parseAll(files, threads, then, false, DEFAULT_ENTRIES);
    }

    /**
     * Parses many files as {@link #parseAll(Stream, int, Function)} does, reading only the entries
     * of archives whose file names {@code entries} accepts (by default, those of
     * {@link WireFiles#DEFAULT_INCLUDES}); pass a {@link WireFiles.Walker}'s
     * {@link WireFiles.Walker#matches(String) matches} to select entries as the walk selects files.
     *
     * <pre>{@code
     * WireFiles.Walker walker = WireFiles.walker().include(List.of("*.xml", "*.tgz"));
     * try (Stream<FileResult> results = parser.parseAll(walker.walk(root), 4, r -> r, walker::matches)) { ... }
     * }</pre>
     *
     * @param files   the files, in the order wanted
     * @param threads how many threads work at once, at least 1
     * @param then    the work to do on each result, on the parsing thread; it must be thread-safe
     * @param entries which archive entries to read, by their file names
     * @param <T>     what the work returns
     * @return what the work returned for each file and entry, in input order; close the stream
     * @throws IllegalArgumentException if {@code threads} is below 1
     * @since 0.2
     */
    public <T> Stream<T> parseAll(Stream<Path> files, int threads, Function<FileResult, T> then,
            Predicate<String> entries) {
        return parseAll(files, threads, then, false, Objects.requireNonNull(entries, "entries"));
    }

    private <T> Stream<T> parseAll(Stream<Path> files, int threads, Function<FileResult, T> then,
            boolean archivesOnly, Predicate<String> entries) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        Results<T> results = new Results<>(files.iterator(), threads, then, archivesOnly, entries);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    results.stop();
                    files.close();
                });
    }

    /** One unit of work: a file to read, or an archive entry already read. */
    private record Work(Path file, Path archive, ArchiveReader.Entry entry) {
    }

    /** What one task did: the results of the first items of its batch, and the items it left. */
    private record Batch(List<Object> results, List<Work> rest) {
    }

    /**
     * The results in input order. The consuming thread hands out batches of files (and reads
     * archives, one entry after another, into batches of entries); a pool parses them, or, with one
     * thread, the consuming thread does. A file found to be an archive by its content is read where
     * it stands: its entries' batches go before those of the files after it.
     */
    private final class Results<T> implements Iterator<T> {
        private final Iterator<Path> source;
        private final Function<FileResult, T> then;
        private final boolean archivesOnly;
        private final Predicate<String> entries;
        private final int inFlight;
        private final ExecutorService pool;
        private final Deque<Future<Batch>> pending;
        /** Batches of the archive being read, which come before every pending batch. */
        private final Deque<Future<Batch>> expansion = new ArrayDeque<>();
        private ArchiveReader archive;
        private Path archivePath;
        private Iterator<Object> current = Collections.emptyIterator();
        /** The results after an archive in its batch, given once the archive's entries are. */
        private Iterator<Object> deferred;
        private T next;

        Results(Iterator<Path> source, int threads, Function<FileResult, T> then, boolean archivesOnly,
                Predicate<String> entries) {
            this.source = source;
            this.then = then;
            this.archivesOnly = archivesOnly;
            this.entries = entries;
            this.inFlight = threads == 1 ? 1 : 2 * threads;
            this.pending = new ArrayDeque<>(inFlight + 1);
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "newswire-parse");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current.hasNext()) {
                    Object item = current.next();
                    if (item instanceof ArchiveMarker marker) {
                        // The rest of this batch comes after the archive's entries.
                        deferred = current;
                        current = Collections.emptyIterator();
                        openArchive(marker.archive());
                    } else {
                        @SuppressWarnings("unchecked")
                        T result = (T) item;
                        next = result;
                    }
                    continue;
                }
                Future<Batch> batch = nextArchiveBatch();
                if (batch == null && deferred != null) {
                    current = deferred;
                    deferred = null;
                    continue;
                }
                if (batch == null) {
                    fillPending();
                    batch = pending.poll();
                }
                if (batch == null) {
                    // All given: the threads are not needed any more, closed or not.
                    stop();
                    return false;
                }
                Batch done = await(batch);
                if (!done.rest().isEmpty()) {
                    // Cut short by its size: the rest goes first, so the order holds.
                    (done.rest().get(0).file() == null ? expansion : pending).addFirst(submit(done.rest()));
                }
                current = done.results().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T result = next;
            next = null;
            return result;
        }

        void stop() {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (archive != null) {
                archive.close();
            }
        }

        /** The next batch of the archive being read, or null when there is none. */
        private Future<Batch> nextArchiveBatch() {
            fillExpansion();
            return expansion.poll();
        }

        private void fillPending() {
            while (pending.size() < inFlight && source.hasNext()) {
                List<Work> batch = new ArrayList<>(BATCH_FILES);
                while (batch.size() < BATCH_FILES && source.hasNext()) {
                    batch.add(new Work(source.next(), null, null));
                }
                pending.add(submit(batch));
            }
        }

        private void openArchive(Path file) {
            try {
                archive = ArchiveReader.open(file, maxInputBytes, entries);
                archivePath = file;
            } catch (IOException | RuntimeException e) {
                current = List.<Object>of(then.apply(FileResult.failed(file,
                        FileFailure.ioError("cannot read the archive: " + IoReasons.of(e)), 0))).iterator();
            }
        }

        /** Reads the archive's next entries, on this thread, into batches for the pool. */
        private void fillExpansion() {
            while (archive != null && expansion.size() < inFlight) {
                List<Work> batch = new ArrayList<>(BATCH_FILES);
                long bytes = 0;
                ArchiveReader.Entry entry = null;
                while (batch.size() < BATCH_FILES && bytes < BATCH_BYTES && (entry = archive.next()) != null) {
                    batch.add(new Work(null, archivePath, entry));
                    bytes += entry.bytes() == null ? 0 : entry.bytes().length;
                }
                if (!batch.isEmpty()) {
                    expansion.add(submit(batch));
                }
                if (entry == null) {
                    archive.close();
                    archive = null;
                }
            }
        }

        private Future<Batch> submit(List<Work> batch) {
            Callable<Batch> task = () -> {
                List<Object> results = new ArrayList<>(batch.size());
                long bytes = 0;
                for (Work work : batch) {
                    // At least one item a batch, so that an interrupted caller running the batch
                    // itself (one thread) still makes progress instead of handing it all back.
                    if (!results.isEmpty() && (bytes >= BATCH_BYTES || Thread.currentThread().isInterrupted())) {
                        break;
                    }
                    Object result = work.file() == null ? entryResult(work.archive(), work.entry())
                            : archivesOnly ? new ArchiveMarker(work.file()) : work(work.file());
                    if (result instanceof Sourced sourced) {
                        // The work on the file may write its paragraphs from the bytes they were read from.
                        FileResult fileResult = sourced.result();
                        bytes += fileResult.size();
                        results.add(Objects.requireNonNull(SourceBytes.with(fileResult.articles(), sourced.bytes(),
                                sourced.textStart(), () -> then.apply(fileResult)),
                                () -> "the work on " + fileResult.path() + " returned null"));
                    } else if (result instanceof FileResult fileResult) {
                        bytes += work.file() == null ? 0 : fileResult.size();
                        results.add(Objects.requireNonNull(then.apply(fileResult),
                                () -> "the work on " + fileResult.path() + " returned null"));
                    } else {
                        results.add(result);
                    }
                }
                return new Batch(results, batch.subList(results.size(), batch.size()));
            };
            if (pool == null) {
                FutureTask<Batch> inline = new FutureTask<>(task);
                inline.run();
                return inline;
            }
            return pool.submit(task);
        }

        private Batch await(Future<Batch> batch) {
            try {
                return batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            } catch (ExecutionException e) {
                // Parsing returns failures as results; anything else is a bug to surface.
                throw new IllegalStateException("parsing failed unexpectedly: " + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * Reads a whole file with one open, one size query and, as a rule, one read: a bulk run opens
     * millions of files, and each system call saved is time saved. A file is read up to the size
     * it had when it was opened.
     */
    private byte[] readFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                // No size to trust (an empty file, a pipe, a /proc file): read to the end.
                return readLimited(Channels.newInputStream(channel));
            }
            if (size > maxInputBytes) {
                throw tooLarge(size, "bytes");
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // A short read is followed by another, until the buffer is full or the file ends.
            }
            return buffer.hasRemaining() ? Arrays.copyOf(bytes, buffer.position()) : bytes;
        }
    }

    /**
     * Returns the text this parser parses for the given bytes. For VNS text: strict UTF-8 (or, with
     * {@link Builder#replaceMalformedInput(boolean)}, bad sequences replaced by U+FFFD), a
     * leading byte order mark removed, mojibake repaired if {@link Builder#repairMojibake(boolean)}
     * is on. For the other formats, the text as their reader decodes it (XML by its declaration,
     * transmissions as ASCII, UTF-8 or ISO-8859-1; ninjs spans index its body strings instead).
     * Spans of an article parsed from bytes index this text.
     *
     * @param utf8 UTF-8 bytes
     * @return the text
     * @throws WireParseException with {@link DiagnosticCode#MALFORMED_UTF8} naming the byte offset
     *                            of the first bad sequence, {@link DiagnosticCode#BINARY_INPUT} or
     *                            {@link DiagnosticCode#INPUT_TOO_LARGE}
     */
    public String decode(byte[] utf8) {
        checkSize(utf8.length, "bytes");
        Problems problems = new Problems(false);
        FormatReader reader = readerOf(utf8);
        if (reader == null) {
            return repair(Utf8.decode(utf8, utf8.length, replaceMalformedInput, problems));
        }
        return decodeAs(reader.format(), utf8, problems);
    }
    /**
     * Returns the text this parser parses for the given text: the text itself, or with
     * {@link Builder#repairMojibake(boolean)} on, the text with its mojibake repaired. Spans of an
     * article parsed from text index this text.
     *
     * @param text the text
     * @return the text that spans index
     */
    public String repair(CharSequence text) {
        return repairMojibake ? Mojibake.repair(text, (start, end, codePoint) -> { }) : text.toString();
    }

    /** Decodes and parses bytes already within the size limit; problems found decoding come first. */
    private List<Article> itemsOf(byte[] bytes, String source) {
        return itemsOf(bytes, source, null);
    }

    /**
     * The same; for VNS text whose parsed text is exactly the decoding of the bytes (no malformed
     * sequence replaced, no mojibake repaired), {@code textStart[0]} is set to where that text
     * starts in them, for {@code SourceBytes}.
     */
    private List<Article> itemsOf(byte[] bytes, String source, int[] textStart) {
        Problems problems = new Problems(strict);
        FormatReader reader = readerOf(bytes);
        if (reader == null) {
            Utf8.Decoded decoded = Utf8.decodeText(bytes, bytes.length, replaceMalformedInput, problems);
            // The text is scanned for mojibake as text from a String is: that scan of every second
            // char also tells whether columns must count code points, and costs less than a
            // pass over the bytes that would tell the same.
            Article article = parseText(decoded.text(), source, problems);
            if (textStart != null && decoded.exact() && !(repairMojibake && repaired(article))) {
                textStart[0] = decoded.start();
            }
            return List.of(article);
        }
        if (reader.format() == WireFormat.NINJS && !replaceMalformedInput) {
            // Jackson reads UTF-8 bytes faster than a String it must decode first; the text is
            // decoded only if a message needs to quote it.
            return reader.read(new Input(bytes, () -> Utf8.decode(bytes, bytes.length, replaceMalformedInput,
                    problems), source, problems, () -> new Problems(strict), maxParagraphs, LocalDate.now(clock)));
        }
        return readItems(reader, decodeAs(reader.format(), bytes, problems), source, problems);
    }

    /** Whether mojibake was repaired in the article's text: each repair is reported. */
    private static boolean repaired(Article article) {
        for (Diagnostic diagnostic : article.diagnostics()) {
            if (diagnostic.code() == DiagnosticCode.MOJIBAKE) {
                return true;
            }
        }
        return false;
    }

    /** The reader for a file's bytes: none for VNS text, known from the first byte without decoding. */
    private FormatReader readerOf(byte[] bytes) {
        return inputFormat == null && !XmlBytes.mayBeStructured(bytes) ? null : reader(Sniff.of(XmlBytes.head(bytes)));
    }

    /** Decodes bytes as a structured format's reader reads them. */
    private String decodeAs(WireFormat format, byte[] bytes, Problems problems) {
        return switch (format) {
            case NINJS -> Utf8.decode(bytes, bytes.length, replaceMalformedInput, problems);
            case ANPA_1312, IPTC_7901 -> TransmissionBytes.decode(bytes, problems);
            default -> XmlBytes.decode(bytes, replaceMalformedInput, problems);
        };
    }

    /** The reader of a structured format for a file with this head; null for VNS text. */
    private FormatReader reader(Sniff sniff) {
        if (inputFormat != null) {
            return FormatReaders.of(inputFormat);
        }
        FormatReader reader = FormatReaders.detect(sniff);
        if (reader == null && sniff.kind() == Sniff.Kind.XML) {
            return UNKNOWN_XML;
        }
        return reader;
    }

    /** XML that no reader knows: an article with an error and nothing else. */
    private static final FormatReader UNKNOWN_XML = new FormatReader() {
        @Override
        public WireFormat format() {
            return WireFormat.VNS;
        }

        @Override
        public int detect(Sniff sniff) {
            return 0;
        }

        @Override
        public List<Article> read(Input input) {
            Sniff sniff = Sniff.of(input.text());
            input.fileProblems().report(DiagnosticCode.UNKNOWN_FORMAT, "unknown XML root element ["
                    + (sniff.rootName().isEmpty() ? "none" : "<" + sniff.rootName() + ">")
                    + "]: expected <nitf>, a NewsML-G2 newsItem, packageItem or newsMessage, or <NewsML>", 1, 1, 0);
            return List.of(new Article(Optional.ofNullable(input.source()), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(), input.fileProblems().toList()));
        }
    };

    private List<Article> readItems(FormatReader reader, String text, String source, Problems problems) {
        return reader.read(new Input(null, () -> text, source, problems, () -> new Problems(strict), maxParagraphs,
                LocalDate.now(clock)));
    }

    /** The first item; a note on it when there are more, which {@code parseItems} returns. */
    private static Article first(List<Article> items) {
        Article first = items.get(0);
        if (items.size() == 1) {
            return first;
        }
        return first.withDiagnostics(List.of(new Diagnostic(Severity.WARNING, DiagnosticCode.MORE_ITEMS, "the file holds "
                + items.size() + " items [item 0 of " + items.size() + "]: expected one; parseItems returns them all",
                1, 1)));
    }


    private void checkSize(int size, String unit) {
        if (size > maxInputBytes) {
            throw tooLarge(size, unit);
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxInputBytes + 1);
        if (bytes.length > maxInputBytes) {
            throw tooLarge(bytes.length, "bytes or more");
        }
        return bytes;
    }

    private WireParseException tooLarge(long size, String unit) {
        return Problems.fatal(DiagnosticCode.INPUT_TOO_LARGE,
                "input too large [" + size + " " + unit + "]: expected at most " + maxInputBytes
                        + " (option maxInputBytes)",
                1, 1, maxInputBytes);
    }

    /**
     * Parses the text. The scan for mojibake comes first, and tells on the way whether the text
     * holds a surrogate pair: without one, columns are counted without looking at the chars.
     */
    private Article parseText(CharSequence input, String source, Problems problems) {
        MojibakeCheck check = checkMojibake(input, problems);
        CharSequence text = check.text();
        // Without a surrogate pair every code point is one char: columns are differences of offsets.
        boolean bmpOnly = !check.supplementary();
        HeaderParser.Result header = headerParser.parse(text, problems);
        // A list of the parser's own: the steps below change it in place, and the Article copies it once.
        List<Paragraph> paragraphs = bodySegmenter.segment(text, header.bodyStart(), text.length(), header.line(),
                header.lineStart(), maxLineLength, maxParagraphs);

        // A bare dash that opens the text lost its place upstream ("– The ministry …"); it goes first,
        // so that what follows it is read as it would be without it.
        SourceSpan placeLost = null;
        if (!paragraphs.isEmpty() && !isSignOffAlone(text, paragraphs.get(0).span())) {
            placeLost = paragraphs.get(0).span();
            paragraphs = withoutBareDash(text, paragraphs, bmpOnly);
            placeLost = paragraphs.isEmpty() || paragraphs.get(0).span().start() == placeLost.start() ? null : placeLost;
        }

        // The end, taken off from the last character back: a sign-off, an end-of-story mark, and a
        // sign-off before those (the credit repeated: "….-VNA" then a line "VNA"), each once.
        Attribution attribution = null;
        String endMark = null;
        boolean signedOff = false;
        for (int step = 0; step < 3 && !paragraphs.isEmpty(); step++) {
            int last = paragraphs.size() - 1;
            SourceSpan span = paragraphs.get(last).span();
            int contentEnd = -1;
            if (step != 1) {
                AttributionDetector.Match match = attributionDetector.match(text, span.start(), span.end());
                // Before a sign-off or a mark, only the glued form is a credit repeated ("….-VNA" then "VNA").
                if (match != null && (step == 0 || (signedOff || endMark != null) && match.glued())) {
                    LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                            .moveTo(match.textStart());
                    // Of a repeated credit, the article keeps the one nearest the text.
                    attribution = match.toAttribution(text, cursor.line(), cursor.column());
                    signedOff = true;
                    contentEnd = match.contentEnd();
                }
            } else if (endsWithEndMark(text, span.start(), span.end())) {
                endMark = END_MARK;
                contentEnd = span.end() - END_MARK.length() + 1;
            }
            if (contentEnd == span.start()) {
                paragraphs.remove(last);
            } else if (contentEnd >= 0) {
                paragraphs.set(last, paragraph(text, span.start(), contentEnd, span.line(), span.column()));
            }
        }
        if (attribution == null && !paragraphs.isEmpty()) {
            SourceSpan span = paragraphs.get(paragraphs.size() - 1).span();
            LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                    .moveTo(span.end());
            int lastWord = span.end();
            while (lastWord > span.start() && !Chars.isWhitespace(text.charAt(lastWord - 1))) {
                lastWord--;
            }
            problems.report(DiagnosticCode.MISSING_ATTRIBUTION,
                    "no sign-off " + Chars.quoteFound(text, lastWord)
                            + ": expected an agency credit such as \"VNS\" at the end of the last paragraph",
                    cursor.line(), cursor.column(), span.end());
        }

        // After the sign-off is taken off: a byline must be followed by a body paragraph.
        String byline = null;
        if (paragraphs.size() > 1) {
            Paragraph first = paragraphs.get(0);
            int nameStart = BylineDetector.nameStart(text, first.span().start(), first.span().end());
            if (nameStart >= 0) {
                byline = text.subSequence(nameStart, first.span().end()).toString();
                paragraphs.remove(0);
            }
        }

        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            SourceSpan before = paragraphs.get(0).span();
            paragraphs = withoutBareDash(text, paragraphs, bmpOnly);
            SourceSpan span = paragraphs.get(0).span();
            if (placeLost == null && span.start() != before.start()) {
                placeLost = before;
            }
            DatelineDetector.Match match = DatelineDetector.match(text, span.start(), span.end(), gazetteer);
            int ledeStart = span.start();
            if (match != null) {
                dateline = new Dateline(text.subSequence(match.placeStart(), match.placeEnd()).toString(),
                        slice(text, match.countryStart(), match.countryEnd()),
                        slice(text, match.dateStart(), match.dateEnd()),
                        slice(text, match.agencyStart(), match.agencyEnd()), Optional.ofNullable(match.dash()));
                ledeStart = match.ledeStart();
            } else if (placeLost != null) {
                problems.report(DiagnosticCode.MISSING_PLACE, "dateline without a place "
                        + Chars.quoteFound(text, placeLost.start())
                        + ": expected a place before the dash; the dash is taken off the lede",
                        placeLost.line(), placeLost.column(), placeLost.start());
            } else {
                DatelineDetector.Uncertain uncertain = DatelineDetector.uncertain(text, span.start(), span.end());
                if (uncertain != null) {
                    problems.report(DiagnosticCode.UNCERTAIN_DATELINE, "capitals that may be a dateline ["
                            + text.subSequence(span.start(), uncertain.end())
                            + "]: expected a dash after a dateline, or a place the parser knows"
                            + " (option addPlaces); kept in the lede", span.line(), span.column(), span.start());
                }
            }
            if (ledeStart > span.start()) {
                LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                        .moveTo(ledeStart);
                paragraphs.set(0, paragraph(text, ledeStart, span.end(), cursor.line(), cursor.column()));
            }
        }

        if (paragraphs.isEmpty() && !header.empty()) {
            LineCursor end = new LineCursor(text, header.bodyStart(), header.line(),
                    Character.codePointCount(text, header.lineStart(), header.bodyStart()) + 1).moveTo(text.length());
            String message = attribution == null
                    ? "no article text: expected a paragraph after the \"date\" preamble, found end of input"
                    : "no article text [" + attribution.text() + "]: expected a paragraph before the sign-off";
            problems.report(DiagnosticCode.EMPTY_BODY, message, end.line(), end.column(), text.length());
        }

        return new Article(Optional.ofNullable(source), Optional.ofNullable(header.date()),
                Optional.ofNullable(byline), Optional.ofNullable(dateline), paragraphs,
                Optional.ofNullable(attribution), Optional.ofNullable(endMark), problems.toList());
    }

    /** VNA's end-of-story mark, written right after the last full stop. */
    private static final String END_MARK = "./.";

    private static boolean endsWithEndMark(CharSequence text, int start, int end) {
        return end - start > END_MARK.length() && text.charAt(end - 3) == '.' && text.charAt(end - 2) == '/'
                && text.charAt(end - 1) == '.';
    }

    private static Optional<String> slice(CharSequence text, int start, int end) {
        return start < 0 ? Optional.empty() : Optional.of(text.subSequence(start, end).toString());
    }

    /** A paragraph that is nothing but a sign-off, dash and all ("— VNS"): its dash is not a lost place. */
    private boolean isSignOffAlone(CharSequence text, SourceSpan span) {
        AttributionDetector.Match match = attributionDetector.match(text, span.start(), span.end());
        return match != null && match.contentEnd() == span.start();
    }

    /** The paragraphs (a list of the parser's own, changed in place) with any bare dash that opens the first one taken off. */
    private static List<Paragraph> withoutBareDash(CharSequence text, List<Paragraph> paragraphs, boolean bmpOnly) {
        SourceSpan span = paragraphs.get(0).span();
        int start = afterBareDash(text, span.start(), span.end());
        if (start == span.start()) {
            return paragraphs;
        }
        LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly).moveTo(start);
        paragraphs.set(0, paragraph(text, start, span.end(), cursor.line(), cursor.column()));
        return paragraphs;
    }

    /**
     * Where the lede's text starts after a bare dash that opens it ({@code – The ministry …}), or
     * {@code start} when it does not open with one.
     */
    private static int afterBareDash(CharSequence text, int start, int end) {
        int at = start;
        // Dashes in a row ("– – The …") all go: a lede never opens with a bare dash.
        while (at < end) {
            Dash dash = DatelineDetector.dashAt(text, at, end);
            if (dash == null) {
                break;
            }
            int afterDash = at + (dash == Dash.DOUBLE_HYPHEN ? 2 : 1);
            int next = Chars.skipHorizontalSpace(text, afterDash, end);
            if (next == afterDash || next >= end || Chars.isLineBreak(text.charAt(next))) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** The text to parse after the mojibake check, and whether it may hold a surrogate pair. */
    private record MojibakeCheck(CharSequence text, boolean supplementary) {
    }

    /**
     * Reports mojibake, and repairs it if asked to. Positions are in the text that is parsed (the
     * repaired text when repairing), like every other position.
     */
    private MojibakeCheck checkMojibake(CharSequence text, Problems problems) {
        List<int[]> found = new ArrayList<>();
        int[] unlisted = {0};
        Mojibake.Listener collect = (start, end, codePoint) -> {
            if (found.size() < Problems.MAX_PER_CODE) {
                found.add(new int[] {start, end, codePoint});
            } else {
                unlisted[0]++;
            }
        };
        CharSequence parsed = repairMojibake ? Mojibake.repair(text, collect) : text;
        // A repaired text is not looked at again for surrogate pairs: it may hold some.
        boolean supplementary = repairMojibake || Mojibake.scanText(text, collect).supplementary();
        if (found.isEmpty()) {
            return new MojibakeCheck(parsed, supplementary);
        }
        int bom = startsWithBom(parsed) ? 1 : 0;
        LineCursor cursor = new LineCursor(parsed, bom, 1, 1);
        for (int[] match : found) {
            cursor.moveTo(match[0]);
            String meant = new String(Character.toChars(match[2]));
            String message = repairMojibake
                    ? "mojibake repaired [" + meant + "]: found UTF-8 read as Windows-1252, expected UTF-8 text"
                    : "mojibake [" + parsed.subSequence(match[0], match[1]) + "]: expected UTF-8 text, found UTF-8"
                            + " read as Windows-1252; it reads [" + meant + "]";
            problems.report(DiagnosticCode.MOJIBAKE, message, cursor.line(), cursor.column(), match[0]);
        }
        problems.countUnlisted(DiagnosticCode.MOJIBAKE, unlisted[0]);
        return new MojibakeCheck(parsed, supplementary);
    }

    private static boolean startsWithBom(CharSequence text) {
        return text.length() > 0 && text.charAt(0) == '\uFEFF';
    }

    private static Paragraph paragraph(CharSequence text, int start, int end, int line, int column) {
        return new Paragraph(text.subSequence(start, end).toString(), new SourceSpan(start, end, line, column));
    }

    /**
     * Options for a {@link WireParser}. Not thread-safe; the parser it builds is.
     *
     * <pre>{@code
     * WireParser parser = WireParser.builder().strict(true).maxInputBytes(1 << 20).build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private boolean strict;
        private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private boolean replaceMalformedInput;
        private boolean repairMojibake;
        private final List<String> agencies = new ArrayList<>(AttributionDetector.DEFAULT_AGENCIES);
        private final List<String> places = new ArrayList<>();
        private WireFormat inputFormat;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the clock whose day completes dates written without a year: IPTC 7901's
         * {@code DDHHMM GMT Mon} post-text, when it leaves the year out, is taken in the year that
         * puts it on or before the day after this clock's day. The default is the system clock in
         * UTC; a fixed clock makes such output reproducible.
         *
         * @param clock the clock
         * @return this builder
         * @since 0.4
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Reads every input as one format instead of finding the format from each file's content
         * (the default, {@code null}). A file that is not of that format then reads as a broken
         * file of it: with a {@code malformed-xml}, {@code no-items} or {@code malformed-json}
         * error, say.
         *
         * <pre>{@code
         * WireParser nitf = WireParser.builder().inputFormat(WireFormat.NITF).build();
         * }</pre>
         *
         * @param format the format, or null to detect it
         * @return this builder
         * @since 0.4
         */
        public Builder inputFormat(WireFormat format) {
            this.inputFormat = format;
            return this;
        }

        /**
         * Chooses strict mode, which throws a {@link WireParseException} on the first error,
         * or lenient mode (the default), which records it as a diagnostic and goes on.
         *
         * @param strict true for strict mode
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Replaces the agency names recognised in sign-offs (by default
         * {@link AttributionDetector#DEFAULT_AGENCIES}).
         *
         * @param names agency names, letters and digits each
         * @return this builder
         */
        public Builder agencies(Collection<String> names) {
            agencies.clear();
            agencies.addAll(names);
            return this;
        }

        /**
         * Adds agency names to those recognised in sign-offs.
         *
         * @param names agency names, letters and digits each
         * @return this builder
         */
        public Builder addAgencies(Collection<String> names) {
            agencies.addAll(names);
            return this;
        }

        /**
         * Adds places to those recognised in datelines written without a dash
         * ({@code BÌNH PHƯỚC PROVINCE The …}) or in mixed case without an agency
         * ({@code Hoa Binh – …}). The parser ships with Viet Nam's provinces, cities and regions and
         * the world's capitals; names match whatever their case and diacritics.
         *
         * @param names place names, such as {@code "Bình Phước Province"}
         * @return this builder
         * @since 0.2
         */
        public Builder addPlaces(Collection<String> names) {
            for (String name : names) {
                places.add(Objects.requireNonNull(name, "place"));
            }
            return this;
        }

        /**
         * Sets the largest input accepted, in bytes (for text, in {@code char}s); larger input
         * throws {@link DiagnosticCode#INPUT_TOO_LARGE}. The default is
         * {@value WireParser#DEFAULT_MAX_INPUT_BYTES}.
         *
         * @param limit the limit, at least 1 and below {@link Integer#MAX_VALUE}
         * @return this builder
         */
        public Builder maxInputBytes(int limit) {
            if (limit < 1 || limit == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxInputBytes must be from 1 to " + (Integer.MAX_VALUE - 1)
                        + ", found " + limit);
            }
            this.maxInputBytes = limit;
            return this;
        }

        /**
         * Sets the longest line accepted, in {@code char}s; a longer line throws
         * {@link DiagnosticCode#LINE_TOO_LONG}. The default is {@value WireParser#DEFAULT_MAX_LINE_LENGTH}.
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxLineLength(int limit) {
            this.maxLineLength = positive("maxLineLength", limit);
            return this;
        }

        /**
         * Sets the most paragraphs accepted in one article; more throw
         * {@link DiagnosticCode#TOO_MANY_PARAGRAPHS}. The default is
         * {@value WireParser#DEFAULT_MAX_PARAGRAPHS}.
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxParagraphs(int limit) {
            this.maxParagraphs = positive("maxParagraphs", limit);
            return this;
        }

        /**
         * Chooses what bytes that are not UTF-8 do: by default (false) they throw
         * {@link DiagnosticCode#MALFORMED_UTF8}; when true, each bad sequence is replaced by U+FFFD
         * and reported as a {@link DiagnosticCode#MALFORMED_UTF8_REPLACED} warning.
         *
         * @param replace true to replace and report instead of failing
         * @return this builder
         */
        public Builder replaceMalformedInput(boolean replace) {
            this.replaceMalformedInput = replace;
            return this;
        }

        /**
         * Chooses whether mojibake ({@code Viá»‡t} for {@code Việt}) is repaired before parsing.
         * It is always reported as a {@link DiagnosticCode#MOJIBAKE} warning; when repaired, spans
         * index the repaired text, which {@link WireParser#repair(CharSequence)} and
         * {@link WireParser#decode(byte[])} return. Off by default.
         *
         * @param repair true to repair
         * @return this builder
         */
        public Builder repairMojibake(boolean repair) {
            this.repairMojibake = repair;
            return this;
        }

        private static int positive(String option, int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(option + " must be at least 1, found " + limit);
            }
            return limit;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         * @throws IllegalArgumentException if the agency list is empty or holds a name that is not
         *                                  letters and digits
         */
        public WireParser build() {
            return new WireParser(this);
        }
    }
}
