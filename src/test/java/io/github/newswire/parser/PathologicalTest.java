package io.github.newswire.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newswire.NewsWire;
import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input, 10 MB each, built to make a careless parser go quadratic, recurse deeply or fill
 * memory. With the default limits each either parses or is refused by a limit that names its
 * option; with the limits lifted, each still parses, which shows the algorithms themselves are
 * linear. Surefire runs with a 256 KiB stack; the timeouts only guard against a hang.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalTest {

    private static final int SIZE = 10_000_000;
    private static final String HEADER = " date 2024-11-14 ";
    private static final WireParser DEFAULTS = WireParser.builder().build();
    private static final WireParser UNLIMITED = WireParser.builder().maxInputBytes(64 * 1024 * 1024)
            .maxLineLength(Integer.MAX_VALUE).maxParagraphs(Integer.MAX_VALUE).build();

    @Test
    void tenMegabytesOfNewlines() {
        String input = HEADER + "A." + "\n".repeat(SIZE) + "B. VNS";
        assertThat(DEFAULTS.parse(input).paragraphs()).hasSize(2);
        assertThat(NewsWire.parse(input.replace("\n", "\r"))).extracting(a -> a.paragraphs().size()).isEqualTo(2);
    }

    @Test
    void tenMegabytesOfSpaces() {
        String input = HEADER + " ".repeat(SIZE);
        assertThat(DEFAULTS.parse(input).diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.EMPTY_BODY);
        String inBody = HEADER + "Text" + " ".repeat(SIZE) + "more. VNS";
        assertRefused(inBody, DiagnosticCode.LINE_TOO_LONG, "maxLineLength");
        assertThat(UNLIMITED.parse(inBody).paragraphs()).hasSize(1);
    }

    @Test
    void tenMegabytesOfDashes() {
        String input = HEADER + "HÀ NỘI " + "- ".repeat(SIZE / 2) + "VNS";
        assertRefused(input, DiagnosticCode.LINE_TOO_LONG, "maxLineLength");
        assertThat(UNLIMITED.parse(input).dateline()).isPresent();
        assertThat(UNLIMITED.parse(HEADER + "—".repeat(SIZE)).dateline()).isEmpty();
    }

    @Test
    void tenMegabytesOfSignOffs() {
        String spaced = HEADER + "VNS ".repeat(SIZE / 4) + "VNS";
        assertRefused(spaced, DiagnosticCode.LINE_TOO_LONG, "maxLineLength");
        assertThat(UNLIMITED.parse(spaced).attribution()).isEmpty();
        assertThat(UNLIMITED.parse(HEADER + "Done. " + "VNS/".repeat(SIZE / 4) + "VNS").attribution()).isEmpty();
        String ownLines = HEADER + "Done." + "\nVNS".repeat(SIZE / 4);
        assertThat(DEFAULTS.parse(ownLines).attribution()).isPresent();
    }

    @Test
    void oneTenMegabyteLine() {
        String input = HEADER + "x".repeat(SIZE) + ". VNS";
        WireParseException e = assertRefused(input, DiagnosticCode.LINE_TOO_LONG, "maxLineLength");
        assertThat(e.getMessage()).isEqualTo("1:1: line too long [" + input.length()
                + " chars]: expected at most 1048576 (option maxLineLength)");
        Article article = UNLIMITED.parse(input);
        assertThat(article.attribution().orElseThrow().span().column()).isEqualTo(SIZE + 20);
    }

    @Test
    void aMillionTinyParagraphs() {
        String input = HEADER + "a\n\n".repeat(1_000_000) + "VNS";
        WireParseException e = assertRefused(input, DiagnosticCode.TOO_MANY_PARAGRAPHS, "maxParagraphs");
        assertThat(e.line()).isEqualTo(200_001);
        assertThat(UNLIMITED.parse(input).paragraphs()).hasSize(1_000_000);
    }

    @Test
    void tenThousandDatelineLikeCapitalWords() {
        Article article = DEFAULTS.parse(HEADER + "HÀ NỘI ".repeat(5_000) + "— text. VNS");
        assertThat(article.dateline()).isEmpty();
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void bylineLikeWords() {
        Article article = DEFAULTS.parse(HEADER + "By " + "Thu ".repeat(100_000) + "\n\nText. VNS");
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void tenMegabytesOfMojibakeAreReportedWithinBounds() {
        Article article = DEFAULTS.parse(HEADER + "Vi\u00E1\u00BB\u2021t\n".repeat(SIZE / 6) + "\nText. VNS");
        assertThat(article.diagnostics()).hasSize(Problems.MAX_PER_CODE + 1);
        assertThat(article.diagnostics().get(Problems.MAX_PER_CODE).message())
                .startsWith((SIZE / 6 - Problems.MAX_PER_CODE) + " more mojibake diagnostics");
        assertThat(article.diagnostics().get(0)).isEqualTo(new Diagnostic(Severity.WARNING, DiagnosticCode.MOJIBAKE,
                "mojibake [\u00E1\u00BB\u2021]: expected UTF-8 text, found UTF-8 read as Windows-1252; it reads [ệ]",
                1, 20));
    }

    @Test
    void tenMegabytesOfMalformedBytesReplaced() {
        byte[] bytes = new byte[SIZE];
        for (int i = 0; i < SIZE; i += 4) {
            bytes[i] = (byte) 0xC3;
            bytes[i + 1] = '(';
            bytes[i + 2] = '.';
            bytes[i + 3] = '\n';
        }
        Article article = WireParser.builder().replaceMalformedInput(true).build().parse(bytes);
        assertThat(article.diagnostics()).extracting(Diagnostic::code)
                .contains(DiagnosticCode.MALFORMED_UTF8_REPLACED, DiagnosticCode.MORE_DIAGNOSTICS);
        assertThat(article.diagnostics().size()).isLessThan(2 * Problems.MAX_PER_CODE + 5);
    }

    @Test
    void tenMegabytesOfTextAcrossManyLinesParse() {
        String paragraph = "Việt Nam's exports rose 12 per cent in the first ten months of the year, the ministry"
                + " of industry and trade said, with electronics, textiles and seafood leading the rise — VNA.\n\n";
        String input = HEADER + paragraph.repeat(SIZE / paragraph.length()) + "VNS";
        Article article = DEFAULTS.parse(input.getBytes(StandardCharsets.UTF_8));
        assertThat(article.paragraphs()).hasSize(SIZE / paragraph.length());
        assertThat(article.attribution()).isPresent();
    }

    private static WireParseException assertRefused(String input, DiagnosticCode code, String option) {
        WireParseException e = catchThrowableOfType(WireParseException.class, () -> DEFAULTS.parse(input));
        assertThat(e).as("refused by a limit").isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains("(option " + option + ")");
        return e;
    }
}
