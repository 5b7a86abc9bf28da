package io.github.newswire.internal;

import java.util.List;
import java.util.function.Supplier;

/**
 * The UTF-8 bytes that articles were parsed from, handed from the parser to the JSON writer on
 * the thread that parsed them, so that paragraphs can be written as the bytes they came from
 * instead of being encoded again char by char. Offered only while the work on a file runs (see
 * {@code CorpusParser.parseAll}) and only when the parsed text is exactly the decoding of the
 * bytes from {@link #start()} (VNS text, no malformed sequence replaced, no mojibake repaired);
 * the writer asks for an article by identity, so an article that did not come from these bytes
 * is never given them.
 *
 * <pre>{@code
 * T line = SourceBytes.with(result.articles(), bytes, start, () -> toJson(result));
 * // in the writer, on the same thread:
 * SourceBytes source = SourceBytes.of(article);   // null unless article is one of those
 * }</pre>
 */
public final class SourceBytes {

    private static final ThreadLocal<SourceBytes> CURRENT = new ThreadLocal<>();

    private final List<?> articles;
    private final byte[] bytes;
    private final int start;

    private SourceBytes(List<?> articles, byte[] bytes, int start) {
        this.articles = articles;
        this.bytes = bytes;
        this.start = start;
    }

    /**
     * Runs work with the bytes offered for the given articles on this thread.
     *
     * @param <T>      what the work gives
     * @param articles the articles parsed from the bytes
     * @param bytes    the bytes
     * @param start    where the parsed text starts in them (after a byte order mark)
     * @param work     the work, such as writing the articles as JSON
     * @return what the work gave
     */
    public static <T> T with(List<?> articles, byte[] bytes, int start, Supplier<T> work) {
        SourceBytes outer = CURRENT.get();
        CURRENT.set(new SourceBytes(articles, bytes, start));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Returns the bytes an article was parsed from, if offered on this thread.
     *
     * @param article an article
     * @return the bytes, or null if none are offered for this very article
     */
    public static SourceBytes of(Object article) {
        SourceBytes source = CURRENT.get();
        if (source == null) {
            return null;
        }
        for (Object offered : source.articles) {
            if (offered == article) {
                return source;
            }
        }
        return null;
    }

    /**
     * Returns the bytes.
     *
     * @return the bytes, not copied
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * Returns where the parsed text starts in the bytes.
     *
     * @return a byte offset
     */
    public int start() {
        return start;
    }

    /**
     * Returns a cursor that turns char offsets of the parsed text, taken in increasing order,
     * into byte offsets.
     *
     * @return a cursor at the start of the text
     */
    public Cursor cursor() {
        return new Cursor();
    }

    /**
     * Walks the bytes forward counting the chars they decode to: a byte that is not a
     * continuation byte (10xxxxxx) starts a char, and a four-byte sequence gives two (a surrogate
     * pair). Whole words of eight bytes are counted at a time. While walking a range it also
     * notes whether any byte would need escaping in a JSON string: {@code "}, {@code \} or a
     * control character.
     */
    public final class Cursor {
        private int charOffset;
        private int byteOffset = start;
        private boolean escapes;

        private Cursor() {
        }

        /**
         * Returns the bytes this cursor walks.
         *
         * @return the bytes, not copied
         */
        public byte[] bytes() {
            return bytes;
        }

        /**
         * Moves to a char offset at or after the current one.
         *
         * @param target a char offset of the parsed text
         * @return the byte offset of that char
         */
        public int moveTo(int target) {
            escapes = false;
            int chars = charOffset;
            int at = byteOffset;
            while (chars < target) {
                if (at + Long.BYTES > bytes.length) {
                    chars += stepOneByte(at++);
                    continue;
                }
                long word = Words.at(bytes, at);
                if ((word & (word << 1) & (word << 2) & (word << 3) & Words.HIGHS) != 0) {
                    // A byte F0 to FF opens a four-byte sequence: two chars. Rare: one byte at a time.
                    chars += stepOneByte(at++);
                    continue;
                }
                // The bytes that start a char: all but the continuation bytes (10xxxxxx).
                long starts = ~(word & ~(word << 1)) & Words.HIGHS;
                int wordChars = Long.bitCount(starts);
                int needed = target - chars;
                if (wordChars <= needed) {
                    escapes |= escapeFlags(word) != 0;
                    chars += wordChars;
                    at += Long.BYTES;
                    continue;
                }
                // The char at the target starts in this word: at its start byte, the one after
                // the first {@code needed} start bytes.
                for (int k = 0; k < needed; k++) {
                    starts &= starts - 1;
                }
                int cut = Long.numberOfTrailingZeros(starts) >>> 3;
                escapes |= (escapeFlags(word) & ((1L << (cut * Long.BYTES)) - 1)) != 0;
                charOffset = target;
                byteOffset = at + cut;
                return byteOffset;
            }
            // The last char counted may go on past the last word: its continuation bytes.
            while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
                at++;
            }
            charOffset = chars;
            byteOffset = at;
            return at;
        }

        /** Walks one byte: returns the chars it starts, and notes whether it needs escaping. */
        private int stepOneByte(int at) {
            int b = bytes[at] & 0xFF;
            escapes |= b == '"' || b == '\\' || b < 0x20;
            if ((b & 0xC0) == 0x80) {
                return 0;
            }
            return b >= 0xF0 ? 2 : 1;
        }

        /**
         * Whether the bytes walked by the last {@link #moveTo(int)} hold any byte that a JSON
         * string escapes.
         *
         * @return true if the last range needs escaping
         */
        public boolean escapes() {
            return escapes;
        }

        /**
         * Flags the bytes of a word that a JSON string escapes ({@code "}, {@code \\}, below
         * 0x20); a flag may also be set above a flagged byte, never where no flagged byte is below.
         */
        private long escapeFlags(long word) {
            return Words.zeroFlags(word ^ 0x2222222222222222L) | Words.zeroFlags(word ^ 0x5C5C5C5C5C5C5C5CL)
                    | Words.controlFlags(word);
        }
    }
}
