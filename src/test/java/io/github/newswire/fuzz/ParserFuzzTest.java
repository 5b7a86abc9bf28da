package io.github.newswire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.newswire.internal.Chars;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import io.github.newswire.spec.ArticleContent;
import io.github.newswire.writer.ArticleWriter;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the parser with Jazzer. In a normal build ({@code ./mvnw verify})
 * each test replays its committed corpus in {@code src/test/resources/io/github/newswire/fuzz/
 * ParserFuzzTestInputs/METHOD/} as regression tests; {@code JAZZER_FUZZ=1} fuzzes instead (see
 * docs/robustness.md). Every crash found is committed there as a regression input.
 */
class ParserFuzzTest {

    /** Input that is not text, or too large, is refused; nothing else may escape a lenient parse. */
    private static final Set<DiagnosticCode> REFUSALS = Set.of(DiagnosticCode.MALFORMED_UTF8,
            DiagnosticCode.BINARY_INPUT, DiagnosticCode.INPUT_TOO_LARGE, DiagnosticCode.LINE_TOO_LONG,
            DiagnosticCode.TOO_MANY_PARAGRAPHS);

    // VNS text only: the structured formats have fuzz targets of their own (FormatsFuzzTest).
    private static final WireParser LENIENT = WireParser.builder().maxInputBytes(1 << 20).maxLineLength(1 << 16)
            .maxParagraphs(1 << 12).inputFormat(WireFormat.VNS).build();
    private static final WireParser REPLACING = WireParser.builder().maxInputBytes(1 << 20).maxLineLength(1 << 16)
            .maxParagraphs(1 << 12).replaceMalformedInput(true).repairMojibake(true).inputFormat(WireFormat.VNS)
            .build();
    private static final WireParser STRICT = WireParser.builder().maxInputBytes(1 << 20).maxLineLength(1 << 16)
            .maxParagraphs(1 << 12).strict(true).inputFormat(WireFormat.VNS).build();

    @FuzzTest(maxDuration = "5m")
    void parseBytes(@NotNull byte[] input) {
        check(LENIENT, input);
        check(REPLACING, input);
    }

    @FuzzTest(maxDuration = "5m")
    void parseText(@NotNull String input) {
        Article article;
        try {
            article = LENIENT.parse(input);
        } catch (WireParseException e) {
            assertThat(e.code()).isIn(DiagnosticCode.INPUT_TOO_LARGE, DiagnosticCode.LINE_TOO_LONG,
                    DiagnosticCode.TOO_MANY_PARAGRAPHS);
            return;
        }
        checkArticle(article, input);
        try {
            Article strict = STRICT.parse(input);
            assertThat(article.hasErrors()).isFalse();
            assertThat(strict).isEqualTo(article);
        } catch (WireParseException e) {
            assertThat(article.hasErrors()).isTrue();
            assertThat(article.diagnostics()).contains(e.diagnostic());
        }
    }

    private static void check(WireParser parser, byte[] input) {
        Article article;
        try {
            article = parser.parse(input);
        } catch (WireParseException e) {
            assertThat(e.code()).isIn(REFUSALS);
            assertThat(e.offset()).isBetween(0L, (long) input.length + 1);
            return;
        }
        checkArticle(article, parser.decode(input));
    }

    private static void checkArticle(Article article, String text) {
        for (Paragraph paragraph : article.paragraphs()) {
            SourceSpan span = paragraph.span();
            assertThat(text.substring(span.start(), span.end())).isEqualTo(paragraph.text());
            // Trimmed by the spec's own whitespace, which is Unicode's, not Character.isWhitespace's.
            String t = paragraph.text();
            assertThat(t).isNotEmpty();
            assertThat(Chars.isWhitespace(t.charAt(0)) || Chars.isWhitespace(t.charAt(t.length() - 1))).isFalse();
        }
        article.attribution().ifPresent(signOff ->
                assertThat(text.substring(signOff.span().start(), signOff.span().end())).isEqualTo(signOff.text()));
        assertThat(ArticleJson.fromJson(ArticleJson.toJson(article))).isEqualTo(article);
        boolean writable = article.date().isPresent()
                || !article.lede().map(p -> p.text().startsWith("date")).orElse(false);
        if (writable) {
            String written = new ArticleWriter().write(article);
            Article again = LENIENT.parse(written);
            assertThat(ArticleContent.withoutPositions(again)).isEqualTo(ArticleContent.withoutPositions(article));
        }
    }
}
