package io.github.newswire.internal.corpus;

import io.github.newswire.internal.IoReasons;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a tar, tar.gz or zip archive once, front to back, never extracting
 * anything to disk: each entry's bytes are read into memory (at most the parser's size limit,
 * plus one byte to tell that it is over), gzip-compressed entries are decompressed on the fly, and
 * archives inside archives are read the same way, a few levels deep. Memory holds one entry (and
 * a zip file's central directory), whatever the size of the archive.
 *
 * <p>Tar is read by this class: POSIX ustar, GNU long names ({@code L}) and pax headers
 * ({@code x}) for the path and size, each header's checksum checked. The JDK has no tar reader,
 * and a small one keeps the library's dependencies at Jackson and the SLF4J API. Zip is read by
 * the JDK: from the central directory ({@link ZipFile}) when the archive is a regular file, as a
 * stream ({@link ZipInputStream}) otherwise.
 *
 * <p>Nothing is thrown for a bad archive: {@link #next()} returns entries, then, if the archive is
 * damaged, one {@link Entry} of kind {@link Kind#DAMAGED} naming the byte offset, and stops.
 */
public final class ArchiveReader implements Closeable {

    /** How deep archives inside archives are read; deeper ones are skipped with a warning. */
    public static final int MAX_DEPTH = 3;

    /** What an entry is. */
    public enum Kind {
        /** A file, with its bytes. */
        FILE,
        /** A file over the size limit: its bytes are not read. */
        TOO_LARGE,
        /** Something that is not a file (a link, a device) or an archive nested too deep: skipped. */
        SKIPPED,
        /** The archive is damaged here; no entry follows. */
        DAMAGED
    }

    /**
     * One entry.
     *
     * @param name   the entry's name, with the names of the archives it is inside:
     *               {@code inner.tar!/a/b.txt}
     * @param kind   what it is
     * @param bytes  its bytes, for a {@link Kind#FILE}; null otherwise
     * @param size   its size as the archive states it (for a file, the bytes read)
     * @param offset where its header starts in the (decompressed) stream of the outermost archive,
     *               or -1 when not known (a zip read from its central directory)
     * @param reason why it was skipped, or where the archive is damaged
     */
    public record Entry(String name, Kind kind, byte[] bytes, long size, long offset, String reason) {
    }

    private final int maxEntryBytes;
    private final Predicate<String> wanted;
    private final Deque<ArchiveSource> sources = new ArrayDeque<>();
    private final Deque<String> prefixes = new ArrayDeque<>();
    private boolean done;

    private ArchiveReader(int maxEntryBytes, Predicate<String> wanted) {
        this.maxEntryBytes = maxEntryBytes;
        this.wanted = wanted;
    }

    /** Whether an entry is to be read: by the file name at the end of its path. */
    boolean wanted(String name) {
        return wanted.test(name.substring(name.lastIndexOf('/') + 1));
    }

    /** The kinds of archive. */
    public enum Format {
        /** A tar archive, maybe gzip-compressed. */
        TAR,
        /** A zip archive. */
        ZIP
    }

    /** How many bytes from the start {@link #sniff(byte[], int)} needs to tell a tar (its magic ends at 262). */
    public static final int SNIFF_BYTES = 512;

    /**
     * Tells from its first bytes whether data is an archive: zip's local header, or tar's
     * {@code ustar} magic at byte 257 (a gzip stream must be decompressed first).
     *
     * @param head   the first bytes
     * @param length how many of them there are
     * @return the format, or null for anything else
     */
    public static Format sniff(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4
                || head[2] == 5 && head[3] == 6)) {
            return Format.ZIP;
        }
        if (length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r') {
            return Format.TAR;
        }
        return null;
    }

    /**
     * Tells from its name whether a file is an archive: {@code .tar}, {@code .tar.gz},
     * {@code .tgz}, {@code .zip}.
     *
     * @param file the file
     * @return true for an archive's name
     */
    public static boolean hasArchiveName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".tar") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".zip");
    }

    /**
     * Opens an archive file, by its content: a gzip stream holding a tar, a tar, or a zip.
     *
     * @param archive       the file
     * @param maxEntryBytes the largest entry read
     * @param wanted        which entries to read, by their file names; the others are skipped unread
     * @return the reader; close it
     * @throws IOException if the file cannot be opened, or is not an archive
     */
    public static ArchiveReader open(Path archive, int maxEntryBytes, Predicate<String> wanted) throws IOException {
        ArchiveReader reader = new ArchiveReader(maxEntryBytes, wanted);
        InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        try {
            byte[] head = peek(file, 2);
            if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                InputStream inner = new BufferedInputStream(new GZIPInputStream(file, 1 << 16), 1 << 16);
                byte[] innerHead = peek(inner, SNIFF_BYTES);
                Format format = sniff(innerHead, innerHead.length);
                if (format == null) {
                    throw new IOException("not an archive: a gzip file that holds neither a tar nor a zip archive");
                }
                reader.push("", format == Format.TAR ? new TarSource(inner, reader)
                        : new ZipStreamSource(new ZipInputStream(inner), reader));
                return reader;
            }
            byte[] longer = peek(file, SNIFF_BYTES);
            Format format = sniff(longer, longer.length);
            if (format == null && hasArchiveName(archive)) {
                // Too short or too damaged to tell by content: the name says what it should be.
                String lower = archive.getFileName().toString().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
                    throw new IOException("not a gzip stream, though the name says so");
                }
                format = lower.endsWith(".zip") ? Format.ZIP : Format.TAR;
            }
            if (format == Format.TAR) {
                reader.push("", new TarSource(file, reader));
            } else if (format == Format.ZIP && Files.isRegularFile(archive)) {
                file.close();
                reader.push("", new ZipFileSource(new ZipFile(archive.toFile()), reader));
            } else if (format == Format.ZIP) {
                reader.push("", new ZipStreamSource(new ZipInputStream(file), reader));
            } else {
                throw new IOException("not an archive: expected a tar, tar.gz or zip archive");
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            file.close();
            reader.close();
            throw e;
        }
    }

    /**
     * Opens an archive given as a stream (from a pipe, an object store, a Spark task), by its
     * content: a gzip stream holding a tar, a tar, or a zip (read as a stream).
     *
     * @param stream        the archive's bytes; closed with the reader
     * @param maxEntryBytes the largest entry read
     * @param wanted        which entries to read, by their file names
     * @return the reader; close it
     * @throws IOException if the stream cannot be read, or is not an archive
     */
    public static ArchiveReader open(InputStream stream, int maxEntryBytes, Predicate<String> wanted)
            throws IOException {
        ArchiveReader reader = new ArchiveReader(maxEntryBytes, wanted);
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        try {
            byte[] head = peek(in, 2);
            if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            byte[] longer = peek(in, SNIFF_BYTES);
            Format format = sniff(longer, longer.length);
            if (format == Format.TAR) {
                reader.push("", new TarSource(in, reader));
            } else if (format == Format.ZIP) {
                reader.push("", new ZipStreamSource(new ZipInputStream(in), reader));
            } else {
                throw new IOException("not an archive: expected a tar, tar.gz or zip archive");
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first bytes of a stream, which is left unread (it must support mark). */
    private static byte[] peek(InputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }

    private void push(String prefix, ArchiveSource source) {
        sources.push(source);
        prefixes.push(prefix);
    }

    /**
     * Reads the next entry.
     *
     * @return the entry, or null after the last (or after the damage)
     */
    public Entry next() {
        while (!done && !sources.isEmpty()) {
            Entry entry;
            try {
                entry = sources.peek().next();
            } catch (IOException | RuntimeException e) {
                entry = new Entry("", Kind.DAMAGED, null, 0, damageOffset(), IoReasons.of(e));
            }
            if (entry == null) {
                closeQuietly(sources.pop());
                prefixes.pop();
                continue;
            }
            String name = prefixes.peek() + entry.name();
            if (entry.kind() == Kind.DAMAGED) {
                // Damage ends the archive it is in: the outermost one, or only a nested one, after
                // which the archive around it goes on. Offsets count in the damaged archive.
                String prefix = prefixes.peek();
                String where = prefix.endsWith("!/") ? prefix.substring(0, prefix.length() - 2) : prefix;
                if (sources.size() == 1) {
                    done = true;
                } else {
                    closeQuietly(sources.pop());
                    prefixes.pop();
                }
                return new Entry(where, Kind.DAMAGED, null, 0, entry.offset(), entry.reason());
            }
            if (entry.kind() != Kind.FILE) {
                return new Entry(name, entry.kind(), null, entry.size(), entry.offset(), entry.reason());
            }
            Entry file = expand(name, entry);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    /** A file entry as it is, decompressed, or opened as a nested archive (then null: read on). */
    private Entry expand(String name, Entry entry) {
        byte[] bytes = entry.bytes();
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(maxEntryBytes + 1);
            } catch (IOException e) {
                return new Entry(name, Kind.SKIPPED, null, entry.size(), entry.offset(),
                        "not read: a damaged gzip entry (" + IoReasons.of(e) + ")");
            }
            if (bytes.length > maxEntryBytes) {
                return new Entry(name, Kind.TOO_LARGE, null, bytes.length, entry.offset(), "decompressed");
            }
        }
        Format nested = sniff(bytes, bytes.length);
        if (nested == null) {
            return new Entry(name, Kind.FILE, bytes, bytes.length, entry.offset(), null);
        }
        if (sources.size() >= MAX_DEPTH) {
            return new Entry(name, Kind.SKIPPED, null, bytes.length, entry.offset(),
                    "an archive nested more than " + MAX_DEPTH + " levels deep, not read");
        }
        InputStream in = new ByteArrayInputStream(bytes);
        push(name + "!/", nested == Format.TAR ? new TarSource(in, this) : new ZipStreamSource(new ZipInputStream(in),
                this));
        return null;
    }

    /** Where the archive being read broke, in its (decompressed) stream, when known. */
    private long damageOffset() {
        return sources.peek() instanceof TarSource tar ? tar.in.count : -1;
    }

    /** Reads up to the size limit plus one byte of an entry's data, and skips the rest. */
    byte[] readEntry(InputStream in, long size) throws IOException {
        if (size > maxEntryBytes) {
            skipFully(in, size);
            return null;
        }
        byte[] bytes = new byte[(int) size];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            throw new EOFException("the archive ends inside an entry (" + read + " of " + size + " bytes)");
        }
        return bytes;
    }

    /** A zip entry's data, read no further than the limit plus one byte (a zip bomb stops there). */
    private Entry zipEntry(String name, InputStream in) throws IOException {
        byte[] data = in.readNBytes(maxEntryBytes + 1);
        if (data.length > maxEntryBytes) {
            return new Entry(name, Kind.TOO_LARGE, null, data.length, -1, "decompressed");
        }
        return new Entry(name, Kind.FILE, data, data.length, -1, null);
    }

    static void skipFully(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the archive ends inside an entry");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        while (!sources.isEmpty()) {
            closeQuietly(sources.pop());
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing a reader of something already read: nothing to report.
        }
    }

    /** A zip read as a stream: local headers in order. */
    private static final class ZipStreamSource implements ArchiveSource {
        private final ZipInputStream in;
        private final ArchiveReader reader;

        ZipStreamSource(ZipInputStream in, ArchiveReader reader) {
            this.in = in;
            this.reader = reader;
        }

        @Override
        public Entry next() throws IOException {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || !reader.wanted(entry.getName())) {
                    continue;
                }
                return reader.zipEntry(entry.getName(), in);
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A zip file read from its central directory, in its order. */
    private static final class ZipFileSource implements ArchiveSource {
        private final ZipFile zip;
        private final Enumeration<? extends ZipEntry> entries;
        private final ArchiveReader reader;

        ZipFileSource(ZipFile zip, ArchiveReader reader) {
            this.zip = zip;
            this.entries = zip.entries();
            this.reader = reader;
        }

        @Override
        public Entry next() throws IOException {
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !reader.wanted(entry.getName())) {
                    continue;
                }
                if (entry.getSize() > reader.maxEntryBytes) {
                    return new Entry(entry.getName(), Kind.TOO_LARGE, null, entry.getSize(), -1, "stated");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return reader.zipEntry(entry.getName(), in);
                } catch (ZipException e) {
                    throw new ZipException(entry.getName() + ": " + IoReasons.of(e));
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
