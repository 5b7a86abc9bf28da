package io.github.newswire.internal.formats;

import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import java.util.List;
/**
 * Where a reader reports the problems of one item. In strict mode an error throws
 * {@link io.github.newswire.parser.WireParseException} at once; otherwise it is kept for the item.
 */
public interface ProblemSink {

    /**
     * Reports a problem at a position.
     *
     * @param code    the problem's code
     * @param message what was found and what was expected
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param offset  the char offset in the decoded input, or -1 if unknown
     */
    void report(DiagnosticCode code, String message, int line, int column, long offset);

    /**
     * Returns the problems reported so far, in order.
     *
     * @return the diagnostics
     */
    List<Diagnostic> toList();
}
