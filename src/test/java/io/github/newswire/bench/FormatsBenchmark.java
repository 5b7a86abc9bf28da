package io.github.newswire.bench;

import io.github.newswire.NewsWire;
import io.github.newswire.Paragraph;
import io.github.newswire.WireParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * The structured-format readers on one thread: 500 items of each format, built from the
 * fixtures of {@code src/test/resources/formats} with 3 to 16 paragraphs of real wire text each
 * (about 2 to 6 KB, as agencies' items are), parsed from bytes. {@code decode} is the floor:
 * decoding the same bytes into a String. Divide the average bytes of an item (printed at set-up)
 * by the time of an operation for MB/s; docs/performance.md has the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FormatsBenchmark {

    @Param({"nitf", "newsml-g2", "newsml", "ninjs"})
    public String format;

    private final WireParser parser = WireParser.builder().build();
    private byte[][] items;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        items = items(format, 500).toArray(new byte[0][]);
        long total = 0;
        for (byte[] item : items) {
            total += item.length;
        }
        System.out.printf("%n%s: %d items, %d bytes on average%n", format, items.length, total / items.length);
    }

    private byte[] nextItem() {
        byte[] item = items[next];
        next = next + 1 == items.length ? 0 : next + 1;
        return item;
    }

    @Benchmark
    public Object parse() {
        return parser.parseItems(nextItem());
    }

    @Benchmark
    public Object decode() {
        return new String(nextItem(), StandardCharsets.UTF_8);
    }

    /** Items of a format: its fixture with its body replaced by paragraphs of the seeds. */
    static List<byte[]> items(String format, int count) {
        List<String> paragraphs = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (Paragraph paragraph : NewsWire.parse(seed).paragraphs()) {
                    paragraphs.add(paragraph.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String template = read(switch (format) {
            case "nitf" -> "nitf-story.xml";
            case "newsml-g2" -> "newsml-g2-nitf.xml";
            case "newsml" -> "newsml-item.xml";
            default -> "ninjs-2.json";
        });
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            int size = 3 + random.nextInt(14);
            for (int p = 0; p < size; p++) {
                String text = paragraphs.get(random.nextInt(paragraphs.size()));
                if (format.equals("ninjs")) {
                    body.append("<p>").append(escapeHtml(text).replace("\\", "\\\\").replace("\"", "\\\"")).append("</p>");
                } else {
                    body.append("\n      <p>").append(escapeHtml(text)).append("</p>");
                }
            }
            String item = switch (format) {
                case "ninjs" -> replaceBetween(template, "{\"role\": \"html\", \"contenttype\": \"text/html\", \"value\": \"",
                        "\"}", body.toString());
                default -> replaceBetween(template, "<body.content>", "</body.content>", body + "\n    ");
            };
            items.add(item.getBytes(StandardCharsets.UTF_8));
        }
        return items;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String replaceBetween(String text, String open, String close, String replacement) {
        int start = text.indexOf(open) + open.length();
        int end = text.indexOf(close, start);
        return text.substring(0, start) + replacement + text.substring(end);
    }

    private static String read(String fixture) {
        try {
            return Files.readString(Path.of("src", "test", "resources", "formats", fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
