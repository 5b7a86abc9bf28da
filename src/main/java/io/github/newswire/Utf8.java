package io.github.newswire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the byte offset, line and column of the first bad sequence. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw Problems.fatal(DiagnosticCode.MALFORMED_UTF8,
                    "invalid UTF-8 [" + hex(bytes, 0, 2) + "] at byte 0: expected UTF-8 text, found a UTF-16 byte"
                            + " order mark; convert the file to UTF-8",
                    1, 1, 0);
        }
        int start = hasBom(bytes, length) ? 3 : 0;
        // The JDK's decoder is intrinsified and far faster than a CharsetDecoder; it replaces bad
        // input with U+FFFD, so only text that contains U+FFFD needs the slow, exact check.
        String text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            checkStrictly(bytes, start, length);
        }
        return text;
    }

    private static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static void checkStrictly(byte[] bytes, int start, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw malformed(bytes, start, in.position(), result.length(), length);
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
            throw malformed(bytes, start, in.position(), flushed.length(), length);
        }
    }

    private static WireParseException malformed(byte[] bytes, int textStart, int at, int badLength, int length) {
        int line = 1;
        int lineStart = textStart;
        for (int i = textStart; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= at || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        // The byte after a bad sequence often explains it (an ASCII byte where a continuation was due).
        int shown = Math.min(Math.min(badLength + 1, 4), length - at);
        return Problems.fatal(DiagnosticCode.MALFORMED_UTF8,
                "invalid UTF-8 [" + hex(bytes, at, shown) + "] at byte " + at + ": expected a UTF-8 sequence",
                line, column, at);
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
}
