package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of a package: a NewsML-G2 {@code packageItem}'s {@code group}, whose references point to
 * news items and to other groups. A package is a structure, not a story: its
 * {@link Envelope#groups()} hold it, the root group first.
 *
 * <pre>{@code
 * Article pkg = NewsWire.parse(Path.of("src/test/resources/formats/newsml-g2-package.xml"));
 * pkg.isPackage();                                    // true
 * pkg.envelope().groups().get(0).refs().get(0).ref(); // urn:newsml:example.org:20241114:flood-central
 * }</pre>
 *
 * @param id   the group's id, unique in its package
 * @param role the group's role as the file writes it, such as {@code group:main}, if any
 * @param refs the references, in the file's order
 * @since 0.5
 */
public record Group(String id, Optional<String> role, List<GroupRef> refs) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components and copies the list.
     *
     * @param id   the id, not blank
     * @param role the role, if any
     * @param refs the references
     * @throws NullPointerException     if a component or a reference is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        refs = List.copyOf(refs);
        if (id.isBlank()) {
            throw new IllegalArgumentException("a group needs an id");
        }
    }

    @Serial
    private Object writeReplace() {
        return new SerializedForm(id, role.orElse(null), new ArrayList<>(refs));
    }

    private record SerializedForm(String id, String role, ArrayList<GroupRef> refs) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Group(id, Optional.ofNullable(role), refs);
        }
    }
}
