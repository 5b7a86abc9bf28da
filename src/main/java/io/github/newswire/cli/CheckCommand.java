package io.github.newswire.cli;

import io.github.newswire.corpus.FileResult;
import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.Severity;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @ParentCommand
    private Main main;

    @Mixin
    private JobsOption threads;

    @Mixin
    private InputOptions input;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    private boolean quiet;

    private long files;
    private long errors;
    private long warnings;
    private long filesWithErrors;

    @Override
    public Integer call() throws IOException {
        Inputs inputs = input.inputs();
        PrintWriter out = spec.commandLine().getOut();
        WireParser parser = input.parser().build();
        inputs.parseEach(parser, threads.jobs, Function.identity(), Function.identity(), !quiet, out,
                result -> {
                    record(result, out);
                    main.data().throwIfFailed();
                });
        errors += inputs.problems();
        filesWithErrors += inputs.problems();
        out.println(files + " files checked: " + filesWithErrors + " with errors, " + errors + " errors, " + warnings
                + " warnings");
        return errors == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private void record(FileResult result, PrintWriter out) {
        files++;
        long errorsBefore = errors;
        if (result.failure().isPresent()) {
            out.println(ProblemLines.of(result.path(), result.failure().get()));
            if (ProblemLines.isWarning(result.failure().get())) {
                warnings++;
            } else {
                errors++;
            }
        } else {
            for (Article article : result.articles()) {
                for (Diagnostic d : article.diagnostics()) {
                    out.println(ProblemLines.of(result.path(), d));
                    if (d.severity() == Severity.ERROR) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
        }
        if (errors > errorsBefore) {
            filesWithErrors++;
        }
    }
}
