package io.github.newswire.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes read eight at a time, as a little-endian {@code long}, and the word tests that flag the
 * bytes of interest in one go: the classic "has a zero byte" and "has a byte less than n"
 * tests. A test sets the high bit of every byte that qualifies, and may also set it in a byte
 * above one that qualifies (a borrow), never elsewhere; so a word that gives 0 holds no such
 * byte, and a caller that looks at each flagged byte misses none.
 */
public final class Words {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The byte 01 in every place of a word. */
    public static final long ONES = 0x0101010101010101L;
    /** The high bit of every byte of a word. */
    public static final long HIGHS = 0x8080808080808080L;

    private Words() {
    }

    /**
     * Reads eight bytes.
     *
     * @param bytes  the bytes
     * @param offset where the eight start
     * @return them as a little-endian word: the byte at {@code offset} is the lowest
     */
    public static long at(byte[] bytes, int offset) {
        return (long) LONGS.get(bytes, offset);
    }

    /**
     * Flags the bytes of a word that are zero.
     *
     * @param word a word
     * @return the flags, each a byte's high bit
     */
    public static long zeroFlags(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    /**
     * Flags the bytes of a word below 0x20, the C0 controls.
     *
     * @param word a word
     * @return the flags, each a byte's high bit
     */
    public static long controlFlags(long word) {
        return (word - 0x2020202020202020L) & ~word & HIGHS;
    }

    /** What a byte weighs in a count: see {@link #countControls}. */
    @FunctionalInterface
    public interface Weight {
        /**
         * Weighs one byte.
         *
         * @param at the byte's offset
         * @return its weight: 0 for a byte that is not counted
         */
        int of(int at);
    }

    /**
     * Sums the weights of the control bytes (below 0x20, and DEL) of {@code bytes[from, to)}:
     * only the bytes a word test flags are weighed, so a word of ordinary text costs a few
     * operations. The weight is also asked of a few other bytes (those above a flagged one, and
     * the last bytes that do not fill a word), and must give 0 for any byte that is not counted.
     *
     * @param bytes  the bytes
     * @param from   the first offset
     * @param to     the offset after the last
     * @param weight the weight of a byte; it may throw to stop the count
     * @return the sum of the weights
     */
    public static int countControls(byte[] bytes, int from, int to, Weight weight) {
        int sum = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = at(bytes, i);
            for (long flags = controlFlags(word) | zeroFlags(word ^ 0x7F7F7F7F7F7F7F7FL); flags != 0;
                    flags &= flags - 1) {
                sum += weight.of(i + (Long.numberOfTrailingZeros(flags) >>> 3));
            }
        }
        for (; i < to; i++) {
            sum += weight.of(i);
        }
        return sum;
    }
}
