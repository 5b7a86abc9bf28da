package io.github.newswire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: strict UTF-8 that names the byte offset, line and column of the first
 * bad sequence (or, on request, replaces each with U+FFFD and reports it), and refuses binary
 * content and UTF-16.
 */
final class Utf8 {

    /** A byte array read as little-endian longs, for the eight-at-a-time control check. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** How many leading bytes the binary check samples for control characters. */
    private static final int BINARY_SAMPLE = 4096;

    private Utf8() {
    }

    static String decode(byte[] bytes, int length, boolean replace, Problems problems) {
        return decodeText(bytes, length, replace, problems).text();
    }

    /**
     * Decoded text, and what the pass over its bytes found: whether they may hold mojibake
     * ({@link #mayHoldMojibake(byte[])}); where the text starts (after a byte order mark);
     * whether the text is exactly their decoding from there ({@code exact}: no malformed
     * sequence was replaced); and whether it may hold a char beyond the BMP (a byte F0 to FF, the
     * lead of a four-byte sequence).
     */
    record Decoded(String text, boolean mayHoldMojibake, int start, boolean exact, boolean supplementary) {
    }

    static Decoded decodeText(byte[] bytes, int length, boolean replace, Problems problems) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw Problems.fatal(DiagnosticCode.MALFORMED_UTF8,
                    "invalid UTF-8 [" + hex(bytes, 0, 2) + "] at byte 0: expected UTF-8 text, found a UTF-16 byte"
                            + " order mark; convert the file to UTF-8",
                    1, 1, 0);
        }
        int start = hasBom(bytes, length) ? 3 : 0;
        // Binary content is named as such even when it is also malformed UTF-8, so the sample
        // comes first; a NUL byte after the sample is reported after any malformed sequence.
        ByteScan scan = new ByteScan(bytes, start, length, Math.min(length, start + BINARY_SAMPLE));
        scan.run();
        checkControlRatio(bytes, start, scan.controls, scan.sampleEnd - start);
        // The JDK's decoder is intrinsified and far faster than a CharsetDecoder; it replaces bad
        // input with U+FFFD, so only text that contains U+FFFD needs the slow, exact pass.
        String text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        boolean exact = true;
        if (text.indexOf('\uFFFD') >= 0) {
            exact = !reportMalformed(bytes, start, length, text, replace, problems);
        }
        if (scan.firstNulAfterSample >= 0) {
            int at = scan.firstNulAfterSample;
            throw binary(bytes, start, at, "[00] at byte " + at + ": expected UTF-8 text, found a NUL byte");
        }
        return new Decoded(text, scan.mojibake, start, exact, scan.supplementary);
    }

    /**
     * Whether the UTF-8 bytes may hold mojibake, a quick test that spares most files the scan of
     * their characters. Mojibake starts with a character from U+00C2 to U+00F4, encoded C3 82 to
     * C3 B4, directly followed by one that Windows-1252 gives for a byte from 80 to BF, whose
     * encoding starts with C2, C5, C6, CB or E2. Without that pair of bytes there is no mojibake.
     */
    static boolean mayHoldMojibake(byte[] bytes) {
        ByteScan scan = new ByteScan(bytes, 0, bytes.length, 0);
        scan.run();
        return scan.mojibake;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Flags the bytes of a word that are zero: each zero byte's high bit is set (and, rarely, that
     * of a 01 byte above a zero byte), so a word with a zero byte never gives 0.
     */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    /**
     * One pass over the bytes, eight at a time, for what decoding does not tell: NUL bytes,
     * control characters in the sample, and the C3 … C2/C5/C6/CB/E2 pair that mojibake needs.
     * A word is looked at byte by byte only when one test on it finds a byte below 0x20, DEL, or
     * a C3 two bytes before a possible follower: words of ordinary text, Vietnamese included,
     * pass with a few operations.
     */
    private static final class ByteScan {
        private final byte[] bytes;
        private final int start;
        private final int length;
        final int sampleEnd;
        int controls;
        int firstNulAfterSample = -1;
        boolean mojibake;
        boolean supplementary;

        ByteScan(byte[] bytes, int start, int length, int sampleEnd) {
            this.bytes = bytes;
            this.start = start;
            this.length = length;
            this.sampleEnd = sampleEnd;
        }

        void run() {
            // Locals, not fields, in the loop: the JIT keeps them in registers.
            byte[] bytes = this.bytes;
            int length = this.length;
            boolean pair = false;
            boolean fourByte = false;
            int i = start;
            for (; i + 2 * Long.BYTES <= length; i += Long.BYTES) {
                long word = (long) LONGS.get(bytes, i);
                long below20 = (word - 0x2020202020202020L) & ~word;
                // Eight bytes from 20 to 7E, the usual case: nothing to look at. (A 7F byte plus
                // one, and any byte from 80 up, has its high bit set.)
                if (((word | (word + ONES) | below20) & HIGHS) == 0) {
                    continue;
                }
                fourByte |= (word & (word << 1) & (word << 2) & (word << 3) & HIGHS) != 0;
                long suspects = (below20 & HIGHS) | zeroBytes(word ^ 0x7F7F7F7F7F7F7F7FL);
                long c3 = zeroBytes(word ^ 0xC3C3C3C3C3C3C3C3L);
                if (c3 != 0 && !pair) {
                    long next = (long) LONGS.get(bytes, i + 2);
                    suspects |= c3 & (zeroBytes(next ^ 0xC2C2C2C2C2C2C2C2L) | zeroBytes(next ^ 0xC5C5C5C5C5C5C5C5L)
                            | zeroBytes(next ^ 0xC6C6C6C6C6C6C6C6L) | zeroBytes(next ^ 0xCBCBCBCBCBCBCBCBL)
                            | zeroBytes(next ^ 0xE2E2E2E2E2E2E2E2L));
                }
                // Each flagged byte is looked at: a flag is never missing where a byte qualifies,
                // and the few extra flags (above a byte that qualifies) are looked at for nothing.
                for (long flags = suspects; flags != 0; flags &= flags - 1) {
                    pair |= check(i + (Long.numberOfTrailingZeros(flags) >>> 3));
                }
            }
            for (; i < length; i++) {
                fourByte |= (bytes[i] & 0xF0) == 0xF0;
                pair |= check(i);
            }
            mojibake = pair;
            supplementary = fourByte;
        }

        /** Looks at one byte: counts a control, stops at a NUL; returns whether a mojibake pair starts there. */
        private boolean check(int at) {
            int b = bytes[at] & 0xFF;
            if (b == 0xC3) {
                return at + 2 < length && isMojibakeFollower(bytes[at + 2]);
            }
            if (b < 0x20 || b == 0x7F) {
                control(at, b);
            }
            return false;
        }

        private void control(int at, int b) {
            if (b == 0) {
                if (at < sampleEnd) {
                    throw binary(bytes, start, at, "[00] at byte " + at + ": expected UTF-8 text, found a NUL byte");
                }
                if (firstNulAfterSample < 0) {
                    firstNulAfterSample = at;
                }
            } else if (at < sampleEnd && isBinaryControl((char) b)) {
                controls++;
            }
        }
    }

    /** The first byte of a Windows-1252 char for a byte 80 to BF, encoded in UTF-8. */
    private static boolean isMojibakeFollower(byte b) {
        return b == (byte) 0xC2 || b == (byte) 0xC5 || b == (byte) 0xC6 || b == (byte) 0xCB || b == (byte) 0xE2;
    }

    private static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /**
     * Whether any of the eight bytes at an offset is below 0x20 or is DEL, in one test on a
     * {@code long}: the classic "has a byte less than n" and "has a zero byte" tests, exact as to
     * whether any byte qualifies, which is all that is asked.
     */
    static boolean mayHoldControls(byte[] bytes, int at) {
        long word = (long) LONGS.get(bytes, at);
        long del = word ^ 0x7F7F7F7F7F7F7F7FL;
        long suspects = ((word - 0x2020202020202020L) & ~word) | ((del - 0x0101010101010101L) & ~del);
        return (suspects & 0x8080808080808080L) != 0;
    }

    private static void checkControlRatio(byte[] bytes, int textStart, int controls, int sample) {
        if (controls >= 4 && controls * 32 > sample) {
            throw binary(bytes, textStart, textStart, "[" + controls + " control characters in the first " + sample
                    + "]: expected UTF-8 text");
        }
    }

    /** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; and DEL. */
    private static boolean isBinaryControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
    }

    private static WireParseException binary(byte[] bytes, int textStart, int at, String detail) {
        BytePosition position = new BytePosition(bytes, textStart);
        position.moveTo(at);
        return Problems.fatal(DiagnosticCode.BINARY_INPUT, "binary input " + detail, position.line, position.column, at);
    }

    /** Reports each malformed sequence, or throws on the first one; returns whether there was any. */
    private static boolean reportMalformed(byte[] bytes, int start, int length, String text, boolean replace,
            Problems problems) {
        boolean found = false;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        BytePosition position = new BytePosition(bytes, start);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                found = true;
                int at = in.position();
                if (!replace) {
                    throw malformed(bytes, at, result.length(), length, position);
                }
                if (problems.wouldList(DiagnosticCode.MALFORMED_UTF8_REPLACED)) {
                    position.moveTo(at);
                    problems.report(DiagnosticCode.MALFORMED_UTF8_REPLACED, "invalid UTF-8 ["
                            + hex(bytes, at, shown(at, result.length(), length)) + "] at byte " + at
                            + ": expected a UTF-8 sequence, replaced by U+FFFD",
                            position.line, position.column, at);
                } else {
                    problems.countUnlisted(DiagnosticCode.MALFORMED_UTF8_REPLACED, 1);
                }
                in.position(at + result.length());
                continue;
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        return found;
    }

    private static WireParseException malformed(byte[] bytes, int at, int badLength, int length, BytePosition position) {
        position.moveTo(at);
        return Problems.fatal(DiagnosticCode.MALFORMED_UTF8,
                "invalid UTF-8 [" + hex(bytes, at, shown(at, badLength, length)) + "] at byte " + at
                        + ": expected a UTF-8 sequence",
                position.line, position.column, at);
    }

    /** The byte after a bad sequence often explains it (an ASCII byte where a continuation was due). */
    private static int shown(int at, int badLength, int length) {
        return Math.min(Math.min(badLength + 1, 4), length - at);
    }

    private static String hex(byte[] bytes, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(String.format("%02X", bytes[i] & 0xFF));
        }
        return s.toString();
    }

    /**
     * Line and column of a byte offset, walking forward only, so that reporting many sequences
     * stays linear. Columns count code points: every byte that is not a continuation byte.
     */
    private static final class BytePosition {
        private final byte[] bytes;
        private int offset;
        int line = 1;
        int column = 1;

        BytePosition(byte[] bytes, int start) {
            this.bytes = bytes;
            this.offset = start;
        }

        void moveTo(int target) {
            for (int i = offset; i < target; i++) {
                byte b = bytes[i];
                if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    column = 1;
                } else if (b != '\r' && (b & 0xC0) != 0x80) {
                    column++;
                }
            }
            offset = Math.max(offset, target);
        }
    }
}
