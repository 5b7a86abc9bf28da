package io.github.newswire.cli;

import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.corpus.WireFiles;
import io.github.newswire.internal.IoReasons;
import io.github.newswire.model.Severity;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The files a command reads, as a lazy stream: the PATH arguments in sorted order (a file stands
 * for itself, a directory for the matching files below it, walked lazily in name order), then the
 * files named in a {@code --files-from} list, in its order. Memory stays flat whatever the number
 * of files. Standard input ({@code -}) is handled by the command itself.
 */
final class Inputs {

    static final Path STDIN = Path.of("-");

    private final List<Path> arguments;
    private final Path filesFrom;
    private final WireFiles.Walker walker;
    private int problems;

    Inputs(List<Path> arguments, Path filesFrom, WireFiles.Walker walker) {
        List<Path> sorted = new ArrayList<>(arguments);
        sorted.sort(Comparator.comparing(Path::toString));
        this.arguments = sorted;
        this.filesFrom = filesFrom;
        this.walker = walker;
    }

    /** The PATH arguments, sorted: what {@code convert} mirrors its output folders on. */
    List<Path> arguments() {
        return arguments;
    }

    /** Whether standard input is to be parsed as an article. */
    boolean readsStandardInput() {
        return arguments.contains(STDIN);
    }

    /**
     * The files, lazily. Arguments that name nothing and directories that cannot be listed are
     * reported to {@code report} and counted as {@link #problems()}; warnings of the walk (a link
     * loop, a FIFO skipped) are reported and not counted.
     */
    Stream<Path> files(PrintWriter report) {
        WireFiles.Walker reporting = walker.onProblem(problem -> {
            report.println(problem);
            if (problem.severity() == Severity.ERROR) {
                problems++;
            }
        });
        // Not Stream.flatMap: an iterator over a flat-mapped stream buffers each inner stream whole,
        // which would hold every path of a directory walk in memory at once.
        Expanded paths = new Expanded(argument -> expand(argument, reporting, report));
        Stream<Path> files = StreamSupport.stream(Spliterators.spliteratorUnknownSize(paths, Spliterator.ORDERED),
                false).onClose(paths::close);
        if (filesFrom != null) {
            files = Stream.concat(files, listed());
        }
        return files;
    }

    /** The arguments' files, one argument's stream at a time, each closed when done. */
    private final class Expanded implements Iterator<Path> {
        private final Iterator<Path> remaining = arguments.iterator();
        private final Function<Path, Stream<Path>> expand;
        private Stream<Path> walk = Stream.empty();
        private Iterator<Path> current = walk.iterator();

        Expanded(Function<Path, Stream<Path>> expand) {
            this.expand = expand;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && remaining.hasNext()) {
                walk.close();
                walk = expand.apply(remaining.next());
                current = walk.iterator();
            }
            return current.hasNext();
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        void close() {
            walk.close();
        }
    }

    /** One argument's files: a directory's walk, a file itself, or nothing (reported). */
    private Stream<Path> expand(Path argument, WireFiles.Walker walker, PrintWriter report) {
        if (argument.equals(STDIN)) {
            return Stream.empty();
        }
        if (Files.isDirectory(argument)) {
            return walker.walk(argument);
        }
        if (Files.exists(argument)) {
            return Stream.of(argument);
        }
        report.println(ProblemLines.ioError(argument, "no such file or directory"));
        problems++;
        return Stream.empty();
    }

    private Stream<Path> listed() {
        try {
            BufferedReader list = filesFrom.equals(STDIN)
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(filesFrom);
            return list.lines().filter(line -> !line.isBlank()).map(line -> Path.of(line.strip())).onClose(() -> {
                try {
                    list.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list " + filesFrom + ": " + IoReasons.of(e), e);
        }
    }

    /**
     * Counts the files, for a progress bar: a second walk, of names only. A list read from
     * standard input cannot be read twice, so its files are not counted.
     */
    long count() {
        Inputs names = new Inputs(arguments, STDIN.equals(filesFrom) ? null : filesFrom, walker);
        try (Stream<Path> files = names.files(new PrintWriter(PrintWriter.nullWriter()))) {
            return files.count() + (readsStandardInput() ? 1 : 0);
        }
    }

    /** What a command does with each result, in input order. */
    interface Each<T> {
        void accept(T result) throws IOException;
    }

    /**
     * Parses standard input (if named) and then every file, in input order, on {@code jobs}
     * threads, doing {@code then} on the parsing threads and {@code each} on this one, with a
     * progress bar on standard error when it is a terminal and {@code progressBar} is on.
     */
    <T> void parseEach(WireParser parser, int jobs, Function<FileResult, T> then, Function<T, FileResult> resultOf,
            boolean progressBar, PrintWriter report, Each<T> each) throws IOException {
        if (readsStandardInput()) {
            each.accept(then.apply(standardInput(parser)));
        }
        long startNanos = System.nanoTime();
        boolean showProgress = progressBar && Progress.standardErrorIsTerminal();
        try (Progress progress = showProgress ? Progress.start(count()) : Progress.none();
                Stream<T> results = CorpusParser.builder(parser).threads(jobs).entries(walker::matches).build()
                        .parseAll(files(report), then)) {
            Iterator<T> iterator = results.iterator();
            String archive = null;
            while (iterator.hasNext()) {
                T result = iterator.next();
                each.accept(result);
                // The bar counts input files: an archive is one, stepped at its first entry.
                FileResult outcome = resultOf.apply(result);
                String path = outcome.path().toString();
                int inside = path.indexOf("!/");
                String container = inside < 0 ? path : path.substring(0, inside);
                int files = container.equals(archive) ? 0 : 1;
                archive = inside < 0 && !path.equals(archive) ? null : container;
                progress.step(files, outcome.size(), (System.nanoTime() - startNanos) / 1e9);
            }
        }
    }

    /** Standard input; its size is not counted (it is not known from a stream). */
    private static FileResult standardInput(WireParser parser) {
        try {
            return FileResult.parsed(STDIN, parser.parse(System.in).withSource(STDIN.toString()), 0);
        } catch (WireParseException e) {
            return FileResult.failed(STDIN, FileFailure.of(e), 0);
        } catch (IOException e) {
            return FileResult.failed(STDIN, FileFailure.ioError("cannot read: " + IoReasons.of(e)), 0);
        }
    }

    /** How many arguments named nothing and directories could not be listed. */
    int problems() {
        return problems;
    }
}
