package io.github.newswire.bench;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Sentence;
import io.github.newswire.parser.SentenceSegmenter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentence segmentation speed on the paragraphs of a generated corpus, newswire against the JDK's
 * BreakIterator; each operation splits one paragraph. See docs/sentences.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SentenceBenchmark {

    private String[] paragraphs;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        List<String> texts = new ArrayList<>();
        long chars = 0;
        long sentences = 0;
        for (byte[] file : new SyntheticCorpus(7).files(500)) {
            for (Paragraph paragraph : NewsWire.parse(file).paragraphs()) {
                texts.add(paragraph.text());
                chars += paragraph.text().getBytes(StandardCharsets.UTF_8).length;
                sentences += paragraph.sentences().size();
            }
        }
        paragraphs = texts.toArray(String[]::new);
        System.out.printf("%n[sentences] %d paragraphs, %.1f bytes and %.2f sentences on average%n",
                paragraphs.length, (double) chars / paragraphs.length, (double) sentences / paragraphs.length);
    }

    private String nextParagraph() {
        String text = paragraphs[next];
        next = next + 1 == paragraphs.length ? 0 : next + 1;
        return text;
    }

    @Benchmark
    public List<Sentence> newswire() {
        return SentenceSegmenter.standard().segment(nextParagraph());
    }

    @Benchmark
    public List<String> breakIterator() {
        return SentenceAccuracy.breakIterator(nextParagraph());
    }
}
