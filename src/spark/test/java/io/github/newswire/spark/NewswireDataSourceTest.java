package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.bench.TarWriter;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** format("newswire") on local[2]: every format and archive kind in one load, failures, modes, pruning, Parquet. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NewswireDataSourceTest {

    @TempDir
    static Path dir;

    static Path corpus;
    static SparkSession spark;

    @BeforeAll
    static void corpus() throws IOException {
        spark = LocalSpark.session();
        corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> files = LocalSpark.wireFiles();
        LocalSpark.copyWireFiles(corpus.resolve("loose"));
        Files.write(corpus.resolve("day.tar"), LocalSpark.tar(files));
        Files.write(corpus.resolve("day.tar.gz"), LocalSpark.gzip(LocalSpark.tar(files)));
        Files.write(corpus.resolve("day.tgz"), LocalSpark.gzip(LocalSpark.tar(files)));
        Files.write(corpus.resolve("day.zip"), LocalSpark.zip(files));
        // Not read: hidden, Spark's marker, a name no wire file has.
        Files.writeString(corpus.resolve(".hidden.txt"), "not read");
        Files.writeString(corpus.resolve("_SUCCESS"), "");
        Files.writeString(corpus.resolve("photo.jpg"), "not read");
    }

    private static Dataset<Row> load(String... paths) {
        return spark.read().format("newswire").load(paths);
    }

    @Test
    void theSchemaIsTheDocumentedOne() {
        assertThat(load(corpus.toString()).schema()).isEqualTo(NewswireSchema.schema(false));
        assertThat(spark.read().format("newswire").option("sentences", "true").load(corpus.toString()).schema())
                .isEqualTo(NewswireSchema.schema(true));
        // With no path: an empty table of the same schema (PySpark takes the function's type from it).
        Dataset<Row> none = spark.read().format("newswire").load();
        assertThat(none.schema()).isEqualTo(NewswireSchema.schema(false));
        assertThat(none.count()).isZero();
    }

    @Test
    void everyFormatAndEveryArchiveKindInOneLoadGiveTheLibrarysItemsColumnByColumn() throws IOException {
        // Spark's JSON of each row against the library's JSON tree of the same item, every column:
        // the same properties and values, but nulls (Spark leaves them out) and the instants of the
        // four times (Spark writes them in the session's zone).
        WireParser parser = WireParser.builder().build();
        Map<String, List<JsonNode>> expected = new TreeMap<>();
        List<String> prefixes = new ArrayList<>();
        prefixes.add(corpus.resolve("loose").toUri().toString());
        for (String archive : List.of("day.tar", "day.tar.gz", "day.tgz", "day.zip")) {
            prefixes.add(corpus.resolve(archive).toUri() + "!/in/");
        }
        for (Path file : LocalSpark.wireFiles()) {
            List<JsonNode> items = new ArrayList<>();
            for (Article item : parser.parseItems(Files.readAllBytes(file))) {
                items.add(normal(ArticleJson.toTree(item, null)));
            }
            for (String prefix : prefixes) {
                expected.put((prefix + file.getFileName()).replace("file:///", "file:/"), items);
            }
        }
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, List<JsonNode>> actual = new TreeMap<>();
        List<String> formats = new ArrayList<>();
        for (String json : load(corpus.toString()).toJSON().collectAsList()) {
            JsonNode row = mapper.readTree(json);
            assertThat(row.has("failure")).as(json).isFalse();
            formats.add(row.get("format").asString());
            actual.computeIfAbsent(row.get("source").asString(), key -> new ArrayList<>()).add(normal(row));
        }
        for (List<JsonNode> items : actual.values()) {
            items.sort(java.util.Comparator.comparing(node -> node.path("item").asInt(-1)));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).hasSize(5 * LocalSpark.wireFiles().size());
        assertThat(formats).contains("vns", "nitf", "newsml-g2", "newsml", "ninjs", "anpa1312", "iptc7901");
    }

    private static JsonNode normal(JsonNode node) {
        if (node.isObject()) {
            tools.jackson.databind.node.ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getValue().isNull() || property.getKey().equals("source")) {
                    continue;
                }
                if (List.of("firstcreated", "versioncreated", "embargoed", "expires").contains(property.getKey())) {
                    copy.put(property.getKey(), OffsetDateTime.parse(property.getValue().asString()).toInstant()
                            .toString());
                } else {
                    copy.set(property.getKey(), normal(property.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(normal(element)));
            return copy;
        }
        return node;
    }

    @Test
    void aBrokenFileAndADamagedArchiveAreFailureRowsAndTheModesTreatThemAsSpark() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.write(broken.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(broken.resolve("good.txt"), " date 2024-11-14 HÀ NỘI — A story. VNS");
        byte[] tar = LocalSpark.gzip(new TarWriter()
                .file("first.txt", " date 2024-11-15 HÀ NỘI — The first. VNS")
                .file("second.txt", " date 2024-11-16 HÀ NỘI — The second. VNS".repeat(200)).bytes());
        Files.write(broken.resolve("cut.tar.gz"), Arrays.copyOf(tar, tar.length - 40));

        List<Row> permissive = load(broken.toString()).select("source", "date", "failure").collectAsList();
        List<String> lines = new ArrayList<>();
        for (Row row : permissive) {
            Row failure = row.getAs("failure");
            lines.add(row.getString(0).substring(broken.toUri().toString().length() - 2) + " "
                    + (failure == null ? row.get(1) : failure.getString(0) + " " + failure.get(2) + ":"
                            + failure.get(3)));
        }
        assertThat(lines).containsExactlyInAnyOrder(
                "binary.txt binary-input 1:2",
                "cut.tar.gz!/first.txt 2024-11-15",
                "cut.tar.gz damaged-archive null:null",
                "good.txt 2024-11-14");

        assertThat(spark.read().format("newswire").option("mode", "DROPMALFORMED").load(broken.toString())
                .select("date").collectAsList()).extracting(row -> row.get(0).toString())
                .containsExactlyInAnyOrder("2024-11-14", "2024-11-15");
        assertThatThrownBy(() -> spark.read().format("newswire").option("mode", "failfast").load(broken.toString())
                .collectAsList()).hasStackTraceContaining("in mode FAILFAST")
                .satisfies(e -> assertThat(stackTrace(e)).containsAnyOf("binary.txt:1:2: binary input [00]",
                        "cut.tar.gz: damaged archive at byte"));
        assertThatThrownBy(() -> spark.read().format("newswire").option("mode", "sometimes").load(broken.toString()))
                .hasMessageContaining("invalid option mode [sometimes]: expected PERMISSIVE, DROPMALFORMED or FAILFAST");
    }

    @Test
    void strictAndInputFormatAreTheParsersOptions() {
        Path loose = corpus.resolve("loose");
        long lenientFailures = load(loose.toString()).where("failure IS NOT NULL").count();
        long strictFailures = spark.read().format("newswire").option("strict", "true").load(loose.toString())
                .where("failure IS NOT NULL").count();
        assertThat(lenientFailures).isZero();
        assertThat(strictFailures).isPositive();
        List<Row> asNitf = spark.read().format("newswire").option("inputFormat", "nitf")
                .load(loose.resolve("000_fe963ccaa630d856.txt").toString()).select("format", "failure.code")
                .collectAsList();
        assertThat(asNitf).hasSize(1);
        assertThat(asNitf.get(0).getString(0)).isEqualTo("nitf");
    }

    @Test
    void pathGlobFilterAndRecursiveFileLookupChooseTheFiles() {
        assertThat(spark.read().format("newswire").option("pathGlobFilter", "*.zip").load(corpus.toString())
                .select("source").collectAsList()).allSatisfy(row -> assertThat(row.getString(0)).contains("day.zip!/"))
                .hasSize((int) load(corpus.toString()).where("source LIKE '%day.zip!/%'").count());
        List<Row> topOnly = spark.read().format("newswire").option("recursiveFileLookup", "false")
                .load(corpus.toString()).select("source").collectAsList();
        assertThat(topOnly).noneMatch(row -> row.getString(0).contains("/loose/")).isNotEmpty();
    }

    @Test
    void aQueryOfSomeColumnsReadsOnlyThoseAndSentencesComeOnRequest() {
        Dataset<Row> some = load(corpus.toString()).select("source", "date");
        String plan = some.queryExecution().executedPlan().toString();
        assertThat(plan).contains("BatchScan").doesNotContain("paragraphs").doesNotContain("headline");
        assertThat(some.count()).isEqualTo(load(corpus.toString()).count());
        List<Row> sentences = spark.read().format("newswire").option("sentences", "true")
                .load(corpus.resolve("loose").resolve("000_fe963ccaa630d856.txt").toString())
                .selectExpr("paragraphs[0].sentences[0].text", "paragraphs[0].sentences[0].start").collectAsList();
        assertThat(sentences.get(0).getString(0)).startsWith("Vietnamese State President");
        assertThat(sentences.get(0).getInt(1)).isPositive();
    }

    @Test
    void parquetWrittenAndReadBackHoldsTheSameRows() {
        Dataset<Row> rows = load(corpus.toString());
        String out = dir.resolve("parquet").toString();
        rows.write().parquet(out);
        Dataset<Row> back = spark.read().parquet(out);
        assertThat(back.schema()).isEqualTo(rows.schema());
        assertThat(back.count()).isEqualTo(rows.count());
        assertThat(rows.exceptAll(back).count()).isZero();
        assertThat(back.exceptAll(rows).count()).isZero();
    }

    @Test
    void theMetadataColumnTellsTheFileRead() throws IOException {
        Path file = corpus.resolve("loose").resolve("000_fe963ccaa630d856.txt");
        List<Row> rows = load(corpus.toString()).where("source LIKE '%000_fe963ccaa630d856.txt'")
                .select("source", "_metadata.file_path", "_metadata.file_name", "_metadata.file_size",
                        "_metadata.file_modification_time").collectAsList();
        assertThat(rows).hasSize(5);
        Row loose = rows.stream().filter(row -> row.getString(0).equals(row.getString(1))).findFirst().orElseThrow();
        assertThat(loose.getString(2)).isEqualTo("000_fe963ccaa630d856.txt");
        assertThat(loose.getLong(3)).isEqualTo(Files.size(file));
        assertThat(loose.getTimestamp(4).getTime()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
        assertThat(rows).filteredOn(row -> row.getString(0).contains("day.zip!/"))
                .singleElement().satisfies(row -> assertThat(row.getString(2)).isEqualTo("day.zip"));
    }

    @Test
    void modifiedBeforeAndAfterChooseFilesByTheirTime() throws IOException {
        Path timed = Files.createDirectories(dir.resolve("timed"));
        Path old = Files.copy(LocalSpark.wireFiles().get(0), timed.resolve("old.txt"));
        Path recent = Files.copy(LocalSpark.wireFiles().get(1), timed.resolve("recent.txt"));
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(names(spark.read().format("newswire").option("modifiedAfter", "2022-06-01T00:00:00").load(timed.toString())))
                .containsExactly("recent.txt");
        assertThat(names(spark.read().format("newswire").option("modifiedBefore", "2022-06-01T00:00:00").load(timed.toString())))
                .containsExactly("old.txt");
        assertThatThrownBy(() -> spark.read().format("newswire").option("modifiedAfter", "yesterday").load(timed.toString()))
                .hasMessageContaining("invalid option modifiedAfter [yesterday]: expected a date-time such as");
    }

    @Test
    void severalPathsGlobsAndNamesWithSpacesAndAccentsAreRead() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("tin tức #1 100%"));
        Files.copy(LocalSpark.wireFiles().get(0), odd.resolve("bài viết.txt"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(LocalSpark.wireFiles().get(1), other.resolve("two.txt"));
        Files.copy(LocalSpark.wireFiles().get(0), other.resolve("three.xml.txt"));
        assertThat(names(load(odd.toString(), other.resolve("two.txt").toString()))).containsExactly("bài viết.txt",
                "two.txt");
        assertThat(names(load(other.resolve("t*.txt").toString()))).containsExactly("three.xml.txt", "two.txt");
    }

    private static List<String> names(Dataset<Row> rows) {
        List<String> names = new ArrayList<>();
        for (Row row : rows.select("source").collectAsList()) {
            names.add(row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1));
        }
        names.sort(null);
        return names;
    }

    @Test
    void aPathThatDoesNotExistIsSaid() {
        assertThatThrownBy(() -> load(dir.resolve("nowhere").toString()).count())
                .hasStackTraceContaining("newswire: path does not exist");
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
