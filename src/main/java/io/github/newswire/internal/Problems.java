package io.github.newswire.internal;

import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Severity;
import io.github.newswire.parser.WireParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one parse. In strict mode the first error is thrown instead, so
 * that a strict parse stops where the input first breaks the format. At most
 * {@value #MAX_PER_CODE} diagnostics of one code are kept, so that a hostile file cannot fill
 * memory with them; a final {@link DiagnosticCode#MORE_DIAGNOSTICS} says how many more there were.
 */
public final class Problems {

    /** The most diagnostics of one code listed for one article. */
    public static final int MAX_PER_CODE = 100;

    private final boolean strict;
    private List<Diagnostic> diagnostics = List.of();
    private Map<DiagnosticCode, Integer> counts;

    /**
     * Collects the diagnostics of one parse.
     *
     * @param strict whether the first error is thrown instead
     */
    public Problems(boolean strict) {
        this.strict = strict;
    }

    /**
     * Reports a problem at a position: kept, or in strict mode thrown if it is an error.
     *
     * @param code    the problem's code
     * @param message what was found and what was expected
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param offset  the char offset in the decoded input (a byte offset for byte-level codes), or -1
     * @throws WireParseException in strict mode, for an error
     */
    public void report(DiagnosticCode code, String message, int line, int column, long offset) {
        Diagnostic diagnostic = new Diagnostic(code.defaultSeverity(), code, message, line, column);
        if (strict && diagnostic.severity() == Severity.ERROR) {
            throw new WireParseException(diagnostic, offset);
        }
        if (diagnostics.isEmpty()) {
            diagnostics = new ArrayList<>(2);
            counts = new EnumMap<>(DiagnosticCode.class);
        }
        int count = counts.merge(code, 1, Integer::sum);
        if (count <= MAX_PER_CODE) {
            diagnostics.add(diagnostic);
        }
    }

    /**
     * Counts diagnostics past the listing limit without building them; they show in the final count.
     *
     * @param code  their code
     * @param count how many
     */
    public void countUnlisted(DiagnosticCode code, int count) {
        if (count == 0) {
            return;
        }
        if (diagnostics.isEmpty()) {
            diagnostics = new ArrayList<>(2);
            counts = new EnumMap<>(DiagnosticCode.class);
        }
        counts.merge(code, count, Integer::sum);
    }

    /**
     * Whether another diagnostic of this code would still be listed; lets callers skip building it.
     *
     * @param code the code
     * @return true if it would be listed
     */
    public boolean wouldList(DiagnosticCode code) {
        return counts == null || counts.getOrDefault(code, 0) < MAX_PER_CODE;
    }

    /**
     * Returns the problems reported so far, in order, and the count of those past the listing limit.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> toList() {
        if (counts != null) {
            counts.forEach((code, count) -> {
                if (count > MAX_PER_CODE) {
                    diagnostics.add(new Diagnostic(Severity.WARNING, DiagnosticCode.MORE_DIAGNOSTICS,
                            (count - MAX_PER_CODE) + " more " + code.id() + " diagnostics [" + count + " in all]: expected"
                                    + " at most " + MAX_PER_CODE + " of one code to be listed", 1, 1));
                }
            });
        }
        return diagnostics;
    }

    /**
     * Makes the exception for a problem that ends the parse in either mode: the input cannot be read as text.
     *
     * @param code    the code
     * @param message the message
     * @param line    the line
     * @param column  the column
     * @param offset  the offset, in bytes for byte-level problems
     * @return the exception to throw
     */
    public static WireParseException fatal(DiagnosticCode code, String message, int line, int column, long offset) {
        return new WireParseException(new Diagnostic(Severity.ERROR, code, message, line, column), offset);
    }
}
