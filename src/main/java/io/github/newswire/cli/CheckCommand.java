package io.github.newswire.cli;

import io.github.newswire.Article;
import io.github.newswire.Diagnostic;
import io.github.newswire.Severity;
import io.github.newswire.WireParseException;
import io.github.newswire.WireParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newswire check}: a linter that lists every problem in every file. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check wire files and list every problem as PATH:LINE:COLUMN: SEVERITY: MESSAGE [code],",
            "then a one-line summary.",
            "Exit status: 0 when no file has an error (warnings allowed), 1 otherwise, 2 for a usage error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Wire files, or directories to search for *.txt files at any depth.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.Expansion inputs = Inputs.expand(paths);
        inputs.problems().forEach(out::println);
        WireParser parser = WireParser.builder().build();
        int errors = inputs.problems().size();
        int warnings = 0;
        int filesWithErrors = inputs.problems().size();
        for (Path file : inputs.files()) {
            int errorsBefore = errors;
            try {
                Article article = parser.parse(file);
                for (Diagnostic d : article.diagnostics()) {
                    out.println(ProblemLines.of(file, d));
                    if (d.severity() == Severity.ERROR) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            } catch (WireParseException e) {
                out.println(ProblemLines.of(file, e));
                errors++;
            } catch (IOException | UncheckedIOException e) {
                out.println(ProblemLines.ioError(file, "cannot read: " + Inputs.reason(e)));
                errors++;
            }
            if (errors > errorsBefore) {
                filesWithErrors++;
            }
        }
        out.println(inputs.files().size() + " files checked: " + filesWithErrors + " with errors, " + errors
                + " errors, " + warnings + " warnings");
        return errors == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
