package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One reference in a package's {@link Group}: to a news item, by its identifier, or to another
 * group of the same package, by its id.
 *
 * <pre>{@code
 * for (GroupRef ref : group.refs()) {
 *     if (ref.kind() == GroupRef.Kind.ITEM) {
 *         System.out.println(ref.ref() + " " + ref.headline().orElse("")
 *                 + ref.item().map(i -> " (item " + i + " of this file)").orElse(""));
 *     }
 * }
 * }</pre>
 *
 * @param kind        what is referred to
 * @param ref         the item's identifier (NewsML-G2 {@code itemRef/@residref}) or the group's id
 *                    ({@code groupRef/@idref})
 * @param contentType the referred item's media type, such as
 *                    {@code application/vnd.iptc.g2.newsitem+xml}, if given
 * @param headline    the referred item's headline as the package gives it, if any
 * @param item        the index of the referred item in the same file, when the file holds it
 *                    (a {@code newsMessage} with the package and its items)
 * @since 0.5
 */
public record GroupRef(Kind kind, String ref, Optional<String> contentType, Optional<String> headline,
        Optional<Integer> item) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a reference refers to. */
    public enum Kind {
        /** A news item, outside the package. */
        ITEM,
        /** Another group of the same package. */
        GROUP
    }

    /**
     * Checks the components.
     *
     * @param kind        what is referred to
     * @param ref         the identifier or group id, not blank
     * @param contentType the media type, if any
     * @param headline    the headline, if any
     * @param item        the index of the item in the same file, if it is there
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code ref} is blank
     */
    public GroupRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(item, "item");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("a reference needs an identifier");
        }
    }

    /**
     * Returns this reference with the index of the referred item in the same file.
     *
     * @param index the index
     * @return a reference with its {@code item}
     */
    public GroupRef withItem(int index) {
        return new GroupRef(kind, ref, contentType, headline, Optional.of(index));
    }

    @Serial
    private Object writeReplace() {
        return new SerializedForm(kind, ref, contentType.orElse(null), headline.orElse(null), item.orElse(null));
    }

    private record SerializedForm(Kind kind, String ref, String contentType, String headline, Integer item)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new GroupRef(kind, ref, Optional.ofNullable(contentType), Optional.ofNullable(headline),
                    Optional.ofNullable(item));
        }
    }
}
