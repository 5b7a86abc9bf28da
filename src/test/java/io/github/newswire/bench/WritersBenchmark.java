package io.github.newswire.bench;

import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import io.github.newswire.writer.NewsMlG2Writer;
import io.github.newswire.writer.NitfWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The XML writers against the reader of the same format, on one thread: the 500 items of
 * {@link FormatsBenchmark} for the format, read once; {@code write} writes an item's document as
 * UTF-8 bytes (what a file gets), {@code read} parses an item's bytes. The average bytes written
 * and read per item are printed at set-up: each divided by its time per operation is MB/s, the
 * writer's of output and the reader's of input (docs/performance.md has the figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WritersBenchmark {

    @Param({"nitf", "newsml-g2"})
    public String format;

    private final WireParser parser = WireParser.builder().build();
    private byte[][] inputs;
    private Article[] articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<byte[]> items = FormatsBenchmark.items(format, 500);
        inputs = items.toArray(new byte[0][]);
        articles = new Article[inputs.length];
        long read = 0;
        long written = 0;
        for (int i = 0; i < inputs.length; i++) {
            articles[i] = parser.parse(inputs[i]);
            read += inputs[i].length;
            written += write(articles[i]).length;
        }
        System.out.printf("%n%s: %d items, %d bytes read and %d bytes written on average%n", format, inputs.length,
                read / inputs.length, written / inputs.length);
    }

    private int nextIndex() {
        int index = next;
        next = next + 1 == inputs.length ? 0 : next + 1;
        return index;
    }

    private byte[] write(Article article) {
        String document = format.equals("nitf") ? new NitfWriter().write(article)
                : NewsMlG2Writer.standard().write(article);
        return document.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] write() {
        return write(articles[nextIndex()]);
    }

    @Benchmark
    public Object read() {
        return parser.parseItems(inputs[nextIndex()]);
    }
}
