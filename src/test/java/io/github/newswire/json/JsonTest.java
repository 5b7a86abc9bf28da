package io.github.newswire.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Paragraph;
import io.github.newswire.parser.SentenceSegmenter;
import io.github.newswire.spec.SpecExample;
import io.github.newswire.spec.SpecReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON contract: golden files, the schema in docs/, round trips and code point offsets. */
class JsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** Run with -Dnewswire.golden.update=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("newswire.golden.update");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs", "article.schema.json")), InputFormat.JSON);

    static Stream<Path> goldenInputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds")); Stream<Path> golden = Files.list(GOLDEN)) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
            golden.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
        }
        return inputs.stream();
    }

    @ParameterizedTest
    @MethodSource("goldenInputs")
    void jsonIsPinnedByGoldenFiles(Path input) throws IOException {
        Article article = NewsWire.parse(input).withSource(input.toString().replace('\\', '/'));
        String json = ArticleJson.toJson(article) + "\n";
        Path golden = GOLDEN.resolve(input.getFileName().toString().replace(".txt", ".json"));
        if (UPDATE) {
            Files.writeString(golden, json);
        }
        assertThat(json).as("JSON of %s, against %s", input, golden).isEqualTo(Files.readString(golden));
        assertValid(json);
        assertThat(ArticleJson.fromJson(json)).isEqualTo(article);
    }

    @Test
    void firstSeedHasTheShapeOfTheDocumentedExample() throws IOException {
        Path seed = Path.of("seeds", "000_fe963ccaa630d856.txt");
        JsonNode json = MAPPER.readTree(ArticleJson.toJson(NewsWire.parse(seed)));
        assertThat(json.propertyNames()).containsExactly("source", "format", "date", "byline", "dateline", "paragraphs",
                "attribution", "endMark", "diagnostics");
        assertThat(json.get("source").stringValue()).isEqualTo("seeds/000_fe963ccaa630d856.txt");
        assertThat(json.get("format").stringValue()).isEqualTo("vns");
        assertThat(json.get("date").stringValue()).isEqualTo("2024-11-14");
        assertThat(json.get("byline").isNull()).isTrue();
        assertThat(json.get("dateline").toString()).isEqualTo("{\"place\":\"LIMA\",\"country\":null,\"date\":null,\"agency\":null,"
                + "\"dash\":\"–\"}");
        assertThat(json.get("paragraphs").get(0).get("start").intValue()).isEqualTo(24);
        assertThat(json.get("paragraphs").get(0).get("end").intValue()).isEqualTo(254);
        assertThat(json.get("attribution").toString()).isEqualTo("{\"text\":\"VNS\",\"agencies\":[\"VNS\"],\"dash\":null,"
                + "\"start\":3276,\"end\":3279,\"line\":21,\"column\":159}");
        assertThat(json.get("diagnostics").size()).isZero();
    }

    static List<SpecExample> examples() {
        return SpecReader.readExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everySpecExampleRoundTripsAndMatchesTheSchema(SpecExample example) {
        Article article = NewsWire.parse(example.input());
        String json = ArticleJson.toJson(article);
        assertValid(json);
        assertThat(ArticleJson.fromJson(json)).isEqualTo(article);
        assertThat(ArticleJson.toTree(article, null)).isEqualTo(MAPPER.readTree(json));
        SentenceSegmenter sentences = SentenceSegmenter.builder().build();
        assertThat(ArticleJson.toTree(article, sentences)).isEqualTo(MAPPER.readTree(ArticleJson.toJson(article, sentences)));
    }

    @Test
    void offsetsCountCodePointsSoThatOtherLanguagesCanSlice() throws IOException {
        Path input = GOLDEN.resolve("emoji-agency.txt");
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        JsonNode json = MAPPER.readTree(ArticleJson.toJson(NewsWire.parse(input)));
        List<JsonNode> spans = new ArrayList<>(json.get("paragraphs").values());
        spans.add(json.get("attribution"));
        assertThat(spans).hasSize(3);
        for (JsonNode span : spans) {
            int start = span.get("start").intValue();
            int end = span.get("end").intValue();
            assertThat(new String(codePoints, start, end - start)).isEqualTo(span.get("text").stringValue());
        }
        Article article = NewsWire.parse(input);
        assertThat(json.get("paragraphs").get(1).get("start").intValue())
                .isEqualTo(article.paragraphs().get(1).span().start() - 2); // two emoji before it
    }

    @Test
    void sentencesAreWrittenOnRequestWithCodePointOffsets() throws IOException {
        Path input = GOLDEN.resolve("emoji-agency.txt");
        int[] codePoints = new String(Files.readAllBytes(input), StandardCharsets.UTF_8).codePoints().toArray();
        Article article = NewsWire.parse(input);
        assertThat(ArticleJson.toJson(article)).doesNotContain("\"sentences\"");
        String json = ArticleJson.toJson(article, SentenceSegmenter.standard());
        assertValid(json);
        JsonNode paragraphs = MAPPER.readTree(json).get("paragraphs");
        List<String> texts = new ArrayList<>();
        for (JsonNode paragraph : paragraphs.values()) {
            for (JsonNode sentence : paragraph.get("sentences").values()) {
                int start = sentence.get("start").intValue();
                int end = sentence.get("end").intValue();
                assertThat(new String(codePoints, start, end - start)).isEqualTo(sentence.get("text").stringValue());
                texts.add(sentence.get("text").stringValue());
            }
        }
        assertThat(texts).containsExactly("Fans cheered 🎉 at the final 𝔸.", "The team won 🏆 again.");
        assertThat(ArticleJson.fromJson(json)).isEqualTo(article);
        StringWriter out = new StringWriter();
        try (JsonLinesWriter writer = ArticleJson.jsonLinesWriter(out, SentenceSegmenter.standard())) {
            writer.write(article);
        }
        assertThat(out.toString()).isEqualTo(json + "\n");
    }

    @Test
    void aByteOrderMarkIsNotCountedInJsonOffsets() throws IOException {
        Path input = GOLDEN.resolve("bom-crlf-byline.txt");
        String withoutBom = new String(Files.readAllBytes(input), StandardCharsets.UTF_8).substring(1);
        JsonNode lede = MAPPER.readTree(ArticleJson.toJson(NewsWire.parse(input))).get("paragraphs").get(0);
        assertThat(withoutBom.substring(lede.get("start").intValue(), lede.get("end").intValue()))
                .isEqualTo(lede.get("text").stringValue());
    }

    @Test
    void jsonLinesStreamBothWays() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (SpecExample example : examples()) {
            articles.add(NewsWire.parse(example.input()).withSource("example-" + example.number()));
        }
        StringWriter out = new StringWriter();
        try (JsonLinesWriter writer = ArticleJson.jsonLinesWriter(out)) {
            articles.forEach(writer::write);
        }
        String text = out.toString();
        assertThat(text).endsWith("}\n");
        assertThat(text.split("\n", -1)).hasSize(articles.size() + 1);
        try (Stream<Article> back = ArticleJson.readJsonLines(new StringReader(text + "\n  \n"))) {
            assertThat(back).containsExactlyElementsOf(articles);
        }
    }

    @Test
    void paragraphsWithLineBreaksStayOnOneJsonLine() {
        Article article = NewsWire.parse(" date 2024-11-14 One\r\nparagraph\n\"quoted\"\ttab. VNS");
        String json = ArticleJson.toJson(article);
        assertThat(json).doesNotContain("\n", "\r", "\t").contains("One\\r\\nparagraph\\n\\\"quoted\\\"\\ttab.");
        assertThat(ArticleJson.fromJson(json).paragraphs()).extracting(Paragraph::text)
                .containsExactly("One\r\nparagraph\n\"quoted\"\ttab.");
    }

    @Test
    void readingRejectsWhatIsNotAnArticleWithAClearMessage() {
        String valid = ArticleJson.toJson(NewsWire.parse(" date 2024-11-14 Text. VNS"));
        assertThatThrownBy(() -> ArticleJson.fromJson("{not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid article JSON: ");
        assertThatThrownBy(() -> ArticleJson.fromJson(valid.replace("\"date\":\"2024-11-14\"", "\"date\":\"2024-02-30\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid article JSON: expected \"date\" as YYYY-MM-DD, found [2024-02-30]");
        assertThatThrownBy(() -> ArticleJson.fromJson(valid.replace("\"paragraphs\":[", "\"paragraphs\":[1,")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid article JSON: expected \"paragraphs\"[0] to be an object, found [1]");
        assertThatThrownBy(() -> ArticleJson.fromJson(valid.replace("\"dash\":null", "\"dash\":\"~\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid article JSON: expected a dash (—, –, - or --), found [~]");
        assertThatThrownBy(() -> ArticleJson.fromJson("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid article JSON: expected article to be an object, found [[]]");
        assertThatThrownBy(() -> ArticleJson.fromJson(valid.replace("\"start\":17", "\"start\":-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected \"start\" of \"paragraphs\"[0] to be a whole number from 0, found [-1]");
    }

    private static void assertValid(String json) {
        List<Error> errors = SCHEMA.validate(MAPPER.readTree(json));
        assertThat(errors).as("schema errors for %s", json).isEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
