package io.github.newswire.bench;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates wire files of realistic variety from the seeds: their paragraphs in random order and
 * number, and datelines, bylines, sign-offs, line ends and occasional problems of every kind the
 * format allows. The same seed always gives the same corpus.
 *
 * <p>Run as a program to write a corpus to disk:
 * {@code java -cp … io.github.newswire.bench.SyntheticCorpus 10000 /tmp/corpus [seed]}.
 */
public final class SyntheticCorpus {

    private static final String[] DATELINES = {"LIMA – ", "HÀ NỘI — ", "HCM CITY - ", "ĐÀ NẴNG -- ",
        "Hanoi (VNA) – ", "THỪA THIÊN-HUẾ – ", "BÀ RỊA-VŨNG TÀU — ", "WASHINGTON, D.C. — ", "HCM City (VNA) - "};
    private static final String[] SIGN_OFFS = {" VNS", " — VNS", " – VNS", " VNA/VNS", " — VNA/VNS", " -VNA",
        " — Bizhub/VNS", "\n\nVNS", "\n\n— VNS", "\n\nSource: VNA"};
    private static final String[] BYLINES = {"By Thu Hằng", "By Nguyễn Văn An and Minh Anh", "By Lê Hương"};

    private final SplittableRandom random;
    private final List<String> paragraphs;

    /**
     * Creates a generator.
     *
     * @param seed the random seed
     */
    public SyntheticCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        this.paragraphs = seedParagraphs();
    }

    private static List<String> seedParagraphs() {
        List<String> texts = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (Paragraph paragraph : NewsWire.parse(seed).paragraphs()) {
                    texts.add(paragraph.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(texts);
    }

    /**
     * Returns the next wire file.
     *
     * @return the text, about 3 KB on average
     */
    public String next() {
        StringBuilder text = new StringBuilder(4096);
        int roll = random.nextInt(100);
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        if (roll == 0) {
            text.append(DATELINES[0]); // no preamble
        } else {
            text.append(" date ").append(roll == 1 ? "2024-02-30" : date.toString()).append(' ');
        }
        if (random.nextInt(10) == 0) {
            text.append(BYLINES[random.nextInt(BYLINES.length)]).append("\n\n");
        }
        if (random.nextInt(10) < 7 && roll != 0) {
            text.append(DATELINES[random.nextInt(DATELINES.length)]);
        }
        int count = 3 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        if (random.nextInt(20) != 0) {
            text.append(SIGN_OFFS[random.nextInt(SIGN_OFFS.length)]);
        }
        int lineEnds = random.nextInt(20);
        String result = text.toString();
        if (lineEnds == 0) {
            return result.replace("\n", "\r");
        }
        return lineEnds < 3 ? result.replace("\n", "\r\n") : result;
    }

    /**
     * Returns {@code count} wire files as UTF-8 bytes.
     *
     * @param count how many
     * @return the files
     */
    public List<byte[]> files(int count) {
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(next().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * Returns one article of about {@code size} bytes: a preamble, a dateline, seed paragraphs
     * until the size is reached, and a sign-off.
     *
     * @param size the size in bytes
     * @return the article as UTF-8
     */
    public byte[] article(int size) {
        StringBuilder text = new StringBuilder(size + 4096).append(" date 2024-11-14 LIMA – ");
        int i = 0;
        while (text.length() < size) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(paragraphs.get(i++ % paragraphs.size()));
        }
        return text.append(" VNS").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a corpus to disk, 1,000 files per folder.
     *
     * @param args the number of files, the target folder, and optionally the random seed
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus COUNT FOLDER [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        SyntheticCorpus corpus = new SyntheticCorpus(args.length > 2 ? Long.parseLong(args[2]) : 1L);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("%04d/%07d.txt", i / 1000, i));
            Files.createDirectories(file.getParent());
            byte[] content = corpus.next().getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            bytes += content.length;
        }
        System.err.printf("wrote %d files, %.1f MB, to %s%n", count, bytes / 1e6, folder);
    }
}
