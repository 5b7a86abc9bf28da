package io.github.newswire.parser;

import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import java.io.Serial;

/**
 * The one exception the parser throws for bad input: every error in strict mode, and in either
 * mode input that is not text at all (bytes that are not UTF-8, input over the size limit).
 *
 * <pre>{@code
 * try {
 *     WireParser.builder().strict(true).build().parse(text);
 * } catch (WireParseException e) {
 *     System.err.println(e.getMessage()); // 1:7: invalid date [2024-02-30]: February 2024 has 29 days
 *     e.code();                           // DiagnosticCode.INVALID_DATE
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class WireParseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Diagnostic diagnostic;
    private final long offset;

    /**
     * Makes the exception for a problem. Readers throw it; users catch it.
     *
     * @param diagnostic the problem
     * @param offset     where it is, in bytes for byte-level codes and in {@code char}s otherwise
     * @since 0.5
     */
    public WireParseException(Diagnostic diagnostic, long offset) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
        this.offset = offset;
    }

    /**
     * Returns the problem, with its code, message, line and column.
     *
     * @return the diagnostic
     */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /**
     * Returns the problem's stable code.
     *
     * @return the code
     */
    public DiagnosticCode code() {
        return diagnostic.code();
    }

    /**
     * Returns the 1-based line of the problem.
     *
     * @return the line
     */
    public int line() {
        return diagnostic.line();
    }

    /**
     * Returns the 1-based column of the problem, in code points.
     *
     * @return the column
     */
    public int column() {
        return diagnostic.column();
    }

    /**
     * Returns where the problem is: a byte offset for {@link DiagnosticCode#MALFORMED_UTF8} and
     * {@link DiagnosticCode#INPUT_TOO_LARGE}, otherwise a {@code char} index into the parsed text.
     *
     * @return the 0-based offset
     */
    public long offset() {
        return offset;
    }
}
