package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Severity;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes that are not clean UTF-8 text: replacement, binary content, mojibake. */
class EncodingTest {

    private static final WireParser REPLACING = WireParser.builder().replaceMalformedInput(true).build();
    private static final WireParser REPAIRING = WireParser.builder().repairMojibake(true).build();

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void replacementIsOptInAndEachReplacedSequenceIsReported() {
        byte[] input = bytes(" date 2024-11-14 Bad ", 0xC3, "( byte.\nAnd ", 0xFF, " another. VNS");
        assertThatThrownBy(() -> NewsWire.parse(input)).isInstanceOf(WireParseException.class)
                .hasMessage("1:22: invalid UTF-8 [C3 28] at byte 21: expected a UTF-8 sequence");

        Article article = REPLACING.parse(input);
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Bad \uFFFD( byte.\nAnd \uFFFD another.");
        assertThat(article.diagnostics()).containsExactly(
                new Diagnostic(Severity.WARNING, DiagnosticCode.MALFORMED_UTF8_REPLACED,
                        "invalid UTF-8 [C3 28] at byte 21: expected a UTF-8 sequence, replaced by U+FFFD", 1, 22),
                new Diagnostic(Severity.WARNING, DiagnosticCode.MALFORMED_UTF8_REPLACED,
                        "invalid UTF-8 [FF 20] at byte 34: expected a UTF-8 sequence, replaced by U+FFFD", 2, 5));
        assertThat(WireParser.builder().replaceMalformedInput(true).strict(true).build().parse(input).diagnostics())
                .hasSize(2);
    }

    @Test
    void nulBytesAreBinaryInput() {
        byte[] input = bytes(" date 2024-11-14 Text\n with a ", 0, " byte. VNS");
        WireParseException e = catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(input));
        assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
        assertThat(e.getMessage()).isEqualTo("2:9: binary input [00] at byte 30: expected UTF-8 text, found a NUL byte");
        assertThat(catchThrowableOfType(WireParseException.class, () -> REPLACING.parse(input)).code())
                .isEqualTo(DiagnosticCode.BINARY_INPUT);
    }

    @Test
    void controlCharactersAndJunkAreBinaryInput() {
        byte[] junk = new byte[1000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 % 256 == 0 ? 1 : i * 37 % 256);
        }
        WireParseException e = catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(junk));
        assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
        // It opens with SOH, so it is looked at as a transmission (ANPA 1312, IPTC 7901), and refused as one.
        assertThat(e.getMessage()).startsWith("1:1: binary input [").endsWith("]: expected a wire transmission");
        junk[0] = 'x';
        WireParseException asText = catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(junk));
        assertThat(asText.getMessage()).startsWith("1:1: binary input [").endsWith("]: expected UTF-8 text");

        byte[] controls = bytes(" date 2024-11-14 ", 1, 2, 3, 4, 5, 6, " VNS");
        assertThat(catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(controls)).code())
                .isEqualTo(DiagnosticCode.BINARY_INPUT);
    }

    @Test
    void aFewControlCharactersInTextAreNotBinary() {
        byte[] input = bytes(" date 2024-11-14 Page\f break and an old ", 0x1A, " end-of-file mark. VNS");
        assertThat(NewsWire.parse(input).paragraphs()).hasSize(1);
    }

    @Test
    void utf16IsRejectedWhateverItsByteOrder() {
        for (var charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] body = " date 2024-11-14 Text. VNS".getBytes(charset);
            byte[] withBom = new byte[body.length + 2];
            withBom[0] = (byte) (charset == StandardCharsets.UTF_16BE ? 0xFE : 0xFF);
            withBom[1] = (byte) (charset == StandardCharsets.UTF_16BE ? 0xFF : 0xFE);
            System.arraycopy(body, 0, withBom, 2, body.length);
            assertThatThrownBy(() -> NewsWire.parse(withBom)).hasMessageContaining("UTF-16 byte order mark");
            // Without its byte order mark, UTF-16 text is full of NUL bytes.
            assertThat(catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(body)).code())
                    .isEqualTo(DiagnosticCode.BINARY_INPUT);
        }
    }

    @Test
    void mojibakeIsAWarningAtItsPosition() {
        String input = " date 2024-11-14 HÀ NỘI — Viá»‡t Nam’s exports rose.\nThe Bá»™ CÃ´ng ThÆ°Æ¡ng said so. VNS";
        Article article = NewsWire.parse(input);
        assertThat(article.lede().orElseThrow().text()).startsWith("Viá»‡t Nam’s");
        assertThat(article.diagnostics()).extracting(d -> d.line() + ":" + d.column() + ": " + d.message())
                .containsExactly(
                        "1:29: mojibake [á»‡]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ệ]",
                        "2:6: mojibake [á»™]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ộ]",
                        "2:11: mojibake [Ã´]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ô]",
                        "2:18: mojibake [Æ°]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ư]",
                        "2:20: mojibake [Æ¡]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ơ]");
        assertThat(article.hasErrors()).isFalse();
    }

    @Test
    void mojibakeIsRepairedOnRequestAndSpansIndexTheRepairedText() {
        String input = " date 2024-11-14 HÀ NỘI — Viá»‡t Nam’s exports rose.\nThe Bá»™ CÃ´ng ThÆ°Æ¡ng said so. VNS";
        Article article = REPAIRING.parse(input);
        assertThat(article.lede().orElseThrow().text())
                .isEqualTo("Việt Nam’s exports rose.\nThe Bộ Công Thương said so.");
        String repaired = REPAIRING.repair(input);
        SourceSpan lede = article.lede().orElseThrow().span();
        assertThat(repaired.substring(lede.start(), lede.end())).isEqualTo(article.lede().orElseThrow().text());
        assertThat(article.diagnostics()).extracting(d -> d.line() + ":" + d.column() + ": " + d.message())
                .first().isEqualTo("1:29: mojibake repaired [ệ]: found UTF-8 read as Windows-1252, expected UTF-8 text");
        assertThat(article.diagnostics()).extracting(Diagnostic::column).containsExactly(29, 6, 9, 15, 16);
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        assertThat(REPAIRING.decode(bytes)).isEqualTo(repaired);
        assertThat(REPAIRING.parse(bytes)).isEqualTo(article);
    }

    @Test
    void textWithoutMojibakeIsLeftAlone() {
        String vietnamese = " date 2024-11-14 Đà Nẵng, Huế, Hồ Chí Minh: “Ôi!” — café, naïve, Ånge, Ærø, ½ ± ° ©. VNS";
        assertThat(NewsWire.parse(vietnamese).diagnostics()).isEmpty();
        assertThat(REPAIRING.repair(vietnamese)).isEqualTo(vietnamese);
    }
}
