package io.github.newswire.internal;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says why an I/O operation failed in a few lower-case words, the way {@code ls} or {@code cat}
 * do ({@code permission denied}, {@code no space left on device}), without the path the caller
 * already prints and without Java class names.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /**
     * Returns the reason for a failure.
     *
     * @param failure an I/O failure, possibly wrapped in an {@link UncheckedIOException}
     * @return the reason, such as {@code no such file or directory}
     */
    public static String of(Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : failure;
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (cause instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        // A FileSystemException's message repeats the path; its reason is the system's own words.
        String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : cause.getMessage();
        if (reason == null || reason.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return lowerFirst(reason.strip());
    }

    /**
     * Tells whether a failure is a write to a pipe whose reader has gone away.
     *
     * @param failure an I/O failure
     * @return true for a broken pipe
     */
    public static boolean isBrokenPipe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Broken pipe") || message.contains("pipe is being closed")
                    || message.contains("pipe has been ended"))) {
                return true;
            }
        }
        return false;
    }

    /** "No space left on device" becomes "no space left on device"; "UTF-8 …" and "EOF" stay. */
    private static String lowerFirst(String reason) {
        if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }
}
