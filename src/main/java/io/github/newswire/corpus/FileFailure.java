package io.github.newswire.corpus;

import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.parser.WireParseException;

/**
 * Why a file in a bulk parse has no article: it could not be read, is not UTF-8 text, or is over
 * a limit (or, with a strict parser, has an error).
 *
 * <pre>{@code
 * result.failure().ifPresent(f -> System.err.println(result.path() + ": " + f));
 * }</pre>
 *
 * @param code    a stable kebab-case code: a {@link DiagnosticCode#id()}, or {@code io-error} when
 *                the file could not be read
 * @param message what was expected and what was found
 * @param line    the 1-based line of the problem, or 0 when it has no position (an I/O error)
 * @param column  the 1-based column of the problem, or 0 when it has no position
 * @param offset  the byte or {@code char} offset of the problem (see {@link WireParseException#offset()}),
 *                or -1 when it has none
 * @since 0.1
 */
public record FileFailure(String code, String message, int line, int column, long offset) {

    /** The code of a file that could not be read: missing, vanished, unreadable. */
    public static final String IO_ERROR = "io-error";

    /**
     * The code of an archive given to {@link CorpusParser#parseFile(java.nio.file.Path)}, which reads
     * one wire file; {@link CorpusParser#parseAll} and {@link CorpusParser#parseArchive} read its entries.
     *
     * @since 0.2
     */
    public static final String ARCHIVE = "archive";

    /**
     * The code of an archive entry that is not a file (a symbolic or hard link, a device) or an
     * archive nested too deep: skipped, a warning rather than an error, since nothing was lost.
     *
     * @since 0.2
     */
    public static final String SKIPPED_ENTRY = "skipped-entry";

    /**
     * The code of a damaged archive (truncated, a bad header, a corrupt stream): its message names
     * the byte offset; every entry before the damage was read.
     *
     * @since 0.2
     */
    public static final String DAMAGED_ARCHIVE = "damaged-archive";

    /**
     * Checks the components.
     *
     * @param code    the stable code
     * @param message the message
     * @param line    the line, or 0
     * @param column  the column, or 0
     * @param offset  the offset, or -1
     * @throws NullPointerException     if the code or the message is null
     * @throws IllegalArgumentException if the line or column is negative
     */
    public FileFailure {
        java.util.Objects.requireNonNull(code, "code");
        java.util.Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 0 or more, found " + line + ":" + column);
        }
    }

    /**
     * Returns the failure a parse exception describes.
     *
     * @param e the exception
     * @return its code, message and position
     */
    public static FileFailure of(WireParseException e) {
        return new FileFailure(e.code().id(), e.diagnostic().message(), e.line(), e.column(), e.offset());
    }

    /**
     * Returns the failure of a file that could not be read.
     *
     * @param message what went wrong, such as {@code cannot read: permission denied}
     * @return an {@link #IO_ERROR} failure without a position
     */
    public static FileFailure ioError(String message) {
        return new FileFailure(IO_ERROR, message, 0, 0, -1);
    }

    /**
     * Tells whether the failure has a line and column.
     *
     * @return false for I/O errors
     */
    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * Returns the failure as {@code LINE:COLUMN: MESSAGE [code]}, or {@code MESSAGE [code]}
     * without a position.
     *
     * @return the formatted failure
     */
    @Override
    public String toString() {
        return (hasPosition() ? line + ":" + column + ": " : "") + message + " [" + code + "]";
    }
}
