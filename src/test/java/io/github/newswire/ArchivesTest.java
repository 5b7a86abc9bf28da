package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.bench.TarWriter;
import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.corpus.WireFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives as corpora: tar, tar.gz and zip read entry by entry, nested gzip and archives, damaged
 * and hostile archives, and flat memory for a large archive.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ArchivesTest {

    private static final String A = " date 2024-11-14 HÀ NỘI — The first story. VNS";
    private static final String B = " date 2024-11-15 HCM CITY — The second story. VNS";
    private static final String C = " date 2024-11-16 ĐÀ NẴNG — The third story. VNS";

    @TempDir
    Path dir;

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private List<FileResult> parse(Path archive) {
        try (Stream<FileResult> results = CorpusParser.builder(NewsWire.parser()).threads(2).build().parseArchive(archive)) {
            return results.toList();
        }
    }

    private static List<String> summary(List<FileResult> results) {
        List<String> lines = new ArrayList<>();
        for (FileResult result : results) {
            lines.add(result.path() + " " + result.article().map(a -> a.date().orElseThrow().toString())
                    .orElseGet(() -> result.failure().orElseThrow().toString()));
        }
        return lines;
    }

    @Test
    void eachKindOfArchiveGivesOneResultPerEntryInArchiveOrder() throws IOException {
        byte[] tar = new TarWriter().file("b/one.txt", A).file("a/two.txt", B).file("three.txt", C).bytes();
        Path plain = Files.write(dir.resolve("day.tar"), tar);
        Path gzipped = Files.write(dir.resolve("day.tgz"), gzip(tar));
        Path zipped = Files.write(dir.resolve("day.zip"), zip("b/one.txt", A, "a/two.txt", B, "three.txt", C));
        for (Path archive : List.of(plain, gzipped, zipped)) {
            assertThat(summary(parse(archive))).as(archive.toString()).containsExactly(
                    archive + "!/b/one.txt 2024-11-14", archive + "!/a/two.txt 2024-11-15",
                    archive + "!/three.txt 2024-11-16");
        }
    }

    @Test
    void aZipInsideGzipAndArchivesGivenAsStreamsAreRead() throws IOException {
        Path gzipped = Files.write(dir.resolve("export.zip.gz"), gzip(zip("one.txt", A)));
        try (Stream<FileResult> results = CorpusParser.builder(NewsWire.parser()).threads(1).build().parseAll(Stream.of(gzipped))) {
            assertThat(summary(results.toList())).containsExactly(gzipped + "!/one.txt 2024-11-14");
        }
        byte[] tar = new TarWriter().file("a.txt", A).file("b.txt", B).bytes();
        try (Stream<FileResult> results = CorpusParser.of(NewsWire.parser()).parseArchive(
                new java.io.ByteArrayInputStream(gzip(tar)), "feed.tgz")) {
            assertThat(summary(results.toList())).containsExactly("feed.tgz!/a.txt 2024-11-14",
                    "feed.tgz!/b.txt 2024-11-15");
        }
        try (Stream<FileResult> results = CorpusParser.of(NewsWire.parser()).parseArchive(
                new java.io.ByteArrayInputStream(A.getBytes(StandardCharsets.UTF_8)), "story.txt")) {
            assertThat(summary(results.toList())).containsExactly("story.txt cannot read the archive: not an"
                    + " archive: expected a tar, tar.gz or zip archive [io-error]");
        }
    }

    @Test
    void paxAndGnuLongNamesAreRead() throws IOException {
        // pax records count bytes: a non-ASCII path makes byte and character counts differ.
        String path = "tin/Hà Nội ữ " + "x".repeat(120) + ".txt";
        String record = " path=" + path + "\n";
        int length = record.getBytes(StandardCharsets.UTF_8).length;
        length += String.valueOf(length + String.valueOf(length).length()).length();
        byte[] pax = (length + record).getBytes(StandardCharsets.UTF_8);
        assertThat(pax.length).isEqualTo(length);
        String longName = "gnu/" + "y".repeat(150) + ".txt";
        byte[] tar = new TarWriter().entry("PaxHeaders/x", 'x', pax, pax.length).file("short-a.txt", A)
                .entry("././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8), longName.length() + 1)
                .file("short-b.txt", B).file("plain.txt", C).bytes();
        Path archive = Files.write(dir.resolve("names.tar"), tar);
        assertThat(summary(parse(archive))).containsExactly(archive + "!/" + path + " 2024-11-14",
                archive + "!/" + longName + " 2024-11-15", archive + "!/plain.txt 2024-11-16");
    }

    @Test
    void nestedGzipEntriesAndNestedArchivesAreRead() throws IOException {
        byte[] inner = new TarWriter().file("inner.txt", B).bytes();
        byte[] tar = new TarWriter().file("one.txt.gz", gzip(A.getBytes(StandardCharsets.UTF_8)))
                .file("inner.tar.gz", gzip(inner))
                .file("inner.zip", zip("z.txt", C)).bytes();
        Path archive = Files.write(dir.resolve("day.tar"), tar);
        assertThat(summary(parse(archive))).containsExactly(archive + "!/one.txt.gz 2024-11-14",
                archive + "!/inner.tar.gz!/inner.txt 2024-11-15", archive + "!/inner.zip!/z.txt 2024-11-16");
    }

    @Test
    void aDamagedArchiveInsideAnArchiveEndsOnlyItself() throws IOException {
        byte[] inner = new TarWriter().file("inner-a.txt", B).file("inner-b.txt", C).bytes();
        byte[] tar = new TarWriter().file("a.txt", A).file("inner.tar", Arrays.copyOf(inner, 700))
                .file("b.txt", B).bytes();
        Path archive = Files.write(dir.resolve("outer.tar"), tar);
        List<String> results = summary(parse(archive));
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo(archive + "!/a.txt 2024-11-14");
        assertThat(results.get(1)).startsWith(archive + "!/inner.tar damaged archive at byte 0: the archive ends"
                + " inside an entry");
        assertThat(results.get(2)).isEqualTo(archive + "!/b.txt 2024-11-15");
    }

    @Test
    void gnuHeadersKeepTheirTimesOutOfTheName() throws IOException {
        byte[] header = TarWriter.header("a.txt", '0', A.getBytes(StandardCharsets.UTF_8).length);
        // GNU's magic "ustar  \0" and an access time where POSIX has the name prefix.
        header[262] = ' ';
        header[263] = ' ';
        header[264] = 0;
        byte[] atime = "14563102131".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(atime, 0, header, 345, atime.length);
        Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        byte[] checksum = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, header, 148, checksum.length);
        header[154] = 0;
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        tar.writeBytes(header);
        tar.writeBytes(A.getBytes(StandardCharsets.UTF_8));
        tar.writeBytes(TarWriter.padding(A.getBytes(StandardCharsets.UTF_8).length));
        tar.writeBytes(new byte[1024]);
        Path archive = Files.write(dir.resolve("gnu.tar"), tar.toByteArray());
        assertThat(summary(parse(archive))).containsExactly(archive + "!/a.txt 2024-11-14");
    }

    @Test
    void anInterruptedCallerStillGetsEveryResultWithOneThread() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), A);
        }
        Thread.currentThread().interrupt();
        try (Stream<FileResult> results = CorpusParser.builder(NewsWire.parser()).threads(1).build().parseAll(WireFiles.walk(dir))) {
            assertThat(results.count()).isEqualTo(40);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void archivesNestedTooDeepStopThereWithAWarning() throws IOException {
        byte[] level = new TarWriter().file("deep.txt", A).bytes();
        for (int i = 0; i < 4; i++) {
            level = new TarWriter().file("level" + i + ".tar", level).bytes();
        }
        List<FileResult> results = parse(Files.write(dir.resolve("deep.tar"), level));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).failure().orElseThrow().code()).isEqualTo(FileFailure.SKIPPED_ENTRY);
        assertThat(results.get(0).failure().orElseThrow().message()).contains("nested more than 3 levels deep");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 511, 512, 700, 1024, 1100, 1536, 1600})
    void aTruncatedTarGivesEveryEntryBeforeTheDamageAndNamesItOnce(int cut) throws IOException {
        byte[] tar = new TarWriter().file("one.txt", A).file("two.txt", B).bytes();
        Path archive = Files.write(dir.resolve("cut.tar"), Arrays.copyOf(tar, cut));
        List<FileResult> results = parse(archive);
        int whole = cut >= 1024 ? 1 : 0; // entries end at 1024 and 2048
        assertThat(results).hasSize(whole + 1);
        for (int i = 0; i < whole; i++) {
            assertThat(results.get(i).article()).isPresent();
        }
        FileFailure damage = results.get(whole).failure().orElseThrow();
        assertThat(damage.code()).isEqualTo(FileFailure.DAMAGED_ARCHIVE);
        assertThat(damage.message()).startsWith("damaged archive at byte ").endsWith("the entries before it were read");
        assertThat(results.get(whole).path()).isEqualTo(archive);
    }

    @Test
    void aCorruptHeaderATruncatedGzipAndAZipWithoutItsDirectoryAreDamage() throws IOException {
        byte[] tar = new TarWriter().file("one.txt", A).file("two.txt", B).bytes();
        byte[] corrupt = tar.clone();
        corrupt[1024 + 10] ^= 0x55;
        List<FileResult> header = parse(Files.write(dir.resolve("corrupt.tar"), corrupt));
        assertThat(summary(header)).containsExactly(dir.resolve("corrupt.tar") + "!/one.txt 2024-11-14",
                dir.resolve("corrupt.tar") + " damaged archive at byte 1024: a tar header whose checksum does not"
                        + " match; the entries before it were read [damaged-archive]");

        byte[] gz = gzip(tar);
        List<FileResult> gzip = parse(Files.write(dir.resolve("cut.tar.gz"), Arrays.copyOf(gz, gz.length - 30)));
        assertThat(gzip.get(gzip.size() - 1).failure().orElseThrow().code()).isEqualTo(FileFailure.DAMAGED_ARCHIVE);

        byte[] zip = zip("one.txt", A, "two.txt", B);
        List<FileResult> zipped = parse(Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, zip.length / 2)));
        assertThat(zipped).isNotEmpty();
        assertThat(zipped.get(zipped.size() - 1).failure().orElseThrow().code()).isIn(FileFailure.DAMAGED_ARCHIVE,
                FileFailure.IO_ERROR);
    }

    @Test
    void hostileArchivesAreReadWithoutTouchingTheFileSystem() throws IOException {
        byte[] zeros = new byte[40 * 1024 * 1024];
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            zip.write(zeros);
            zip.closeEntry();
        }
        byte[] tar = new TarWriter().file("../../escape.txt", A).file("/etc/absolute.txt", B)
                .entry("link.txt", '2', new byte[0], 0)
                .file("bomb.zip", bomb.toByteArray())
                .entry("huge.txt", '0', new byte[0], 8L * 1024 * 1024 * 1024).bytes();
        Path archive = Files.write(dir.resolve("hostile.tar"), tar);
        List<String> before;
        try (Stream<Path> files = Files.walk(dir)) {
            before = files.map(Path::toString).sorted().toList();
        }
        List<FileResult> results = parse(archive);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString).sorted().toList()).as("nothing extracted").isEqualTo(before);
        }
        // Where an extraction of "../../escape.txt" would have landed, from here or from the archive's folder.
        for (Path base : List.of(dir, dir.getParent(), Path.of("").toAbsolutePath())) {
            assertThat(base.resolve("../../escape.txt").normalize()).doesNotExist();
        }
        assertThat(summary(results)).containsExactly(
                archive + "!/../../escape.txt 2024-11-14",
                archive + "!/etc/absolute.txt 2024-11-15",
                archive + "!/link.txt a symbolic link, skipped [skipped-entry]",
                archive + "!/bomb.zip!/bomb.txt input too large [16777217 bytes decompressed]: expected at most"
                        + " 16777216 (option maxInputBytes) [input-too-large]",
                archive + " damaged archive at byte " + (tar.length - 1536) + ": the archive ends inside an entry;"
                        + " the entries before it were read [damaged-archive]");
    }

    @Test
    void parseAllReadsArchivesByNameAndByContentInTheirPlace() throws IOException {
        Files.writeString(dir.resolve("a.txt"), A);
        Files.write(dir.resolve("b.tar"), new TarWriter().file("inside.txt", B).bytes());
        Files.write(dir.resolve("c.txt"), new TarWriter().file("disguised.txt", C).bytes());
        Files.writeString(dir.resolve("d.txt"), A);
        for (int threads : new int[] {1, 3}) {
            List<FileResult> results;
            try (Stream<FileResult> all = CorpusParser.builder(NewsWire.parser()).threads(threads).build().parseAll(WireFiles.walk(dir))) {
                results = all.toList();
            }
            assertThat(results).extracting(r -> dir.relativize(r.path()).toString()).as("threads " + threads)
                    .containsExactly("a.txt", "b.tar!/inside.txt", "c.txt!/disguised.txt", "d.txt");
        }
        FileResult single = CorpusParser.of(NewsWire.parser()).parseFile(dir.resolve("b.tar"));
        assertThat(single.failure().orElseThrow().code()).isEqualTo(FileFailure.ARCHIVE);
    }

    @Test
    void parseStreamReadsFilesAndArchivesByNameAndByContentAndClosesWhatItRead() throws IOException {
        byte[] tar = new TarWriter().file("inside.txt", B).file("x/more.txt", C).bytes();
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("a.txt", A.getBytes(StandardCharsets.UTF_8));
        inputs.put("b.tar", tar);
        inputs.put("c.txt", tar);
        inputs.put("d.txt.gz", gzip(A.getBytes(StandardCharsets.UTF_8)));
        inputs.put("e.tar.gz", gzip(tar));
        inputs.put("f.txt", new byte[] {0, 1, 2, 3});
        List<String> lines = new ArrayList<>();
        List<Boolean> closed = new ArrayList<>();
        for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
            boolean[] wasClosed = {false};
            InputStream in = new ByteArrayInputStream(input.getValue()) {
                @Override
                public void close() {
                    wasClosed[0] = true;
                }
            };
            try (Stream<FileResult> results = CorpusParser.of(NewsWire.parser()).parseStream(in, input.getKey())) {
                lines.addAll(summary(results.toList()));
            }
            closed.add(wasClosed[0]);
        }
        assertThat(lines).containsExactly("a.txt 2024-11-14", "b.tar!/inside.txt 2024-11-15",
                "b.tar!/x/more.txt 2024-11-16", "c.txt!/inside.txt 2024-11-15", "c.txt!/x/more.txt 2024-11-16",
                "d.txt.gz 2024-11-14", "e.tar.gz!/inside.txt 2024-11-15", "e.tar.gz!/x/more.txt 2024-11-16",
                "f.txt 1:1: binary input [00] at byte 0: expected UTF-8 text, found a NUL byte [binary-input]");
        assertThat(closed).containsOnly(true);
    }

    @Test
    void entriesAreSelectedByTheWalkersGlobs() throws IOException {
        Path archive = Files.write(dir.resolve("day.zip"), zip("keep.txt", A, "photo.jpg", "not text",
                "story.md", B));
        try (Stream<FileResult> results = CorpusParser.builder(NewsWire.parser()).threads(1).entries(WireFiles.walker().include(List.of("*.txt", "*.md"))::matches).build().parseAll(Stream.of(archive), r -> r)) {
            assertThat(results.map(r -> r.path().getFileName().toString()).toList())
                    .containsExactly("keep.txt", "story.md");
        }
        assertThat(summary(parse(archive))).containsExactly(archive + "!/keep.txt 2024-11-14");
    }

}
