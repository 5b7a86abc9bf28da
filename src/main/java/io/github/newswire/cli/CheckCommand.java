package io.github.newswire.cli;

import io.github.newswire.Diagnostic;
import io.github.newswire.FileResult;
import io.github.newswire.Severity;
import io.github.newswire.WireParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private JobsOption threads;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Wire files, or directories to search for *.txt and *.txt.gz files at any depth.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = new Inputs(paths, null, Inputs.DEFAULT_INCLUDES, List.of());
        WireParser parser = WireParser.builder().build();
        long files = 0;
        long errors = 0;
        long warnings = 0;
        long filesWithErrors = 0;
        try (Stream<FileResult> results = parser.parseAll(inputs.files(out), threads.jobs)) {
            Iterator<FileResult> iterator = results.iterator();
            while (iterator.hasNext()) {
                FileResult result = iterator.next();
                files++;
                long errorsBefore = errors;
                if (result.failure().isPresent()) {
                    out.println(ProblemLines.of(result.path(), result.failure().get()));
                    errors++;
                } else {
                    for (Diagnostic d : result.article().orElseThrow().diagnostics()) {
                        out.println(ProblemLines.of(result.path(), d));
                        if (d.severity() == Severity.ERROR) {
                            errors++;
                        } else {
                            warnings++;
                        }
                    }
                }
                if (errors > errorsBefore) {
                    filesWithErrors++;
                }
            }
        }
        errors += inputs.problems();
        filesWithErrors += inputs.problems();
        out.println(files + " files checked: " + filesWithErrors + " with errors, " + errors + " errors, " + warnings
                + " warnings");
        return errors == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
