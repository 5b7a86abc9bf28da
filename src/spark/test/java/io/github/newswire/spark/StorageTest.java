package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.bench.TarWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scala.reflect.ClassTag$;

/**
 * The storage's faults are not the file's: a connection reset fails the task (Spark retries it)
 * instead of becoming a row; a file deleted since the listing fails it too, unless
 * ignoreMissingFiles. Read through a file system that is not file:, listed as object stores are.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StorageTest {

    @TempDir
    static Path dir;

    static SparkSession spark;

    @BeforeAll
    static void flakyFileSystem() {
        spark = LocalSpark.session();
        // A session setting, which reaches the read's Hadoop configuration as Spark's own sources have it.
        spark.conf().set(FlakyFileSystem.IMPL_KEY, FlakyFileSystem.class.getName());
        spark.conf().set("fs.flaky.impl.disable.cache", "true");
    }

    private static String flaky(Path path) {
        return "flaky://" + path.toAbsolutePath();
    }

    private static Path folder(String name, String... files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        List<Path> seeds = LocalSpark.wireFiles();
        for (String file : files) {
            if (file.endsWith(".tar")) {
                Files.write(folder.resolve(file), new TarWriter().file("a.txt", Files.readAllBytes(seeds.get(0)))
                        .file("b.txt", Files.readAllBytes(seeds.get(1))).bytes());
            } else {
                Files.copy(seeds.get(0), folder.resolve(file));
            }
        }
        return folder;
    }

    @Test
    void aFileSystemThatIsNotFileIsListedAndReadWithItsScheme() throws IOException {
        Path folder = folder("plain", "one.txt", "two.tar");
        List<Row> rows = spark.read().format("newswire").load(flaky(folder)).select("source", "date").collectAsList();
        assertThat(rows).extracting(row -> row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("one.txt", "a.txt", "b.txt");
        assertThat(rows).allSatisfy(row -> assertThat(row.getString(0)).startsWith("flaky:/"));
    }

    @Test
    void aConnectionResetFailsTheTaskInsteadOfBecomingARow() throws IOException {
        Path folder = folder("reset", "reset.tar");
        assertThatThrownBy(() -> spark.read().format("newswire").load(flaky(folder)).collectAsList())
                .hasStackTraceContaining("newswire: reading failed in the storage, not in the file: Connection reset");
        assertThatThrownBy(() -> spark.read().format("newswire").option("mode", "DROPMALFORMED").load(flaky(folder))
                .collectAsList()).hasStackTraceContaining("reading failed in the storage");
    }

    @Test
    void aFileGoneSinceTheListingFailsTheTaskUnlessIgnoreMissingFiles() throws IOException {
        Path folder = folder("gone", "here.txt", "gone.txt");
        assertThatThrownBy(() -> spark.read().format("newswire").load(flaky(folder)).collectAsList())
                .hasStackTraceContaining("gone.txt was listed but is gone")
                .hasStackTraceContaining("option ignoreMissingFiles skips such files");
        List<Row> rows = spark.read().format("newswire").option("ignoreMissingFiles", "true").load(flaky(folder))
                .select("source").collectAsList();
        assertThat(rows).extracting(row -> row.getString(0)).singleElement().asString().endsWith("/here.txt");
    }

    @Test
    void theHadoopConfigurationSurvivesKryoAsABroadcastIsSent() {
        Configuration conf = new Configuration(false);
        conf.set("fs.s3a.bucket.MyBucket.endpoint", "https://example.invalid");
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        HadoopConfiguration sent = new HadoopConfiguration(conf);
        HadoopConfiguration received = kryo.deserialize(kryo.serialize(sent, ClassTag$.MODULE$.apply(
                HadoopConfiguration.class)), ClassTag$.MODULE$.apply(HadoopConfiguration.class));
        assertThat(received.get().get("fs.s3a.bucket.MyBucket.endpoint")).isEqualTo("https://example.invalid");
    }
}
