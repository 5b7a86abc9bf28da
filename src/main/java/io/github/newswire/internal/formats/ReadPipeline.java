package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One file's way through a parser, one way down: the size checked, the reader chosen from the
 * head (or forced), then that reader decodes and reads the file into its items. Nothing comes back
 * up between two steps. One per parser, immutable and thread-safe; the public
 * {@code WireParser} and {@code CorpusParser} hand every file to it.
 */
public final class ReadPipeline {

    private final ReadOptions options;
    private final WireFormat inputFormat;
    private final int maxInputBytes;

    /**
     * A pipeline with a parser's options.
     *
     * @param options       what readers are told
     * @param inputFormat   the format every file is read as, or null to detect each
     * @param maxInputBytes the largest input accepted, in bytes (for text, in {@code char}s)
     */
    public ReadPipeline(ReadOptions options, WireFormat inputFormat, int maxInputBytes) {
        this.options = options;
        this.inputFormat = inputFormat;
        this.maxInputBytes = maxInputBytes;
    }

    /**
     * Returns the largest input accepted.
     *
     * @return the limit in bytes (for text, in {@code char}s)
     */
    public int maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Reads every item of a file given as text.
     *
     * @param text the file
     * @return the items, at least one
     * @throws WireParseException over the size limit, or in strict mode on the first error
     */
    public List<Article> read(CharSequence text) {
        checkSize(text.length(), "chars");
        FormatReader reader = FormatReaders.forText(text, inputFormat);
        return reader.read(Input.ofText(reader, text, null, new Problems(options.strict()), options));
    }

    /**
     * Reads every item of a file given as bytes.
     *
     * @param bytes  the file
     * @param source where it was read from, or null
     * @return the items, at least one
     * @throws WireParseException if the bytes cannot be decoded or are over the size limit, or in
     *                            strict mode on the first error
     */
    public List<Article> read(byte[] bytes, String source) {
        return read(bytes, source, null);
    }

    /**
     * Reads every item of a file given as bytes, and says whether its text is exactly their UTF-8
     * decoding.
     *
     * @param bytes          the file
     * @param source         where it was read from, or null
     * @param exactTextStart if not null, its first element is set to where the text read starts in
     *                       the bytes when the text is exactly their decoding, and left as it is otherwise
     * @return the items, at least one
     * @throws WireParseException if the bytes cannot be decoded or are over the size limit, or in
     *                            strict mode on the first error
     */
    public List<Article> read(byte[] bytes, String source, int[] exactTextStart) {
        checkSize(bytes.length, "bytes");
        FormatReader reader = FormatReaders.forBytes(bytes, inputFormat);
        Input input = Input.ofBytes(reader, bytes, source, new Problems(options.strict()), options);
        List<Article> items = reader.read(input);
        if (exactTextStart != null && input.exactTextStart() >= 0) {
            exactTextStart[0] = input.exactTextStart();
        }
        return items;
    }

    /**
     * Decodes bytes into the text that spans of an article read from them index.
     *
     * @param bytes the file
     * @return the text
     * @throws WireParseException if the bytes cannot be decoded or are over the size limit
     */
    public String decode(byte[] bytes) {
        checkSize(bytes.length, "bytes");
        FormatReader reader = FormatReaders.forBytes(bytes, inputFormat);
        return reader.decode(Input.ofBytes(reader, bytes, null, new Problems(false), options));
    }

    /**
     * Returns the text that spans of an article read from this text index.
     *
     * @param text the text
     * @return the text itself, or with its mojibake repaired when the options say so
     */
    public String repair(CharSequence text) {
        return VnsReader.repair(text, options.repairMojibake());
    }

    /**
     * Reads a whole file with one open, one size query and, as a rule, one read: a bulk run opens
     * millions of files, and each system call saved is time saved. A file is read up to the size
     * it had when it was opened.
     *
     * @param file the file
     * @return its bytes
     * @throws IOException        if it cannot be read
     * @throws WireParseException if it is over the size limit
     */
    public byte[] readFile(Path file) throws IOException {
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
     * Reads a stream to its end, or to one byte past the size limit.
     *
     * @param in the stream, not closed
     * @return its bytes
     * @throws IOException        if it cannot be read
     * @throws WireParseException if it is over the size limit
     */
    public byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxInputBytes + 1);
        if (bytes.length > maxInputBytes) {
            throw tooLarge(bytes.length, "bytes or more");
        }
        return bytes;
    }

    private void checkSize(int size, String unit) {
        if (size > maxInputBytes) {
            throw tooLarge(size, unit);
        }
    }

    private WireParseException tooLarge(long size, String unit) {
        return Problems.fatal(DiagnosticCode.INPUT_TOO_LARGE,
                "input too large [" + size + " " + unit + "]: expected at most " + maxInputBytes
                        + " (option maxInputBytes)",
                1, 1, maxInputBytes);
    }
}
