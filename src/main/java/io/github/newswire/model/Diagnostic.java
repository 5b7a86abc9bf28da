package io.github.newswire.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A problem found in a wire file, with the place where it was found.
 *
 * <pre>{@code
 * for (Diagnostic d : NewsWire.parse(text).diagnostics()) {
 *     System.err.println(d); // 1:7: invalid date [2024-02-30]: February 2024 has 29 days
 * }
 * }</pre>
 *
 * <p>In lenient mode (the default) problems are collected as diagnostics and parsing goes on;
 * a strict parser throws a {@link io.github.newswire.parser.WireParseException} carrying the first error instead.
 *
 * @param severity how serious the problem is
 * @param code     the stable identity of the problem
 * @param message  what was expected and, in square brackets, what was found
 * @param line     1-based line where the problem was found
 * @param column   1-based column where the problem was found, in code points
 * @since 0.1
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, int line, int column)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param severity how serious the problem is
     * @param code     the stable identity of the problem
     * @param message  what was expected and, in square brackets, what was found
     * @param line     1-based line where the problem was found
     * @param column   1-based column where the problem was found, in code points
     * @throws NullPointerException     if any object component is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, found " + line + ":" + column);
        }
    }

    /**
     * Returns the diagnostic as {@code line:column: message}, the form used in exception messages.
     *
     * @return the formatted diagnostic
     */
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
