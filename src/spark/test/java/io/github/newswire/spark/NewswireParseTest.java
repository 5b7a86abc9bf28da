package io.github.newswire.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** newswire_parse from SQL, the Java API and PySpark's way; a drop folder as a stream. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NewswireParseTest {

    @TempDir
    static Path dir;

    static Path files;
    static SparkSession spark;

    @BeforeAll
    static void files() throws IOException {
        spark = LocalSpark.session();
        files = dir.resolve("files");
        LocalSpark.copyWireFiles(files);
        Files.write(files.resolve("day.tgz"), LocalSpark.gzip(LocalSpark.tar(LocalSpark.wireFiles())));
        Files.write(files.resolve("broken.txt"), new byte[] {'a', 0});
    }

    /** The rows of the data source, as sorted strings of every column. */
    private static List<String> sourceRows() {
        return strings(spark.read().format("newswire").load(files.toString()));
    }

    private static List<String> strings(Dataset<Row> rows) {
        return rows.toJSON().collectAsList().stream().sorted().toList();
    }

    @Test
    void fromSqlTheFunctionGivesTheSourcesRows() {
        NewswireFunctions.register(spark);
        Dataset<Row> parsed = spark.sql("SELECT inline(newswire_parse(content, path)) FROM binaryFile.`" + files + "`");
        assertThat(parsed.schema()).isEqualTo(NewswireSchema.schema(false));
        assertThat(strings(parsed)).isEqualTo(sourceRows()).hasSizeGreaterThan(2 * LocalSpark.wireFiles().size());
    }

    @Test
    void fromTheJavaApiAndAsPySparkRegistersIt() {
        UserDefinedFunction parse = NewswireFunctions.register(spark);
        Dataset<Row> binary = spark.read().format("binaryFile").load(files.toString());
        Dataset<Row> viaApi = binary.select(explode(parse.apply(col("content"), col("path"))).as("a")).select("a.*");
        assertThat(strings(viaApi)).isEqualTo(sourceRows());

        // What spark.udf.registerJavaFunction does in PySpark, with the type taken from an empty load.
        StructType row = spark.read().format("newswire").load().schema();
        spark.udf().registerJava("newswire_parse_py", NewswireParse.class.getName(), DataTypes.createArrayType(row));
        binary.createOrReplaceTempView("binary_files");
        assertThat(strings(spark.sql("SELECT inline(newswire_parse_py(content, path)) FROM binary_files")))
                .isEqualTo(sourceRows());
        assertThat(spark.sql("SELECT newswire_parse_py(NULL, 'x')").first().isNullAt(0)).isTrue();
    }

    @Test
    void aDropFolderReadAsAStreamGivesEachNewFileOnceAcrossRuns() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop"));
        Path out = dir.resolve("out");
        Path checkpoint = dir.resolve("checkpoint");
        List<Path> wires = LocalSpark.wireFiles();
        Files.copy(wires.get(0), drop.resolve("a.txt"));
        Files.copy(wires.get(1), drop.resolve("b.txt"));
        runOnce(drop, out, checkpoint);
        assertThat(sources(out)).containsExactlyInAnyOrder("a.txt", "b.txt");

        Files.copy(wires.get(0), drop.resolve("c.txt"));
        runOnce(drop, out, checkpoint);
        assertThat(sources(out)).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");

        runOnce(drop, out, checkpoint);
        assertThat(sources(out)).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
    }

    /** One run of the documented streaming job: every file not yet read, then stop. */
    private static void runOnce(Path drop, Path out, Path checkpoint) throws TimeoutException, StreamingQueryException {
        NewswireFunctions.register(spark);
        StructType binaryFile = spark.read().format("binaryFile").load(files.toString()).schema();
        StreamingQuery query = spark.readStream().format("binaryFile").schema(binaryFile).load(drop.toString())
                .selectExpr("inline(newswire_parse(content, path))")
                .writeStream().format("parquet").option("path", out.toString())
                .option("checkpointLocation", checkpoint.toString())
                .trigger(Trigger.AvailableNow())
                .start();
        query.awaitTermination();
    }

    private static List<String> sources(Path out) {
        return spark.read().parquet(out.toString()).select("source").collectAsList().stream()
                .map(row -> row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1)).toList();
    }
}
