package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newswire.NewsWire;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of {@code src/test/resources/formats}: valid against the IPTC's schemas (NITF and
 * NewsML-G2), read as the format its content shows whatever its name, its JSON pinned by a
 * golden file (one line per item), valid against {@code docs/article.schema.json}, and read back
 * equal.
 */
class FormatsTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "formats");
    private static final Path GOLDEN = FIXTURES.resolve("golden");
    /** Run with -Dnewswire.golden.update=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("newswire.golden.update");
    /** A fixed day, so that dates written without a year (IPTC 7901) read the same every year. */
    static final WireParser PARSER = WireParser.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC)).build();
    private static final Schema ARTICLE_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs", "article.schema.json")), InputFormat.JSON);

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList()).stream();
        }
    }

    static Stream<Path> iptcXmlFixtures() throws IOException {
        return fixtures().filter(p -> name(p).startsWith("nitf-") || name(p).startsWith("newsml-g2-"));
    }

    /** The format a fixture is written in, from the prefix of its name. */
    static WireFormat formatOf(Path fixture) {
        String name = name(fixture);
        if (name.startsWith("anpa-")) {
            return WireFormat.ANPA_1312;
        }
        if (name.startsWith("iptc7901-")) {
            return WireFormat.IPTC_7901;
        }
        if (name.startsWith("newsml-g2-")) {
            return WireFormat.NEWSML_G2;
        }
        if (name.startsWith("newsml-")) {
            return WireFormat.NEWSML;
        }
        return name.startsWith("nitf-") ? WireFormat.NITF : WireFormat.NINJS;
    }

    @ParameterizedTest
    @MethodSource("iptcXmlFixtures")
    void everyNitfAndNewsMlG2FixtureIsValidAgainstTheIptcSchemas(Path fixture) {
        assertThat(IptcSchemas.problems(fixture)).as("schema problems of %s", fixture).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eachFixtureIsReadAsItsFormatByContentWhateverItsName(Path fixture, @TempDir Path folder) throws IOException {
        Path renamed = Files.copy(fixture, folder.resolve("story.txt"));
        for (Article item : NewsWire.parser().parseItems(renamed)) {
            assertThat(item.format()).as("format of %s", fixture).isEqualTo(formatOf(fixture));
        }
        Path bare = Files.copy(fixture, folder.resolve("a0417"));
        assertThat(NewsWire.parse(bare).format()).isEqualTo(formatOf(fixture));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eachFixtureIsPinnedByAGoldenFileValidAgainstTheSchemaAndReadBackEqual(Path fixture) throws IOException {
        List<Article> items = PARSER.parseItems(fixture).stream()
                .map(item -> item.withSource(fixture.toString().replace('\\', '/'))).toList();
        StringBuilder jsonLines = new StringBuilder();
        for (Article item : items) {
            String json = ArticleJson.toJson(item);
            List<Error> errors = ARTICLE_SCHEMA.validate(json, InputFormat.JSON);
            assertThat(errors).as("schema errors of %s", json).isEmpty();
            assertThat(ArticleJson.fromJson(json)).isEqualTo(item);
            jsonLines.append(json).append('\n');
        }
        Path golden = GOLDEN.resolve(name(fixture) + ".jsonl");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, jsonLines);
        }
        assertThat(jsonLines.toString()).as("JSON Lines of %s, against %s", fixture, golden)
                .isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aForcedFormatReadsTheSameAsDetection(Path fixture) throws IOException {
        WireParser forcedAtTheSameDay = WireParser.builder().inputFormat(formatOf(fixture))
                .clock(Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(forcedAtTheSameDay.parseItems(fixture)).isEqualTo(PARSER.parseItems(fixture));
    }

    static String name(Path path) {
        return path.getFileName().toString();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
