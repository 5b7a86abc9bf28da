package io.github.newswire.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.spec.SpecExample;
import io.github.newswire.spec.SpecReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every ninjs document the exporter writes is valid against IPTC's official ninjs 2.2 schema. */
class NinjsTest {

    private static final Path NINJS = Path.of("src", "test", "resources", "ninjs");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The official schema; its GeoJSON reference is served from the local copy, never fetched. */
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemas(Map.of("https://geojson.org/schema/GeoJSON.json",
                            read(NINJS.resolve("GeoJSON-schema.json")))))
            .getSchema(read(NINJS.resolve("ninjs-schema_2.2.json")), InputFormat.JSON);

    static Stream<Path> iptcCases(String folder) throws IOException {
        return Files.list(NINJS.resolve(folder)).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    static Stream<Path> shouldPass() throws IOException {
        return Stream.concat(iptcCases("test_suite_2.2/should_pass"), iptcCases("examples_2.1"));
    }

    @ParameterizedTest
    @MethodSource("shouldPass")
    void theValidatorAcceptsIptcsValidDocuments(Path document) {
        assertThat(errors(read(document))).as("%s", document).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shouldFailCases")
    void theValidatorRejectsIptcsInvalidDocuments(Path document) {
        assertThat(errors(read(document))).as("%s", document).isNotEmpty();
    }

    static Stream<Path> shouldFailCases() throws IOException {
        return iptcCases("test_suite_2.2/should_fail");
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        assertThat(errors("{\"type\":\"text\"}")).as("uri is required").isNotEmpty();
        assertThat(errors("{\"uri\":\"urn:x\",\"source\":\"a.txt\"}")).as("no extra properties").isNotEmpty();
        assertThat(errors("{\"uri\":\"urn:x\",\"type\":\"article\"}")).as("type is an enum").isNotEmpty();
        assertThat(errors("{\"uri\":\"urn:x\",\"bodies\":[{\"charcount\":3}]}")).as("body value").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedsAreValidNinjs(Path seed) throws IOException {
        String ninjs = NinjsWriter.standard().toJson(NewsWire.parse(seed));
        assertThat(errors(ninjs)).isEmpty();
    }

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).sorted();
    }

    static List<SpecExample> examples() {
        return SpecReader.readExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everySpecExampleIsValidNinjs(SpecExample example) {
        Article article = NewsWire.parse(example.input());
        for (NinjsWriter writer : List.of(NinjsWriter.standard(), NinjsWriter.builder().omitDates().build())) {
            assertThat(errors(writer.toJson(article))).isEmpty();
        }
    }

    @Property(tries = 300)
    void generatedArticlesAreValidNinjs(@ForAll("wireTexts") String text) {
        assertThat(errors(NinjsWriter.standard().toJson(NewsWire.parse(text)))).isEmpty();
    }

    @Provide
    Arbitrary<String> wireTexts() {
        Arbitrary<String> piece = Arbitraries.of(" date 2024-11-14 ", "HÀ NỘI — ", "Hanoi (VNA) – ", "By Thu Hằng\n\n",
                "Text with <b>tags</b> & \"quotes\".", "Việt Nam's 🎉 exports.", "\n\n", "\n", " ", ". VNS",
                " — VNA/VNS", "\n\nSource: VNA", "2024-02-30", "Ã´");
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Test
    void firstSeedMapsAsDocumented() throws IOException {
        Article article = NewsWire.parse(Path.of("seeds", "000_fe963ccaa630d856.txt"));
        JsonNode ninjs = MAPPER.readTree(NinjsWriter.standard().toJson(article));
        assertThat(ninjs.get("uri").stringValue()).matches("urn:newswire:sha256:[0-9a-f]{64}");
        assertThat(ninjs.get("type").stringValue()).isEqualTo("text");
        assertThat(ninjs.get("language").stringValue()).isEqualTo("en");
        assertThat(ninjs.get("contentcreated").stringValue()).isEqualTo("2024-11-14T00:00:00+07:00");
        assertThat(ninjs.get("located").stringValue()).isEqualTo("LIMA");
        assertThat(ninjs.get("infosources").toString()).isEqualTo("[{\"name\":\"VNS\",\"role\":"
                + "\"http://cv.iptc.org/newscodes/contentprodpartyrole/origcont\"}]");
        assertThat(ninjs.get("copyrightholder").stringValue()).isEqualTo("VNS");
        assertThat(ninjs.has("by")).isFalse();
        JsonNode text = ninjs.get("bodies").get(0);
        assertThat(text.get("contenttype").stringValue()).isEqualTo("text/plain");
        assertThat(text.get("value").stringValue()).isEqualTo(article.bodyText());
        assertThat(text.get("charcount").intValue()).isEqualTo(article.bodyText().codePointCount(0,
                article.bodyText().length()));
        assertThat(text.get("wordcount").intValue()).isEqualTo(article.bodyText().split("\\s+").length);
        JsonNode html = ninjs.get("bodies").get(1);
        assertThat(html.get("contenttype").stringValue()).isEqualTo("text/html");
        assertThat(html.get("value").stringValue()).startsWith("<p>Vietnamese State President")
                .contains("</p>\n<p>Adriazén").endsWith("both sides.</p>")
                .contains("APEC Economic Leaders&#39; Week");
        assertThat(html.get("value").stringValue().split("<p>")).hasSize(12);
    }

    @Test
    void theUriDependsOnTheContentOnly() {
        String lf = " date 2024-11-14 LIMA – One.\n\nTwo. VNS";
        String crlfWithBom = "\uFEFF date 2024-11-14  LIMA  –  One.\r\n\r\n\r\nTwo.  VNS\r\n";
        String uri = NinjsWriter.uri(NewsWire.parse(lf));
        assertThat(NinjsWriter.uri(NewsWire.parse(crlfWithBom).withSource("elsewhere.txt"))).isEqualTo(uri);
        assertThat(NinjsWriter.uri(NewsWire.parse(lf.replace("Two", "Three")))).isNotEqualTo(uri);
        assertThat(uri).isEqualTo(NinjsWriter.uri(NewsWire.parse(lf)));
    }

    @Test
    void datesFollowTheOptions() {
        Article article = NewsWire.parse(" date 2024-11-14 Text. VNS");
        assertThat(MAPPER.readTree(NinjsWriter.builder().dateZone(ZoneOffset.UTC).build().toJson(article))
                .get("contentcreated").stringValue()).isEqualTo("2024-11-14T00:00:00Z");
        assertThat(MAPPER.readTree(NinjsWriter.builder().omitDates().build().toJson(article)).has("contentcreated"))
                .isFalse();
        assertThat(MAPPER.readTree(NinjsWriter.builder().language("en-GB").build().toJson(article))
                .get("language").stringValue()).isEqualTo("en-GB");
    }

    @Test
    void agenciesOfDatelineAndSignOffAreInfoSourcesOnce() {
        Article article = NewsWire.parse(" date 2024-11-14 By Thu Hằng\n\nHanoi (VNA) – Text <script>. — VNA/VNS");
        JsonNode ninjs = MAPPER.readTree(NinjsWriter.standard().toJson(article));
        assertThat(ninjs.get("infosources").findValuesAsString("name")).containsExactly("VNA", "VNS");
        assertThat(ninjs.get("copyrightholder").stringValue()).isEqualTo("VNS");
        assertThat(ninjs.get("by").stringValue()).isEqualTo("Thu Hằng");
        assertThat(ninjs.get("located").stringValue()).isEqualTo("Hanoi");
        assertThat(ninjs.get("bodies").get(1).get("value").stringValue()).isEqualTo("<p>Text &lt;script&gt;.</p>");
    }

    @Test
    void jsonLinesOfNinjs() {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter writer = NinjsWriter.standard().jsonLinesWriter(out)) {
            writer.write(NewsWire.parse(" date 2024-11-14 One. VNS"));
            writer.write(NewsWire.parse(" date 2024-11-15 Two. VNA"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(errors(line)).isEmpty();
        }
    }

    static List<Error> errors(String json) {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
