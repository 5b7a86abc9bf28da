package io.github.newswire.spark;

import io.github.newswire.bench.TarWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for all the tests of this JVM, and the corpus files they read. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("newswire-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** The seeds and every format fixture of the library's tests, as files to copy. */
    static List<Path> wireFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"));
                Stream<Path> formats = Files.list(Path.of("src", "test", "resources", "formats"))) {
            seeds.filter(Files::isRegularFile).sorted().forEach(files::add);
            formats.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies {@link #wireFiles()} into a folder, under their names. */
    static void copyWireFiles(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path file : wireFiles()) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
    }

    static byte[] tar(List<Path> files) throws IOException {
        TarWriter tar = new TarWriter();
        for (Path file : files) {
            tar.file("in/" + file.getFileName(), Files.readAllBytes(file));
        }
        return tar.bytes();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] zip(List<Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry("in/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
