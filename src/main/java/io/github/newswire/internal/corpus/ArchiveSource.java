package io.github.newswire.internal.corpus;

import java.io.Closeable;
import java.io.IOException;

/** A source of raw entries: a tar stream, a zip stream, a zip file. */
interface ArchiveSource extends Closeable {
    /**
     * Returns the next entry.
     *
     * @return the entry, or null at the end
     * @throws IOException if the archive cannot be read
     */
    ArchiveReader.Entry next() throws IOException;
}
