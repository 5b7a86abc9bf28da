package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.bench.SyntheticCorpus;
import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.corpus.WireFiles;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bulk Java API: WireFiles.walk and WireParser.parseAll. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BulkTest {

    @TempDir
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        SyntheticCorpus generator = new SyntheticCorpus(3);
        for (int i = 0; i < 300; i++) {
            Path file = corpus.resolve(String.format("%02d/%03d.txt", i % 7, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.next());
        }
        Files.write(corpus.resolve("03/bad-utf8.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xFF});
        Files.write(corpus.resolve("05/binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(corpus.resolve("05/notes.md"), "not a wire file");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("00/zipped.txt.gz")))) {
            out.write(Files.readAllBytes(Path.of("seeds", "000_fe963ccaa630d856.txt")));
        }
    }

    @Test
    void walkFindsWireFilesInNameOrder() {
        List<Path> files;
        try (Stream<Path> walk = WireFiles.walk(corpus)) {
            files = walk.toList();
        }
        assertThat(files).hasSize(303).noneMatch(p -> p.toString().endsWith(".md"));
        assertThat(files.get(0)).isEqualTo(corpus.resolve("00/000.txt"));
        assertThat(files).contains(corpus.resolve("00/zipped.txt.gz"));
        List<String> inFolder = files.stream().filter(p -> p.getParent().equals(corpus.resolve("05")))
                .map(p -> p.getFileName().toString()).toList();
        assertThat(inFolder).isSorted();
        try (Stream<Path> some = WireFiles.walk(corpus, List.of("*.txt"), List.of("0*.txt", "b*"))) {
            assertThat(some.toList()).hasSize(200).noneMatch(p -> p.getFileName().toString().startsWith("0"));
        }
    }

    @Test
    void parseAllKeepsInputOrderWhateverTheThreadsAndIsolatesFailures() {
        WireParser parser = WireParser.builder().build();
        List<FileResult> sequential = results(parser, 1);
        List<FileResult> parallel = results(parser, 4);
        assertThat(parallel).isEqualTo(sequential);
        try (Stream<Path> walk = WireFiles.walk(corpus)) {
            assertThat(parallel).extracting(FileResult::path).containsExactlyElementsOf(walk.toList());
        }
        assertThat(parallel).filteredOn(r -> r.failure().isPresent()).extracting(r -> r.failure().get().code())
                .containsExactlyInAnyOrder("malformed-utf8", "binary-input");
        assertThat(parallel).filteredOn(r -> r.article().isPresent()).hasSize(301);
        FileResult zipped = parallel.stream().filter(r -> r.path().toString().endsWith(".gz")).findFirst().orElseThrow();
        assertThat(zipped.article().orElseThrow().paragraphs()).hasSize(11);
        assertThat(zipped.article().orElseThrow().source()).contains(zipped.path().toString());
    }

    @Test
    void aMissingFileIsAFailureNotAnException() {
        FileResult result = CorpusParser.of(NewsWire.parser()).parseFile(corpus.resolve("nope.txt"));
        assertThat(result.failure().orElseThrow()).isEqualTo(new FileFailure("io-error", "cannot read: no such file or directory",
                0, 0, -1));
        assertThat(result.failure().orElseThrow()).hasToString("cannot read: no such file or directory [io-error]");
    }

    @Test
    void closingTheStreamEarlyStopsTheWork() {
        try (Stream<FileResult> results = CorpusParser.builder(NewsWire.parser()).threads(2).build().parseAll(WireFiles.walk(corpus))) {
            assertThat(results.limit(5).count()).isEqualTo(5);
        }
        assertThatThrownBy(() -> CorpusParser.builder(NewsWire.parser()).threads(0).build().parseAll(Stream.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsHaveExactlyOneOutcome() {
        Article article = NewsWire.parse(" date 2024-11-14 Text. VNS");
        assertThatThrownBy(() -> new FileResult(corpus, java.util.Optional.of(article),
                java.util.Optional.of(FileFailure.ioError("x")), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileResult(corpus, java.util.Optional.empty(), java.util.Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileResult.parsed(corpus, article, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsCarryTheBytesRead() throws IOException {
        WireParser parser = NewsWire.parser();
        Path plain = corpus.resolve("00/000.txt");
        assertThat(CorpusParser.of(parser).parseFile(plain).size()).isEqualTo(Files.size(plain)).isPositive();
        assertThat(CorpusParser.of(parser).parseFile(corpus.resolve("00/zipped.txt.gz")).size())
                .isEqualTo(Files.size(Path.of("seeds", "000_fe963ccaa630d856.txt")));
        FileResult malformed = CorpusParser.of(parser).parseFile(corpus.resolve("03/bad-utf8.txt"));
        assertThat(malformed.failure()).isPresent();
        assertThat(malformed.size()).isEqualTo(7);
        assertThat(CorpusParser.of(parser).parseFile(corpus.resolve("nope.txt")).size()).isZero();
        FileResult tooLarge = CorpusParser.of(WireParser.builder().maxInputBytes(100).build()).parseFile(plain);
        assertThat(tooLarge.failure().orElseThrow().code()).isEqualTo("input-too-large");
        assertThat(tooLarge.failure().orElseThrow().message()).contains("[" + Files.size(plain) + " bytes]");
        assertThat(tooLarge.size()).isZero();
    }

    @Test
    void aDirectoryGivenAsAFileIsAFailure() {
        FileResult result = CorpusParser.of(NewsWire.parser()).parseFile(corpus.resolve("00"));
        assertThat(result.failure().orElseThrow().code()).isEqualTo("io-error");
        assertThat(result.size()).isZero();
    }

    @Test
    void aDirectoryNamedLikeAWireFileIsWalkedNotRead(@TempDir Path root) throws IOException {
        Path inner = root.resolve("folder.txt/inner.txt");
        Files.createDirectories(inner.getParent());
        Files.writeString(inner, " date 2024-11-14 Text. VNS");
        try (Stream<Path> walk = WireFiles.walk(root)) {
            assertThat(walk.toList()).containsExactly(inner);
        }
    }

    /** Batches end early after 1 MiB; the files they leave are parsed next, before the later batches. */
    @Test
    void bigFilesCutBatchesShortAndKeepTheOrder(@TempDir Path root) throws IOException {
        String paragraph = "He affirmed that Peru attaches importance to the relationship with Viet Nam.\n\n";
        String big = " date 2024-11-14 LIMA – " + paragraph.repeat(8_000) + "End. VNS";
        // Two big files fill a batch, so the batches holding them end early.
        assertThat(2 * big.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(io.github.newswire.internal.corpus.ParallelResults.BATCH_BYTES);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Path file = root.resolve(String.format("%03d.txt", i));
            Files.writeString(file, i % 5 == 0 ? big : " date 2024-11-" + (10 + i % 20) + " Text " + i + ". VNS");
            files.add(file);
        }
        WireParser parser = NewsWire.parser();
        for (int threads : new int[] {1, 2, 3}) {
            try (Stream<FileResult> results = CorpusParser.builder(parser).threads(threads).build().parseAll(files.stream())) {
                List<FileResult> all = results.toList();
                assertThat(all).extracting(FileResult::path).as("%d threads", threads).containsExactlyElementsOf(files);
                assertThat(all).allMatch(r -> r.article().isPresent());
                assertThat(all.get(5).article().orElseThrow().paragraphs()).hasSize(8_001);
                assertThat(all.get(7).article().orElseThrow().paragraphs().get(0).text()).isEqualTo("Text 7.");
            }
        }
    }

    private static List<FileResult> results(WireParser parser, int threads) {
        try (Stream<FileResult> results = CorpusParser.builder(parser).threads(threads).build().parseAll(WireFiles.walk(corpus))) {
            return new ArrayList<>(results.toList());
        }
    }
}
