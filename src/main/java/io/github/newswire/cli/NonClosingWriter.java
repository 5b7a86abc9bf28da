package io.github.newswire.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer whose close only flushes: for streams that belong to someone else (standard output, a log). */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
