package io.github.newswire.bench;

import io.github.newswire.NewsWire;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.json.JsonLinesWriter;
import io.github.newswire.json.NinjsWriter;
import io.github.newswire.model.Article;
import io.github.newswire.model.Paragraph;
import io.github.newswire.parser.AttributionDetector;
import io.github.newswire.parser.BodySegmenter;
import io.github.newswire.parser.Header;
import io.github.newswire.parser.HeaderParser;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every benchmark of docs/performance.md, in one run so that their ratios compare: the floor
 * (decoding UTF-8 into a String), parsing from bytes and from a String, each component alone,
 * JSON Lines writing, and a regex-based parser. Each operation handles one article; the corpus
 * inputs cycle through their articles. Run with {@code ./mvnw -Pbenchmark verify} (see
 * docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    /** The seeds, a generated corpus of 3,000 articles, one article of 1 KB, 1 MB and 10 MB. */
    @Param({"seeds", "corpus", "1KB", "1MB", "10MB"})
    public String input;

    private final WireParser parser = WireParser.builder().build();
    private final HeaderParser headerParser = new HeaderParser();
    private final BodySegmenter segmenter = new BodySegmenter();
    private final AttributionDetector detector = AttributionDetector.withDefaultAgencies();

    private byte[][] bytes;
    private String[] texts;
    private Article[] articles;
    private int next;
    private JsonLinesWriter json;
    private JsonLinesWriter jsonBytes;
    private JsonLinesWriter ninjs;

    @Setup(Level.Trial)
    public void load() throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        List<byte[]> files = new ArrayList<>();
        switch (input) {
            case "seeds" -> {
                try (var seeds = Files.list(Path.of("seeds"))) {
                    for (Path seed : seeds.sorted().toList()) {
                        files.add(Files.readAllBytes(seed));
                    }
                }
            }
            case "corpus" -> files.addAll(corpus.files(3000));
            case "1KB" -> files.add(corpus.article(1_000));
            case "1MB" -> files.add(corpus.article(1_000_000));
            case "10MB" -> files.add(corpus.article(10_000_000));
            default -> throw new IllegalArgumentException(input);
        }
        bytes = files.toArray(byte[][]::new);
        texts = new String[bytes.length];
        articles = new Article[bytes.length];
        long total = 0;
        for (int i = 0; i < bytes.length; i++) {
            texts[i] = new String(bytes[i], StandardCharsets.UTF_8);
            articles[i] = parser.parse(bytes[i]);
            total += bytes[i].length;
        }
        json = ArticleJson.jsonLinesWriter(new DiscardingWriter());
        jsonBytes = ArticleJson.jsonLinesWriter(OutputStream.nullOutputStream());
        ninjs = NinjsWriter.standard().jsonLinesWriter(new DiscardingWriter());
        System.out.printf("%n[%s] %d articles, %.1f bytes on average%n", input, bytes.length,
                (double) total / bytes.length);
        // The report script needs the sizes to turn times into MB/s.
        Path sizes = Path.of("target", "jmh-input-sizes.txt");
        Files.writeString(sizes, input + " " + bytes.length + " " + total + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        json.close();
        jsonBytes.close();
        ninjs.close();
    }

    private int index() {
        int i = next;
        next = i + 1 == bytes.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public String decodeOnly() {
        return new String(bytes[index()], StandardCharsets.UTF_8);
    }

    @Benchmark
    public Article parseBytes() {
        return parser.parse(bytes[index()]);
    }

    /** What a caller that holds bytes and parses text pays: the decode, then the parse. */
    @Benchmark
    public Article decodeAndParse() {
        return NewsWire.parse(new String(bytes[index()], StandardCharsets.UTF_8));
    }

    @Benchmark
    public Article parseString() {
        return parser.parse(texts[index()]);
    }

    @Benchmark
    public Header headerOnly() {
        return headerParser.parse(texts[index()]);
    }

    @Benchmark
    public List<Paragraph> segmentOnly() {
        return segmenter.segment(texts[index()]);
    }

    @Benchmark
    public Optional<?> attributionOnly() {
        return detector.detect(texts[index()]);
    }

    @Benchmark
    public void jsonLines() {
        json.write(articles[index()]);
    }

    /** JSON Lines in UTF-8 bytes, as a library user writes them to a file (no source bytes at hand). */
    @Benchmark
    public void jsonLinesBytes() {
        jsonBytes.write(articles[index()]);
    }

    @Benchmark
    public void ninjsLines() {
        ninjs.write(articles[index()]);
    }

    @Benchmark
    public RegexParser.Result regexParser() {
        return RegexParser.parse(texts[index()]);
    }

    /** Throws away what is written, so that JSON writing is measured without I/O. */
    private static final class DiscardingWriter extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) {
            if (length < 0) {
                throw new UncheckedIOException(new IOException("negative length"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
