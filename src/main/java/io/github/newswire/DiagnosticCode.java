package io.github.newswire;

import java.util.Optional;

/**
 * The stable identity of each problem the parser reports.
 *
 * <pre>{@code
 * if (diagnostic.code() == DiagnosticCode.INVALID_DATE) { ... }
 * String id = DiagnosticCode.INVALID_DATE.id(); // "invalid-date", as in JSON and CLI output
 * }</pre>
 *
 * <p>The kebab-case {@link #id()} of a code never changes once released; it appears in JSON,
 * in command-line messages and in {@code docs/format.md}, which has an example for each.
 *
 * @since 0.1
 */
public enum DiagnosticCode {
    /** The input holds nothing but whitespace. */
    EMPTY_INPUT("empty-input", Severity.ERROR),
    /** The input does not start with the {@code date YYYY-MM-DD} preamble. */
    MISSING_HEADER("missing-header", Severity.ERROR),
    /** The preamble's date is missing, malformed or impossible (such as {@code 2024-02-30}). */
    INVALID_DATE("invalid-date", Severity.ERROR),
    /** The preamble is not followed by any article text. */
    EMPTY_BODY("empty-body", Severity.ERROR),
    /** The last paragraph carries no agency sign-off such as {@code VNS}. */
    MISSING_ATTRIBUTION("missing-attribution", Severity.WARNING),
    /** Bytes that are not valid UTF-8; the message names the byte offset. */
    MALFORMED_UTF8("malformed-utf8", Severity.ERROR),
    /** The input is larger than the parser's configured limit. */
    INPUT_TOO_LARGE("input-too-large", Severity.ERROR);

    private final String id;
    private final Severity defaultSeverity;

    DiagnosticCode(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /**
     * Returns the stable kebab-case identifier.
     *
     * @return the identifier, such as {@code "invalid-date"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity the parser reports this code with.
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Finds the code with the given identifier.
     *
     * @param id a kebab-case identifier such as {@code "invalid-date"}
     * @return the code, or empty if no code has that identifier
     */
    public static Optional<DiagnosticCode> fromId(String id) {
        for (DiagnosticCode code : values()) {
            if (code.id.equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
