package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
            char type = namesAndTexts[i].endsWith("@link") ? '2' : '0';
            String name = namesAndTexts[i].replace("@link", "");
            out.writeBytes(header(name, type, type == '2' ? 0 : data.length));
            if (type == '0') {
                out.writeBytes(data);
                out.writeBytes(new byte[(512 - data.length % 512) % 512]);
            }
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static byte[] header(String name, char type, long size) {
        byte[] header = new byte[512];
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, 0, bytes.length);
        byte[] octal = String.format("%011o", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, header, 124, octal.length);
        header[156] = (byte) type;
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 5);
        Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        byte[] checksum = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, header, 148, checksum.length);
        header[154] = 0;
        return header;
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
            for (String[] entry : new String[][] {{"a.txt", A}, {"b.xml", B}, {"bad.txt", " date 2024-02-30 x. VNS"}}) {
                out.putNextEntry(new ZipEntry(entry[0]));
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("export.zip"), zip.toByteArray());

        CliTest.Run all = CliTest.run("parse", "-q", "--include", "*.zip", "--include", "*.xml", corpus.toString());
        assertThat(all.outLines()).hasSize(1);
        assertThat(ArticleJson.fromJson(all.outLines().get(0)).source()).contains(corpus.resolve("export.zip")
                + "!/b.xml");

        CliTest.Run check = CliTest.run("check", corpus.toString());
        assertThat(check.outLines()).containsExactly(corpus.resolve("export.zip") + "!/bad.txt:1:7: error: invalid"
                + " date [2024-02-30]: February 2024 has 29 days [invalid-date]",
                "2 files checked: 1 with errors, 1 errors, 0 warnings");
    }
}
