package io.github.newswire.internal.corpus;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.internal.IoReasons;
import io.github.newswire.internal.formats.ReadPipeline;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.parser.WireParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The work on one file or archive entry of a corpus, never throwing: its bytes read (and
 * decompressed), handed to the parser's pipeline, and its items or its failure made a
 * {@link FileResult}. A file that turns out to be an archive is not parsed but marked, so that
 * its entries are read where it stands.
 */
public final class FileWork {

    /** An input that turned out to be an archive: its entries are read where it stands in the order. */
    public record ArchiveMarker(Path archive) {
    }

    /**
     * A file's result with the bytes its text is exactly the decoding of, from {@code textStart}.
     *
     * @param result    the result
     * @param bytes     the file's bytes
     * @param textStart where the text read starts in them
     */
    public record Sourced(FileResult result, byte[] bytes, int textStart) {
    }

    private final ReadPipeline pipeline;

    /**
     * The work of a parser.
     *
     * @param pipeline the parser's pipeline
     */
    public FileWork(ReadPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Returns the largest file or entry read.
     *
     * @return the limit in bytes
     */
    public int maxInputBytes() {
        return pipeline.maxInputBytes();
    }

    /**
     * Reads and parses one file.
     *
     * @param file the file, possibly gzip-compressed
     * @return a {@link FileResult}, a {@link Sourced} result, or an {@link ArchiveMarker} for an
     *         archive (by its name or its content)
     */
    public Object work(Path file) {
        if (ArchiveReader.hasArchiveName(file)) {
            return new ArchiveMarker(file);
        }
        byte[] bytes = null;
        try {
            if (isGzip(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    bytes = pipeline.readLimited(in);
                }
            } else {
                bytes = pipeline.readFile(file);
            }
            if (ArchiveReader.sniff(bytes, bytes.length) != null) {
                return new ArchiveMarker(file);
            }
            return parse(file, bytes);
        } catch (WireParseException e) {
            if (e.code() == DiagnosticCode.INPUT_TOO_LARGE && isArchive(file)) {
                return new ArchiveMarker(file);
            }
            return FileResult.failed(file, FileFailure.of(e), bytes == null ? 0 : bytes.length);
        } catch (IOException | UncheckedIOException e) {
            return FileResult.failed(file, FileFailure.ioError("cannot read: " + IoReasons.of(e)), 0);
        }
    }

    /**
     * Reads and parses one file given as a stream, which is closed unless it turns out to be an
     * archive: then its first bytes are back in place and the archive is to be read from it.
     *
     * @param stream the file's bytes, possibly gzip-compressed (by its name)
     * @param file   its name, for the result's path
     * @return a {@link FileResult}, a {@link Sourced} result, or a {@link StreamedArchive}
     */
    public Object work(InputStream stream, Path file) {
        byte[] bytes = null;
        boolean archive = false;
        InputStream in = stream;
        try {
            in = new BufferedInputStream(isGzip(file) ? new GZIPInputStream(stream, 1 << 16) : stream, 1 << 16);
            // The head tells an archive before anything is read whole: an archive may be larger
            // than any wire file, and a stream cannot be opened a second time.
            in.mark(ArchiveReader.SNIFF_BYTES);
            byte[] head = in.readNBytes(ArchiveReader.SNIFF_BYTES);
            in.reset();
            if (ArchiveReader.sniff(head, head.length) != null) {
                archive = true;
                return new StreamedArchive(in);
            }
            bytes = pipeline.readLimited(in);
            return parse(file, bytes);
        } catch (WireParseException e) {
            return FileResult.failed(file, FileFailure.of(e), bytes == null ? 0 : bytes.length);
        } catch (IOException | UncheckedIOException e) {
            return FileResult.failed(file, FileFailure.ioError("cannot read: " + IoReasons.of(e)), 0);
        } finally {
            if (!archive) {
                closeQuietly(in);
            }
        }
    }

    /** A stream that turned out to hold an archive, positioned at its start. */
    public record StreamedArchive(InputStream stream) {
    }

    private Object parse(Path file, byte[] bytes) {
        int[] textStart = {-1};
        FileResult result = FileResult.parsed(file, pipeline.read(bytes, file.toString(), textStart), bytes.length);
        return textStart[0] < 0 ? result : new Sourced(result, bytes, textStart[0]);
    }

    private static boolean isGzip(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".gz");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Everything wanted was read; a failure to release the stream changes no result.
        }
    }

    /** Whether a file too large to be one article is an archive, by its first bytes. */
    private boolean isArchive(Path file) {
        try (ArchiveReader reader = ArchiveReader.open(file, maxInputBytes(), name -> false)) {
            return reader != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What an archive entry gives: its items or its failure, under the path {@code ARCHIVE!/ENTRY}.
     *
     * @param archive the archive's path
     * @param entry   the entry
     * @return its result
     */
    public FileResult entryResult(Path archive, ArchiveReader.Entry entry) {
        Path path = entryPath(archive, entry.name());
        return switch (entry.kind()) {
            case FILE -> {
                try {
                    yield FileResult.parsed(path, pipeline.read(entry.bytes(), path.toString()), entry.bytes().length);
                } catch (WireParseException e) {
                    yield FileResult.failed(path, FileFailure.of(e), entry.bytes().length);
                }
            }
            case TOO_LARGE -> FileResult.failed(path, new FileFailure(DiagnosticCode.INPUT_TOO_LARGE.id(),
                    "input too large [" + entry.size() + " bytes " + entry.reason() + "]: expected at most "
                            + maxInputBytes() + " (option maxInputBytes)", 0, 0, entry.offset()), 0);
            case SKIPPED -> FileResult.failed(path, new FileFailure(FileFailure.SKIPPED_ENTRY, entry.reason(), 0, 0,
                    entry.offset()), 0);
            case DAMAGED -> FileResult.failed(entry.name().isEmpty() ? archive : entryPath(archive, entry.name()),
                    new FileFailure(FileFailure.DAMAGED_ARCHIVE, "damaged archive"
                    + (entry.offset() >= 0 ? " at byte " + entry.offset() : "") + ": " + entry.reason()
                    + "; the entries before it were read", 0, 0, entry.offset()), 0);
        };
    }

    /**
     * The result of an archive that cannot be opened.
     *
     * @param archive the archive
     * @param e       why
     * @return a failure {@code io-error}
     */
    public static FileResult unreadableArchive(Path archive, Exception e) {
        return FileResult.failed(archive, FileFailure.ioError("cannot read the archive: " + IoReasons.of(e)), 0);
    }

    /**
     * The path that names an entry, {@code ARCHIVE!/ENTRY}; only a name, never a file to open. A
     * name this system's paths cannot hold (a {@code :} on Windows) has such characters as {@code _}.
     */
    private static Path entryPath(Path archive, String name) {
        return namePath(archive + "!/" + name, archive.toString().length());
    }

    /**
     * The path that names a file given by name only (a stream's name: an object store's key, a
     * URL's last part); never a file to open. Characters this system's paths cannot hold are
     * {@code _}.
     *
     * @param name the name
     * @return the path
     */
    public static Path namePath(String name) {
        return namePath(name, -1);
    }

    private static Path namePath(String path, int keepUpTo) {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            StringBuilder safe = new StringBuilder(path.length());
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                safe.append(c < ' ' || "<>:\"|?*".indexOf(c) >= 0 && i > keepUpTo ? '_' : c);
            }
            return Path.of(safe.toString());
        }
    }
}
