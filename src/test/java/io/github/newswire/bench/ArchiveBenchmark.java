package io.github.newswire.bench;

import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same 2,000 generated articles read loose (2,000 files in a directory) and from archives
 * (one tar, one tar.gz): one operation parses them all, on one thread, with
 * {@link WireParser#parseAll}. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArchiveBenchmark {

    private static final int FILES = 2000;

    private final WireParser parser = WireParser.builder().build();
    private Path dir;
    private List<Path> loose;
    private Path tar;
    private Path tarGz;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("newswire-archive-bench");
        List<byte[]> files = new SyntheticCorpus(3).files(FILES);
        Path folder = Files.createDirectories(dir.resolve("loose"));
        tar = dir.resolve("corpus.tar");
        tarGz = dir.resolve("corpus.tar.gz");
        try (OutputStream plain = Files.newOutputStream(tar);
                OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(tarGz), 1 << 16)) {
            for (int i = 0; i < files.size(); i++) {
                String name = String.format("%05d.txt", i);
                Files.write(folder.resolve(name), files.get(i));
                for (OutputStream out : new OutputStream[] {plain, gzip}) {
                    out.write(TarWriter.header(name, '0', files.get(i).length));
                    out.write(files.get(i));
                    out.write(TarWriter.padding(files.get(i).length));
                }
            }
            plain.write(new byte[1024]);
            gzip.write(new byte[1024]);
        }
        try (Stream<Path> list = Files.list(folder)) {
            loose = list.sorted().toList();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public long looseFiles() {
        return count(loose.stream());
    }

    @Benchmark
    public long tarArchive() {
        return count(Stream.of(tar));
    }

    @Benchmark
    public long tarGzArchive() {
        return count(Stream.of(tarGz));
    }

    private long count(Stream<Path> files) {
        try (Stream<FileResult> results = CorpusParser.builder(parser).threads(1).build().parseAll(files)) {
            return results.filter(result -> result.article().isPresent()).count();
        }
    }
}
