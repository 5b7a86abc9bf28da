package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.writer.ArticleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two real wire files in {@code seeds/}: what the README promises about them. */
class SeedTest {

    static final Path SEED_1 = Path.of("seeds", "000_fe963ccaa630d856.txt");
    static final Path SEED_2 = Path.of("seeds", "003_7daabe1ce4688c7f.txt");

    @Test
    void firstSeed() throws IOException {
        Article article = NewsWire.parse(SEED_1);

        assertThat(article.source()).contains(SEED_1.toString());
        assertThat(article.date()).contains(LocalDate.of(2024, 11, 14));
        assertThat(article.byline()).isEmpty();
        assertThat(article.dateline()).contains(new Dateline("LIMA", java.util.Optional.empty(), Dash.EN_DASH));
        assertThat(article.paragraphs()).hasSize(11);
        assertThat(article.lede().orElseThrow().text())
                .startsWith("Vietnamese State President Lương Cường met with")
                .endsWith("official visit to the Latin American nation.");
        assertThat(article.paragraphs().get(10).text())
                .endsWith("at an appropriate time for both sides.");
        Attribution signOff = article.attribution().orElseThrow();
        assertThat(signOff.text()).isEqualTo("VNS");
        assertThat(signOff.agencies()).containsExactly("VNS");
        assertThat(signOff.dash()).isEmpty();
        assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void secondSeed() throws IOException {
        Article article = NewsWire.parse(SEED_2);

        assertThat(article.date()).contains(LocalDate.of(2024, 11, 15));
        assertThat(article.dateline().map(Dateline::place)).contains("LIMA");
        assertThat(article.dateline().flatMap(Dateline::dash)).contains(Dash.EN_DASH);
        assertThat(article.paragraphs()).hasSize(10);
        assertThat(article.paragraphs().get(9).text()).endsWith("sustainably in the country.");
        assertThat(article.attribution().map(Attribution::agencies)).contains(List.of("VNS"));
        assertThat(article.attribution().flatMap(Attribution::dash)).contains(Dash.EM_DASH);
        assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void spansSliceTheDecodedText() throws IOException {
        for (Path seed : List.of(SEED_1, SEED_2)) {
            String text = Files.readString(seed);
            Article article = NewsWire.parse(text);
            for (Paragraph paragraph : article.paragraphs()) {
                assertThat(text.substring(paragraph.span().start(), paragraph.span().end())).isEqualTo(paragraph.text());
            }
            SourceSpan signOff = article.attribution().orElseThrow().span();
            assertThat(text.substring(signOff.start(), signOff.end())).isEqualTo("VNS");
        }
    }

    @Test
    void firstSeedPositionsMatchTheDocumentedJsonExample() throws IOException {
        Article article = NewsWire.parse(SEED_1);
        SourceSpan lede = article.lede().orElseThrow().span();
        assertThat(lede).isEqualTo(new SourceSpan(24, 254, 1, 25));
        assertThat(article.attribution().orElseThrow().span().start()).isEqualTo(3276);
        assertThat(article.attribution().orElseThrow().span().end()).isEqualTo(3279);
    }

    @Test
    void writerGivesBackBothSeedsByteForByte() throws IOException {
        ArticleWriter writer = new ArticleWriter();
        for (Path seed : List.of(SEED_1, SEED_2)) {
            byte[] bytes = Files.readAllBytes(seed);
            assertThat(writer.write(NewsWire.parse(bytes)).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        }
    }

    @Test
    void everyInputKindGivesTheSameArticle() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED_1);
        Article fromPath = NewsWire.parse(SEED_1).withSource(null);
        assertThat(NewsWire.parse(bytes)).isEqualTo(fromPath);
        assertThat(NewsWire.parse(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(fromPath);
        try (InputStream in = Files.newInputStream(SEED_1)) {
            assertThat(NewsWire.parser().parse(in)).isEqualTo(fromPath);
        }
        assertThat(NewsWire.parser().parse(new StringBuilder(new String(bytes, StandardCharsets.UTF_8))))
                .isEqualTo(fromPath);
    }
}
