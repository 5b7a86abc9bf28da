package io.github.newswire.internal.vns;

import io.github.newswire.internal.Resources;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The places and countries a dateline may name where its shape alone cannot tell a place from
 * the lede's first words: a dateline without a dash ({@code HCM CITY The …}), a mixed-case place
 * without an agency ({@code Hanoi – …}) and the country of a syndicated dateline
 * ({@code PARIS, VIETNAM, March 3 - …}). Names match whatever their case, diacritics, hyphens and
 * spacing. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final Gazetteer STANDARD = new Gazetteer(
            keys(Resources.lines(Gazetteer.class, "places.txt")),
            keys(Resources.lines(Gazetteer.class, "countries.txt")));

    private final Set<String> places;
    private final Set<String> countries;

    private Gazetteer(Set<String> places, Set<String> countries) {
        this.places = Set.copyOf(places);
        this.countries = Set.copyOf(countries);
    }

    /**
     * The places and countries shipped with newswire.
     *
     * @return the shared standard gazetteer
     */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /**
     * Returns a gazetteer that also knows these places.
     *
     * @param more place names
     * @return a new gazetteer
     */
    public Gazetteer withPlaces(Collection<String> more) {
        Set<String> all = new HashSet<>(places);
        all.addAll(keys(more));
        return new Gazetteer(all, countries);
    }

    /**
     * Tells whether {@code text[from, to)} names a known place.
     *
     * @param text the text
     * @param from start of the name
     * @param to   end of the name
     * @return true for a place of the gazetteer
     */
    public boolean isPlace(CharSequence text, int from, int to) {
        return places.contains(key(text.subSequence(from, to)));
    }

    /**
     * Tells whether {@code text[from, to)} names a known country.
     *
     * @param text the text
     * @param from start of the name
     * @param to   end of the name
     * @return true for a country of the gazetteer
     */
    public boolean isCountry(CharSequence text, int from, int to) {
        return countries.contains(key(text.subSequence(from, to)));
    }

    private static Set<String> keys(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(key(name));
        }
        return keys;
    }

    /**
     * The form names are compared in: letters and digits without diacritics, upper case, and
     * nothing between them, so that "Thừa Thiên-Huế", "THUA THIEN HUE", "HA LONG" and "HALONG"
     * each have one key, as wires write them all.
     */
    static String key(CharSequence name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                c = 'D';
            }
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString();
    }
}
