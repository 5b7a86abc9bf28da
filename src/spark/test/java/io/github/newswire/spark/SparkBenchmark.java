package io.github.newswire.spark;

import io.github.newswire.bench.SyntheticCorpus;
import io.github.newswire.bench.TarWriter;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The figures of docs/spark.md, on local[2], in one run: generated VNS files, loose and in
 * tar.gz archives of 1,000 files, read by format("newswire") and by the baseline a user writes
 * around Spark's own binaryFile source (the library in mapPartitions, one JSON string per item),
 * every row materialised (the noop sink). Each job is timed from the read to the last row,
 * listing and planning included; five rounds, interleaved, and the median. Not a test: run it with
 * {@code ./mvnw -f src/spark/pom.xml -B -ntp test-compile exec:exec@spark-benchmark}
 * ({@code -Dbenchmark.args="WORK_DIR 6000 24000"}).
 */
public final class SparkBenchmark {

    /** Each job runs this many times per corpus; the table gives the median. */
    private static final int ROUNDS = 5;

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("newswire-benchmark")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        List<String> table = new ArrayList<>();
        table.add("| files | format(\"newswire\"), loose | same files in tar.gz | baseline: binaryFile + mapPartitions |");
        table.add("| ---: | ---: | ---: | ---: |");
        try {
            // A warm-up of each job on a small corpus: the JIT and Spark's first-query costs once.
            Path warm = generate(work.resolve("warm-up"), 500);
            source(spark, warm.resolve("loose"));
            source(spark, warm.resolve("archives"));
            baseline(spark, warm.resolve("loose"));
            for (int i = 1; i < args.length; i++) {
                int count = Integer.parseInt(args[i]);
                Path corpus = generate(work.resolve("files-" + count), count);
                double[] loose = new double[ROUNDS];
                double[] archives = new double[ROUNDS];
                double[] baseline = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    // Interleaved, so that a slow moment of the machine falls on all three alike.
                    loose[round] = source(spark, corpus.resolve("loose"));
                    archives[round] = source(spark, corpus.resolve("archives"));
                    baseline[round] = baseline(spark, corpus.resolve("loose"));
                }
                table.add(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s | %.2f s |", count, median(loose),
                        median(archives), median(baseline)));
                System.out.println(table.get(table.size() - 1));
            }
        } finally {
            spark.stop();
        }
        System.out.println(String.join("\n", table));
    }

    /** The corpus: loose files, 1,000 per folder, and the same files in tar.gz archives of 1,000. */
    private static Path generate(Path corpus, int count) throws IOException {
        Path loose = corpus.resolve("loose");
        Path archives = Files.createDirectories(corpus.resolve("archives"));
        if (Files.isDirectory(loose)) {
            return corpus;
        }
        List<byte[]> files = new SyntheticCorpus(7).files(count);
        OutputStream archive = null;
        for (int i = 0; i < count; i++) {
            String name = String.format("%04d/%07d.txt", i / 1000, i);
            Path file = loose.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, files.get(i));
            if (i % 1000 == 0) {
                close(archive);
                archive = new GZIPOutputStream(Files.newOutputStream(archives.resolve(
                        String.format("%04d.tar.gz", i / 1000))), 1 << 16);
            }
            archive.write(TarWriter.header(name, '0', files.get(i).length));
            archive.write(files.get(i));
            archive.write(TarWriter.padding(files.get(i).length));
        }
        close(archive);
        return corpus;
    }

    private static void close(OutputStream archive) throws IOException {
        if (archive != null) {
            archive.write(new byte[1024]);
            archive.close();
        }
    }

    private static double source(SparkSession spark, Path input) {
        long start = System.nanoTime();
        spark.read().format("newswire").load(input.toString()).write().format("noop").mode("overwrite").save();
        return seconds(start);
    }

    /** What a user writes around Spark's own source: the library in mapPartitions, a JSON string per item. */
    private static double baseline(SparkSession spark, Path input) {
        long start = System.nanoTime();
        spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input.toString())
                .select("path", "content")
                .mapPartitions((MapPartitionsFunction<Row, String>) SparkBenchmark::parse, Encoders.STRING())
                .write().format("noop").mode("overwrite").save();
        return seconds(start);
    }

    private static Iterator<String> parse(Iterator<Row> files) {
        WireParser parser = Parser.LENIENT;
        List<String> lines = new ArrayList<>();
        while (files.hasNext()) {
            Row file = files.next();
            String path = file.getString(0);
            try {
                for (Article article : parser.parseItems((byte[]) file.get(1))) {
                    lines.add(ArticleJson.toJson(article.withSource(path)));
                }
            } catch (WireParseException e) {
                lines.add(e.getMessage());
            }
        }
        return lines.iterator();
    }

    private static double median(double[] seconds) {
        double[] sorted = seconds.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** One parser per JVM. */
    private static final class Parser {
        static final WireParser LENIENT = WireParser.builder().build();
    }
}
