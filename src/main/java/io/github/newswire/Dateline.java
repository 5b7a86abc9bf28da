package io.github.newswire;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The place (and, in the VNA style, the agency) that opens the lede, such as {@code LIMA –} or
 * {@code Hanoi (VNA) –}.
 *
 * <pre>{@code
 * NewsWire.parse(text).dateline().ifPresent(d ->
 *     System.out.println(d.place() + " " + d.agency().orElse("") + " " + d.dash().symbol()));
 * }</pre>
 *
 * @param place  the place as written, such as {@code HÀ NỘI} or {@code WASHINGTON, D.C.}
 * @param agency the agency named in parentheses after the place, such as {@code VNA}, if any
 * @param dash   the dash that separates the dateline from the lede
 * @since 0.1
 */
public record Dateline(String place, Optional<String> agency, Dash dash) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param place  the place as written, such as {@code HÀ NỘI} or {@code WASHINGTON, D.C.}
     * @param agency the agency named in parentheses after the place, such as {@code VNA}, if any
     * @param dash   the dash that separates the dateline from the lede
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code place} is blank
     */
    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(dash, "dash");
        if (place.isBlank()) {
            throw new IllegalArgumentException("a dateline needs a place");
        }
    }

    // Optional is not Serializable: the record travels as this form instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(place, agency.orElse(null), dash);
    }

    private record SerializedForm(String place, String agency, Dash dash) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Dateline(place, Optional.ofNullable(agency), dash);
        }
    }
}
