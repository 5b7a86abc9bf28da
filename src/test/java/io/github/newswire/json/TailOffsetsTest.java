package io.github.newswire.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.writer.NewsMlG2Writer;
import io.github.newswire.writer.NitfWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code point offsets in JSON count the texts before a span in the text's order, also where the
 * model's order differs: a name kept after the sign-off, a credit of author and translator at the
 * end. Supplementary characters (math-bold names pasted from social media, rare CJK) make any
 * miscount show; each article must come back equal from its JSON.
 */
class TailOffsetsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "date 2024-11-14 The deal was signed. VNS\n\n\uD835\uDC0D\uD835\uDC20\uD835\uDC2E\uD835\uDC32\uD835\uDC1E\uD835\uDC27 \uD835\uDC00\uD835\uDC27",
        "VNA\n\nAn B\uD840\uDC0Bnh",
        "date 2024-11-14 VNS\n\nBy An B\u00ECnh - Translated by Anh A\uD840\uDC0Bn",
        "date 2024-11-14 VNS\n\nBy An B\uD840\uDC0Bnh - Translated by Anh Qu\u00E2n",
        "date 2024-11-14 The \uD83D\uDE00 deal was signed on Monday.-VNA\n\nNguy\u1EC5n V\u0103n An\n\nTranslated by Anh Qu\u00E2n"})
    void spansCountCodePointsInTheTextsOrder(String text) {
        Article article = NewsWire.parse(text);
        String json = ArticleJson.toJson(article);
        assertThat(ArticleJson.fromJson(json)).isEqualTo(article);
        Attribution signOff = article.attribution().orElseThrow();
        int start = text.codePointCount(0, signOff.span().start());
        assertThat(json).contains("\"start\":" + start + ",\"end\":" + (start + signOff.text().length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "Vietnamese", "en US", "1en"})
    void aLanguageThatIsNoTagIsNotWritten(String language) {
        Article article = NewsWire.parse("date 2024-11-14 The deal was signed. VNS");
        Article tagged = new Article(article.source(), article.item(), article.format(), article.date(),
                article.byline(), article.dateline(), article.paragraphs(), article.attribution(), article.endMark(),
                article.envelope().toBuilder().language(language).build(), article.markup(), List.of());
        for (String xml : List.of(new NitfWriter().write(tagged), NewsMlG2Writer.standard().write(tagged))) {
            assertThat(io.github.newswire.formats.IptcSchemas.problems(xml)).as(xml).isEmpty();
        }
        assertThat(new NitfWriter().write(tagged)).contains(language.equals("en_US") ? "xml:lang=\"en-US\"" : "<nitf");
    }
}
