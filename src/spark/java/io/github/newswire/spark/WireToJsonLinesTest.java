package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Spark job of docs/spark.md on a local[2] session over a small corpus. */
class WireToJsonLinesTest {

    @Test
    void parsesACorpusIntoJsonLinesAndKeepsFailuresApart(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in").resolve("2024"));
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), input.resolve("a.txt"));
        Files.copy(Path.of("seeds", "003_7daabe1ce4688c7f.txt"), Files.createDirectories(input.resolve("11"))
                .resolve("b.txt"));
        Files.write(input.resolve("broken.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xC3, '('});
        Path output = dir.resolve("out");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("newswire-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            WireToJsonLines.run(spark, dir.resolve("in").toString(), output.toString());
        } finally {
            spark.stop();
        }

        List<Article> articles = new ArrayList<>();
        for (String line : lines(output.resolve("articles"))) {
            articles.add(ArticleJson.fromJson(line));
        }
        articles.sort(Comparator.comparing(a -> a.source().orElseThrow()));
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).source().orElseThrow()).endsWith("/in/2024/11/b.txt");
        assertThat(articles.get(0).paragraphs()).hasSize(10);
        assertThat(articles.get(1).source().orElseThrow()).endsWith("/in/2024/a.txt");
        assertThat(articles.get(1).paragraphs()).hasSize(11);
        assertThat(articles.get(1).dateline().orElseThrow().place()).isEqualTo("LIMA");

        List<String> failures = lines(output.resolve("failures"));
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).contains("broken.txt").contains("\"code\":\"malformed-utf8\"")
                .contains("\"line\":1,\"column\":7");
    }

    @Test
    void readsADirectoryOfArchivesOneTaskPerArchive(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (String name : new String[] {"day1.zip", "day2.zip"}) {
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                    Files.newOutputStream(input.resolve(name)))) {
                for (String seed : new String[] {"000_fe963ccaa630d856.txt", "003_7daabe1ce4688c7f.txt"}) {
                    zip.putNextEntry(new java.util.zip.ZipEntry("2024/" + seed));
                    zip.write(Files.readAllBytes(Path.of("seeds", seed)));
                    zip.closeEntry();
                }
            }
        }
        Path output = dir.resolve("out");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("newswire-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            WireToJsonLines.run(spark, input.toString(), output.toString());
        } finally {
            spark.stop();
        }
        List<String> sources = new ArrayList<>();
        for (String line : lines(output.resolve("articles"))) {
            sources.add(ArticleJson.fromJson(line).source().orElseThrow());
        }
        sources.sort(Comparator.naturalOrder());
        assertThat(sources).hasSize(4).allSatisfy(source -> assertThat(source).contains(".zip!/2024/"));
        assertThat(lines(output.resolve("failures"))).isEmpty();
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }
}
