package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.bench.TarWriter;
import io.github.newswire.json.ArticleJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives on the command line: read as directories, damage named once, links skipped with a warning. */
class ArchiveCliTest {

    private static final String A = " date 2024-11-14 HÀ NỘI — The first story. VNS";
    private static final String B = " date 2024-11-15 HCM CITY — The second story. VNS";

    @TempDir
    Path dir;

    private static byte[] tar(String... namesAndTexts) {
        TarWriter tar = new TarWriter();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            if (namesAndTexts[i].endsWith("@link")) {
                tar.entry(namesAndTexts[i].replace("@link", ""), '2', new byte[0], 0);
            } else {
                tar.file(namesAndTexts[i], namesAndTexts[i + 1]);
            }
        }
        return tar.bytes();
    }

    @Test
    void parseReadsArchivesAsDirectoriesAndNamesTheDamageOnce() throws IOException {
        byte[] tar = tar("one.txt", A, "two.txt", B, "link.txt@link", "");
        Path good = Files.write(dir.resolve("good.tar"), tar);
        Path cut = Files.write(dir.resolve("cut.tar"), Arrays.copyOf(tar, 1300));

        CliTest.Run run = CliTest.run("parse", "-q", good.toString(), cut.toString());

        List<String> sources = run.outLines().stream()
                .map(line -> ArticleJson.fromJson(line).source().orElseThrow()).toList();
        assertThat(sources).containsExactly(cut + "!/one.txt", good + "!/one.txt", good + "!/two.txt");
        assertThat(run.err().lines().toList()).containsExactly(
                cut + ": error: damaged archive at byte 1024: the archive ends inside a header; the entries before"
                        + " it were read [damaged-archive]",
                good + "!/link.txt: warning: a symbolic link, skipped [skipped-entry]");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void archivesInADirectoryFollowTheGlobsAndCheckReadsThemToo() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String[] entry : new String[][] {{"a.txt", A}, {"b.md", B}, {"bad.txt", " date 2024-02-30 x. VNS"}}) {
                out.putNextEntry(new ZipEntry(entry[0]));
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("export.zip"), zip.toByteArray());

        CliTest.Run all = CliTest.run("parse", "-q", "--include", "*.zip", "--include", "*.md", corpus.toString());
        assertThat(all.outLines()).hasSize(1);
        assertThat(ArticleJson.fromJson(all.outLines().get(0)).source()).contains(corpus.resolve("export.zip")
                + "!/b.md");

        CliTest.Run check = CliTest.run("check", corpus.toString());
        assertThat(check.outLines()).containsExactly(corpus.resolve("export.zip") + "!/bad.txt:1:7: error: invalid"
                + " date [2024-02-30]: February 2024 has 29 days [invalid-date]",
                "2 files checked: 1 with errors, 1 errors, 0 warnings");
    }

    @Test
    void aLargeArchiveIsReadInFlatMemory() throws Exception {
        // 200,000 entries in a tar.gz, parsed by the command line in a JVM with a 24 MB heap.
        Path archive = dir.resolve("large.tar.gz");
        byte[] text = A.getBytes(StandardCharsets.UTF_8);
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive), 1 << 16)) {
            for (int i = 0; i < 200_000; i++) {
                out.write(TarWriter.header(String.format("d%03d/%06d.txt", i / 1000, i), '0', text.length));
                out.write(text);
                out.write(TarWriter.padding(text.length));
            }
            out.write(new byte[1024]);
        }
        assertThat(CliProcess.recordsInSmallHeap(dir.resolve("stderr"), "parse", "-q", "-j", "2", archive.toString()))
                .isEqualTo(200_000);
    }
}
