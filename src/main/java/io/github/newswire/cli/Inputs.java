package io.github.newswire.cli;

import io.github.newswire.WireFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a command reads, as a lazy stream: the PATH arguments in sorted order (a file stands
 * for itself, a directory for the matching files below it, walked lazily in name order), then the
 * files named in a {@code --files-from} list, in its order. Memory stays flat whatever the number
 * of files. Standard input ({@code -}) is handled by the command itself.
 */
final class Inputs {

    static final List<String> DEFAULT_INCLUDES = WireFiles.DEFAULT_INCLUDES;
    static final Path STDIN = Path.of("-");

    private final List<Path> arguments;
    private final Path filesFrom;
    private final List<String> includes;
    private final List<String> excludes;
    private int problems;

    Inputs(List<Path> arguments, Path filesFrom, List<String> includes, List<String> excludes) {
        List<Path> sorted = new ArrayList<>(arguments);
        sorted.sort(Comparator.comparing(Path::toString));
        this.arguments = sorted;
        this.filesFrom = filesFrom;
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Whether standard input is to be parsed as an article. */
    boolean readsStandardInput() {
        return arguments.contains(STDIN);
    }

    /** The files, lazily; arguments that name nothing are reported to {@code err} and counted. */
    Stream<Path> files(PrintWriter err) {
        Stream<Path> files = arguments.stream().filter(path -> !path.equals(STDIN)).flatMap(argument -> {
            if (Files.isDirectory(argument)) {
                return WireFiles.walk(argument, includes, excludes);
            }
            if (Files.exists(argument)) {
                return Stream.of(argument);
            }
            err.println(ProblemLines.ioError(argument, "no such file or directory"));
            problems++;
            return Stream.empty();
        });
        if (filesFrom != null) {
            files = Stream.concat(files, listed());
        }
        return files;
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
            throw new UncheckedIOException("cannot read the list " + filesFrom + ": " + reason(e), e);
        }
    }

    /** Counts the files, for a progress bar: a second walk, of names only. */
    long count() {
        try (Stream<Path> files = files(new PrintWriter(PrintWriter.nullWriter()))) {
            long count = files.count() + (readsStandardInput() ? 1 : 0);
            problems = 0;
            return count;
        }
    }

    /** How many arguments named nothing. */
    int problems() {
        return problems;
    }

    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
