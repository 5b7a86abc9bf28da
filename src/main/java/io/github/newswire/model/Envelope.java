package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata that wire formats carry around a story: identifiers, headline, slug, urgency,
 * subjects, times. Named as IPTC ninjs names them; every part is optional, since each format
 * carries a different subset, and the plain VNS text carries none.
 *
 * <pre>{@code
 * Envelope envelope = NewsWire.parse(Path.of("story.xml")).envelope();
 * envelope.headline();                           // Optional[Storm hits coast]
 * envelope.urgency();                            // Optional[3]
 * envelope.subjects().get(0).code();             // Optional[20000763]
 * envelope.firstcreated();                       // Optional[2024-11-14T08:00Z]
 *
 * Envelope mine = Envelope.builder().headline("Storm hits coast").urgency(3).build();
 * }</pre>
 *
 * <p>Times keep the offset the file gives. A time written without an offset is read as UTC,
 * with a {@code naive-time} warning on the article. {@code docs/formats.md} maps each format's
 * elements to these parts.
 *
 * @param uri the item's identifier, such as a NewsML-G2 {@code guid} or a ninjs {@code uri}, if any
 * @param version the item's version as written, if any
 * @param type what the item is, as ninjs names it: {@code text}, {@code picture}, {@code composite}, …, if any
 * @param headline the main headline, if any
 * @param slugline the slug: a short name the desk uses for the story, if any
 * @param description the abstract or summary, as plain text, if any
 * @param ednote a note to editors, not for publication, if any
 * @param urgency the urgency, 1 (most urgent) to 9; each format's mapping is in {@code docs/formats.md}, if any
 * @param priority the priority, 1 (highest) to 9, where the format has one apart from urgency, if any
 * @param categories the desk or service categories
 * @param subjects the subjects
 * @param genres the genres: the kind of story, such as {@code Current} or {@code Interview}
 * @param keywords the free keywords
 * @param places the places the metadata names
 * @param language the language, as a tag such as {@code en} or {@code de-CH}, if any
 * @param firstcreated when the item was first created, if any
 * @param versioncreated when this version was created, if any
 * @param embargoed the time before which the item must not be published, if any
 * @param expires the time after which the item should no longer be used, if any
 * @param pubstatus whether the item may be published, if any
 * @param wordcount the word count as the file states it (not counted by newswire), if any
 * @param takekey the take or version key, such as {@code 1stLd-Writethru}, if any
 * @param sequence the message number the sender gave the item, if any
 * @param usageterms the terms of use, as written, if any
 * @param groups a package's groups, the root first; empty for a story ({@link Article#isPackage()})
 * @since 0.4
 */
public record Envelope(
        Optional<String> uri,
        Optional<String> version,
        Optional<String> type,
        Optional<String> headline,
        Optional<String> slugline,
        Optional<String> description,
        Optional<String> ednote,
        Optional<Integer> urgency,
        Optional<Integer> priority,
        List<Category> categories,
        List<Subject> subjects,
        List<Subject> genres,
        List<String> keywords,
        List<Place> places,
        Optional<String> language,
        Optional<OffsetDateTime> firstcreated,
        Optional<OffsetDateTime> versioncreated,
        Optional<OffsetDateTime> embargoed,
        Optional<OffsetDateTime> expires,
        Optional<PubStatus> pubstatus,
        Optional<Integer> wordcount,
        Optional<String> takekey,
        Optional<Integer> sequence,
        Optional<String> usageterms,
        List<Group> groups) implements Serializable {

    /** The envelope of a file that carries no metadata, such as VNS text. */
    public static final Envelope EMPTY = builder().build();

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the components and copies the lists.
     *
     * @param uri the item's identifier, such as a NewsML-G2 {@code guid} or a ninjs {@code uri}
     * @param version the item's version as written
     * @param type what the item is, as ninjs names it: {@code text}, {@code picture}, {@code composite}, …
     * @param headline the main headline
     * @param slugline the slug: a short name the desk uses for the story
     * @param description the abstract or summary, as plain text
     * @param ednote a note to editors, not for publication
     * @param urgency the urgency, 1 (most urgent) to 9; each format's mapping is in {@code docs/formats.md}
     * @param priority the priority, 1 (highest) to 9, where the format has one apart from urgency
     * @param categories the desk or service categories
     * @param subjects the subjects
     * @param genres the genres: the kind of story, such as {@code Current} or {@code Interview}
     * @param keywords the free keywords
     * @param places the places the metadata names
     * @param language the language, as a tag such as {@code en} or {@code de-CH}
     * @param firstcreated when the item was first created
     * @param versioncreated when this version was created
     * @param embargoed the time before which the item must not be published
     * @param expires the time after which the item should no longer be used
     * @param pubstatus whether the item may be published
     * @param wordcount the word count as the file states it (not counted by newswire)
     * @param takekey the take or version key, such as {@code 1stLd-Writethru}
     * @param sequence the message number the sender gave the item
     * @param usageterms the terms of use, as written
     * @param groups a package's groups, the root first
     * @throws NullPointerException if a component or a list element is null
     */
    public Envelope {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(slugline, "slugline");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ednote, "ednote");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(priority, "priority");
        categories = List.copyOf(categories);
        subjects = List.copyOf(subjects);
        genres = List.copyOf(genres);
        keywords = List.copyOf(keywords);
        places = List.copyOf(places);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(firstcreated, "firstcreated");
        Objects.requireNonNull(versioncreated, "versioncreated");
        Objects.requireNonNull(embargoed, "embargoed");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(pubstatus, "pubstatus");
        Objects.requireNonNull(wordcount, "wordcount");
        Objects.requireNonNull(takekey, "takekey");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(usageterms, "usageterms");
        groups = List.copyOf(groups);
    }

    /**
     * Starts an envelope with no parts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this envelope's parts, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.uri = uri.orElse(null);
        builder.version = version.orElse(null);
        builder.type = type.orElse(null);
        builder.headline = headline.orElse(null);
        builder.slugline = slugline.orElse(null);
        builder.description = description.orElse(null);
        builder.ednote = ednote.orElse(null);
        builder.urgency = urgency.orElse(null);
        builder.priority = priority.orElse(null);
        builder.categories.addAll(categories);
        builder.subjects.addAll(subjects);
        builder.genres.addAll(genres);
        builder.keywords.addAll(keywords);
        builder.places.addAll(places);
        builder.language = language.orElse(null);
        builder.firstcreated = firstcreated.orElse(null);
        builder.versioncreated = versioncreated.orElse(null);
        builder.embargoed = embargoed.orElse(null);
        builder.expires = expires.orElse(null);
        builder.pubstatus = pubstatus.orElse(null);
        builder.wordcount = wordcount.orElse(null);
        builder.takekey = takekey.orElse(null);
        builder.sequence = sequence.orElse(null);
        builder.usageterms = usageterms.orElse(null);
        builder.groups.addAll(groups);
        return builder;
    }

    /**
     * Tells whether no part is present.
     *
     * @return true for an envelope equal to {@link #EMPTY}
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    // Optional is not Serializable: the record travels as its builder's values instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(toBuilder());
    }

    private record SerializedForm(String uri, String version, String type, String headline, String slugline, String description, String ednote, Integer urgency, Integer priority, ArrayList<Category> categories, ArrayList<Subject> subjects, ArrayList<Subject> genres, ArrayList<String> keywords, ArrayList<Place> places, String language, OffsetDateTime firstcreated, OffsetDateTime versioncreated, OffsetDateTime embargoed, OffsetDateTime expires, PubStatus pubstatus, Integer wordcount, String takekey, Integer sequence, String usageterms, ArrayList<Group> groups) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        SerializedForm(Builder b) {
            this(b.uri, b.version, b.type, b.headline, b.slugline, b.description, b.ednote, b.urgency, b.priority, new ArrayList<>(b.categories), new ArrayList<>(b.subjects), new ArrayList<>(b.genres), new ArrayList<>(b.keywords), new ArrayList<>(b.places), b.language, b.firstcreated, b.versioncreated, b.embargoed, b.expires, b.pubstatus, b.wordcount, b.takekey, b.sequence, b.usageterms, new ArrayList<>(b.groups));
        }

        @Serial
        private Object readResolve() {
            Builder b = new Builder();
            b.uri = uri;
            b.version = version;
            b.type = type;
            b.headline = headline;
            b.slugline = slugline;
            b.description = description;
            b.ednote = ednote;
            b.urgency = urgency;
            b.priority = priority;
            b.categories.addAll(categories);
            b.subjects.addAll(subjects);
            b.genres.addAll(genres);
            b.keywords.addAll(keywords);
            b.places.addAll(places);
            b.language = language;
            b.firstcreated = firstcreated;
            b.versioncreated = versioncreated;
            b.embargoed = embargoed;
            b.expires = expires;
            b.pubstatus = pubstatus;
            b.wordcount = wordcount;
            b.takekey = takekey;
            b.sequence = sequence;
            b.usageterms = usageterms;
            if (groups != null) {
                b.groups.addAll(groups);
            }
            return b.build();
        }
    }

    /**
     * Builds an {@link Envelope}; unset parts are absent. Not thread-safe.
     *
     * <pre>{@code
     * Envelope envelope = Envelope.builder().headline("Storm hits coast").addKeyword("weather").build();
     * }</pre>
     *
     * @since 0.4
     */
    public static final class Builder {
        private String uri;
        private String version;
        private String type;
        private String headline;
        private String slugline;
        private String description;
        private String ednote;
        private Integer urgency;
        private Integer priority;
        private final List<Category> categories = new ArrayList<>();
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Subject> genres = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private String language;
        private OffsetDateTime firstcreated;
        private OffsetDateTime versioncreated;
        private OffsetDateTime embargoed;
        private OffsetDateTime expires;
        private PubStatus pubstatus;
        private Integer wordcount;
        private String takekey;
        private Integer sequence;
        private String usageterms;

        private Builder() {
        }

        /**
         * Sets {@code uri}: the item's identifier, such as a NewsML-G2 {@code guid} or a ninjs {@code uri}.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder uri(String value) {
            this.uri = value;
            return this;
        }

        /**
         * Sets {@code version}: the item's version as written.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Sets {@code type}: what the item is, as ninjs names it: {@code text}, {@code picture}, {@code composite}, ….
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets {@code headline}: the main headline.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder headline(String value) {
            this.headline = value;
            return this;
        }

        /**
         * Sets {@code slugline}: the slug: a short name the desk uses for the story.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder slugline(String value) {
            this.slugline = value;
            return this;
        }

        /**
         * Sets {@code description}: the abstract or summary, as plain text.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets {@code ednote}: a note to editors, not for publication.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder ednote(String value) {
            this.ednote = value;
            return this;
        }

        /**
         * Sets {@code urgency}: the urgency, 1 (most urgent) to 9; each format's mapping is in {@code docs/formats.md}.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder urgency(Integer value) {
            this.urgency = value;
            return this;
        }

        /**
         * Sets {@code priority}: the priority, 1 (highest) to 9, where the format has one apart from urgency.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder priority(Integer value) {
            this.priority = value;
            return this;
        }

        /**
         * Adds to {@code categories}: the desk or service categories.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder addCategory(Category value) {
            categories.add(Objects.requireNonNull(value, "categories"));
            return this;
        }

        /**
         * Adds to {@code subjects}: the subjects.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder addSubject(Subject value) {
            subjects.add(Objects.requireNonNull(value, "subjects"));
            return this;
        }

        /**
         * Adds to {@code genres}: the genres: the kind of story, such as {@code Current} or {@code Interview}.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder addGenre(Subject value) {
            genres.add(Objects.requireNonNull(value, "genres"));
            return this;
        }

        /**
         * Adds to {@code keywords}: the free keywords.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder addKeyword(String value) {
            keywords.add(Objects.requireNonNull(value, "keywords"));
            return this;
        }

        /**
         * Adds to {@code places}: the places the metadata names.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder addPlace(Place value) {
            places.add(Objects.requireNonNull(value, "places"));
            return this;
        }

        /**
         * Adds to {@code groups}: a package's groups, the root first.
         *
         * @param value the value to add
         * @return this builder
         * @throws NullPointerException if the value is null
         * @since 0.5
         */
        public Builder addGroup(Group value) {
            groups.add(Objects.requireNonNull(value, "groups"));
            return this;
        }

        /**
         * Sets {@code language}: the language, as a tag such as {@code en} or {@code de-CH}.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Sets {@code firstcreated}: when the item was first created.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder firstcreated(OffsetDateTime value) {
            this.firstcreated = value;
            return this;
        }

        /**
         * Sets {@code versioncreated}: when this version was created.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder versioncreated(OffsetDateTime value) {
            this.versioncreated = value;
            return this;
        }

        /**
         * Sets {@code embargoed}: the time before which the item must not be published.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder embargoed(OffsetDateTime value) {
            this.embargoed = value;
            return this;
        }

        /**
         * Sets {@code expires}: the time after which the item should no longer be used.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder expires(OffsetDateTime value) {
            this.expires = value;
            return this;
        }

        /**
         * Sets {@code pubstatus}: whether the item may be published.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder pubstatus(PubStatus value) {
            this.pubstatus = value;
            return this;
        }

        /**
         * Sets {@code wordcount}: the word count as the file states it (not counted by newswire).
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder wordcount(Integer value) {
            this.wordcount = value;
            return this;
        }

        /**
         * Sets {@code takekey}: the take or version key, such as {@code 1stLd-Writethru}.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder takekey(String value) {
            this.takekey = value;
            return this;
        }

        /**
         * Sets {@code sequence}: the message number the sender gave the item.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder sequence(Integer value) {
            this.sequence = value;
            return this;
        }

        /**
         * Sets {@code usageterms}: the terms of use, as written.
         *
         * @param value the value, or null for none
         * @return this builder
         */
        public Builder usageterms(String value) {
            this.usageterms = value;
            return this;
        }

        /**
         * Returns the envelope.
         *
         * @return a new immutable envelope
         */
        public Envelope build() {
            return new Envelope(Optional.ofNullable(uri), Optional.ofNullable(version), Optional.ofNullable(type), Optional.ofNullable(headline), Optional.ofNullable(slugline), Optional.ofNullable(description), Optional.ofNullable(ednote), Optional.ofNullable(urgency), Optional.ofNullable(priority), categories, subjects, genres, keywords, places, Optional.ofNullable(language), Optional.ofNullable(firstcreated), Optional.ofNullable(versioncreated), Optional.ofNullable(embargoed), Optional.ofNullable(expires), Optional.ofNullable(pubstatus), Optional.ofNullable(wordcount), Optional.ofNullable(takekey), Optional.ofNullable(sequence), Optional.ofNullable(usageterms), groups);
        }
    }
}
