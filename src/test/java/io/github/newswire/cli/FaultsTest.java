package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newswire.NewsWire;
import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.corpus.WireFiles;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.parser.WireParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus tool under the faults of the machine around it: devices, FIFOs and links as
 * output, link loops, closed pipes, full disks, files that change while read, folders that
 * cannot be listed or vanish. In each case nothing is destroyed, nothing read twice, every good
 * record written and every failure named once.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FaultsTest {

    private static final String SEED = "seeds/000_fe963ccaa630d856.txt";
    private static final String OTHER_SEED = "seeds/003_7daabe1ce4688c7f.txt";

    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of(SEED), corpus.resolve("a.txt"));
        Files.copy(Path.of(OTHER_SEED), corpus.resolve("b.txt"));
        return corpus;
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    }

    // ---- -o: devices, FIFOs, links, folders

    @Test
    void aCharacterDeviceIsWrittenInPlaceNotReplaced() throws Exception {
        // Our own node for /dev/null's device (1, 3), so that a regression cannot harm the real one.
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
        assumeTrue(mknod.waitFor() == 0, "mknod needs root");
        CliTest.Run run = run("parse", "-q", "-o", device.toString(), corpus().toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readAttributes(device, java.nio.file.attribute.BasicFileAttributes.class).isOther())
                .as("still a device").isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(device, dir.resolve("corpus"));
        }
    }

    @Test
    void aFifoHandsTheRecordsToItsReader() throws Exception {
        Path fifo = dir.resolve("records");
        mkfifo(fifo);
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllLines(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CliTest.Run run = run("parse", "-q", "-o", fifo.toString(), corpus().toString());
        assertThat(run.status()).isZero();
        assertThat(reader.get(1, TimeUnit.MINUTES)).hasSize(2)
                .allSatisfy(line -> assertThat(ArticleJson.fromJson(line).date()).isPresent());
        assertThat(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther())
                .as("still a FIFO").isTrue();
    }

    @Test
    void aSymbolicLinkIsKeptAndItsTargetWrittenAtomicallyWithItsPermissions() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = Files.writeString(elsewhere.resolve("out.jsonl"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("elsewhere", "out.jsonl"));

        CliTest.Run run = run("parse", "-q", "-o", link.toString(), corpus().toString());

        assertThat(run.status()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(target)).hasSize(2).doesNotContain("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("new.jsonl"));
        CliTest.Run run = run("parse", "-q", "-o", link.toString(), corpus().toString());
        assertThat(run.status()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(dir.resolve("new.jsonl"))).hasSize(2);
    }

    @Test
    void aDirectoryAsOutputIsOneClearErrorAndNoWork() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        CliTest.Run run = run("parse", "-q", "-o", folder.toString(), corpus().toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(folder + ": error: cannot write: is a directory [io-error]\n");
    }

    @Test
    void aFolderWeCannotWriteIntoIsAnErrorBeforeAnyWork() throws Exception {
        Path sandbox = openSandbox();
        Path closed = Files.createDirectories(sandbox.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path output = closed.resolve("out.jsonl");
        CliResult result = asUnprivileged(sandbox, "parse", "-o", output.toString(), corpusIn(sandbox).toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(output + ": error: cannot write into " + closed
                + ": permission denied [io-error]\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFolderThatVanishesMidRunIsOneLineAndNoFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path output = folder.resolve("out.jsonl");
        Path list = dir.resolve("list");
        mkfifo(list);
        Path corpus = corpus();
        CompletableFuture<CliTest.Run> run = CompletableFuture.supplyAsync(() ->
                run("parse", "-q", "-j", "1", "--files-from", list.toString(), "-o", output.toString()));
        try (Writer writer = Files.newBufferedWriter(list)) {
            writer.write(corpus.resolve("a.txt") + "\n");
            writer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasPartialFile(folder) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(hasPartialFile(folder)).as("the run has started writing").isTrue();
            deleteTree(folder);
            writer.write(corpus.resolve("b.txt") + "\n");
        }
        CliTest.Run done = run.get(1, TimeUnit.MINUTES);
        assertThat(done.status()).isEqualTo(1);
        assertThat(done.err()).isEqualTo(output + ": error: not written: the folder " + folder
                + " is gone [io-error]\n");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFailedWriteIsOneLineAndLeavesTheOldFile() throws IOException {
        // /dev/full's device (1, 7) behind a link: writes fail with "no space left on device".
        Path full = dir.resolve("full");
        try {
            Process mknod = new ProcessBuilder("mknod", full.toString(), "c", "1", "7").start();
            assumeTrue(mknod.waitFor() == 0, "mknod needs root");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        CliTest.Run run = run("parse", "-o", full.toString(), corpus().toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(full + ": error: cannot write: no space left on device [io-error]\n");
    }

    // ---- standard output: a closed pipe, a full device

    @Test
    void aReaderThatClosesThePipeEndsTheRunQuicklyAndQuietly() throws Exception {
        // After many files, a FIFO nobody writes: a run that went on after the pipe closed would
        // block on it forever (and fail the wait below) instead of ending.
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        byte[] seed = Files.readAllBytes(Path.of(SEED));
        for (int i = 0; i < 2000; i++) {
            Files.write(corpus.resolve(String.format("%04d.txt", i)), seed);
        }
        mkfifo(corpus.resolve("9999.txt"));
        Path list = dir.resolve("list");
        try (Stream<Path> files = Files.list(corpus)) {
            Files.write(list, files.map(Path::toString).sorted().toList());
        }
        for (String jobs : new String[] {"1", "2"}) {
            Process process = CliProcess.command(List.of(), "parse", "-j", jobs, "--files-from", list.toString())
                    .redirectError(dir.resolve("stderr").toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(ArticleJson.fromJson(out.readLine()).date()).isPresent();
            }
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended).as("-j %s: ended after the reader went away", jobs).isTrue();
            assertThat(process.exitValue()).as("-j " + jobs).isEqualTo(Main.EXIT_BROKEN_PIPE);
            assertThat(Files.readString(dir.resolve("stderr"))).as("-j " + jobs).isEmpty();
        }
    }

    @Test
    void aFullStandardOutputIsOneLineAndExitOne() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull), "Linux's /dev/full");
        Process process = CliProcess.command(List.of(), "parse", corpus().toString())
                .redirectOutput(devFull.toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("stderr"))).isEqualTo(
                "newswire: error: cannot write to standard output: no space left on device [io-error]\n");
    }

    @Test
    void anOutputThatFailsInProcessIsReportedOnce() throws IOException {
        for (String reason : new String[] {"No space left on device", "Broken pipe"}) {
            OutputStream failing = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException(reason);
                }
            };
            StringWriter err = new StringWriter();
            int status = Main.run(new String[] {"parse", "-q", corpus().toString()}, failing, new PrintWriter(err));
            if (reason.equals("Broken pipe")) {
                assertThat(status).isEqualTo(Main.EXIT_BROKEN_PIPE);
                assertThat(err.toString()).isEmpty();
            } else {
                assertThat(status).isEqualTo(1);
                assertThat(err.toString()).isEqualTo(
                        "newswire: error: cannot write to standard output: no space left on device [io-error]\n");
            }
            deleteTree(dir.resolve("corpus"));
        }
    }

    // ---- directory walks: links, loops, unreadable folders, files that change

    @Test
    void aLinkToTheParentDoesNotMakeFilesBeReadTwice() throws IOException {
        Path corpus = corpus();
        Files.createSymbolicLink(corpus.resolve("back"), Path.of(".."));
        CliTest.Run plain = run("parse", "-q", corpus.toString());
        assertThat(plain.status()).isZero();
        assertThat(plain.outLines()).hasSize(2);
        assertThat(plain.err()).isEmpty();

        CliTest.Run followed = run("parse", "-q", "--follow", corpus.toString());
        assertThat(followed.status()).isZero();
        assertThat(followed.outLines()).hasSize(2);
        assertThat(followed.err()).isEqualTo(corpus.resolve("back").resolve("corpus")
                + ": warning: symbolic link loop: leads back to " + corpus + ", not followed [symlink-loop]\n");
    }

    @Test
    void followedLinksReadEachDirectoryOnceAndLinksToFilesAreRead() throws IOException {
        Path corpus = corpus();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(Path.of(SEED), outside.resolve("c.txt"));
        Files.createSymbolicLink(corpus.resolve("d-outside"), outside);
        Files.createSymbolicLink(corpus.resolve("e-again"), outside);
        Files.createSymbolicLink(corpus.resolve("f.txt"), corpus.resolve("a.txt"));

        CliTest.Run plain = run("parse", "-q", corpus.toString());
        assertThat(plain.outLines()).extracting(line -> ArticleJson.fromJson(line).source().orElseThrow())
                .containsExactly(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(),
                        corpus.resolve("f.txt").toString());

        CliTest.Run followed = run("parse", "-q", "-L", corpus.toString());
        assertThat(followed.outLines()).extracting(line -> ArticleJson.fromJson(line).source().orElseThrow())
                .containsExactly(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(),
                        corpus.resolve("d-outside/c.txt").toString(), corpus.resolve("f.txt").toString());
        assertThat(followed.err()).isEqualTo(corpus.resolve("e-again") + ": warning: already walked as "
                + corpus.resolve("d-outside") + ", not followed [already-walked]\n");
    }

    @Test
    void theLibraryWalkFollowsTheSameRules() throws IOException {
        Path corpus = corpus();
        Files.createSymbolicLink(corpus.resolve("back"), Path.of(".."));
        try (Stream<Path> files = WireFiles.walk(corpus)) {
            assertThat(files).containsExactly(corpus.resolve("a.txt"), corpus.resolve("b.txt"));
        }
        List<WireFiles.Problem> problems = new ArrayList<>();
        try (Stream<Path> files = WireFiles.walker().followLinks(true).onProblem(problems::add).walk(corpus)) {
            assertThat(files).containsExactly(corpus.resolve("a.txt"), corpus.resolve("b.txt"));
        }
        assertThat(problems).extracting(WireFiles.Problem::code).containsExactly(WireFiles.Problem.SYMLINK_LOOP);
    }

    @Test
    void aFifoInAWalkIsSkippedWithAWarningNotReadForever() throws Exception {
        Path corpus = corpus();
        mkfifo(corpus.resolve("c.txt"));
        CliTest.Run run = run("parse", "-q", corpus.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).isEqualTo(corpus.resolve("c.txt") + ": warning: not a regular file (a device, FIFO"
                + " or socket), skipped; name it explicitly to read it [not-a-file]\n");
    }

    @Test
    void anUnreadableFolderDeepInTheTreeIsNamedOnceAndTheRestIsRead() throws Exception {
        Path sandbox = openSandbox();
        Path corpus = corpusIn(sandbox);
        Path deep = Files.createDirectories(corpus.resolve("x/y/z"));
        Files.copy(Path.of(SEED), deep.resolve("hidden.txt"));
        Files.copy(Path.of(OTHER_SEED), corpus.resolve("x/y/after.txt"));
        Files.setPosixFilePermissions(deep, PosixFilePermissions.fromString("---------"));

        CliResult parse = asUnprivileged(sandbox, "parse", "-q", corpus.toString());
        assertThat(parse.status()).isEqualTo(1);
        assertThat(parse.out().lines().map(line -> ArticleJson.fromJson(line).source().orElseThrow()))
                .containsExactly(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(),
                        corpus.resolve("x/y/after.txt").toString());
        assertThat(parse.err()).isEqualTo(deep + ": error: cannot list: permission denied [io-error]\n");

        CliResult check = asUnprivileged(sandbox, "check", "-q", corpus.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(deep + ": error: cannot list: permission denied [io-error]\n"
                + "3 files checked: 1 with errors, 1 errors, 0 warnings\n");
    }

    @Test
    void aFileReplacedByADirectoryBetweenListingAndReadingIsOneFailure() throws IOException {
        Path corpus = corpus();
        WireParser parser = NewsWire.parser();
        try (Stream<Path> walk = WireFiles.walk(corpus)) {
            Iterator<Path> files = walk.iterator();
            Path first = files.next();
            Path second = files.next();
            Files.delete(second);
            Files.createDirectory(second);
            assertThat(CorpusParser.of(parser).parseFile(first).article()).isPresent();
            FileResult replaced = CorpusParser.of(parser).parseFile(second);
            assertThat(replaced.failure().orElseThrow()).hasToString("cannot read: is a directory [io-error]");
            assertThat(files.hasNext()).isFalse();
        }
        Path list = Files.writeString(dir.resolve("list"), corpus.resolve("b.txt") + "\n" + corpus.resolve("a.txt"));
        CliTest.Run listed = run("parse", "-q", "--files-from", list.toString());
        assertThat(listed.outLines()).hasSize(1);
        assertThat(listed.err()).isEqualTo(corpus.resolve("b.txt") + ": error: cannot read: is a directory"
                + " [io-error]\n");
    }

    @Test
    void aFileThatShrinksAndGrowsWhileReadNeverBreaksTheRun() throws Exception {
        Path corpus = corpus();
        Path changing = corpus.resolve("changing.txt");
        byte[] longText = Files.readAllBytes(Path.of(SEED));
        byte[] shortText = " date 2024-11-14 HÀ NỘI — Short. VNS".getBytes(StandardCharsets.UTF_8);
        Files.write(changing, longText);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int changes = 0;
            try (FileChannel channel = FileChannel.open(changing, StandardOpenOption.WRITE)) {
                while (!stop.get()) {
                    byte[] text = changes % 2 == 0 ? shortText : longText;
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(text), 0);
                    changes++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return changes;
        });
        WireParser parser = NewsWire.parser();
        int parsed = 0;
        try {
            for (int i = 0; i < 3000; i++) {
                FileResult result = CorpusParser.of(parser).parseFile(changing);
                // Cut anywhere, the bytes are still UTF-8 up to a possibly split last character.
                if (result.article().isPresent()) {
                    parsed++;
                    assertThat(result.size()).isLessThanOrEqualTo(longText.length);
                } else {
                    assertThat(result.failure().orElseThrow().code()).isEqualTo("malformed-utf8");
                }
            }
            CliTest.Run run = run("parse", "-q", "-j", "2", corpus.toString(), corpus.toString());
            assertThat(run.outLines().size() + run.err().lines().count()).as("one outcome per file").isEqualTo(6);
        } finally {
            stop.set(true);
        }
        assertThat(writer.get(1, TimeUnit.MINUTES)).as("the file changed while it was read").isPositive();
        assertThat(parsed).isPositive();
    }

    // ---- scale: a huge directory and a huge list in flat memory

    @Test
    void aHundredThousandFileDirectoryAndAMillionLineListRunInASmallHeap() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("flat"));
        byte[] text = " date 2024-11-14 HÀ NỘI — Short. VNS".getBytes(StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            String name = String.format("%06d.txt", i);
            Files.write(corpus.resolve(name), text);
            names.add(corpus.resolve(name).toString());
        }
        Path list = dir.resolve("list");
        try (Writer writer = Files.newBufferedWriter(list)) {
            for (int round = 0; round < 10; round++) {
                for (String name : names) {
                    writer.write(name);
                    writer.write('\n');
                }
            }
        }
        names.clear();
        // 24 MB of heap: holding the list (1,000,000 paths) or the records would not fit.
        assertThat(CliProcess.recordsInSmallHeap(dir.resolve("stderr"), "parse", "-q", "-j", "2", corpus.toString())).isEqualTo(100_000);
        assertThat(CliProcess.recordsInSmallHeap(dir.resolve("stderr"), "parse", "-q", "-j", "2", "--files-from", list.toString()))
                .isEqualTo(1_000_000);
    }

    // ---- check takes parse's inputs

    @Test
    void checkTakesTheSameInputsAsParse() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("c.wire"), " date 2024-02-30 Text. VNS");
        Path list = Files.writeString(dir.resolve("list"), corpus.resolve("c.wire") + "\n");

        CliTest.Run included = run("check", "--include", "*.wire", corpus.toString());
        assertThat(included.outLines()).containsExactly(corpus.resolve("c.wire")
                + ":1:7: error: invalid date [2024-02-30]: February 2024 has 29 days [invalid-date]",
                "1 files checked: 1 with errors, 1 errors, 0 warnings");

        CliTest.Run excluded = run("check", "--exclude", "a*", corpus.toString());
        assertThat(excluded.outLines()).containsExactly("1 files checked: 0 with errors, 0 errors, 0 warnings");

        CliTest.Run listed = run("check", "--files-from", list.toString());
        assertThat(listed.status()).isEqualTo(1);
        assertThat(listed.outLines()).hasSize(2).last().isEqualTo("1 files checked: 1 with errors, 1 errors, 0 warnings");

        InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(SEED)));
            CliTest.Run standardInput = run("check", "-");
            assertThat(standardInput.outLines()).containsExactly("1 files checked: 0 with errors, 0 errors, 0 warnings");
        } finally {
            System.setIn(stdin);
        }
    }

    // ---- helpers

    /** What a process printed and its status. */
    record CliResult(int status, String out, String err) {
    }

    /**
     * A folder open to all users, for tests that need a user whom permissions stop: as root they
     * run the tool as {@code nobody}; otherwise as this user.
     */
    private Path openSandbox() throws IOException {
        Path sandbox = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "newswire-faults");
        Files.setPosixFilePermissions(sandbox, PosixFilePermissions.fromString("rwxr-xr-x"));
        sandboxes.add(sandbox);
        return sandbox;
    }

    private final List<Path> sandboxes = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeSandboxes() throws IOException {
        for (Path sandbox : sandboxes) {
            try (Stream<Path> paths = Files.walk(sandbox)) {
                paths.filter(Files::isDirectory).forEach(folder -> folder.toFile().setWritable(true));
            }
            try (Stream<Path> paths = Files.walk(sandbox)) {
                paths.filter(Files::isDirectory).forEach(folder -> {
                    try {
                        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            deleteTree(sandbox);
        }
    }

    private static Path corpusIn(Path sandbox) throws IOException {
        Path corpus = Files.createDirectories(sandbox.resolve("corpus"));
        Files.copy(Path.of(SEED), corpus.resolve("a.txt"));
        Files.copy(Path.of(OTHER_SEED), corpus.resolve("b.txt"));
        CliProcess.openToAll(corpus);
        return corpus;
    }

    /** Runs the tool as a user that permissions stop: {@code nobody} when we are root. */
    private CliResult asUnprivileged(Path sandbox, String... args) throws Exception {
        if (!CliProcess.runningAsRoot()) {
            CliTest.Run run = run(args);
            return new CliResult(run.status(), run.out(), run.err());
        }
        Path out = sandbox.resolve("stdout");
        Path err = sandbox.resolve("stderr");
        Process process = CliProcess.asNobody(sandbox.resolve("tool"), args)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new CliResult(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean hasPartialFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
