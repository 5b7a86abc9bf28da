package io.github.newswire.spark;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.model.Article;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Queue;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import tools.jackson.databind.JsonNode;

/**
 * One task's reading: its files one after the other, each opened as a stream and handed to
 * {@code CorpusParser.parseStream}, so that an archive is read entry by entry and never held
 * whole; each file's or entry's result becomes its rows as the query pulls them.
 *
 * <p>What the file holds decides a failure row; what the storage does never does. An error of the
 * storage itself (a connection reset, a file deleted after the listing) fails the task, which
 * Spark then retries, as its own file sources do, rather than become a row that a retry would not
 * have given; {@code ignoreMissingFiles} skips a file deleted since the listing.
 */
final class NewswirePartitionReader implements PartitionReader<InternalRow> {

    private final NewswirePartition partition;
    private final NewswireOptions options;
    private final boolean ignoreMissingFiles;
    private final Rows rows;
    private final Configuration conf;
    private final Queue<InternalRow> pending = new ArrayDeque<>();
    private int nextFile;
    private Stream<FileResult> results;
    private Iterator<FileResult> current;
    private StorageStream storage;
    private String currentPath;
    private String currentName;
    private JsonNode metadata;
    private InternalRow row;

    NewswirePartitionReader(NewswirePartition partition, NewswireOptions options, boolean ignoreMissingFiles,
            Rows rows, Configuration conf) {
        this.partition = partition;
        this.options = options;
        this.ignoreMissingFiles = ignoreMissingFiles;
        this.rows = rows;
        this.conf = conf;
    }

    @Override
    public boolean next() throws IOException {
        while (pending.isEmpty()) {
            if (current != null && current.hasNext()) {
                FileResult result = current.next();
                storage.rethrow();
                add(result);
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

    private boolean openNext() throws IOException {
        closeCurrent();
        while (nextFile < partition.paths().length) {
            int file = nextFile++;
            currentPath = partition.paths()[file];
            Path path = new Path(currentPath);
            currentName = path.getName();
            metadata = rows.metadata(currentPath, partition.lengths()[file], partition.modificationTimes()[file]);
            InputStream in;
            try {
                in = path.getFileSystem(conf).open(path);
            } catch (FileNotFoundException e) {
                if (ignoreMissingFiles) {
                    continue;
                }
                throw new FileNotFoundException("newswire: " + currentPath + " was listed but is gone: " + e.getMessage()
                        + "; option ignoreMissingFiles skips such files");
            }
            storage = new StorageStream(in);
            try {
                results = options.corpusParser().parseStream(storage, currentName);
            } catch (RuntimeException | Error e) {
                storage.close();
                throw e;
            }
            current = results.iterator();
            return true;
        }
        return false;
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
        String source = Rows.source(currentPath, currentName, result);
        if (result.failure().isEmpty()) {
            for (Article article : result.articles()) {
                pending.add((InternalRow) rows.article(source, article, metadata));
            }
            return;
        }
        FileFailure failure = result.failure().get();
        if (options.mode == NewswireOptions.Mode.PERMISSIVE) {
            pending.add((InternalRow) rows.failure(source, failure, metadata));
        } else if (options.mode == NewswireOptions.Mode.FAILFAST) {
            throw new IllegalStateException("newswire: a file that cannot be parsed, in mode FAILFAST: " + source
                    + (failure.hasPosition() ? ":" + failure.line() + ":" + failure.column() : "") + ": "
                    + failure.message() + " [" + failure.code() + "]; mode PERMISSIVE gives it as a row with"
                    + " failure set");
        }
    }

    /**
     * The file's stream as the storage gives it, remembering the storage's own errors: the parser
     * makes every read error a failure of the file (a damaged archive ends there), and this tells
     * the errors of the storage from those of the bytes.
     */
    private static final class StorageStream extends FilterInputStream {

        private IOException error;

        StorageStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (error == null) {
                error = e;
            }
            return e;
        }

        /** Fails the task if the storage failed while this file was read. */
        void rethrow() throws IOException {
            if (error != null) {
                throw new IOException("newswire: reading failed in the storage, not in the file: " + error.getMessage(),
                        error);
            }
        }
    }
}
