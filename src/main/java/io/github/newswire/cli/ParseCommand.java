package io.github.newswire.cli;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.json.JsonLinesWriter;
import io.github.newswire.json.NinjsWriter;
import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.Severity;
import io.github.newswire.parser.SentenceSegmenter;
import io.github.newswire.parser.WireParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newswire parse}: one JSON line per article, for one file or millions. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parse wire files into JSON Lines, one article per line, in sorted path order, on several threads.",
            "Formats are found from each file's content: VNS text, NITF, NewsML-G2, NewsML 1.2, ninjs, ANPA 1312,",
            "IPTC 7901; a file of several items (a newsMessage, a ninjs item with associations, a transmission of",
            "several messages) gives a line per item.",
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
            description = "Write to FILE instead of standard output: a regular file atomically (a failed or"
                    + " interrupted run leaves no partial FILE), a device or FIFO in place, a symbolic link's target.")
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

    @Mixin
    private InputOptions input;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write one JSON line per failed file (path, code, message, line, column, offset) to FILE.")
    private Path errors;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no summary on standard error; problems are still reported.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (sentences && format == Format.ninjs) {
            throw new ParameterException(spec.commandLine(), "--sentences goes with --format json: ninjs has no sentences");
        }
        Inputs inputs = input.inputs();
        PrintWriter err = spec.commandLine().getErr();
        WireParser parser = input.parser().strict(strict).build();
        Run run = new Run(parser, inputs, err);
        try {
            if (output == null) {
                run.writeAll(main.data());
            } else {
                OutputFile.write(output, run::writeAll, err);
            }
        } catch (OutputFailure e) {
            if (e.brokenPipe()) {
                return Main.EXIT_BROKEN_PIPE;
            }
            err.println(output == null ? Main.standardOutputFailure(e) : ProblemLines.ioError(output, e.getMessage()));
            return Main.EXIT_FAILED;
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

        byte[] lines(java.util.List<Article> articles) {
            bytes.reset();
            for (Article article : articles) {
                writer.write(article);
            }
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    private Done finish(FileResult result) {
        return new Done(result, result.articles().isEmpty() ? null : lineBuffers.get().lines(result.articles()));
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
            try (ErrorLog errorLog = ErrorLog.open(errors)) {
                inputs.parseEach(parser, threads.jobs, ParseCommand.this::finish, Done::result, !quiet, err,
                        done -> record(done, out, errorLog));
            }
            out.flush();
            failed += inputs.problems();
        }

        private void record(Done done, OutputStream out, ErrorLog errorLog) throws IOException {
            FileResult result = done.result();
            files++;
            bytes += result.size();
            if (!result.articles().isEmpty()) {
                for (Article article : result.articles()) {
                    articles++;
                    for (Diagnostic d : article.diagnostics()) {
                        if (d.severity() == Severity.ERROR) {
                            errorsInArticles++;
                        } else {
                            warnings++;
                        }
                    }
                }
                out.write(done.json());
            } else {
                FileFailure failure = result.failure().orElseThrow();
                err.println(ProblemLines.of(result.path(), failure));
                if (ProblemLines.isWarning(failure)) {
                    warnings++;
                } else {
                    failed++;
                    errorLog.write(result.path(), failure);
                }
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
}
