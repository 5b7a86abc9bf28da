package io.github.newswire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the transmission formats (ANPA 1312, IPTC 7901), which carry control characters by
 * design: ASCII as it is; bytes beyond ASCII as UTF-8 when they are valid UTF-8, else as
 * ISO-8859-1, the formats' own character set, each such guess an {@code encoding-guess} warning.
 * A NUL byte, or controls that neither format uses (more than 1 in 32 of the first 4096 bytes),
 * are binary junk and refused.
 */
final class TransmissionBytes {

    private static final int SAMPLE = 4096;

    private TransmissionBytes() {
    }

    static String decode(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        int junk = 0;
        int firstHigh = -1;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw binary(bytes, start, i, "[00] at byte " + i + ": expected a wire transmission, found a NUL byte");
            }
            if (i < start + SAMPLE && isForeignControl(b)) {
                junk++;
            }
            if (b >= 0x80 && firstHigh < 0) {
                firstHigh = i;
            }
        }
        int sample = Math.min(bytes.length - start, SAMPLE);
        if (junk >= 4 && junk * 32 > sample) {
            throw binary(bytes, start, start, "[" + junk + " control characters that no wire format uses in the first "
                    + sample + "]: expected a wire transmission");
        }
        if (firstHigh < 0) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        int[] position = position(bytes, start, firstHigh);
        String found = "[" + String.format("%02X", bytes[firstHigh] & 0xFF) + "] at byte " + firstHigh;
        if (isUtf8(bytes, start)) {
            problems.report(DiagnosticCode.ENCODING_GUESS, "bytes beyond ASCII " + found + ": expected ASCII or"
                    + " ISO-8859-1, found valid UTF-8; read as UTF-8", position[0], position[1], firstHigh);
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        problems.report(DiagnosticCode.ENCODING_GUESS, "bytes beyond ASCII " + found + ": expected ASCII; not UTF-8,"
                + " so read as ISO-8859-1", position[0], position[1], firstHigh);
        return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    }

    /** C0 controls that neither ANPA 1312 nor IPTC 7901 uses, and DEL. */
    private static boolean isForeignControl(int b) {
        return b == 0x05 || b == 0x06 || b == 0x07 || b == 0x15 || b == 0x17 || b == 0x19 || b == 0x1A || b == 0x1C
                || b == 0x1D || b == 0x1E || b == 0x7F;
    }

    private static boolean isUtf8(byte[] bytes, int start) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {line, column} of a byte, columns counting bytes (the text before it is ASCII). */
    private static int[] position(byte[] bytes, int start, int at) {
        int line = 1;
        int column = 1;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static WireParseException binary(byte[] bytes, int start, int at, String detail) {
        int[] position = position(bytes, start, at);
        return Problems.fatal(DiagnosticCode.BINARY_INPUT, "binary input " + detail, position[0], position[1], at);
    }
}
