package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The place (and, in the VNA style, the agency) that opens the lede, such as {@code LIMA –},
 * {@code Hanoi (VNA) –}, {@code PARIS, VIETNAM, March 3 -} or, without a dash, {@code HCM CITY}.
 *
 * <pre>{@code
 * NewsWire.parse(text).dateline().ifPresent(d ->
 *     System.out.println(d.place() + " " + d.agency().orElse("") + " " + d.dash().map(Dash::symbol).orElse("")));
 * }</pre>
 *
 * <p>A syndicated copy may name the country and the day after the place; they are kept apart
 * from the place, as written (the day has no year unless the dateline gives one, so it is text,
 * not a date). A distributor's prefix before the wire's own dateline ({@code VIETNAM, June 10 -
 * HÀ NỘI —}) gives the country and the day, and the wire's dateline the place and the dash.
 *
 * <p>The structured formats give a dateline as one element ({@code <dateline>LONDON, Oct 12
 * (Reuters)</dateline>}); {@code text} keeps it as written, and its parts are read from it: the
 * place before the first comma (unless the format names the place apart), the agency in the last
 * parentheses, a dash at the end, and between them the day, or the country and then the day. A
 * dateline that names only a day ({@code 4/4/2018}) has an empty place.
 *
 * @param place   the place as written, such as {@code HÀ NỘI} or {@code WASHINGTON, D.C.}
 * @param country the country named after the place, such as {@code VIETNAM}, if any
 * @param date    the day named in the dateline as written, such as {@code March 3}, if any
 * @param agency  the agency named in parentheses after the place, such as {@code VNA}, if any
 * @param dash    the dash that separates the dateline from the lede, if any
 * @param text    the whole dateline as a structured format writes it, if it comes from one
 * @since 0.1
 */
public record Dateline(String place, Optional<String> country, Optional<String> date, Optional<String> agency,
        Optional<Dash> dash, Optional<String> text) implements Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    /**
     * Checks the components.
     *
     * @param place   the place as written, such as {@code HÀ NỘI} or {@code WASHINGTON, D.C.}
     * @param country the country named after the place, if any
     * @param date    the day named in the dateline as written, if any
     * @param agency  the agency named in parentheses after the place, such as {@code VNA}, if any
     * @param dash    the dash that separates the dateline from the lede, if any
     * @param text    the whole dateline as a structured format writes it, if it comes from one
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code place} is blank and there is no {@code text}
     */
    public Dateline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(dash, "dash");
        if (place.isBlank() && text.isEmpty()) {
            throw new IllegalArgumentException("a dateline needs a place, or its text as written");
        }
    }

    /**
     * A dateline read from the lede of VNS text, which has no separate dateline text.
     *
     * @param place   the place as written
     * @param country the country named after the place, if any
     * @param date    the day named in the dateline as written, if any
     * @param agency  the agency named in parentheses after the place, if any
     * @param dash    the dash that separates the dateline from the lede, if any
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code place} is blank
     */
    public Dateline(String place, Optional<String> country, Optional<String> date, Optional<String> agency,
            Optional<Dash> dash) {
        this(place, country, date, agency, dash, Optional.empty());
    }

    /**
     * A dateline of a place, an optional agency and a dash: the common shape.
     *
     * @param place  the place as written
     * @param agency the agency named in parentheses after the place, if any
     * @param dash   the dash that separates the dateline from the lede
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code place} is blank
     */
    public Dateline(String place, Optional<String> agency, Dash dash) {
        this(place, Optional.empty(), Optional.empty(), agency, Optional.of(Objects.requireNonNull(dash, "dash")));
    }

    // Optional is not Serializable: the record travels as this form instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(place, country.orElse(null), date.orElse(null), agency.orElse(null),
                dash.orElse(null), text.orElse(null));
    }

    private record SerializedForm(String place, String country, String date, String agency, Dash dash, String text)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 3L;

        @Serial
        private Object readResolve() {
            return new Dateline(place, Optional.ofNullable(country), Optional.ofNullable(date),
                    Optional.ofNullable(agency), Optional.ofNullable(dash), Optional.ofNullable(text));
        }
    }
}
