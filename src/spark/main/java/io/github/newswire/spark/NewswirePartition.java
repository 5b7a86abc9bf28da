package io.github.newswire.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * The files one task reads, in path order.
 *
 * @param paths             the files' paths
 * @param lengths           their lengths from the listing
 * @param modificationTimes when they were last modified, in milliseconds since the epoch
 */
record NewswirePartition(String[] paths, long[] lengths, long[] modificationTimes) implements InputPartition {

    private static final long serialVersionUID = 1L;

    static NewswirePartition of(List<FileListing.ListedFile> files) {
        List<FileListing.ListedFile> inOrder = new ArrayList<>(files);
        inOrder.sort(Comparator.comparing(FileListing.ListedFile::path));
        String[] paths = new String[inOrder.size()];
        long[] lengths = new long[inOrder.size()];
        long[] modificationTimes = new long[inOrder.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = inOrder.get(i).path();
            lengths[i] = inOrder.get(i).length();
            modificationTimes[i] = inOrder.get(i).modificationTime();
        }
        return new NewswirePartition(paths, lengths, modificationTimes);
    }
}
