package io.github.newswire.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes tar archives by hand, as POSIX says (512-byte ustar headers, data padded to 512 bytes,
 * two zero blocks at the end), for tests and benchmarks that need archives of exact shape:
 * links, absurd sizes, truncations.
 */
public final class TarWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * Adds a regular file.
     *
     * @param name its name
     * @param data its bytes
     * @return this writer
     */
    public TarWriter file(String name, byte[] data) {
        return entry(name, '0', data, data.length);
    }

    /**
     * Adds a regular file of UTF-8 text.
     *
     * @param name its name
     * @param text its text
     * @return this writer
     */
    public TarWriter file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds an entry of any type whose header may state a size other than its data's.
     *
     * @param name       its name
     * @param type       the tar type flag ('0' a file, '2' a symbolic link …)
     * @param data       the data written after the header
     * @param statedSize the size the header states
     * @return this writer
     */
    public TarWriter entry(String name, char type, byte[] data, long statedSize) {
        out.writeBytes(header(name, type, statedSize));
        out.writeBytes(data);
        out.writeBytes(padding(data.length));
        return this;
    }

    /**
     * Returns the archive, with its two end blocks.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(new byte[1024]);
        return all.toByteArray();
    }

    /**
     * The zero bytes that pad data of a length to a whole block.
     *
     * @param length the data's length
     * @return the padding
     */
    public static byte[] padding(int length) {
        return new byte[(512 - length % 512) % 512];
    }

    /**
     * A ustar header with a valid checksum.
     *
     * @param name the entry's name, at most 100 bytes
     * @param type the type flag
     * @param size the size to state
     * @return the 512-byte header
     */
    public static byte[] header(String name, char type, long size) {
        byte[] header = new byte[512];
        put(header, 0, name.getBytes(StandardCharsets.UTF_8));
        put(header, 100, "0000644".getBytes(StandardCharsets.US_ASCII));
        put(header, 124, String.format("%011o", size).getBytes(StandardCharsets.US_ASCII));
        header[156] = (byte) type;
        put(header, 257, "ustar".getBytes(StandardCharsets.US_ASCII));
        put(header, 263, "00".getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        put(header, 148, String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII));
        header[154] = 0;
        return header;
    }

    private static void put(byte[] header, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, header, at, Math.min(bytes.length, 100));
    }
}
