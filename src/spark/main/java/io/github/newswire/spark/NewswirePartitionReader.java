package io.github.newswire.spark;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Queue;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * One task's reading: its files one after the other, each opened as a stream and handed to
 * {@code CorpusParser.parseStream}, so that an archive is read entry by entry and never held
 * whole; each file's or entry's result becomes its rows as the query pulls them.
 */
final class NewswirePartitionReader implements PartitionReader<InternalRow> {

    private final NewswirePartition partition;
    private final NewswireOptions options;
    private final Rows rows;
    private final Configuration conf;
    private final Queue<InternalRow> pending = new ArrayDeque<>();
    private int nextFile;
    private Stream<FileResult> results;
    private Iterator<FileResult> current;
    private String currentPath;
    private String currentName;
    private InternalRow row;

    NewswirePartitionReader(NewswirePartition partition, NewswireOptions options, Rows rows, Configuration conf) {
        this.partition = partition;
        this.options = options;
        this.rows = rows;
        this.conf = conf;
    }

    @Override
    public boolean next() throws IOException {
        while (pending.isEmpty()) {
            if (current != null && current.hasNext()) {
                add(current.next());
            } else if (!openNext()) {
                return false;
            }
        }
        row = pending.poll();
        return true;
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private boolean openNext() {
        closeCurrent();
        if (nextFile >= partition.paths().length) {
            return false;
        }
        currentPath = partition.paths()[nextFile++];
        Path path = new Path(currentPath);
        currentName = path.getName();
        try {
            InputStream in = path.getFileSystem(conf).open(path);
            results = options.corpusParser().parseStream(in, currentName);
        } catch (IOException | UncheckedIOException e) {
            results = Stream.of(FileResult.failed(java.nio.file.Path.of(currentName),
                    FileFailure.ioError("cannot read: " + e.getMessage()), 0));
        }
        current = results.iterator();
        return true;
    }

    private void closeCurrent() {
        if (results != null) {
            results.close();
            results = null;
            current = null;
        }
    }

    /** The rows of one file's or entry's result, as the mode wants them. */
    private void add(FileResult result) {
        // The result's path is NAME or NAME!/ENTRY: the source is the full path with the same tail.
        String source = currentPath + result.path().toString().substring(currentName.length());
        if (result.failure().isEmpty()) {
            for (Article article : result.articles()) {
                pending.add((InternalRow) rows.article(source, article));
            }
            return;
        }
        FileFailure failure = result.failure().get();
        if (options.mode == NewswireOptions.Mode.PERMISSIVE) {
            pending.add((InternalRow) rows.failure(source, failure));
        } else if (options.mode == NewswireOptions.Mode.FAILFAST && !failure.code().equals(FileFailure.SKIPPED_ENTRY)) {
            // A link or a device in an archive lost nothing: only what could not be parsed fails the query.
            throw new IllegalStateException("newswire: a file that cannot be parsed, in mode FAILFAST: " + source
                    + (failure.hasPosition() ? ":" + failure.line() + ":" + failure.column() : "") + ": "
                    + failure.message() + " [" + failure.code() + "]; mode PERMISSIVE gives it as a row with"
                    + " failure set");
        }
    }
}
