package io.github.newswire.cli;

import io.github.newswire.Article;
import io.github.newswire.Diagnostic;
import io.github.newswire.FileFailure;
import io.github.newswire.FileResult;
import io.github.newswire.SentenceSegmenter;
import io.github.newswire.Severity;
import io.github.newswire.WireParseException;
import io.github.newswire.WireParser;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.json.JsonLinesWriter;
import io.github.newswire.json.NinjsWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswire parse}: one JSON line per article, for one file or millions. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parse wire files into JSON Lines, one article per line, in sorted path order, on several threads.",
            "A file that cannot be parsed is reported on standard error as",
            "PATH:LINE:COLUMN: error: MESSAGE [code]; the others are still written.",
            "Exit status: 0 when every file parsed, 1 when any failed, 2 for a usage error."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--strict", description = "Fail a file on its first error instead of recording it in the JSON.")
    private boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a failed or interrupted run leaves no partial FILE) instead of"
                    + " standard output.")
    private Path output;

    /** The output formats of {@code --format}. */
    enum Format {
        json, ninjs
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (newswire's own shape, the default) or ninjs (IPTC ninjs 2.2), one document per line.")
    private Format format;

    @Option(names = "--sentences",
            description = "Give each paragraph its sentences, with their offsets (--format json only).")
    private boolean sentences;

    @Mixin
    private JobsOption threads;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In directories, read files whose names match GLOB (repeatable; default *.txt and *.txt.gz).")
    private List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "In directories, skip files whose names match GLOB (repeatable).")
    private List<String> excludes = List.of();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also read the files named in LIST, one path a line, in that order (- for standard input).")
    private Path filesFrom;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write one JSON line per failed file (path, code, message, line, column, offset) to FILE.")
    private Path errors;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no summary on standard error; problems are still reported.")
    private boolean quiet;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Wire files, - for standard input, or directories to search for *.txt and *.txt.gz files"
                    + " at any depth.")
    private List<Path> paths = List.of();

    @Override
    public Integer call() throws IOException {
        if (sentences && format == Format.ninjs) {
            throw new ParameterException(spec.commandLine(), "--sentences goes with --format json: ninjs has no sentences");
        }
        if (paths.isEmpty() && filesFrom == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: expected PATH or --files-from");
        }
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs(paths, filesFrom, includes.isEmpty() ? Inputs.DEFAULT_INCLUDES : includes, excludes);
        WireParser parser = WireParser.builder().strict(strict).build();
        Run run = new Run(parser, inputs, err);
        if (output == null) {
            run.writeAll(main.data());
        } else {
            try {
                AtomicFile.write(output, run::writeAll, err);
            } catch (IOException | UncheckedIOException e) {
                err.println(ProblemLines.ioError(output, "cannot write: " + Inputs.reason(e)));
                return Main.EXIT_FAILED;
            }
        }
        if (!quiet) {
            err.println(run.summary());
        }
        return run.failed() == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private JsonLinesWriter jsonLinesWriter(OutputStream out) {
        if (format == Format.ninjs) {
            return NinjsWriter.standard().jsonLinesWriter(out);
        }
        return sentences ? ArticleJson.jsonLinesWriter(out, SentenceSegmenter.standard()) : ArticleJson.jsonLinesWriter(out);
    }

    /** One file's outcome with the work done on the parsing thread: its JSON line. */
    private record Done(FileResult result, byte[] json) {
    }

    /**
     * Each parsing thread's JSON writer, reused from file to file: a writer of its own per file
     * would cost more than the file's JSON.
     */
    private final ThreadLocal<LineBuffer> lineBuffers = ThreadLocal.withInitial(() -> new LineBuffer(this));

    /** A JSON Lines writer over a byte buffer, giving one article's line at a time. */
    private static final class LineBuffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        private final JsonLinesWriter writer;

        LineBuffer(ParseCommand command) {
            writer = command.jsonLinesWriter(bytes);
        }

        byte[] line(Article article) {
            bytes.reset();
            writer.write(article);
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    private Done finish(FileResult result) {
        return new Done(result, result.article().map(article -> lineBuffers.get().line(article)).orElse(null));
    }

    /** One run: the results in order, the failures reported, the totals counted. */
    private final class Run {
        private final WireParser parser;
        private final Inputs inputs;
        private final PrintWriter err;
        private final long startNanos = System.nanoTime();
        private long files;
        private long articles;
        private long warnings;
        private long errorsInArticles;
        private long failed;
        private long bytes;

        Run(WireParser parser, Inputs inputs, PrintWriter err) {
            this.parser = parser;
            this.inputs = inputs;
            this.err = err;
        }

        void writeAll(OutputStream out) throws IOException {
            if (inputs.readsStandardInput()) {
                record(finish(standardInput()), out, ErrorLog.open(null));
            }
            boolean showProgress = !quiet && Progress.standardErrorIsTerminal();
            try (Progress progress = showProgress ? Progress.start(inputs.count()) : Progress.none();
                    ErrorLog errorLog = ErrorLog.open(errors);
                    Stream<Done> results = parser.parseAll(inputs.files(err), threads.jobs, ParseCommand.this::finish)) {
                Iterator<Done> iterator = results.iterator();
                while (iterator.hasNext()) {
                    Done done = iterator.next();
                    record(done, out, errorLog);
                    progress.step(done.result().size(), seconds());
                }
            }
            out.flush();
            failed += inputs.problems();
        }

        /** Standard input; its size is not counted in the summary (it is not known from a stream). */
        private FileResult standardInput() {
            try {
                return FileResult.parsed(Inputs.STDIN, parser.parse(System.in).withSource(Inputs.STDIN.toString()), 0);
            } catch (WireParseException e) {
                return FileResult.failed(Inputs.STDIN, FileFailure.of(e), 0);
            } catch (IOException e) {
                return FileResult.failed(Inputs.STDIN, FileFailure.ioError("cannot read: " + Inputs.reason(e)), 0);
            }
        }

        private void record(Done done, OutputStream out, ErrorLog errorLog) throws IOException {
            FileResult result = done.result();
            files++;
            bytes += result.size();
            if (result.article().isPresent()) {
                articles++;
                for (Diagnostic d : result.article().get().diagnostics()) {
                    if (d.severity() == Severity.ERROR) {
                        errorsInArticles++;
                    } else {
                        warnings++;
                    }
                }
                out.write(done.json());
            } else {
                FileFailure failure = result.failure().orElseThrow();
                failed++;
                err.println(ProblemLines.of(result.path(), failure));
                errorLog.write(result.path(), failure);
            }
        }

        private double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        long failed() {
            return failed;
        }

        String summary() {
            double seconds = seconds();
            double megabytes = bytes / 1e6;
            return String.format("newswire: %d files, %d articles, %d warnings, %d errors, %d failed; %.1f MB in %.1f s"
                    + " (%.1f MB/s)", files, articles, warnings, errorsInArticles, failed, megabytes, seconds,
                    seconds > 0 ? megabytes / seconds : 0.0);
        }
    }

    /** Writes FILE through a temporary file beside it, renamed into place only when all went well. */
    static final class AtomicFile {

        /** What writes the content. */
        interface Content {
            void writeTo(OutputStream out) throws IOException;
        }

        private AtomicFile() {
        }

        static void write(Path target, Content content, PrintWriter err) throws IOException {
            Path absolute = target.toAbsolutePath();
            Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".partial");
            // Ctrl-C or kill: the hook removes the partial file, so no truncated FILE is ever left.
            // It is registered before the file exists, so no moment has a file without its hook.
            Thread cleanup = new Thread(() -> {
                try {
                    if (Files.deleteIfExists(temporary)) {
                        err.println(ProblemLines.ioError(target, "not written, the run was interrupted"));
                        err.flush();
                    }
                } catch (IOException ignored) {
                    // Nothing more can be done while the JVM shuts down.
                }
            }, "newswire-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            // Created and opened in one step: the hook runs beside the main thread, and an open that
            // may create would bring the file back after the hook removed it.
            OutputStream file;
            try {
                file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                throw e;
            }
            boolean done = false;
            try {
                try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                    content.writeTo(out);
                }
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done = true;
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                if (!done) {
                    Files.deleteIfExists(temporary);
                    err.println(ProblemLines.ioError(target, "not written, the run did not finish"));
                }
            }
        }
    }
}
