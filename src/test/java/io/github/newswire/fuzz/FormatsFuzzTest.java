package io.github.newswire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of each structured-format reader with Jazzer, one target a reader,
 * each reading every input as its format. A normal build replays the committed corpus in
 * {@code src/test/resources/io/github/newswire/fuzz/FormatsFuzzTestInputs/METHOD/} (our fixtures
 * and hostile documents); {@code JAZZER_FUZZ=1} fuzzes (see docs/robustness.md). The invariants:
 * a lenient parse throws nothing but a refusal of the bytes, every item's JSON reads back equal,
 * spans lie inside the input, and a strict parse throws exactly when a lenient one finds an error.
 */
class FormatsFuzzTest {

    private static final Set<DiagnosticCode> REFUSALS = Set.of(DiagnosticCode.MALFORMED_UTF8,
            DiagnosticCode.BINARY_INPUT, DiagnosticCode.INPUT_TOO_LARGE);

    @FuzzTest(maxDuration = "5m")
    void nitf(@NotNull byte[] input) {
        check(WireFormat.NITF, input);
    }

    @FuzzTest(maxDuration = "5m")
    void newsMlG2(@NotNull byte[] input) {
        check(WireFormat.NEWSML_G2, input);
    }

    @FuzzTest(maxDuration = "5m")
    void newsMl(@NotNull byte[] input) {
        check(WireFormat.NEWSML, input);
    }

    @FuzzTest(maxDuration = "5m")
    void ninjs(@NotNull byte[] input) {
        check(WireFormat.NINJS, input);
    }

    @FuzzTest(maxDuration = "5m")
    void anpa1312(@NotNull byte[] input) {
        check(WireFormat.ANPA_1312, input);
    }

    @FuzzTest(maxDuration = "5m")
    void iptc7901(@NotNull byte[] input) {
        check(WireFormat.IPTC_7901, input);
    }

    private static void check(WireFormat format, byte[] input) {
        WireParser lenient = WireParser.builder().maxInputBytes(1 << 20).maxParagraphs(1 << 12).inputFormat(format)
                .build();
        WireParser strict = WireParser.builder().maxInputBytes(1 << 20).maxParagraphs(1 << 12).inputFormat(format)
                .strict(true).build();
        List<Article> items;
        try {
            items = lenient.parseItems(input);
        } catch (WireParseException e) {
            assertThat(e.code()).isIn(REFUSALS);
            return;
        }
        assertThat(items).isNotEmpty();
        boolean errors = false;
        for (Article item : items) {
            assertThat(item.format()).isEqualTo(format);
            errors |= item.hasErrors();
            for (Paragraph paragraph : item.paragraphs()) {
                assertThat(paragraph.text()).isNotBlank();
                // Decoded text never has more chars than the bytes it came from, and spans lie in it.
                assertThat(paragraph.span().start()).isBetween(0, paragraph.span().end());
                assertThat(paragraph.span().end()).isLessThanOrEqualTo(input.length);
            }
            assertThat(ArticleJson.fromJson(ArticleJson.toJson(item))).isEqualTo(item);
        }
        try {
            List<Article> strictItems = strict.parseItems(input);
            assertThat(errors).as("a strict parse that does not throw finds no error").isFalse();
            assertThat(strictItems).isEqualTo(items);
        } catch (WireParseException e) {
            assertThat(errors || REFUSALS.contains(e.code())).as("strict threw %s", e.getMessage()).isTrue();
        }
    }
}
