package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject an item is about, from a controlled vocabulary ({@code medtop:20000763},
 * {@code subj:15000000}) or free text.
 *
 * <pre>{@code
 * article.envelope().subjects().stream()
 *         .filter(s -> s.scheme().equals(Optional.of("medtop")))
 *         .forEach(s -> System.out.println(s.code().orElseThrow() + " " + s.name().orElse("")));
 * }</pre>
 *
 * <p>A qualified code ({@code medtop:20000763}) is split at its first colon into the scheme
 * and the code; the name is the label the file gives, if any.
 *
 * @param code   the code within its scheme, such as {@code 20000763}, if any
 * @param name   the subject's name as the file gives it, if any
 * @param scheme the vocabulary, such as {@code medtop} or {@code subj}, if known
 * @since 0.4
 */
public record Subject(Optional<String> code, Optional<String> name, Optional<String> scheme) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @param code   the code within its scheme, if any
     * @param name   the subject's name, if any
     * @param scheme the vocabulary, if known
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if both code and name are empty
     */
    public Subject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        if (code.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a subject needs a code or a name");
        }
    }

    @Serial
    private Object writeReplace() {
        return new SerializedForm(code.orElse(null), name.orElse(null), scheme.orElse(null));
    }

    private record SerializedForm(String code, String name, String scheme) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Subject(Optional.ofNullable(code), Optional.ofNullable(name), Optional.ofNullable(scheme));
        }
    }
}
