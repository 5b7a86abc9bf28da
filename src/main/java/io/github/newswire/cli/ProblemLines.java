package io.github.newswire.cli;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.model.Diagnostic;
import java.nio.file.Path;

/**
 * Formats problem lines the way compilers do, so that editors and CI systems recognise them:
 * {@code PATH:LINE:COLUMN: SEVERITY: MESSAGE [code]}, or {@code PATH: error: MESSAGE [code]}
 * when there is no position.
 */
final class ProblemLines {

    private ProblemLines() {
    }

    static String of(Path file, Diagnostic d) {
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + ": " + d.message() + " ["
                + d.code().id() + "]";
    }

    static String of(Path file, FileFailure failure) {
        return file + (failure.hasPosition() ? ":" + failure.line() + ":" + failure.column() : "") + ": "
                + (isWarning(failure) ? "warning" : "error") + ": " + failure.message() + " [" + failure.code() + "]";
    }

    /** An archive entry skipped on purpose (a link, a device) is a warning: nothing was lost. */
    static boolean isWarning(FileFailure failure) {
        return failure.code().equals(FileFailure.SKIPPED_ENTRY);
    }

    static String ioError(Object where, String message) {
        return where + ": error: " + message + " [" + FileFailure.IO_ERROR + "]";
    }
}
