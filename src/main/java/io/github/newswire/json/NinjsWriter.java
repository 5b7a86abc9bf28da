package io.github.newswire.json;

import io.github.newswire.internal.Chars;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import io.github.newswire.writer.ArticleWriter;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Article}s as IPTC ninjs 2.2 (News in JSON) documents, valid against IPTC's
 * official schema.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * String ninjs = NinjsWriter.standard().toJson(article); // {"uri":"urn:newswire:sha256:…","type":"text",…}
 *
 * NinjsWriter utc = NinjsWriter.builder().dateZone(ZoneOffset.UTC).build();
 * NinjsWriter noDates = NinjsWriter.builder().omitDates().build();
 * }</pre>
 *
 * <p>The mapping, field by field, and the reasons behind it are in {@code docs/ninjs.md}. In
 * short: a {@code uri} derived from the content, {@code type} {@code text}, {@code language}
 * {@code en}, {@code located} from the dateline, one {@code infosources} entry per agency,
 * {@code copyrightholder} from the sign-off, {@code by} from the byline, and two bodies, plain
 * text and HTML, with {@code charcount} and {@code wordcount}. The wire's date becomes
 * {@code contentcreated} at the start of that day in {@link #DEFAULT_ZONE} unless configured
 * otherwise. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NinjsWriter {

    /** The time zone of the Vietnamese wires, in which a wire date's day begins by default. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The IPTC role of an agency that originated the content (Content Production Party Role "origcont"). */
    public static final String ORIGINATOR_ROLE = "http://cv.iptc.org/newscodes/contentprodpartyrole/origcont";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final NinjsWriter STANDARD = builder().build();

    private final Optional<ZoneId> dateZone;
    private final String language;

    private NinjsWriter(Builder builder) {
        this.dateZone = builder.dateZone;
        this.language = builder.language;
    }

    /**
     * Returns the writer with the default options: dates at the start of the day in
     * {@link #DEFAULT_ZONE}, language {@code en}.
     *
     * @return the shared default writer
     */
    public static NinjsWriter standard() {
        return STANDARD;
    }

    /**
     * Starts building a writer with other options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the article as one compact ninjs 2.2 document.
     *
     * @param article the article
     * @return the JSON text, without a line break
     */
    public String toJson(Article article) {
        StringWriter out = new StringWriter(2 * article.bodyText().length() + 512);
        try (JsonGenerator generator = ArticleJson.mapper().createGenerator(out)) {
            write(article, generator);
        }
        return out.toString();
    }

    /**
     * Returns a writer of ninjs documents as JSON Lines, one per article.
     *
     * @param out where to write; closed when the returned writer is closed
     * @return the writer
     */
    public JsonLinesWriter jsonLinesWriter(Writer out) {
        return new JsonLinesWriter(ArticleJson.mapper().createGenerator(out), out, this::write);
    }

    /**
     * Returns a writer of ninjs documents as JSON Lines in UTF-8 bytes, one per article.
     *
     * @param out where to write; closed when the returned writer is closed
     * @return the writer
     */
    public JsonLinesWriter jsonLinesWriter(OutputStream out) {
        return new JsonLinesWriter(ArticleJson.mapper().createGenerator(out), out, this::write);
    }

    /**
     * Returns the identifier this writer gives an article: {@code urn:newswire:sha256:} and the
     * lower-case hex SHA-256 of the article's canonical wire text ({@link ArticleWriter}) in
     * UTF-8. It depends on the content only, not on the file's name, line ends, byte order mark
     * or spacing, so it is the same on every run and machine, and equal for copies of an article.
     *
     * @param article the article
     * @return the URN
     */
    public static String uri(Article article) {
        return ArticleWriter.uri(article);
    }

    void write(Article article, JsonGenerator g) {
        Envelope envelope = article.envelope();
        g.writeStartObject();
        g.writeStringProperty("uri", envelope.uri().orElseGet(() -> uri(article)));
        optional(g, "version", envelope.version());
        g.writeStringProperty("type", envelope.type().orElse("text"));
        g.writeStringProperty("representationtype", "full");
        // The writer's language is a default for VNS text, whose language the file does not say;
        // for the other formats, a language the file does not give is not invented.
        Optional<String> itemLanguage = article.format() == WireFormat.VNS ? Optional.of(envelope.language()
                .orElse(language)) : envelope.language();
        optional(g, "language", itemLanguage);
        if (dateZone.isPresent() && article.date().isPresent() && article.format() == WireFormat.VNS) {
            g.writeStringProperty("contentcreated", startOfDay(article.date().get(), dateZone.get()));
        }
        time(g, "firstcreated", envelope.firstcreated());
        time(g, "versioncreated", envelope.versioncreated());
        time(g, "embargoed", envelope.embargoed());
        time(g, "expires", envelope.expires());
        optional(g, "pubstatus", envelope.pubstatus().map(PubStatus::id));
        if (envelope.urgency().isPresent()) {
            g.writeNumberProperty("urgency", envelope.urgency().get());
        }
        optional(g, "slugline", envelope.slugline());
        optional(g, "ednote", envelope.ednote());
        optional(g, "usageterms", envelope.usageterms());
        if (envelope.headline().isPresent()) {
            g.writeName("headlines");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("role", "main");
            g.writeStringProperty("value", envelope.headline().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (envelope.description().isPresent()) {
            g.writeName("descriptions");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("role", "summary");
            g.writeStringProperty("contenttype", "text/plain");
            g.writeStringProperty("value", envelope.description().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        concepts(g, "subjects", envelope.subjects());
        concepts(g, "genres", envelope.genres());
        if (!envelope.places().isEmpty()) {
            g.writeName("places");
            g.writeStartArray();
            for (Place place : envelope.places()) {
                g.writeStartObject();
                optional(g, "name", place.name());
                optional(g, "literal", place.code());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        article.byline().ifPresent(by -> g.writeStringProperty("by", by));
        article.dateline().map(Dateline::place).filter(place -> !place.isBlank())
                .ifPresent(place -> g.writeStringProperty("located", place));
        Set<String> agencies = agencies(article);
        if (!agencies.isEmpty()) {
            g.writeName("infosources");
            g.writeStartArray();
            for (String agency : agencies) {
                g.writeStartObject();
                g.writeStringProperty("name", agency);
                g.writeStringProperty("role", ORIGINATOR_ROLE);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        article.attribution().map(a -> a.agencies().get(a.agencies().size() - 1))
                .ifPresent(publisher -> g.writeStringProperty("copyrightholder", publisher));
        if (!article.paragraphs().isEmpty()) {
            String text = article.bodyText();
            int characters = text.codePointCount(0, text.length());
            int words = words(text);
            g.writeName("bodies");
            g.writeStartArray();
            writeBody(g, "text", "text/plain", text, characters, words);
            writeBody(g, "html", "text/html", html(article), characters, words);
            g.writeEndArray();
        }
        associations(g, envelope);
        g.writeName("standard");
        g.writeStartObject();
        g.writeStringProperty("name", "ninjs");
        g.writeStringProperty("version", "2.2");
        g.writeStringProperty("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json");
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A package's items as ninjs 2.2 associations: one per item reference of every group, in
     * group order, named after its group ({@code main}, or {@code main-1}, {@code main-2} when
     * the group refers to several), each a partial representation with its uri and the headline
     * the package gives. ninjs has no groups: references between groups are not written.
     */
    private static void associations(JsonGenerator g, Envelope envelope) {
        if (envelope.groups().isEmpty()) {
            return;
        }
        List<Map.Entry<String, GroupRef>> refs = new ArrayList<>();
        for (Group group : envelope.groups()) {
            List<GroupRef> items = group.refs().stream().filter(r -> r.kind() == GroupRef.Kind.ITEM).toList();
            for (int i = 0; i < items.size(); i++) {
                refs.add(Map.entry(items.size() == 1 ? group.id() : group.id() + "-" + (i + 1), items.get(i)));
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        g.writeName("associations");
        g.writeStartArray();
        for (Map.Entry<String, GroupRef> entry : refs) {
            g.writeStartObject();
            g.writeStringProperty("name", entry.getKey());
            g.writeStringProperty("uri", entry.getValue().ref());
            g.writeStringProperty("representationtype", "partial");
            if (entry.getValue().headline().isPresent()) {
                g.writeName("headlines");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("role", "main");
                g.writeStringProperty("value", entry.getValue().headline().get());
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The IPTC vocabularies ninjs names by URI, by the scheme their codes are known by. */
    private static final Map<String, String> IPTC_VOCABULARIES = Map.of(
            "medtop", "http://cv.iptc.org/newscodes/mediatopic/",
            "subj", "http://cv.iptc.org/newscodes/subjectcode/",
            "genre", "http://cv.iptc.org/newscodes/genre/");

    /** Concepts as ninjs 2.x has them: an IPTC code as its URI, another as a literal {@code scheme:code}. */
    private static void concepts(JsonGenerator g, String name, List<Subject> concepts) {
        if (concepts.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Subject concept : concepts) {
            g.writeStartObject();
            optional(g, "name", concept.name());
            if (concept.code().isPresent()) {
                String code = concept.code().get();
                String vocabulary = concept.scheme().map(IPTC_VOCABULARIES::get).orElse(null);
                if (vocabulary != null) {
                    g.writeStringProperty("uri", vocabulary + code);
                } else {
                    g.writeStringProperty("literal", concept.scheme().map(scheme -> scheme + ":" + code).orElse(code));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void time(JsonGenerator g, String name, Optional<OffsetDateTime> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, EnvelopeJson.TIME.format(value.get()));
        }
    }

    private static void writeBody(JsonGenerator g, String role, String contentType, String value, int characters,
            int words) {
        g.writeStartObject();
        g.writeStringProperty("role", role);
        g.writeStringProperty("contenttype", contentType);
        g.writeStringProperty("value", value);
        g.writeNumberProperty("charcount", characters);
        g.writeNumberProperty("wordcount", words);
        g.writeEndObject();
    }

    /** The dateline's agency, then the sign-off's, each once, in the order written. */
    private static Set<String> agencies(Article article) {
        Set<String> agencies = new LinkedHashSet<>();
        article.dateline().flatMap(Dateline::agency).ifPresent(agencies::add);
        article.attribution().map(Attribution::agencies).ifPresent(agencies::addAll);
        return agencies;
    }

    private static String startOfDay(LocalDate date, ZoneId zone) {
        return DATE_TIME.format(date.atStartOfDay(zone));
    }

    /** Words are runs of characters that are not whitespace. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Chars.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static String html(Article article) {
        StringBuilder html = new StringBuilder(article.bodyText().length() + 16 * article.paragraphs().size());
        for (Paragraph paragraph : article.paragraphs()) {
            if (html.length() > 0) {
                html.append('\n');
            }
            String tag = switch (paragraph.kind()) {
                case HEADING -> "h2";
                case PREFORMATTED -> "pre";
                case PARAGRAPH -> "p";
            };
            html.append('<').append(tag).append('>');
            escape(paragraph.text(), html);
            html.append("</").append(tag).append('>');
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * Options for a {@link NinjsWriter}.
     *
     * <pre>{@code
     * NinjsWriter writer = NinjsWriter.builder().dateZone(ZoneOffset.UTC).language("en-GB").build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private Optional<ZoneId> dateZone = Optional.of(DEFAULT_ZONE);
        private String language = "en";

        private Builder() {
        }

        /**
         * Writes the wire's date as {@code contentcreated} at the start of that day in this zone
         * (by default {@link NinjsWriter#DEFAULT_ZONE}).
         *
         * @param zone the zone, such as {@code ZoneOffset.UTC}
         * @return this builder
         */
        public Builder dateZone(ZoneId zone) {
            this.dateZone = Optional.of(Objects.requireNonNull(zone, "zone"));
            return this;
        }

        /**
         * Leaves the date out: ninjs has date-times only, and the wire holds a date.
         *
         * @return this builder
         */
        public Builder omitDates() {
            this.dateZone = Optional.empty();
            return this;
        }

        /**
         * Sets the IETF BCP 47 language tag of the content (by default {@code en}).
         *
         * @param tag the language tag
         * @return this builder
         */
        public Builder language(String tag) {
            this.language = Objects.requireNonNull(tag, "tag");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return an immutable, thread-safe writer
         */
        public NinjsWriter build() {
            return new NinjsWriter(this);
        }
    }
}
