package io.github.newswire.parser;

import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.SourceSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link HeaderParser#parse(CharSequence)}: the {@code date} preamble of a wire file.
 *
 * <pre>{@code
 * Header header = new HeaderParser().parse(" date 2024-11-14 LIMA – …");
 * header.date();      // Optional[2024-11-14]
 * header.bodyStart(); // 17, where "LIMA" starts
 * }</pre>
 *
 * @param date        the date, if the preamble is present and its date valid
 * @param span        where the preamble ({@code date} and its date) stands, if present
 * @param bodyStart   the {@code char} index where the text after the preamble starts
 * @param diagnostics problems with the preamble
 * @since 0.1
 */
public record Header(Optional<LocalDate> date, Optional<SourceSpan> span, int bodyStart,
        List<Diagnostic> diagnostics) {

    /**
     * Checks the components and copies the list.
     *
     * @param date        the date, if the preamble is present and its date valid
     * @param span        where the preamble ({@code date} and its date) stands, if present
     * @param bodyStart   the {@code char} index where the text after the preamble starts
     * @param diagnostics problems with the preamble
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code bodyStart} is negative
     */
    public Header {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
        diagnostics = List.copyOf(diagnostics);
        if (bodyStart < 0) {
            throw new IllegalArgumentException("bodyStart must not be negative: " + bodyStart);
        }
    }
}
