package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Severity;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of bad inputs: each error's code, line, column, offset and message, pinned. */
class ParseErrorTest {

    private static final WireParser STRICT = WireParser.builder().strict(true).build();

    static Stream<Arguments> badText() {
        return Stream.of(
                Arguments.of(" date 2024-02-30 LIMA – Text. VNS", DiagnosticCode.INVALID_DATE, 1, 7, 6,
                        "invalid date [2024-02-30]: February 2024 has 29 days"),
                Arguments.of(" date 2024-13-01 Text. VNS", DiagnosticCode.INVALID_DATE, 1, 7, 6,
                        "invalid date [2024-13-01]: month 13 does not exist, expected 01 to 12"),
                Arguments.of("\n\n  date 2024-1-1 Text. VNS", DiagnosticCode.INVALID_DATE, 3, 8, 9,
                        "invalid date [2024-1-1]: expected YYYY-MM-DD"),
                Arguments.of("LIMA – Text. VNS", DiagnosticCode.MISSING_HEADER, 1, 1, 0,
                        "missing \"date\" preamble [LIMA]: expected \"date YYYY-MM-DD\" at the start of the file"),
                Arguments.of("", DiagnosticCode.EMPTY_INPUT, 1, 1, 0,
                        "empty input: expected \"date YYYY-MM-DD\" followed by the article"),
                Arguments.of(" \r\n\t", DiagnosticCode.EMPTY_INPUT, 2, 2, 4,
                        "empty input: expected \"date YYYY-MM-DD\" followed by the article"),
                Arguments.of(" date 2024-11-14\n", DiagnosticCode.EMPTY_BODY, 2, 1, 17,
                        "no article text: expected a paragraph after the \"date\" preamble, found end of input"));
    }

    @ParameterizedTest
    @MethodSource("badText")
    void strictModeThrowsTheFirstError(String input, DiagnosticCode code, int line, int column, int offset,
            String message) {
        WireParseException e = catchThrowableOfType(WireParseException.class, () -> STRICT.parse(input));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.offset()).isEqualTo(offset);
        assertThat(e.diagnostic().message()).isEqualTo(message);
        assertThat(e.getMessage()).isEqualTo(line + ":" + column + ": " + message);
    }

    @ParameterizedTest
    @MethodSource("badText")
    void lenientModeRecordsTheSameErrorAndGoesOn(String input, DiagnosticCode code, int line, int column,
            int offset, String message) {
        Article article = NewsWire.parse(input);
        assertThat(article.diagnostics()).first()
                .isEqualTo(new Diagnostic(Severity.ERROR, code, message, line, column));
        assertThat(article.hasErrors()).isTrue();
    }

    @Test
    void malformedUtf8NamesTheByteOffsetLineAndColumn() {
        byte[] bytes = " date 2024-11-14 Vi\u1EC7t\nNam \u00E9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        broken[bytes.length + 1] = '(';
        for (WireParser parser : new WireParser[] {NewsWire.parser(), STRICT}) {
            WireParseException e = catchThrowableOfType(WireParseException.class, () -> parser.parse(broken));
            assertThat(e.code()).isEqualTo(DiagnosticCode.MALFORMED_UTF8);
            assertThat(e.offset()).isEqualTo(bytes.length);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(6); // "Nam é" is five code points
            assertThat(e.getMessage()).isEqualTo("2:6: invalid UTF-8 [C3 28] at byte " + bytes.length
                    + ": expected a UTF-8 sequence");
        }
    }

    @Test
    void malformedUtf8AfterABomCountsBytesFromTheFileStart() {
        byte[] broken = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        WireParseException e = catchThrowableOfType(WireParseException.class, () -> NewsWire.parse(broken));
        assertThat(e.offset()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("1:2: invalid UTF-8 [FF] at byte 4: expected a UTF-8 sequence");
    }

    @Test
    void aGenuineReplacementCharacterIsNotAnError() {
        Article article = NewsWire.parse(" date 2024-11-14 A \uFFFD sign. VNS".getBytes(StandardCharsets.UTF_8));
        assertThat(article.lede().orElseThrow().text()).isEqualTo("A \uFFFD sign.");
    }

    @Test
    void utf16IsRejectedWithAMessageThatSaysSo() {
        byte[] utf16 = " date 2024-11-14 Text. VNS".getBytes(StandardCharsets.UTF_16); // BOM FE FF first
        assertThatThrownBy(() -> NewsWire.parse(utf16))
                .isInstanceOf(WireParseException.class)
                .hasMessage("1:1: invalid UTF-8 [FE FF] at byte 0: expected UTF-8 text, found a UTF-16 byte order mark;"
                        + " convert the file to UTF-8");
    }

    @Test
    void inputOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        WireParser small = WireParser.builder().maxInputBytes(10).build();
        byte[] eleven = "date 2024-1".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> small.parse(eleven)).isInstanceOf(WireParseException.class)
                .hasMessage("1:1: input too large [11 bytes]: expected at most 10 (option maxInputBytes)");
        assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(eleven))).isInstanceOf(WireParseException.class)
                .hasMessage("1:1: input too large [11 bytes or more]: expected at most 10 (option maxInputBytes)");
        Path file = Files.write(dir.resolve("big.txt"), eleven);
        // A file's size is known before it is read, so the message gives it exactly.
        assertThatThrownBy(() -> small.parse(file)).isInstanceOf(WireParseException.class)
                .hasMessage("1:1: input too large [11 bytes]: expected at most 10 (option maxInputBytes)")
                .extracting(e -> ((WireParseException) e).code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE);
        assertThatThrownBy(() -> small.parse("date 2024-1")).isInstanceOf(WireParseException.class)
                .hasMessage("1:1: input too large [11 chars]: expected at most 10 (option maxInputBytes)");
        assertThat(small.parse("date 2024").diagnostics()).isNotEmpty();
    }

    @Test
    void strictModeKeepsWarnings() {
        Article article = STRICT.parse(" date 2024-11-14 Text without a sign-off.");
        assertThat(article.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.MISSING_ATTRIBUTION);
        assertThat(article.hasErrors()).isFalse();
    }
}
