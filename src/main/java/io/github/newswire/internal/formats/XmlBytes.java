package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.internal.Utf8;
import io.github.newswire.model.DiagnosticCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes XML files as their bytes and declaration say: a byte order mark first (it wins over the
 * declaration), then the
 * declaration's {@code encoding}, then UTF-8. A file declared ISO-8859-1 (or Windows-1252, or
 * ASCII) whose bytes are valid UTF-8 with non-ASCII characters is read as UTF-8, since that is
 * what such feeds mean, with an {@code encoding-mismatch} warning. ISO-8859-1 is read as
 * Windows-1252, as browsers and HTML5 do, since feeds so labelled use its curly quotes.
 */
public final class XmlBytes {

    private static final int DECLARATION_LIMIT = 256;

    /** How many bytes of a file are sniffed for its format. */
    static final int HEAD = Sniff.HEAD;

    private XmlBytes() {
    }

    // Bytes as Latin-1, or UTF-16 after its mark.
    /**
     * The first chars of a file, for {@link Sniff}.
     *
     * @param bytes the file
     * @return its head as text
     */
    public static CharSequence head(byte[] bytes) {
        java.nio.charset.Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new String(bytes, 0, Math.min(bytes.length, 2 * HEAD) & ~1, utf16);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        return new String(bytes, start, Math.min(bytes.length - start, HEAD), StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether a file may be of a structured or transmission format: its first byte after a byte
     * order mark and whitespace is {@code <}, <code>{</code>, {@code SYN} or {@code SOH}, or it is
     * UTF-16. Anything else is VNS text, known without decoding a head.
     */
    /**
     * Whether the file may be of a structured format, by its first byte: VNS text is never sniffed.
     *
     * @param bytes the file
     * @return false if it can only be text
     */
    public static boolean mayBeStructured(byte[] bytes) {
        if (isUtf16(bytes)) {
            return true;
        }
        int at = hasUtf8Bom(bytes) ? 3 : 0;
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\n' || bytes[at] == '\r')) {
            at++;
        }
        if (at >= bytes.length) {
            return false;
        }
        byte first = bytes[at];
        return first == '<' || first == '{' || first == 0x16 || first == 0x01;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static boolean isUtf16(byte[] bytes) {
        return utf16(bytes) != null;
    }

    /**
     * The UTF-16 a file is in, by its byte order mark or, without one, by an XML declaration's
     * {@code <?} in either byte order (XML 1.0, appendix F); null if it is not UTF-16.
     */
    private static java.nio.charset.Charset utf16(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        if ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Decodes an XML file as its bytes and declaration say.
     *
     * @param bytes    the file
     * @param replace  whether bad UTF-8 is replaced and reported instead of thrown
     * @param problems where problems go
     * @return the text
     */
    public static String decode(byte[] bytes, boolean replace, Problems problems) {
        java.nio.charset.Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        if (hasUtf8Bom(bytes)) {
            // A byte order mark says UTF-8 whatever the declaration says, as XML 1.0 (appendix F) has it.
            return Utf8.decode(bytes, bytes.length, replace, problems);
        }
        String declared = declaredEncoding(bytes);
        if (declared == null || isUtf8(declared)) {
            return Utf8.decode(bytes, bytes.length, replace, problems);
        }
        Charset charset;
        try {
            charset = Charset.forName(isLatin1Family(declared) ? "windows-1252" : declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.report(DiagnosticCode.UNKNOWN_ENCODING, "unknown encoding [" + declared + "]: expected an"
                    + " encoding Java knows, such as UTF-8 or ISO-8859-1; read as UTF-8", 1, 1, 0);
            return Utf8.decode(bytes, bytes.length, true, problems);
        }
        if (isLatin1Family(declared) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
            problems.report(DiagnosticCode.ENCODING_MISMATCH, "declared encoding [" + declared + "] of UTF-8 bytes:"
                    + " expected bytes in " + declared + ", found valid UTF-8 with non-ASCII characters; read as UTF-8",
                    1, 1, 0);
            return Utf8.decode(bytes, bytes.length, replace, problems);
        }
        return new String(bytes, charset);
    }

    /** The {@code encoding} of an XML declaration at the very start, or null. */
    static String declaredEncoding(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        int limit = Math.min(bytes.length, start + DECLARATION_LIMIT);
        String head = new String(bytes, start, limit - start, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int end = head.indexOf("?>");
        String declaration = end < 0 ? head : head.substring(0, end);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int quote = at + "encoding".length();
        while (quote < declaration.length() && declaration.charAt(quote) != '"' && declaration.charAt(quote) != '\'') {
            quote++;
        }
        if (quote >= declaration.length()) {
            return null;
        }
        int close = declaration.indexOf(declaration.charAt(quote), quote + 1);
        return close < 0 ? null : declaration.substring(quote + 1, close).strip();
    }

    private static boolean isUtf8(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("utf-8") || lower.equals("utf8");
    }

    private static boolean isLatin1Family(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("latin-1")
                || lower.equals("iso8859-1") || lower.equals("windows-1252") || lower.equals("cp1252")
                || lower.equals("us-ascii") || lower.equals("ascii") || lower.equals("iso-latin-1");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
