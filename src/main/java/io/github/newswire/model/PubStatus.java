package io.github.newswire.model;

import java.util.Optional;

/**
 * Whether an item may be published, as NewsML-G2, NITF, NewsML 1.2 and ninjs state it.
 *
 * <pre>{@code
 * if (article.envelope().pubstatus().orElse(PubStatus.USABLE) == PubStatus.CANCELED) {
 *     retract(article);
 * }
 * }</pre>
 *
 * @since 0.4
 */
public enum PubStatus {
    /** May be published. */
    USABLE("usable"),
    /** Must not be published until further notice. */
    WITHHELD("withheld"),
    /** Withdrawn: must not be published, and should be taken down. */
    CANCELED("canceled");

    private final String id;

    PubStatus(String id) {
        this.id = id;
    }

    /**
     * Returns the name used in JSON and ninjs.
     *
     * @return {@code usable}, {@code withheld} or {@code canceled}
     */
    public String id() {
        return id;
    }

    /**
     * Reads a status as the formats write it: {@code usable}, {@code stat:usable},
     * {@code Usable}, {@code canceled}, {@code cancelled}, {@code withheld}, in any case.
     *
     * @param text the status as written
     * @return the status, or empty if the text names none
     */
    public static Optional<PubStatus> parse(String text) {
        int colon = text.lastIndexOf(':');
        String name = text.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "usable" -> Optional.of(USABLE);
            case "withheld" -> Optional.of(WITHHELD);
            case "canceled", "cancelled" -> Optional.of(CANCELED);
            default -> Optional.empty();
        };
    }
}
