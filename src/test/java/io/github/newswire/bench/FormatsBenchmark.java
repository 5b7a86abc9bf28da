package io.github.newswire.bench;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParser;
import io.github.newswire.writer.Anpa1312Writer;
import io.github.newswire.writer.Iptc7901Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * fixtures of {@code src/test/resources/formats} (or, for ANPA 1312 and IPTC 7901, by their
 * writers) with 3 to 16 paragraphs of real wire text each (about 1 to 6 KB, as agencies' items
 * are), parsed from bytes. {@code decode} is the floor:
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

    @Param({"nitf", "newsml-g2", "newsml", "ninjs", "anpa1312", "iptc7901"})
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
        String template = switch (format) {
            case "nitf" -> read("nitf-story.xml");
            case "newsml-g2" -> read("newsml-g2-nitf.xml");
            case "newsml" -> read("newsml-item.xml");
            case "ninjs" -> read("ninjs-2.json");
            default -> "";
        };
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> items = new ArrayList<>(count);
        if (format.equals("anpa1312") || format.equals("iptc7901")) {
            for (int i = 0; i < count; i++) {
                items.add(transmission(format, paragraphs, random).getBytes(StandardCharsets.UTF_8));
            }
            return items;
        }
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

    /**
     * A message as the writers write it: the fixture's metadata, 3 to 16 paragraphs of the seeds in
     * ASCII, as these formats carry text (ANPA 1312 is 7-bit; IPTC 7901 ISO-8859-1, mostly ASCII).
     */
    private static String transmission(String format, List<String> paragraphs, SplittableRandom random) {
        List<Paragraph> body = new ArrayList<>();
        int size = 3 + random.nextInt(14);
        for (int p = 0; p < size; p++) {
            String text = paragraphs.get(random.nextInt(paragraphs.size()));
            body.add(new Paragraph(ascii(text), new SourceSpan(0, 0, 1, 1)));
        }
        Envelope envelope = Envelope.builder().slugline("Vietnam-Rice").takekey("1stLd-Writethru").priority(4)
                .addCategory(new Category(Optional.of("i"), Optional.empty())).sequence(417).wordcount(212)
                .headline("Rice harvest beats forecast in Mekong Delta")
                .firstcreated(OffsetDateTime.parse("2024-11-14T08:30:00Z")).build();
        Article article = new Article(Optional.empty(), Optional.empty(), WireFormat.VNS, Optional.empty(),
                Optional.of("Tran Minh Anh"), Optional.empty(), body, Optional.empty(), Optional.empty(), envelope,
                Optional.empty(), List.of());
        return format.equals("anpa1312") ? new Anpa1312Writer().write(article) : new Iptc7901Writer().write(article);
    }

    /** The text without its diacritics, and without what is not ASCII after that. */
    private static String ascii(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == '\u2013' || c == '\u2014' ? '-' : '\'');
            }
        }
        return out.toString();
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
