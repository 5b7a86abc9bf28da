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

    /**
     * Runs the tool in a JVM with a 24 MB heap and counts the records it writes, reading them as
     * they come: holding a corpus's paths, its listing or its records in memory would not fit.
     * Standard error must stay empty and the exit status 0.
     */
    static long recordsInSmallHeap(Path stderr, String... args) throws Exception {
        Process process = command(List.of("-Xmx24m", "-XX:+UseSerialGC"), args)
                .redirectError(stderr.toFile()).start();
        long records = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream out = process.getInputStream()) {
            for (int n; (n = out.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    records += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(Files.readString(stderr)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(process.exitValue()).isZero();
        return records;
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
