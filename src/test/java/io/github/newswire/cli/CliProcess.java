package io.github.newswire.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line in a process of its own, with real standard streams: for what only a real
 * process shows (a closed pipe, a full device, a kill) and for running as another user.
 */
final class CliProcess {

    private CliProcess() {
    }

    /** {@code java -cp TEST_CLASSPATH io.github.newswire.cli.Main ARGS}, with JVM options first. */
    static ProcessBuilder command(List<String> jvmOptions, String... args) {
        return command(String.join(File.pathSeparator, testPath()), jvmOptions, args);
    }

    /** The test run's class path and module path: Surefire puts our own classes on the latter. */
    private static List<String> testPath() {
        List<String> entries = new ArrayList<>();
        for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static ProcessBuilder command(String classPath, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("io.github.newswire.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Whether this JVM runs as root, which no file permission stops. */
    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * The command run as the unprivileged user {@code nobody} (through {@code setpriv}), for tests
     * of permissions when the tests run as root. The classes and jars the tool needs are copied
     * into {@code sandbox}, since root's Maven repository is closed to other users; the sandbox
     * and the folders above it must be open to all (JUnit's temporary folders are not).
     */
    static ProcessBuilder asNobody(Path sandbox, String... args) {
        Path lib = sandbox.resolve("lib");
        List<String> classPath = new ArrayList<>();
        try {
            Files.createDirectories(lib);
            int n = 0;
            for (String entry : testPath()) {
                Path source = Path.of(entry);
                String name = source.getFileName().toString();
                boolean needed = Files.isDirectory(source) && source.endsWith("classes")
                        || name.matches("(picocli|jackson|slf4j|progressbar|jline).*\\.jar");
                if (needed && !(Files.isDirectory(source) && source.endsWith("test-classes"))) {
                    Path copy = lib.resolve((n++) + "-" + name);
                    copyTree(source, copy);
                    classPath.add(copy.toString());
                }
            }
            openToAll(sandbox);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = command(String.join(File.pathSeparator, classPath), List.of(), args);
        builder.command().addAll(0, List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        return builder;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Read and search permission for all on the folder and everything in it. */
    static void openToAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
