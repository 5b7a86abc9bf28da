package io.github.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.WireFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's items are what it says they are: valid items of their format, with 3 to 16 paragraphs. */
class FormatsBenchmarkInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nitf", "newsml-g2", "newsml", "ninjs", "anpa1312", "iptc7901"})
    void itemsParseAsTheirFormatWithTheirParagraphs(String format) {
        for (byte[] item : FormatsBenchmark.items(format, 50)) {
            Article article = NewsWire.parse(item);
            assertThat(article.format()).isEqualTo(WireFormat.fromId(format).orElseThrow());
            assertThat(article.hasErrors()).as("%s", article.diagnostics()).isFalse();
            assertThat(article.headline()).isPresent();
            assertThat(article.paragraphs()).hasSizeBetween(3, 16);
            assertThat(item.length).isBetween(800, 12_000);
        }
    }
}
