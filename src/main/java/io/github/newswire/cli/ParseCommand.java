package io.github.newswire.cli;

import io.github.newswire.Article;
import io.github.newswire.SentenceSegmenter;
import io.github.newswire.WireParseException;
import io.github.newswire.WireParser;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.json.JsonLinesWriter;
import io.github.newswire.json.NinjsWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newswire parse}: one JSON line per article. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parse wire files into JSON Lines, one article per line, in sorted path order.",
            "A file that cannot be parsed is reported on standard error as",
            "PATH:LINE:COLUMN: error: MESSAGE [code]; the others are still written.",
            "Exit status: 0 when every file parsed, 1 when any failed, 2 for a usage error."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--strict", description = "Fail a file on its first error instead of recording it in the JSON.")
    private boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a failed run leaves no partial FILE) instead of standard output.")
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

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Wire files, or directories to search for *.txt files at any depth.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (sentences && format == Format.ninjs) {
            throw new ParameterException(spec.commandLine(), "--sentences goes with --format json: ninjs has no sentences");
        }
        Inputs.Expansion inputs = Inputs.expand(paths);
        inputs.problems().forEach(err::println);
        WireParser parser = WireParser.builder().strict(strict).build();
        int failed = inputs.problems().size();
        if (output == null) {
            JsonLinesWriter out = jsonLinesWriter(new NonClosingWriter(spec.commandLine().getOut()));
            failed += writeAll(parser, inputs.files(), out, err);
            out.close();
        } else {
            try {
                failed += writeAtomically(parser, inputs.files(), err);
            } catch (IOException | UncheckedIOException e) {
                err.println(ProblemLines.ioError(output, "cannot write: " + Inputs.reason(e)));
                return Main.EXIT_FAILED;
            }
        }
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private JsonLinesWriter jsonLinesWriter(Writer out) {
        if (format == Format.ninjs) {
            return NinjsWriter.standard().jsonLinesWriter(out);
        }
        return sentences ? ArticleJson.jsonLinesWriter(out, SentenceSegmenter.standard()) : ArticleJson.jsonLinesWriter(out);
    }

    private int writeAtomically(WireParser parser, List<Path> files, PrintWriter err) throws IOException {
        Path target = output.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        boolean done = false;
        try {
            int failed;
            try (JsonLinesWriter out = jsonLinesWriter(Files.newBufferedWriter(temporary))) {
                failed = writeAll(parser, files, out, err);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return failed;
        } finally {
            if (!done) {
                Files.deleteIfExists(temporary);
                err.println(ProblemLines.ioError(output, "not written, the run did not finish"));
            }
        }
    }

    private static int writeAll(WireParser parser, List<Path> files, JsonLinesWriter out, PrintWriter err) {
        int failed = 0;
        for (Path file : files) {
            Article article;
            try {
                article = parser.parse(file);
            } catch (WireParseException e) {
                err.println(ProblemLines.of(file, e));
                failed++;
                continue;
            } catch (IOException | UncheckedIOException e) {
                err.println(ProblemLines.ioError(file, "cannot read: " + Inputs.reason(e)));
                failed++;
                continue;
            }
            out.write(article);
        }
        return failed;
    }

    /** Standard output belongs to the caller: flush it, never close it. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
