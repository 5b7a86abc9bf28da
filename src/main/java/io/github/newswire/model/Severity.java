package io.github.newswire.model;

/**
 * How serious a {@link Diagnostic} is.
 *
 * <pre>{@code
 * boolean broken = article.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
 * }</pre>
 *
 * @since 0.1
 */
public enum Severity {
    /** The file does not follow the wire format; a strict parser throws on the first one. */
    ERROR,
    /** The file is well formed but a part that wire files normally have is missing. */
    WARNING;

    /**
     * Returns the lower-case name used in JSON and in command-line messages.
     *
     * @return {@code "error"} or {@code "warning"}
     */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
