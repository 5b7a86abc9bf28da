package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, messages, exit status. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = Main.run(args, out, new PrintWriter(err));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void parseWritesOneJsonLinePerSeedInPathOrder() {
        Run run = run("parse", "-q", "seeds");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        Article first = ArticleJson.fromJson(lines.get(0));
        Article second = ArticleJson.fromJson(lines.get(1));
        assertThat(first.source()).contains(Path.of("seeds", "000_fe963ccaa630d856.txt").toString());
        assertThat(first.paragraphs()).hasSize(11);
        assertThat(second.source()).contains(Path.of("seeds", "003_7daabe1ce4688c7f.txt").toString());
        assertThat(second.paragraphs()).hasSize(10);
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersAreStillWritten() throws IOException {
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xC3, '('});
        Files.copy(Path.of("seeds", "003_7daabe1ce4688c7f.txt"), dir.resolve("c.txt"));
        Files.writeString(dir.resolve("ignored.md"), "not a wire file");

        Run run = run("parse", "-q", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).isEqualTo(dir.resolve("b.txt")
                + ":1:7: error: invalid UTF-8 [C3 28] at byte 6: expected a UTF-8 sequence [malformed-utf8]\n");
    }

    @Test
    void eachKindOfBrokenFileGetsOneClearLineAndTheGoodOnesAreWritten() throws IOException {
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-malformed.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xE1, (byte) 0xBB});
        byte[] utf16 = " date 2024-11-14 Text. VNS".getBytes(StandardCharsets.UTF_16);
        Files.write(dir.resolve("c-utf16.txt"), utf16);
        Files.write(dir.resolve("d-binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Files.write(dir.resolve("e-too-large.txt"), new byte[16 * 1024 * 1024 + 1]);
        Files.writeString(dir.resolve("f-long-line.txt"), " date 2024-11-14 " + "x".repeat(1 << 21));
        Files.writeString(dir.resolve("g-empty.txt"), "");
        Files.copy(Path.of("seeds", "003_7daabe1ce4688c7f.txt"), dir.resolve("h-good.txt"));

        Run run = run("parse", "-q", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).extracting(line -> ArticleJson.fromJson(line).source().orElseThrow())
                .containsExactly(dir.resolve("a-good.txt").toString(), dir.resolve("g-empty.txt").toString(),
                        dir.resolve("h-good.txt").toString());
        assertThat(run.err().split("\n")).containsExactly(
                dir.resolve("b-malformed.txt") + ":1:7: error: invalid UTF-8 [E1 BB] at byte 6: expected a UTF-8"
                        + " sequence [malformed-utf8]",
                dir.resolve("c-utf16.txt") + ":1:1: error: invalid UTF-8 [FE FF] at byte 0: expected UTF-8 text,"
                        + " found a UTF-16 byte order mark; convert the file to UTF-8 [malformed-utf8]",
                dir.resolve("d-binary.txt") + ":1:8: error: binary input [00] at byte 7: expected UTF-8 text, found"
                        + " a NUL byte [binary-input]",
                dir.resolve("e-too-large.txt") + ":1:1: error: input too large [16777217 bytes]: expected at"
                        + " most 16777216 (option maxInputBytes) [input-too-large]",
                dir.resolve("f-long-line.txt") + ":1:1: error: line too long [2097169 chars]: expected at most"
                        + " 1048576 (option maxLineLength) [line-too-long]");
    }

    @Test
    void lenientParseKeepsDiagnosticsInTheJsonAndStrictParseFailsTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-date.txt"), " date 2024-02-30 Text. VNS");

        Run lenient = run("parse", file.toString());
        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).contains("\"code\":\"invalid-date\"");

        Run strict = run("parse", "-q", "--strict", file.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).isEqualTo(file + ":1:7: error: invalid date [2024-02-30]: February 2024 has 29 days"
                + " [invalid-date]\n");
    }

    @Test
    void aMissingPathIsReportedWithoutAStackTrace() {
        Run run = run("parse", "-q", dir.resolve("nope.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(dir.resolve("nope.txt") + ": error: no such file or directory [io-error]\n");
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path output = dir.resolve("out.jsonl");
        Run run = run("parse", "-q", "-o", output.toString(), "seeds");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).hasSize(2);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).containsExactly(output);
        }
    }

    @Test
    void aFailedOutputLeavesNoPartialFile() throws IOException {
        Path output = dir.resolve("missing-dir").resolve("out.jsonl");
        Run run = run("parse", "-q", "-o", output.toString(), "seeds");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(output + ": error: cannot write into " + output.getParent()
                + ": no such file or directory [io-error]\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void parseWritesNinjsOnRequest() {
        Run run = run("parse", "--format", "ninjs", "seeds");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("{\"uri\":\"urn:newswire:sha256:").contains("\"located\":\"LIMA\""));
        assertThat(run("parse", "--format", "xml", "seeds").status()).isEqualTo(2);
    }

    @Test
    void parseWritesSentencesOnRequest() {
        Run run = run("parse", "--sentences", "seeds");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"sentences\":[{\"text\":"));
        assertThat(run("parse", "seeds").out()).doesNotContain("\"sentences\"");
        Run both = run("parse", "--sentences", "--format", "ninjs", "seeds");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--sentences goes with --format json");
    }

    @Test
    void parallelRunsWriteTheSameRecordsInTheSameOrder() throws IOException {
        io.github.newswire.bench.SyntheticCorpus generator = new io.github.newswire.bench.SyntheticCorpus(11);
        for (int i = 0; i < 200; i++) {
            Path file = dir.resolve(String.format("%d/%03d.txt", i % 5, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.next());
        }
        Run one = run("parse", "-q", "-j", "1", dir.toString());
        Run four = run("parse", "-q", "-j", "4", dir.toString());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.outLines()).hasSize(200);
        List<String> sources = four.outLines().stream()
                .map(line -> ArticleJson.fromJson(line).source().orElseThrow()).toList();
        assertThat(sources.get(0)).isEqualTo(dir.resolve("0/000.txt").toString());
        assertThat(sources.get(199)).isEqualTo(dir.resolve("4/199.txt").toString());
    }

    @Test
    void filesFromAListInItsOrder() throws IOException {
        Path list = Files.writeString(dir.resolve("list"), "seeds/003_7daabe1ce4688c7f.txt\n\nseeds/000_fe963ccaa630d856.txt\n");
        Run run = run("parse", "-q", "--files-from", list.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).extracting(line -> ArticleJson.fromJson(line).date().orElseThrow().toString())
                .containsExactly("2024-11-15", "2024-11-14");
    }

    @Test
    void standardInputIsOneArticle() throws IOException {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of("seeds", "000_fe963ccaa630d856.txt")));
            Run run = run("parse", "-q", "-");
            assertThat(run.status()).isZero();
            Article article = ArticleJson.fromJson(run.outLines().get(0));
            assertThat(article.source()).contains("-");
            assertThat(article.paragraphs()).hasSize(11);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void gzipFilesAreReadTransparently() throws IOException {
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(dir.resolve("a.txt.gz")))) {
            out.write(Files.readAllBytes(Path.of("seeds", "003_7daabe1ce4688c7f.txt")));
        }
        Run run = run("parse", "-q", dir.toString());
        assertThat(run.status()).isZero();
        assertThat(ArticleJson.fromJson(run.outLines().get(0)).paragraphs()).hasSize(10);
    }

    @Test
    void failuresGoToTheErrorsFileAndTheSummaryCountsThem() throws IOException {
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xC3, '('});
        Path errors = dir.resolve("errors.jsonl");
        Run run = run("parse", "--errors", errors.toString(), dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(Files.readAllLines(errors)).containsExactly("{\"path\":\"" + dir.resolve("b.txt")
                + "\",\"code\":\"malformed-utf8\",\"message\":\"invalid UTF-8 [C3 28] at byte 6: expected a UTF-8"
                + " sequence\",\"line\":1,\"column\":7,\"offset\":6}");
        String[] stderr = run.err().split("\n");
        assertThat(stderr).hasSize(2);
        assertThat(stderr[1]).matches("newswire: 2 files, 1 articles, 0 warnings, 0 errors, 1 failed; [0-9.]+ MB in"
                + " [0-9.]+ s \\([0-9.]+ MB/s\\)");
    }

    @Test
    void aRunKilledHalfWayLeavesNoOutputFile() throws Exception {
        io.github.newswire.bench.SyntheticCorpus generator = new io.github.newswire.bench.SyntheticCorpus(5);
        Path input = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(input.resolve(String.format("%04d.txt", i)), generator.next());
        }
        Path output = dir.resolve("out.jsonl");
        Process process = CliProcess.command(List.of(), "parse", "-q", "-j", "1", "-o", output.toString(),
                input.toString(), input.toString(), input.toString(), input.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!hasPartialFile(dir) && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("still running when killed").isTrue();
        process.destroy(); // SIGTERM, as kill or Ctrl-C
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotExist();
        assertThat(hasPartialFile(dir)).isFalse();
        assertThat(Files.readString(dir.resolve("stderr.txt")))
                .contains(output + ": error: not written, the run was interrupted [io-error]");
    }

    private static boolean hasPartialFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    @Test
    void checkListsEveryProblemAndSummarises() throws IOException {
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), dir.resolve("a.txt"));
        Path bad = Files.writeString(dir.resolve("b.txt"), " date 2024-02-30 The story was first reported by VNS.");

        Run run = run("check", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                bad + ":1:7: error: invalid date [2024-02-30]: February 2024 has 29 days [invalid-date]",
                bad + ":1:54: warning: no sign-off [VNS.]: expected an agency credit such as \"VNS\" at the end of the"
                        + " last paragraph [missing-attribution]",
                "2 files checked: 1 with errors, 1 errors, 1 warnings");
    }

    @Test
    void checkPassesCleanFiles() {
        Run run = run("check", "seeds");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly("2 files checked: 0 with errors, 0 errors, 0 warnings");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("parse").status()).isEqualTo(2);
        assertThat(run("parse").err()).contains("Missing required parameter");
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("parse", "--no-such-option", "seeds").status()).isEqualTo(2);
        for (String command : new String[] {"parse", "check"}) {
            Run noThreads = run(command, "-j", "0", "seeds");
            assertThat(noThreads.status()).as(command).isEqualTo(2);
            assertThat(noThreads.err()).as(command).contains("--jobs must be at least 1, found 0");
        }
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("parse", "check");
        Run parseHelp = run("parse", "--help");
        assertThat(parseHelp.out()).contains("--strict", "--output", "PATH:LINE:COLUMN: error: MESSAGE [code]");
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out().trim()).matches("newswire \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
