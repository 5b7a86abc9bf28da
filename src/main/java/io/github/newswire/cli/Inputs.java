package io.github.newswire.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into the files to read, in sorted path order:
 * a file stands for itself, a directory for its {@code *.txt} files at any depth.
 */
final class Inputs {

    /** The files found, and the arguments that could not be expanded with the reason. */
    record Expansion(List<Path> files, List<String> problems) {
    }

    private Inputs() {
    }

    static Expansion expand(List<Path> arguments) {
        TreeSet<Path> files = new TreeSet<>(Comparator.comparing(Path::toString));
        List<String> problems = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(path -> path.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile)
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(ProblemLines.ioError(argument, "cannot list directory: " + reason(e)));
                }
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                problems.add(ProblemLines.ioError(argument, "no such file or directory"));
            }
        }
        return new Expansion(List.copyOf(files), problems);
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
