package io.github.newswire.internal;

import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.parser.WireParseException;
import java.nio.ByteBuffer;
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
public final class Utf8 {

    /** How many leading bytes the binary check samples for control characters. */
    private static final int BINARY_SAMPLE = 4096;

    private Utf8() {
    }

    /**
     * Decodes bytes as UTF-8; see {@link #decodeText}.
     *
     * @param bytes   the bytes
     * @param length  how many of them
     * @param replace whether bad sequences are replaced and reported instead of thrown
     * @param problems where problems go
     * @return the text
     */
    public static String decode(byte[] bytes, int length, boolean replace, Problems problems) {
        return decodeText(bytes, length, replace, problems).text();
    }

    /**
     * Decoded text: where it starts in the bytes (after a byte order mark), and whether it is
     * exactly their decoding from there ({@code exact}: no malformed sequence was replaced).
     */
    public record Decoded(String text, int start, boolean exact) {
    }

    /**
     * Decodes bytes as strict UTF-8, a leading byte order mark skipped; binary content and UTF-16 are refused.
     *
     * @param bytes    the bytes
     * @param length   how many of them
     * @param replace  whether bad sequences are replaced and reported instead of thrown
     * @param problems where problems go
     * @return the text, where it starts and whether it is exact
     */
    public static Decoded decodeText(byte[] bytes, int length, boolean replace, Problems problems) {
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
        int sampleEnd = Math.min(length, start + BINARY_SAMPLE);
        checkControlRatio(bytes, start, Words.countControls(bytes, start, sampleEnd, at -> control(bytes, start, at)),
                sampleEnd - start);
        // The JDK's decoder is intrinsified and far faster than a CharsetDecoder; it replaces bad
        // input with U+FFFD, so only text that contains U+FFFD needs the slow, exact pass.
        String text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        boolean exact = true;
        if (text.indexOf('\uFFFD') >= 0) {
            exact = !reportMalformed(bytes, start, length, text, replace, problems);
        }
        // A NUL after the sample: found in the text (the JDK's vectorised search), placed in the bytes.
        if (text.indexOf('\u0000') >= 0) {
            int at = sampleEnd;
            while (bytes[at] != 0) {
                at++;
            }
            throw binary(bytes, start, at, "[00] at byte " + at + ": expected UTF-8 text, found a NUL byte");
        }
        return new Decoded(text, start, exact);
    }

    /** 1 for a control character that no text holds, 0 for any other byte; throws on a NUL. */
    private static int control(byte[] bytes, int start, int at) {
        int b = bytes[at] & 0xFF;
        if (b == 0) {
            throw binary(bytes, start, at, "[00] at byte " + at + ": expected UTF-8 text, found a NUL byte");
        }
        return isBinaryControl((char) b) ? 1 : 0;
    }

    private static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
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
