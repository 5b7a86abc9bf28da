package io.github.newswire.cli;

import io.github.newswire.internal.IoReasons;
import java.io.IOException;

/**
 * The output could not be written: the one failure a run reports about its output, however many
 * writes and flushes it spoiled. Its message is the reason, in the words {@link IoReasons} uses.
 */
final class OutputFailure extends IOException {

    private static final long serialVersionUID = 1L;

    OutputFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the reader of a pipe went away: not an error, the end of the run. */
    boolean brokenPipe() {
        return IoReasons.isBrokenPipe(this);
    }
}
