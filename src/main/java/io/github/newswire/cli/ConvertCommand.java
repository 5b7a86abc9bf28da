package io.github.newswire.cli;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.internal.IoReasons;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.json.NinjsWriter;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import io.github.newswire.writer.Anpa1312Writer;
import io.github.newswire.writer.ArticleWriter;
import io.github.newswire.writer.Iptc7901Writer;
import io.github.newswire.writer.NewsMlG2Writer;
import io.github.newswire.writer.NitfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswire convert}: every item of every input as a document of another format, in a folder. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert wire files of any format into another: one document per item, written into DIR, which",
            "mirrors the inputs (a directory argument as a folder, an archive's entries in a folder named after",
            "the archive, a file's items as NAME.EXT or NAME.ITEM.EXT). Each document is written atomically.",
            "A file that cannot be parsed is reported on standard error as PATH:LINE:COLUMN: error: MESSAGE",
            "[code], as parse reports it; the others are still written.",
            "Exit status: 0 when every file was converted, 1 when any failed, 2 for a usage error."})
final class ConvertCommand implements Callable<Integer> {

    /** The formats {@code --to} writes, with the extension of their documents. */
    enum Target {
        nitf("xml"), newsml_g2("xml"), ninjs("json"), anpa("tst"), iptc7901("txt"), json("json"), vns("txt");

        final String extension;

        Target(String extension) {
            this.extension = extension;
        }

        /** Whether the format has a form for a package (groups of references to other items). */
        boolean carriesPackages() {
            return this == newsml_g2 || this == ninjs || this == json;
        }

        /** The document of one article, as UTF-8 bytes. */
        byte[] write(Article article) {
            String text = switch (this) {
                case nitf -> new NitfWriter().write(article);
                case newsml_g2 -> NewsMlG2Writer.standard().write(article);
                case ninjs -> NinjsWriter.standard().toJson(article) + "\n";
                case anpa -> new Anpa1312Writer().write(article);
                case iptc7901 -> new Iptc7901Writer().write(article);
                case json -> ArticleJson.toJson(article) + "\n";
                case vns -> new ArticleWriter().write(article) + "\n";
            };
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Spec
    private CommandSpec spec;

    private Target target;

    @Option(names = "--to", paramLabel = "FORMAT", required = true,
            description = "The format to write: nitf (NITF 3.6), newsml-g2 (NewsML-G2 2.35), ninjs (ninjs 2.2),"
                    + " anpa (ANPA 1312), iptc7901, json (newswire's own) or vns (VNS text).")
    void setTarget(String name) {
        try {
            target = Target.valueOf(name.replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--to':"
                    + " expected nitf, newsml-g2, ninjs, anpa, iptc7901, json or vns, found [" + name + "]");
        }
    }

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write into; made if it does not exist. Documents already there are replaced.")
    private Path output;

    @Option(names = "--strict", description = "Fail a file on its first error instead of converting what it holds.")
    private boolean strict;

    @Mixin
    private JobsOption threads;

    @Mixin
    private InputOptions input;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no summary on standard error; problems are still reported.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        Inputs inputs = input.inputs();
        PrintWriter err = spec.commandLine().getErr();
        WireParser parser = input.parser().strict(strict).build();
        Path outputFolder = output.toAbsolutePath().normalize();
        for (Path argument : inputs.arguments()) {
            Path folder = argument.toAbsolutePath().normalize();
            if (Files.isDirectory(argument) && outputFolder.startsWith(folder)) {
                // The walk would read the documents as they are written, and convert them again.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the output folder " + output
                        + " is inside the input folder " + argument + ": choose a folder outside it");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println(ProblemLines.ioError(output, "cannot make the output folder: it exists and is not a folder"));
            return Main.EXIT_FAILED;
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println(ProblemLines.ioError(output, "cannot make the output folder: " + IoReasons.of(e)));
            return Main.EXIT_FAILED;
        }
        Run run = new Run(new OutputPaths(output, inputs.arguments()), err);
        Thread cleanup = new Thread(run::removePartialFiles, "newswire-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            inputs.parseEach(parser, threads.jobs, this::convert, Converted::result, !quiet, err, run::record);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
        run.failed += inputs.problems();
        if (!quiet) {
            err.println(run.summary());
        }
        return run.failed == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    /** One input's documents, made on the parsing thread; written in input order on the main one. */
    private record Converted(FileResult result, List<byte[]> documents, String problem) {
    }

    /** A package's place in {@link Converted#documents()} when the target format has no form for it. */
    private static final byte[] NO_FORM = new byte[0];

    private Converted convert(FileResult result) {
        List<byte[]> documents = new ArrayList<>(result.articles().size());
        try {
            for (Article article : result.articles()) {
                documents.add(article.isPackage() && !target.carriesPackages() ? NO_FORM : target.write(article));
            }
        } catch (RuntimeException e) {
            // A writer that cannot express an item is a failure of this input, never of the run.
            return new Converted(result, List.of(), "cannot write as " + target.name().replace('_', '-') + ": " + e);
        }
        return new Converted(result, documents, null);
    }

    /** One run: documents written in input order, collisions and failures reported, totals counted. */
    private final class Run {
        private final OutputPaths paths;
        private final PrintWriter err;
        private final long startNanos = System.nanoTime();
        /** Which input each document written came from: two inputs never silently share a document. */
        private final Map<Path, Path> written = new HashMap<>();
        private final Set<Path> partial = ConcurrentHashMap.newKeySet();
        private long files;
        private long documents;
        private long failed;
        private long bytes;

        Run(OutputPaths paths, PrintWriter err) {
            this.paths = paths;
            this.err = err;
        }

        void record(Converted converted) {
            FileResult result = converted.result();
            files++;
            bytes += result.size();
            if (result.failure().isPresent()) {
                FileFailure failure = result.failure().get();
                err.println(ProblemLines.of(result.path(), failure));
                if (!ProblemLines.isWarning(failure)) {
                    failed++;
                }
                return;
            }
            if (converted.problem() != null) {
                err.println(ProblemLines.ioError(result.path(), converted.problem()));
                failed++;
                return;
            }
            int items = converted.documents().size();
            for (int i = 0; i < items; i++) {
                if (converted.documents().get(i) == NO_FORM) {
                    err.println(result.path() + ": warning: item " + i + " not written: a package (groups of references"
                            + " to other items) has no form in " + target.name().replace('_', '-')
                            + "; convert to newsml-g2, ninjs or json [package-not-written]");
                    continue;
                }
                Path document;
                try {
                    document = paths.of(result.path(), i, items, target.extension);
                } catch (InvalidPathException e) {
                    err.println(ProblemLines.ioError(result.path(), "no output name on this system: " + e.getReason()));
                    failed++;
                    return;
                }
                Path earlier = written.putIfAbsent(document, result.path());
                if (earlier != null) {
                    err.println(ProblemLines.ioError(result.path(), "not written: " + document + " is already the"
                            + " document of " + earlier + "; give one of them another name"));
                    failed++;
                    continue;
                }
                try {
                    writeAtomically(document, converted.documents().get(i));
                    documents++;
                } catch (IOException e) {
                    err.println(ProblemLines.ioError(document, "cannot write: " + IoReasons.of(e)));
                    failed++;
                }
            }
        }

        /** Written beside the document and renamed into place: a reader never sees half a document. */
        private void writeAtomically(Path document, byte[] bytes) throws IOException {
            Path folder = document.getParent();
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + document.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".partial");
            partial.add(temporary);
            try {
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    out.write(bytes);
                }
                try {
                    Files.move(temporary, document, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, document, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
                partial.remove(temporary);
            }
        }

        /** On Ctrl-C: the document being written is not left half written. */
        void removePartialFiles() {
            for (Path temporary : partial) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more can be done while the JVM shuts down.
                }
            }
        }

        String summary() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double megabytes = bytes / 1e6;
            return String.format("newswire: %d files, %d documents written to %s, %d failed; %.1f MB in %.1f s"
                    + " (%.1f MB/s)", files, documents, output, failed, megabytes, seconds,
                    seconds > 0 ? megabytes / seconds : 0.0);
        }
    }
}
