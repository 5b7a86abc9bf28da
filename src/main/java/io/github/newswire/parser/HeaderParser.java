package io.github.newswire.parser;

import io.github.newswire.internal.Problems;
import io.github.newswire.internal.vns.Preamble;
import java.util.Optional;

/**
 * Reads the {@code date YYYY-MM-DD} preamble that opens a wire file.
 *
 * <pre>{@code
 * Header header = new HeaderParser().parse(" date 2024-02-30 HÀ NỘI — …");
 * header.date();        // Optional.empty
 * header.diagnostics(); // [1:7: invalid date [2024-02-30]: February 2024 has 29 days]
 * }</pre>
 *
 * <p>The preamble is an optional byte order mark and whitespace, the word {@code date} (lower
 * case, as the wires write it), whitespace and an ISO date. Instances are immutable and thread-safe; the VNS
 * reader of {@link WireParser} reads the preamble the same way.
 *
 * @since 0.1
 */
public final class HeaderParser {

    /** Creates a header parser. */
    public HeaderParser() {
        // Stateless; a constructor rather than static methods leaves room for options.
    }

    /**
     * Reads the preamble at the start of {@code text}.
     *
     * @param text the whole wire file
     * @return the preamble's date and position, and any problems with it
     */
    public Header parse(CharSequence text) {
        Problems problems = new Problems(false);
        Preamble.Result result = Preamble.read(text, problems);
        return new Header(Optional.ofNullable(result.date()), Optional.ofNullable(result.span()), result.bodyStart(),
                problems.toList());
    }
}
