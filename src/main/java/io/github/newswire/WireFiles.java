package io.github.newswire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds wire files under a directory, in sorted path order, lazily.
 *
 * <pre>{@code
 * try (Stream<Path> files = WireFiles.walk(Path.of("corpus"))) {            // *.txt and *.txt.gz
 *     files.forEach(System.out::println);
 * }
 * Stream<Path> some = WireFiles.walk(root, List.of("*.txt"), List.of("draft-*"));
 * }</pre>
 *
 * <p>The walk holds one directory listing per level at a time, never the whole tree, so it
 * scales to millions of files. It goes depth first, with each directory's entries in the order of
 * their names, so the order is the same on every run and machine. Globs use
 * {@link FileSystem#getPathMatcher(String) glob syntax} and match the file name (the JDK turns a
 * glob into a regular expression; it sees file names, never the text being parsed).
 *
 * @since 0.1
 */
public final class WireFiles {

    /** The file names included by default: plain and gzip-compressed wire files. */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.txt.gz");

    private WireFiles() {
    }

    /**
     * Walks a directory for {@link #DEFAULT_INCLUDES}.
     *
     * @param root the directory
     * @return the files in sorted order; close the stream when done
     */
    public static Stream<Path> walk(Path root) {
        return walk(root, DEFAULT_INCLUDES, List.of());
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
        List<PathMatcher> include = matchers(root.getFileSystem(), includes);
        List<PathMatcher> exclude = matchers(root.getFileSystem(), excludes);
        Iterator<Path> files = new Iterator<>() {
            private final Deque<Iterator<Path>> levels = new ArrayDeque<>(List.of(List.of(root).iterator()));
            private Path next;

            @Override
            public boolean hasNext() {
                while (next == null && !levels.isEmpty()) {
                    Iterator<Path> level = levels.peek();
                    if (!level.hasNext()) {
                        levels.pop();
                        continue;
                    }
                    Path path = level.next();
                    if (Files.isDirectory(path)) {
                        levels.push(sortedListing(path).iterator());
                    } else if (matches(path.getFileName(), include) && !matches(path.getFileName(), exclude)) {
                        next = path;
                    }
                }
                return next != null;
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
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    private static List<Path> sortedListing(Path directory) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            for (Path entry : listing) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            throw new UncheckedIOException("cannot list " + directory + ": " + cause.getMessage(), cause);
        }
        // Sorted by name once: a comparator that took each path's name would build it at every comparison.
        Collections.sort(names);
        List<Path> entries = new ArrayList<>(names.size());
        for (String name : names) {
            entries.add(directory.resolve(name));
        }
        return entries;
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(fileSystem.getPathMatcher("glob:" + glob));
        }
        return matchers;
    }

    private static boolean matches(Path name, List<PathMatcher> matchers) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
