package io.github.newswire.corpus;

import io.github.newswire.internal.IoReasons;
import io.github.newswire.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds wire files under a directory, in sorted path order, lazily.
 *
 * <pre>{@code
 * try (Stream<Path> files = WireFiles.walk(Path.of("corpus"))) {     // *.txt, *.txt.gz and archives
 *     files.forEach(System.out::println);
 * }
 * Stream<Path> some = WireFiles.walk(root, List.of("*.txt"), List.of("draft-*"));
 * Stream<Path> all = WireFiles.walker()
 *         .followLinks(true)                                             // symlinked folders too
 *         .onProblem(problem -> System.err.println(problem))             // and go on
 *         .walk(root);
 * }</pre>
 *
 * <p>The walk holds one directory listing per level at a time, never the whole tree, so it
 * scales to millions of files. It goes depth first, with each directory's entries in the order of
 * their names, so the order is the same on every run and machine. Globs use
 * {@link FileSystem#getPathMatcher(String) glob syntax} and match the file name (the JDK turns a
 * glob into a regular expression; it sees file names, never the text being parsed).
 *
 * <p>Symbolic links: the root is followed. Below it, a link to a file is a file like any other;
 * a link to a directory is not followed unless {@link Walker#followLinks(boolean)} is on, so
 * that a link such as {@code a/back -> ..} never makes the walk read a file twice. When links are
 * followed, every directory is walked once: a second way into a directory already walked (a loop
 * back to an ancestor, or another link to it) is a {@link Problem} warning, reported once, and not
 * followed. Remembering the directories walked costs memory in proportion to their number (not to
 * the number of files). Devices, FIFOs and sockets found in a directory are skipped with a
 * warning, since reading one could block forever; name one explicitly to read it.
 *
 * @since 0.1
 */
public final class WireFiles {

    /**
     * The file names included by default: wire files of every format read, plain and
     * gzip-compressed ({@code .txt}, {@code .xml}, {@code .json}, {@code .tst}, and names without
     * an extension), and archives of them (tar, tar.gz, tgz, zip), whose entries
     * {@link CorpusParser#parseAll} reads. The format is found from each file's content, not its name.
     */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.txt.gz", "*.xml", "*.xml.gz", "*.json",
            "*.json.gz", "*.tst", WireFiles.NO_EXTENSION, "*.tar", "*.tar.gz", "*.tgz", "*.zip");

    /**
     * An include that is not a glob: file names without a dot, as ANPA and IPTC 7901 feeds
     * name their files ({@code a0417}); names that start with a dot are hidden files, never
     * taken.
     *
     * @since 0.4
     */
    public static final String NO_EXTENSION = "{no extension}";

    private WireFiles() {
    }

    /**
     * Walks a directory for {@link #DEFAULT_INCLUDES}.
     *
     * @param root the directory
     * @return the files in sorted order; close the stream when done
     * @throws UncheckedIOException from the stream's operations if a directory cannot be listed
     */
    public static Stream<Path> walk(Path root) {
        return walker().walk(root);
    }

    /**
     * Walks a directory for files whose names match an include glob and no exclude glob.
     *
     * @param root     the directory
     * @param includes globs a file name must match one of
     * @param excludes globs no file name may match
     * @return the files in sorted order
     * @throws UncheckedIOException from the stream's operations if a directory cannot be listed
     */
    public static Stream<Path> walk(Path root, List<String> includes, List<String> excludes) {
        return walker().include(includes).exclude(excludes).walk(root);
    }

    /**
     * Returns a walker with the defaults: {@link #DEFAULT_INCLUDES}, no excludes, symbolic links
     * to directories not followed, and a directory that cannot be listed an
     * {@link UncheckedIOException}.
     *
     * @return the default walker, to configure
     * @since 0.2
     */
    public static Walker walker() {
        return Walker.DEFAULT;
    }

    /**
     * Something the walk met and did not give as a file: a directory it could not list (an
     * {@link Severity#ERROR error}), or a directory or file it skipped on purpose (a
     * {@link Severity#WARNING warning}).
     *
     * @param path     the directory or file
     * @param severity error when files may be missing from the walk, warning when nothing is lost
     * @param code     {@link #CANNOT_LIST}, {@link #SYMLINK_LOOP}, {@link #ALREADY_WALKED} or
     *                 {@link #NOT_A_FILE}
     * @param message  what happened, such as {@code cannot list: permission denied}
     * @since 0.2
     */
    public record Problem(Path path, Severity severity, String code, String message) {

        /** A directory could not be listed (an error: the files below it are not in the walk). */
        public static final String CANNOT_LIST = "io-error";
        /** A followed link leads back to a directory the walk is inside (a warning). */
        public static final String SYMLINK_LOOP = "symlink-loop";
        /** A followed link leads to a directory already walked by another path (a warning). */
        public static final String ALREADY_WALKED = "already-walked";
        /** A device, FIFO or socket matched the globs and was skipped (a warning). */
        public static final String NOT_A_FILE = "not-a-file";

        /**
         * Checks the components.
         *
         * @param path     the path
         * @param severity the severity
         * @param code     the code
         * @param message  the message
         * @throws NullPointerException if any is null
         */
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns the problem as compilers print theirs: {@code PATH: SEVERITY: MESSAGE [code]}.
         *
         * @return the formatted problem
         */
        @Override
        public String toString() {
            return path + ": " + severity.label() + ": " + message + " [" + code + "]";
        }
    }

    /**
     * A configured walk: which names to take, whether to follow symbolic links to directories, and
     * what to do with {@link Problem problems}. Immutable and thread-safe: each method returns a
     * new walker.
     *
     * <pre>{@code
     * WireFiles.Walker walker = WireFiles.walker().include(List.of("*.txt")).followLinks(true);
     * try (Stream<Path> files = walker.walk(Path.of("corpus"))) { ... }
     * }</pre>
     *
     * @since 0.2
     */
    public static final class Walker {

        private static final Consumer<Problem> THROW_ON_ERRORS = problem -> {
            if (problem.severity() == Severity.ERROR) {
                throw new UncheckedIOException(problem.path() + ": " + problem.message(),
                        new IOException(problem.message()));
            }
        };

        static final Walker DEFAULT = new Walker(DEFAULT_INCLUDES, List.of(), false, THROW_ON_ERRORS);

        private final List<String> includes;
        private final List<String> excludes;
        private final boolean followLinks;
        private final Consumer<? super Problem> onProblem;

        /** The globs compiled once for the default file system, where names and walks are matched. */
        private final List<PathMatcher> includeMatchers;
        private final List<PathMatcher> excludeMatchers;

        private Walker(List<String> includes, List<String> excludes, boolean followLinks,
                Consumer<? super Problem> onProblem) {
            this.includes = includes;
            this.excludes = excludes;
            this.includeMatchers = matchers(FileSystems.getDefault(), includes);
            this.excludeMatchers = matchers(FileSystems.getDefault(), excludes);
            this.followLinks = followLinks;
            this.onProblem = onProblem;
        }

        /**
         * Takes files whose names match one of these globs (instead of {@link #DEFAULT_INCLUDES}).
         *
         * @param globs file-name globs, such as {@code *.txt}
         * @return a walker with these includes
         */
        public Walker include(List<String> globs) {
            return new Walker(List.copyOf(globs), excludes, followLinks, onProblem);
        }

        /**
         * Skips files whose names match one of these globs.
         *
         * @param globs file-name globs, such as {@code draft-*}
         * @return a walker with these excludes
         */
        public Walker exclude(List<String> globs) {
            return new Walker(includes, List.copyOf(globs), followLinks, onProblem);
        }

        /**
         * Follows symbolic links to directories (off by default), walking every directory once.
         *
         * @param follow whether to follow them
         * @return a walker that follows them or not
         */
        public Walker followLinks(boolean follow) {
            return new Walker(includes, excludes, follow, onProblem);
        }

        /**
         * Hands each {@link Problem} to a handler and goes on with the walk; by default a
         * directory that cannot be listed ends the walk with an {@link UncheckedIOException} and
         * warnings are dropped. The handler runs on the thread that consumes the stream.
         *
         * @param handler what to do with each problem
         * @return a walker that reports problems to the handler
         */
        public Walker onProblem(Consumer<? super Problem> handler) {
            return new Walker(includes, excludes, followLinks, Objects.requireNonNull(handler, "handler"));
        }

        /**
         * Tells whether a file name is one this walker takes: it matches an include glob and no
         * exclude glob. Used for archive entries too
         * ({@link CorpusParser.Builder#entries(java.util.function.Predicate)}).
         *
         * @param fileName a file name, without folders
         * @return true if the walk would take a file of that name
         * @since 0.2
         */
        public boolean matches(String fileName) {
            Path name;
            try {
                name = Path.of(fileName.isEmpty() ? "_" : fileName);
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
            return anyMatches(name, includeMatchers) && !anyMatches(name, excludeMatchers);
        }

        /**
         * Walks a directory, or gives a file that is not one if its name matches.
         *
         * @param root the directory, followed if it is a symbolic link
         * @return the files in sorted order, lazily; close the stream when done
         */
        public Stream<Path> walk(Path root) {
            Walk walk = new Walk(this, root);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk,
                    Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
        }
    }

    /**
     * One directory being walked: the names of its remaining entries (names, not paths: a listing
     * of a million entries is held whole while it is walked), and its identity, for loop detection.
     */
    private record Level(Path directory, Iterator<String> names, Object key) {
    }

    /** The state of one walk. */
    private static final class Walk implements Iterator<Path> {
        private final Walker walker;
        private final List<PathMatcher> include;
        private final List<PathMatcher> exclude;
        private final Deque<Level> levels = new ArrayDeque<>();
        /** With links followed: every directory walked, by file key, with the path it was walked as. */
        private final Map<Object, Path> walked = new HashMap<>();
        /** The root, until it has been visited. */
        private Path root;
        private Path next;

        Walk(Walker walker, Path root) {
            this.walker = walker;
            boolean defaultSystem = root.getFileSystem() == FileSystems.getDefault();
            this.include = defaultSystem ? walker.includeMatchers : matchers(root.getFileSystem(), walker.includes);
            this.exclude = defaultSystem ? walker.excludeMatchers : matchers(root.getFileSystem(), walker.excludes);
            this.root = root;
        }

        @Override
        public boolean hasNext() {
            if (root != null) {
                Path first = root;
                root = null;
                visit(first, true);
            }
            while (next == null && !levels.isEmpty()) {
                Level level = levels.peek();
                if (level.names().hasNext()) {
                    visit(level.directory().resolve(level.names().next()), false);
                } else {
                    levels.pop();
                }
            }
            return next != null;
        }

        /** Descends into a directory, sets {@link #next} to a file to give, or skips the path. */
        private void visit(Path path, boolean isRoot) {
            BasicFileAttributes attributes = attributes(path, !isRoot);
            if (attributes != null && attributes.isSymbolicLink()) {
                BasicFileAttributes target = attributes(path, false);
                if (target == null || !target.isDirectory()) {
                    // A link to a file is a file; a dangling link is reported when it is read.
                    offer(path, target);
                    return;
                }
                if (walker.followLinks) {
                    enter(path, target);
                }
                return;
            }
            if (attributes != null && attributes.isDirectory()) {
                enter(path, attributes);
            } else {
                offer(path, attributes);
            }
        }

        private void offer(Path path, BasicFileAttributes attributes) {
            Path name = path.getFileName();
            if (name == null || !anyMatches(name, include) || anyMatches(name, exclude)) {
                return;
            }
            if (attributes != null && attributes.isOther()) {
                report(path, Severity.WARNING, Problem.NOT_A_FILE,
                        "not a regular file (a device, FIFO or socket), skipped; name it explicitly to read it");
                return;
            }
            next = path;
        }

        private void enter(Path directory, BasicFileAttributes attributes) {
            Object key = null;
            if (walker.followLinks) {
                key = attributes.fileKey() != null ? attributes.fileKey() : realPath(directory);
                Path first = walked.putIfAbsent(key, directory);
                if (first != null) {
                    boolean loop = false;
                    for (Level level : levels) {
                        loop |= key.equals(level.key());
                    }
                    if (loop) {
                        report(directory, Severity.WARNING, Problem.SYMLINK_LOOP,
                                "symbolic link loop: leads back to " + first + ", not followed");
                    } else {
                        report(directory, Severity.WARNING, Problem.ALREADY_WALKED,
                                "already walked as " + first + ", not followed");
                    }
                    return;
                }
            }
            List<String> names = sortedNames(directory);
            if (names != null) {
                levels.push(new Level(directory, names.iterator(), key));
            }
        }

        private static Object realPath(Path directory) {
            try {
                return directory.toRealPath().toString();
            } catch (IOException e) {
                return directory.toAbsolutePath().normalize().toString();
            }
        }

        /** The attributes, or null if the path vanished or cannot be examined (reading it will say). */
        private static BasicFileAttributes attributes(Path path, boolean noFollow) {
            try {
                return noFollow
                        ? Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException e) {
                return null;
            }
        }

        private List<String> sortedNames(Path directory) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
                for (Path entry : listing) {
                    names.add(entry.getFileName().toString());
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                report(directory, Severity.ERROR, Problem.CANNOT_LIST, "cannot list: " + IoReasons.of(cause));
                return null;
            }
            Collections.sort(names);
            return names;
        }

        private void report(Path path, Severity severity, String code, String message) {
            walker.onProblem.accept(new Problem(path, severity, code, message));
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path path = next;
            next = null;
            return path;
        }
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            if (glob.equals(NO_EXTENSION)) {
                matchers.add(path -> path.getFileName() != null && path.getFileName().toString().indexOf('.') < 0);
            } else {
                matchers.add(fileSystem.getPathMatcher("glob:" + glob));
            }
        }
        return matchers;
    }

    private static boolean anyMatches(Path name, List<PathMatcher> matchers) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
