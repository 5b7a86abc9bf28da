package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A desk or service category an item is filed under, such as ANPA's {@code s} (sports) or a
 * NewsML 1.2 {@code Category}.
 *
 * <pre>{@code
 * for (Category category : article.envelope().categories()) {
 *     System.out.println(category.code().orElse("") + " " + category.name().orElse(""));
 * }
 * }</pre>
 *
 * @param code the category's code as the file writes it, if any
 * @param name the category's name, if the file gives one
 * @since 0.4
 */
public record Category(Optional<String> code, Optional<String> name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param code the category's code, if any
     * @param name the category's name, if any
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both are empty
     */
    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a category needs a code or a name");
        }
    }

    @Serial
    private Object writeReplace() {
        return new SerializedForm(code.orElse(null), name.orElse(null));
    }

    private record SerializedForm(String code, String name) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Category(Optional.ofNullable(code), Optional.ofNullable(name));
        }
    }
}
