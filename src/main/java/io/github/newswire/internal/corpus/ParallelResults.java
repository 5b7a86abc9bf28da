package io.github.newswire.internal.corpus;

import io.github.newswire.corpus.FileResult;
import io.github.newswire.internal.SourceBytes;
import io.github.newswire.internal.corpus.FileWork.ArchiveMarker;
import io.github.newswire.internal.corpus.FileWork.Sourced;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The results in input order. The consuming thread hands out batches of files (and reads
 * archives, one entry after another, into batches of entries); a pool parses them, or, with one
 * thread, the consuming thread does. A file found to be an archive by its content is read where
 * it stands: its entries' batches go before those of the files after it.
 */
public final class ParallelResults<T> implements Iterator<T> {
    /**
     * How many consecutive files one task parses: handing each file to a thread on its own costs
     * more than parsing a small one (a queue operation and a wake-up on each side).
     */
    static final int BATCH_FILES = 16;

    /** A batch ends early once it has read this many bytes, so that big files keep memory bounded. */
    public static final int BATCH_BYTES = 1 << 20;

    /** One unit of work: a file to read, or an archive entry already read. */
    private record Work(Path file, Path archive, ArchiveReader.Entry entry) {
    }

    /** What one task did: the results of the first items of its batch, and the items it left. */
    private record Batch(List<Object> results, List<Work> rest) {
    }

    private final FileWork fileWork;
    private final Iterator<Path> source;
    private final Function<FileResult, T> then;
    private final boolean archivesOnly;
    private final Predicate<String> entries;
    private final int inFlight;
    private final ExecutorService pool;
    private final Deque<Future<Batch>> pending;
    /** Batches of the archive being read, which come before every pending batch. */
    private final Deque<Future<Batch>> expansion = new ArrayDeque<>();
    private ArchiveReader archive;
    private Path archivePath;
    private Iterator<Object> current = Collections.emptyIterator();
    /** The results after an archive in its batch, given once the archive's entries are. */
    private Iterator<Object> deferred;
    private T next;

    /**
     * Results of files, in their order.
     *
     * @param fileWork     the work on each file
     * @param source       the files
     * @param threads      how many threads parse at once
     * @param then         the work on each result, on the parsing thread
     * @param archivesOnly whether every file is read as an archive
     * @param entries      which archive entries to read, by their file names
     */
    public ParallelResults(FileWork fileWork, Iterator<Path> source, int threads, Function<FileResult, T> then,
            boolean archivesOnly, Predicate<String> entries) {
        this.fileWork = fileWork;
        this.source = source;
        this.then = then;
        this.archivesOnly = archivesOnly;
        this.entries = entries;
        this.inFlight = threads == 1 ? 1 : 2 * threads;
        this.pending = new ArrayDeque<>(inFlight + 1);
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "newswire-parse");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current.hasNext()) {
                Object item = current.next();
                if (item instanceof ArchiveMarker marker) {
                    // The rest of this batch comes after the archive's entries.
                    deferred = current;
                    current = Collections.emptyIterator();
                    openArchive(marker.archive());
                } else {
                    @SuppressWarnings("unchecked")
                    T result = (T) item;
                    next = result;
                }
                continue;
            }
            Future<Batch> batch = nextArchiveBatch();
            if (batch == null && deferred != null) {
                current = deferred;
                deferred = null;
                continue;
            }
            if (batch == null) {
                fillPending();
                batch = pending.poll();
            }
            if (batch == null) {
                // All given: the threads are not needed any more, closed or not.
                stop();
                return false;
            }
            Batch done = await(batch);
            if (!done.rest().isEmpty()) {
                // Cut short by its size: the rest goes first, so the order holds.
                (done.rest().get(0).file() == null ? expansion : pending).addFirst(submit(done.rest()));
            }
            current = done.results().iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
    }

    /** Stops the threads and closes the archive being read; the results end. */
    public void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (archive != null) {
            archive.close();
        }
    }

    /** The next batch of the archive being read, or null when there is none. */
    private Future<Batch> nextArchiveBatch() {
        fillExpansion();
        return expansion.poll();
    }

    private void fillPending() {
        while (pending.size() < inFlight && source.hasNext()) {
            List<Work> batch = new ArrayList<>(BATCH_FILES);
            while (batch.size() < BATCH_FILES && source.hasNext()) {
                batch.add(new Work(source.next(), null, null));
            }
            pending.add(submit(batch));
        }
    }

    private void openArchive(Path file) {
        try {
            archive = ArchiveReader.open(file, fileWork.maxInputBytes(), entries);
            archivePath = file;
        } catch (IOException | RuntimeException e) {
            current = List.<Object>of(then.apply(FileWork.unreadableArchive(file, e))).iterator();
        }
    }

    /** Reads the archive's next entries, on this thread, into batches for the pool. */
    private void fillExpansion() {
        while (archive != null && expansion.size() < inFlight) {
            List<Work> batch = new ArrayList<>(BATCH_FILES);
            long bytes = 0;
            ArchiveReader.Entry entry = null;
            while (batch.size() < BATCH_FILES && bytes < BATCH_BYTES && (entry = archive.next()) != null) {
                batch.add(new Work(null, archivePath, entry));
                bytes += entry.bytes() == null ? 0 : entry.bytes().length;
            }
            if (!batch.isEmpty()) {
                expansion.add(submit(batch));
            }
            if (entry == null) {
                archive.close();
                archive = null;
            }
        }
    }

    private Future<Batch> submit(List<Work> batch) {
        Callable<Batch> task = () -> {
            List<Object> results = new ArrayList<>(batch.size());
            long bytes = 0;
            for (Work work : batch) {
                // At least one item a batch, so that an interrupted caller running the batch
                // itself (one thread) still makes progress instead of handing it all back.
                if (!results.isEmpty() && (bytes >= BATCH_BYTES || Thread.currentThread().isInterrupted())) {
                    break;
                }
                Object result = work.file() == null ? fileWork.entryResult(work.archive(), work.entry())
                        : archivesOnly ? new ArchiveMarker(work.file()) : fileWork.work(work.file());
                if (result instanceof Sourced sourced) {
                    // The work on the file may write its paragraphs from the bytes they were read from.
                    FileResult fileResult = sourced.result();
                    bytes += fileResult.size();
                    results.add(Objects.requireNonNull(SourceBytes.with(fileResult.articles(), sourced.bytes(),
                            sourced.textStart(), () -> then.apply(fileResult)),
                            () -> "the work on " + fileResult.path() + " returned null"));
                } else if (result instanceof FileResult fileResult) {
                    bytes += work.file() == null ? 0 : fileResult.size();
                    results.add(Objects.requireNonNull(then.apply(fileResult),
                            () -> "the work on " + fileResult.path() + " returned null"));
                } else {
                    results.add(result);
                }
            }
            return new Batch(results, batch.subList(results.size(), batch.size()));
        };
        if (pool == null) {
            FutureTask<Batch> inline = new FutureTask<>(task);
            inline.run();
            return inline;
        }
        return pool.submit(task);
    }

    private Batch await(Future<Batch> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            // Parsing returns failures as results; anything else is a bug to surface.
            throw new IllegalStateException("parsing failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
