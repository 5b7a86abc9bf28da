package io.github.newswire.cli;

import io.github.newswire.internal.IoReasons;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that fails once: the first failed write, flush or close throws an
 * {@link OutputFailure}; every call after it does nothing. A full disk or a closed pipe is then
 * reported once, by whoever met it first, instead of again by each flush and close on the way out.
 */
final class GuardedOutput extends FilterOutputStream {

    private OutputFailure failure;

    GuardedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (failure == null) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (failure == null) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure == null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (failure != null) {
            try {
                out.close();
            } catch (IOException e) {
                // Already reported: the close only releases the file.
            }
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private OutputFailure failure(IOException e) {
        failure = e instanceof OutputFailure already ? already : new OutputFailure(IoReasons.of(e), e);
        return failure;
    }

    /**
     * Throws the failure if a write through a writer that swallows errors (a {@code PrintWriter})
     * has already failed; free to call after each record.
     */
    void throwIfFailed() throws OutputFailure {
        if (failure != null) {
            throw failure;
        }
    }
}
