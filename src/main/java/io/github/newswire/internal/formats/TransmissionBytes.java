package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.internal.Words;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.parser.WireParseException;
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
public final class TransmissionBytes {

    private static final int SAMPLE = 4096;


    private TransmissionBytes() {
    }

    /**
     * Decodes a transmission.
     *
     * @param bytes    the file
     * @param problems where problems go
     * @return the text
     */
    public static String decode(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        int sample = Math.min(bytes.length, start + SAMPLE);
        // Only the bytes a word test flags (controls and DEL, rare in text) are looked at one by one.
        int junk = Words.countControls(bytes, start, sample, at -> isForeignControl(bytes[at] & 0xFF) ? 1 : 0);
        if (junk >= 4 && junk * 32 > sample - start) {
            throw binary(bytes, start, start, "[" + junk + " control characters that no wire format uses in the first "
                    + (sample - start) + "]: expected a wire transmission");
        }
        // The JDK's UTF-8 decoding is intrinsified: decode first, then look at what it found. ASCII keeps
        // its length; valid UTF-8 beyond ASCII shrinks; bytes that are not UTF-8 become U+FFFD.
        String utf8 = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int nul = utf8.indexOf('\u0000');
        if (nul >= 0) {
            int at = start;
            while (bytes[at] != 0) {
                at++;
            }
            throw binary(bytes, start, at, "[00] at byte " + at + ": expected a wire transmission, found a NUL byte");
        }
        boolean replaced = utf8.indexOf('\uFFFD') >= 0;
        if (!replaced && utf8.length() == bytes.length - start) {
            return utf8;
        }
        int firstHigh = start;
        while (firstHigh < bytes.length && bytes[firstHigh] >= 0) {
            firstHigh++;
        }
        int[] position = position(bytes, start, firstHigh);
        String found = "[" + String.format("%02X", bytes[firstHigh] & 0xFF) + "] at byte " + firstHigh;
        if (!replaced || isUtf8(bytes, start)) {
            problems.report(DiagnosticCode.ENCODING_GUESS, "bytes beyond ASCII " + found + ": expected ASCII or"
                    + " ISO-8859-1, found valid UTF-8; read as UTF-8", position[0], position[1], firstHigh);
            return utf8;
        }
        problems.report(DiagnosticCode.ENCODING_GUESS, "bytes beyond ASCII " + found + ": expected ASCII; not UTF-8,"
                + " so read as ISO-8859-1", position[0], position[1], firstHigh);
        return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    }

    /** The C0 controls that neither ANPA 1312 nor IPTC 7901 uses, one bit each: ENQ ACK BEL NAK ETB EM SUB FS GS RS. */
    private static final int FOREIGN_CONTROLS = 1 << 0x05 | 1 << 0x06 | 1 << 0x07 | 1 << 0x15 | 1 << 0x17 | 1 << 0x19
            | 1 << 0x1A | 1 << 0x1C | 1 << 0x1D | 1 << 0x1E;

    /** A control that neither format uses, or DEL. */
    private static boolean isForeignControl(int b) {
        return b < 0x20 ? (FOREIGN_CONTROLS >>> b & 1) != 0 : b == 0x7F;
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
