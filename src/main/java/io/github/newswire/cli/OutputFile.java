package io.github.newswire.cli;

import io.github.newswire.internal.IoReasons;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code -o FILE}: where a run's records go. A regular file (or a new one) is written atomically,
 * through a temporary file beside it renamed into place only when all went well, so a failed or
 * interrupted run never leaves a partial file and never destroys the old one. Anything else (a
 * device such as {@code /dev/null}, a FIFO) is written in place: renaming over it would replace the
 * device or the pipe by a regular file. A symbolic link is resolved and its target written, the
 * link kept.
 */
final class OutputFile {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** How many links a chain may have, as the kernel allows (Linux's MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

    private OutputFile() {
    }

    /**
     * Writes the content to the target. Every failure of the output itself is one
     * {@link OutputFailure}, before any work when the target cannot be written at all.
     */
    static void write(Path target, Content content, PrintWriter err) throws IOException {
        Path destination = withoutLinks(target.toAbsolutePath());
        BasicFileAttributes attributes = attributes(destination);
        if (attributes != null && attributes.isDirectory()) {
            throw new OutputFailure("cannot write: is a directory", null);
        }
        if (attributes != null && !attributes.isRegularFile()) {
            inPlace(destination, content);
        } else {
            atomically(target, destination, attributes != null, content, err);
        }
    }

    private static void inPlace(Path destination, Content content) throws IOException {
        OutputStream file;
        try {
            file = Files.newOutputStream(destination, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputFailure("cannot write: " + IoReasons.of(e), e);
        }
        try (OutputStream out = new GuardedOutput(new BufferedOutputStream(file, 1 << 16))) {
            content.writeTo(out);
        } catch (OutputFailure e) {
            throw new OutputFailure("cannot write: " + e.getMessage(), e);
        }
    }

    private static void atomically(Path target, Path destination, boolean replacing, Content content,
            PrintWriter err) throws IOException {
        Path folder = destination.getParent();
        Path temporary = folder.resolve("." + destination.getFileName() + "."
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
        } catch (FileAlreadyExistsException e) {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            throw new OutputFailure("cannot write: a file named " + temporary.getFileName() + " is in the way", e);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            throw new OutputFailure("cannot write into " + folder + ": " + IoReasons.of(e), e);
        }
        boolean done = false;
        try {
            if (replacing) {
                keepPermissions(destination, temporary);
            }
            try (OutputStream out = new GuardedOutput(new BufferedOutputStream(file, 1 << 16))) {
                content.writeTo(out);
            } catch (OutputFailure e) {
                throw new OutputFailure("not written: " + e.getMessage(), e);
            }
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new OutputFailure(Files.isDirectory(folder) ? "not written: " + IoReasons.of(e)
                        : "not written: the folder " + folder + " is gone", e);
            }
            done = true;
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            if (!done) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The file the name leads to, through any chain of symbolic links (which may dangle). */
    private static Path withoutLinks(Path path) throws OutputFailure {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new OutputFailure("cannot write: too many levels of symbolic links", null);
            }
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException e) {
                throw new OutputFailure("cannot write: " + IoReasons.of(e), e);
            }
        }
        return current;
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** A file replaced keeps its permissions, as an edit in place would. */
    private static void keepPermissions(Path original, Path replacement) {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or the original vanished: the new file keeps the defaults.
        }
    }
}
