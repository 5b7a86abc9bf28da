package io.github.newswire;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one parse. In strict mode the first error is thrown instead, so
 * that a strict parse stops where the input first breaks the format.
 */
final class Problems {

    private final boolean strict;
    private List<Diagnostic> diagnostics = List.of();

    Problems(boolean strict) {
        this.strict = strict;
    }

    void report(DiagnosticCode code, String message, int line, int column, long offset) {
        Diagnostic diagnostic = new Diagnostic(code.defaultSeverity(), code, message, line, column);
        if (strict && diagnostic.severity() == Severity.ERROR) {
            throw new WireParseException(diagnostic, offset);
        }
        if (diagnostics.isEmpty()) {
            diagnostics = new ArrayList<>(2);
        }
        diagnostics.add(diagnostic);
    }

    List<Diagnostic> toList() {
        return diagnostics;
    }

    /** Throws a problem that ends the parse in either mode: the input cannot be read as text. */
    static WireParseException fatal(DiagnosticCode code, String message, int line, int column, long offset) {
        return new WireParseException(new Diagnostic(Severity.ERROR, code, message, line, column), offset);
    }
}
