package io.github.newswire.internal.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** POSIX ustar, GNU long names and pax headers. */
final class TarSource implements ArchiveSource {
    private static final int BLOCK = 512;
    final CountingInput in;
    private final ArchiveReader reader;
    private final byte[] header = new byte[BLOCK];

    TarSource(InputStream in, ArchiveReader reader) {
        this.in = new CountingInput(in);
        this.reader = reader;
    }

    /** Where the header being read starts, for damage found while reading its entry. */
    private long lastHeader;

    @Override
    public ArchiveReader.Entry next() throws IOException {
        // An archive that ends inside an entry is damaged at that entry's header.
        try {
            return entry();
        } catch (EOFException e) {
            return damaged(lastHeader, e.getMessage());
        }
    }

    private ArchiveReader.Entry entry() throws IOException {
        String longName = null;
        long paxSize = -1;
        while (true) {
            long offset = in.count;
            lastHeader = offset;
            int read = in.readNBytes(header, 0, BLOCK);
            if (read == 0) {
                // A tar ends with zero blocks; one that stops at an entry's end was cut there.
                return damaged(offset, "the archive ends without its end-of-archive blocks");
            }
            if (read < BLOCK) {
                return damaged(offset, "the archive ends inside a header");
            }
            if (allZero(header)) {
                return null;
            }
            if (!checksumMatches(header)) {
                return damaged(offset, "a tar header whose checksum does not match");
            }
            char type = (char) header[156];
            boolean extension = type == 'L' || type == 'x' || type == 'g' || type == 'K';
            long size = paxSize >= 0 && !extension ? paxSize : number(header, 124, 12);
            if (size < 0) {
                return damaged(offset, "a tar header with a size that is not a number");
            }
            String name = longName != null ? longName : name(header);
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            if (type == 'L' || type == 'x') {
                if (size > 1 << 20) {
                    return damaged(offset, "a tar extension header of " + size + " bytes");
                }
                byte[] data = in.readNBytes((int) size);
                if (data.length < size) {
                    return damaged(offset, "the archive ends inside an extension header");
                }
                ArchiveReader.skipFully(in, padded - size);
                if (type == 'L') {
                    longName = cString(data, 0, data.length);
                } else {
                    String path = pax(data, "path");
                    longName = path != null ? path : longName;
                    String paxLength = pax(data, "size");
                    paxSize = paxLength != null ? Long.parseLong(paxLength.strip()) : paxSize;
                }
                continue;
            }
            if (type == 'g' || type == 'K') {
                // A global header, a long link name: nothing for the next entry's name or size.
                ArchiveReader.skipFully(in, padded);
                continue;
            }
            if (type == '5') {
                ArchiveReader.skipFully(in, padded);
                longName = null;
                paxSize = -1;
                continue;
            }
            if (type != '0' && type != '\0' && type != '7') {
                ArchiveReader.skipFully(in, padded);
                String what = type == '2' ? "a symbolic link" : type == '1' ? "a hard link"
                        : "not a regular file (tar type " + type + ")";
                return new ArchiveReader.Entry(name, ArchiveReader.Kind.SKIPPED, null, size, offset, what + ", skipped");
            }
            if (!reader.wanted(name)) {
                ArchiveReader.skipFully(in, padded);
                longName = null;
                paxSize = -1;
                continue;
            }
            byte[] data = reader.readEntry(in, size);
            ArchiveReader.skipFully(in, padded - size);
            if (data == null) {
                return new ArchiveReader.Entry(name, ArchiveReader.Kind.TOO_LARGE, null, size, offset, "stated");
            }
            return new ArchiveReader.Entry(name, ArchiveReader.Kind.FILE, data, size, offset, null);
        }
    }

    private ArchiveReader.Entry damaged(long offset, String reason) {
        return new ArchiveReader.Entry("", ArchiveReader.Kind.DAMAGED, null, 0, offset, reason);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean checksumMatches(byte[] block) {
        long stated = number(block, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : block[i] & 0xFF;
        }
        return stated == sum;
    }

    /** An octal field, or a base-256 one (high bit set) for large values; -1 if neither. */
    private static long number(byte[] block, int at, int length) {
        if ((block[at] & 0x80) != 0) {
            long value = block[at] & 0x7F;
            for (int i = at + 1; i < at + length; i++) {
                value = value << 8 | (block[i] & 0xFF);
            }
            return value;
        }
        long value = 0;
        boolean digits = false;
        for (int i = at; i < at + length; i++) {
            byte b = block[i];
            if (b == 0 || b == ' ') {
                if (digits) {
                    break;
                }
                continue;
            }
            if (b < '0' || b > '7') {
                return -1;
            }
            value = value * 8 + (b - '0');
            digits = true;
        }
        return value;
    }

    private static String name(byte[] block) {
        String name = cString(block, 0, 100);
        // POSIX "ustar\0" has a name prefix at 345; GNU's "ustar  \0" keeps times there instead.
        boolean ustar = block[257] == 'u' && block[258] == 's' && block[259] == 't' && block[260] == 'a'
                && block[261] == 'r' && block[262] == 0;
        String prefix = ustar ? cString(block, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] bytes, int at, int length) {
        int end = at;
        while (end < at + length && end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, at, end - at, StandardCharsets.UTF_8);
    }

    /**
     * A value of a pax extended header: records of "LENGTH KEY=VALUE\n", where LENGTH counts
     * the record's bytes (so the records are split on bytes, not on decoded characters).
     */
    private static String pax(byte[] data, String key) {
        byte[] wanted = (key + "=").getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < data.length) {
            int space = at;
            int length = 0;
            while (space < data.length && data[space] >= '0' && data[space] <= '9' && length < 1 << 24) {
                length = length * 10 + data[space] - '0';
                space++;
            }
            if (space == at || space >= data.length || data[space] != ' ' || length <= space - at
                    || at + length > data.length) {
                return null;
            }
            int value = space + 1;
            boolean match = value + wanted.length <= at + length;
            for (int k = 0; match && k < wanted.length; k++) {
                match = data[value + k] == wanted[k];
            }
            if (match) {
                int end = at + length - (data[at + length - 1] == '\n' ? 1 : 0);
                return new String(data, value + wanted.length, end - value - wanted.length,
                        StandardCharsets.UTF_8);
            }
            at += length;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
