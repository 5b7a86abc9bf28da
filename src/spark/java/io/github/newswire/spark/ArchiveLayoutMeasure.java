package io.github.newswire.spark;

import io.github.newswire.bench.SyntheticCorpus;
import io.github.newswire.bench.TarWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the layout advice of docs/spark.md on a local[2] session: the same generated articles
 * as loose files and as a few tar.gz archives, each run of the job timed (after one warm-up run of
 * each). Run: {@code ./mvnw -Pspark test-compile} then this class's main on the test class path
 * with the arguments FILES ARCHIVES WORK_DIR [ROUNDS]. Not a test: it prints figures.
 */
public final class ArchiveLayoutMeasure {

    private ArchiveLayoutMeasure() {
    }

    public static void main(String[] args) throws IOException {
        int files = Integer.parseInt(args[0]);
        int archives = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path loose = Files.createDirectories(work.resolve("loose"));
        Path packed = Files.createDirectories(work.resolve("archives"));
        List<byte[]> articles = new SyntheticCorpus(5).files(files);
        OutputStream[] outs = new OutputStream[archives];
        for (int a = 0; a < archives; a++) {
            outs[a] = new GZIPOutputStream(Files.newOutputStream(packed.resolve(String.format("day%02d.tar.gz", a))),
                    1 << 16);
        }
        for (int i = 0; i < files; i++) {
            String name = String.format("%06d.txt", i);
            Files.write(loose.resolve(name), articles.get(i));
            OutputStream out = outs[i % archives];
            out.write(TarWriter.header(name, '0', articles.get(i).length));
            out.write(articles.get(i));
            out.write(TarWriter.padding(articles.get(i).length));
        }
        for (OutputStream out : outs) {
            out.write(new byte[1024]);
            out.close();
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("newswire-measure")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
            for (int round = 0; round < rounds; round++) {
                for (Path input : new Path[] {loose, packed}) {
                    long start = System.nanoTime();
                    WireToJsonLines.run(spark, input.toString(), work.resolve("out-" + round + "-"
                            + input.getFileName()).toString());
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("round %d %-9s %d articles in %.2f s: %.0f articles/s%n", round,
                            input.getFileName(), files, seconds, files / seconds);
                }
            }
        } finally {
            spark.stop();
        }
    }
}
