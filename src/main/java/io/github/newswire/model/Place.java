package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A place an item is about or was written in, as the file's metadata names it (not the
 * dateline, which is {@link Dateline}).
 *
 * <pre>{@code
 * article.envelope().places().forEach(p -> System.out.println(p.name().orElse("?") + " " + p.code().orElse("")));
 * }</pre>
 *
 * @param name the place's name, if given
 * @param code the place's code, such as an ISO country code or a {@code geo:} qcode, if given
 * @since 0.4
 */
public record Place(Optional<String> name, Optional<String> code) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param name the place's name, if given
     * @param code the place's code, if given
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both are empty
     */
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        if (name.isEmpty() && code.isEmpty()) {
            throw new IllegalArgumentException("a place needs a name or a code");
        }
    }

    @Serial
    private Object writeReplace() {
        return new SerializedForm(name.orElse(null), code.orElse(null));
    }

    private record SerializedForm(String name, String code) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Place(Optional.ofNullable(name), Optional.ofNullable(code));
        }
    }
}
