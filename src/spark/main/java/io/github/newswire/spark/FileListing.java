package io.github.newswire.spark;

import io.github.newswire.corpus.WireFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files of a load, listed on the driver, and their packing into tasks. Each root is listed
 * once, by one recursive listing call ({@code FileSystem.listFiles}, a flat listing on object
 * stores), which gives every file's length: no call per file. Packing follows Spark's own file
 * sources ({@code FilePartition}): the largest files first, each task filled up to a byte budget
 * where every file also costs an opening cost, so that many small files share a task and a large
 * archive has one to itself. Files are never split: an archive is streamed by one task.
 */
final class FileListing {

    /**
     * A file to read, as the listing gave it.
     *
     * @param path             its path
     * @param length           its length in bytes
     * @param modificationTime when it was last modified, in milliseconds since the epoch
     */
    record ListedFile(String path, long length, long modificationTime) {
    }

    private FileListing() {
    }

    /**
     * Lists the files under the roots: a file given by name is read whatever its name; in a
     * directory, files whose names match {@code pathGlobFilter} (else the names a default
     * {@code newswire parse} walk takes: wire files and archives), outside hidden files and
     * folders (a name starting with {@code .} or {@code _}, such as Spark's {@code _SUCCESS}).
     * A root may be a glob ({@code /wires/2024-*}).
     *
     * Options {@code modifiedBefore} and {@code modifiedAfter} keep the files modified before or
     * after a time, as for Spark's own file sources.
     *
     * @param options the load's options
     * @param conf    the Hadoop configuration
     * @param zone    the session's time zone, for {@code modifiedBefore} and {@code modifiedAfter}
     * @return the files in path order, each once
     * @throws IllegalArgumentException if a root matches nothing
     */
    static List<ListedFile> list(NewswireOptions options, Configuration conf, ZoneId zone) {
        WireFiles.Walker names = options.pathGlobFilter == null ? WireFiles.walker()
                : WireFiles.walker().include(List.of(options.pathGlobFilter));
        Map<String, ListedFile> files = new LinkedHashMap<>();
        try {
            for (String root : options.paths) {
                Path path = new Path(root);
                FileSystem fs = path.getFileSystem(conf);
                for (FileStatus status : roots(fs, path)) {
                    if (!status.isDirectory()) {
                        add(files, status);
                    } else if (options.recursiveFileLookup && !isLocal(fs)) {
                        int depth = status.getPath().depth();
                        RemoteIterator<LocatedFileStatus> all = fs.listFiles(status.getPath(), true);
                        while (all.hasNext()) {
                            LocatedFileStatus file = all.next();
                            if (visible(file.getPath(), depth) && names.matches(file.getPath().getName())) {
                                add(files, file);
                            }
                        }
                    } else if (options.recursiveFileLookup) {
                        walk(fs, status.getPath(), names, files);
                    } else {
                        for (FileStatus file : fs.listStatus(status.getPath())) {
                            if (file.isFile() && !hidden(file.getPath().getName())
                                    && names.matches(file.getPath().getName())) {
                                add(files, file);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("newswire: cannot list the input: " + e.getMessage(), e);
        }
        long before = options.modifiedBefore == null ? Long.MAX_VALUE
                : options.modifiedBefore.atZone(zone).toInstant().toEpochMilli();
        long after = options.modifiedAfter == null ? Long.MIN_VALUE
                : options.modifiedAfter.atZone(zone).toInstant().toEpochMilli();
        List<ListedFile> sorted = new ArrayList<>();
        for (ListedFile file : files.values()) {
            if (file.modificationTime() < before && file.modificationTime() > after) {
                sorted.add(file);
            }
        }
        sorted.sort(Comparator.comparing(ListedFile::path));
        return sorted;
    }

    /**
     * Whether the file system is the local one. There, {@code listFiles} makes a
     * {@code LocatedFileStatus} per file, whose permissions Hadoop reads by running {@code ls} in a
     * new process when its native library is absent (as on most Spark installations): 8 ms a file
     * on the benchmark machine, 50 s for 6,000 files. A walk with {@code listStatus} never asks for
     * permissions.
     */
    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getScheme());
    }

    /** Lists a local folder's tree, folder by folder, with a queue rather than recursion. */
    private static void walk(FileSystem fs, Path root, WireFiles.Walker names, Map<String, ListedFile> files)
            throws IOException {
        ArrayDeque<Path> folders = new ArrayDeque<>();
        folders.add(root);
        while (!folders.isEmpty()) {
            for (FileStatus child : fs.listStatus(folders.poll())) {
                String name = child.getPath().getName();
                if (hidden(name)) {
                    continue;
                }
                if (child.isDirectory()) {
                    folders.add(child.getPath());
                } else if (names.matches(name)) {
                    add(files, child);
                }
            }
        }
    }

    private static FileStatus[] roots(FileSystem fs, Path path) throws IOException {
        if (isGlob(path.toString())) {
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("newswire: path does not exist: no file matches [" + path + "]");
            }
            return matches;
        }
        try {
            return new FileStatus[] {fs.getFileStatus(path)};
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("newswire: path does not exist: [" + path + "]", e);
        }
    }

    private static boolean isGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether no name below the root's depth is {@link #hidden}. */
    private static boolean visible(Path file, int rootDepth) {
        for (Path at = file; at != null && at.depth() > rootDepth; at = at.getParent()) {
            if (hidden(at.getName())) {
                return false;
            }
        }
        return true;
    }

    /** A hidden file or folder, as Spark's file sources skip them: a dot file, or {@code _SUCCESS} and the like. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static void add(Map<String, ListedFile> files, FileStatus status) {
        String path = status.getPath().toString();
        files.putIfAbsent(path, new ListedFile(path, status.getLen(), status.getModificationTime()));
    }

    /**
     * Packs files into tasks as Spark's file sources do: a budget per task of
     * {@code min(maxPartitionBytes, max(openCost, total / parallelism))}, where the total counts
     * every file's length plus the opening cost; the largest files first.
     *
     * @param files             the files
     * @param maxPartitionBytes the most bytes a task reads (spark.sql.files.maxPartitionBytes)
     * @param openCost          what opening a file is worth in bytes (spark.sql.files.openCostInBytes)
     * @param parallelism       the tasks wanted at least (the default parallelism)
     * @return the tasks' files
     */
    static List<NewswirePartition> pack(List<ListedFile> files, long maxPartitionBytes, long openCost,
            int parallelism) {
        long total = 0;
        for (ListedFile file : files) {
            total += file.length() + openCost;
        }
        long budget = Math.min(maxPartitionBytes, Math.max(openCost, total / Math.max(1, parallelism)));
        List<ListedFile> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(ListedFile::length).reversed().thenComparing(ListedFile::path));
        List<NewswirePartition> partitions = new ArrayList<>();
        List<ListedFile> current = new ArrayList<>();
        long size = 0;
        for (ListedFile file : largestFirst) {
            if (!current.isEmpty() && size + file.length() > budget) {
                partitions.add(NewswirePartition.of(current));
                current.clear();
                size = 0;
            }
            current.add(file);
            size += file.length() + openCost;
        }
        if (!current.isEmpty()) {
            partitions.add(NewswirePartition.of(current));
        }
        return partitions;
    }
}
