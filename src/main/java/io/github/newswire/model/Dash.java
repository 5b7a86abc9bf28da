package io.github.newswire.model;

import java.util.Optional;

/**
 * The dash that separates a dateline from the lede, or that introduces a sign-off.
 *
 * <pre>{@code
 * Dateline dateline = NewsWire.parse(text).dateline().orElseThrow();
 * String written = dateline.dash().symbol(); // "–" for Dash.EN_DASH
 * }</pre>
 *
 * @since 0.1
 */
public enum Dash {
    /** The em dash {@code —} (U+2014). */
    EM_DASH("\u2014"),
    /** The en dash {@code –} (U+2013). */
    EN_DASH("\u2013"),
    /** The ASCII hyphen-minus {@code -}. */
    HYPHEN("-"),
    /** Two ASCII hyphens {@code --}, a typewriter dash. */
    DOUBLE_HYPHEN("--");

    private final String symbol;

    Dash(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the dash as it is written in wire text and in JSON.
     *
     * @return the dash's characters
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Finds the dash written as the given characters.
     *
     * @param symbol the dash's characters, such as {@code "—"}
     * @return the dash, or empty if {@code symbol} is not one of the four dashes
     */
    public static Optional<Dash> fromSymbol(String symbol) {
        for (Dash dash : values()) {
            if (dash.symbol.equals(symbol)) {
                return Optional.of(dash);
            }
        }
        return Optional.empty();
    }
}
