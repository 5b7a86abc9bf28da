package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency sign-off that closes an article, such as {@code VNS}, {@code — VNA/VNS} or
 * {@code Source: VNA}.
 *
 * <pre>{@code
 * Attribution signOff = NewsWire.parse(text).attribution().orElseThrow();
 * signOff.agencies();            // [VNA, VNS]
 * signOff.dash().map(Dash::symbol); // Optional[—]
 * }</pre>
 *
 * <p>The sign-off is not part of any paragraph. Its {@code text} is the credit as written,
 * without the dash that may introduce it; {@code span} slices that text from the input.
 *
 * @param text     the credit as written, such as {@code VNA/VNS} or {@code Source: VNA}
 * @param agencies the agencies credited, in the order written
 * @param dash     the dash written before the credit, if any
 * @param span     where {@code text} stands in the input
 * @since 0.1
 */
public record Attribution(String text, List<String> agencies, Optional<Dash> dash, SourceSpan span)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components and copies the list.
     *
     * @param text     the credit as written, such as {@code VNA/VNS} or {@code Source: VNA}
     * @param agencies the agencies credited, in the order written
     * @param dash     the dash written before the credit, if any
     * @param span     where {@code text} stands in the input
     * @throws NullPointerException     if a component or an agency is null
     * @throws IllegalArgumentException if {@code agencies} is empty
     */
    public Attribution {
        Objects.requireNonNull(text, "text");
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(dash, "dash");
        Objects.requireNonNull(span, "span");
        if (agencies.isEmpty()) {
            throw new IllegalArgumentException("a sign-off credits at least one agency");
        }
    }

    // Optional is not Serializable: the record travels as this form instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(text, agencies, dash.orElse(null), span);
    }

    private record SerializedForm(String text, List<String> agencies, Dash dash, SourceSpan span)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Attribution(text, agencies, Optional.ofNullable(dash), span);
        }
    }
}
