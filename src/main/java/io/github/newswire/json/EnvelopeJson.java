package io.github.newswire.json;

import io.github.newswire.model.Category;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The envelope's JSON fields, named as ninjs names them. A part that is absent is left out (not
 * {@code null}), so that VNS text, which has no envelope, keeps the shape it always had.
 */
final class EnvelopeJson {

    /** ISO 8601 with seconds always written, a fraction only when there is one, and Z for UTC. */
    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    private EnvelopeJson() {
    }

    static void write(Envelope e, JsonGenerator g) {
        string(g, "uri", e.uri());
        string(g, "version", e.version());
        string(g, "type", e.type());
        string(g, "headline", e.headline());
        string(g, "slugline", e.slugline());
        string(g, "description", e.description());
        string(g, "ednote", e.ednote());
        number(g, "urgency", e.urgency());
        number(g, "priority", e.priority());
        if (!e.categories().isEmpty()) {
            g.writeName("categories");
            g.writeStartArray();
            for (Category category : e.categories()) {
                g.writeStartObject();
                string(g, "code", category.code());
                string(g, "name", category.name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        subjects(g, "subjects", e.subjects());
        subjects(g, "genres", e.genres());
        if (!e.keywords().isEmpty()) {
            g.writeName("keywords");
            g.writeStartArray();
            for (String keyword : e.keywords()) {
                g.writeString(keyword);
            }
            g.writeEndArray();
        }
        if (!e.places().isEmpty()) {
            g.writeName("places");
            g.writeStartArray();
            for (Place place : e.places()) {
                g.writeStartObject();
                string(g, "name", place.name());
                string(g, "code", place.code());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        string(g, "language", e.language());
        time(g, "firstcreated", e.firstcreated());
        time(g, "versioncreated", e.versioncreated());
        time(g, "embargoed", e.embargoed());
        time(g, "expires", e.expires());
        string(g, "pubstatus", e.pubstatus().map(PubStatus::id));
        number(g, "wordcount", e.wordcount());
        string(g, "takekey", e.takekey());
        number(g, "sequence", e.sequence());
        string(g, "usageterms", e.usageterms());
        if (!e.groups().isEmpty()) {
            g.writeName("groups");
            g.writeStartArray();
            for (Group group : e.groups()) {
                g.writeStartObject();
                g.writeStringProperty("id", group.id());
                string(g, "role", group.role());
                g.writeName("refs");
                g.writeStartArray();
                for (GroupRef ref : group.refs()) {
                    g.writeStartObject();
                    g.writeStringProperty("kind", ref.kind() == GroupRef.Kind.ITEM ? "item" : "group");
                    g.writeStringProperty("ref", ref.ref());
                    string(g, "contenttype", ref.contentType());
                    string(g, "headline", ref.headline());
                    number(g, "item", ref.item());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void subjects(JsonGenerator g, String name, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Subject subject : subjects) {
            g.writeStartObject();
            string(g, "code", subject.code());
            string(g, "name", subject.name());
            string(g, "scheme", subject.scheme());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void number(JsonGenerator g, String name, Optional<Integer> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get());
        }
    }

    private static void time(JsonGenerator g, String name, Optional<OffsetDateTime> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, TIME.format(value.get()));
        }
    }

    /** Reads the envelope's fields of an article object; {@code invalid} makes the error for a bad field. */
    static Envelope read(JsonNode json, BiFunction<String, String, IllegalArgumentException> invalid) {
        Reader r = new Reader(json, invalid);
        Envelope.Builder b = Envelope.builder()
                .uri(r.string("uri"))
                .version(r.string("version"))
                .type(r.string("type"))
                .headline(r.string("headline"))
                .slugline(r.string("slugline"))
                .description(r.string("description"))
                .ednote(r.string("ednote"))
                .urgency(r.number("urgency"))
                .priority(r.number("priority"))
                .language(r.string("language"))
                .firstcreated(r.time("firstcreated"))
                .versioncreated(r.time("versioncreated"))
                .embargoed(r.time("embargoed"))
                .expires(r.time("expires"))
                .wordcount(r.number("wordcount"))
                .takekey(r.string("takekey"))
                .sequence(r.number("sequence"))
                .usageterms(r.string("usageterms"));
        String pubstatus = r.string("pubstatus");
        if (pubstatus != null) {
            b.pubstatus(PubStatus.parse(pubstatus).orElseThrow(
                    () -> invalid.apply("pubstatus", "\"usable\", \"withheld\" or \"canceled\"")));
        }
        for (JsonNode node : r.objects("categories")) {
            Reader item = new Reader(node, invalid);
            b.addCategory(r.checked("categories", () -> new Category(Optional.ofNullable(item.string("code")),
                    Optional.ofNullable(item.string("name")))));
        }
        for (JsonNode node : r.objects("subjects")) {
            b.addSubject(r.checked("subjects", () -> subject(new Reader(node, invalid))));
        }
        for (JsonNode node : r.objects("genres")) {
            b.addGenre(r.checked("genres", () -> subject(new Reader(node, invalid))));
        }
        JsonNode keywords = json.get("keywords");
        if (keywords != null && !keywords.isNull()) {
            if (!keywords.isArray()) {
                throw invalid.apply("keywords", "an array of strings");
            }
            for (JsonNode keyword : keywords.values()) {
                if (!keyword.isString()) {
                    throw invalid.apply("keywords", "an array of strings");
                }
                b.addKeyword(keyword.stringValue());
            }
        }
        for (JsonNode node : r.objects("places")) {
            Reader item = new Reader(node, invalid);
            b.addPlace(r.checked("places", () -> new Place(Optional.ofNullable(item.string("name")),
                    Optional.ofNullable(item.string("code")))));
        }
        for (JsonNode node : r.objects("groups")) {
            b.addGroup(group(new Reader(node, invalid), invalid));
        }
        return b.build();
    }

    private static Group group(Reader group, BiFunction<String, String, IllegalArgumentException> invalid) {
        String id = group.string("id");
        if (id == null || id.isBlank()) {
            throw invalid.apply("groups", "groups with an id");
        }
        List<GroupRef> refs = new ArrayList<>();
        for (JsonNode node : group.objects("refs")) {
            Reader ref = new Reader(node, invalid);
            String kind = ref.string("kind");
            String target = ref.string("ref");
            if (!("item".equals(kind) || "group".equals(kind)) || target == null || target.isBlank()) {
                throw invalid.apply("groups", "references with a kind \"item\" or \"group\" and a ref");
            }
            refs.add(new GroupRef(kind.equals("item") ? GroupRef.Kind.ITEM : GroupRef.Kind.GROUP, target,
                    Optional.ofNullable(ref.string("contenttype")), Optional.ofNullable(ref.string("headline")),
                    Optional.ofNullable(ref.number("item"))));
        }
        return new Group(id, Optional.ofNullable(group.string("role")), refs);
    }

    private static Subject subject(Reader item) {
        return new Subject(Optional.ofNullable(item.string("code")), Optional.ofNullable(item.string("name")),
                Optional.ofNullable(item.string("scheme")));
    }

    /** Reads optional fields of one object, with the caller's error for a field of the wrong type. */
    private record Reader(JsonNode json, BiFunction<String, String, IllegalArgumentException> invalid) {

        String string(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw invalid.apply(name, "a string");
            }
            return value.stringValue();
        }

        Integer number(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isInt()) {
                throw invalid.apply(name, "a whole number");
            }
            return value.intValue();
        }

        OffsetDateTime time(String name) {
            String value = string(name);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid.apply(name, "an ISO 8601 date and time with an offset");
            }
        }

        List<JsonNode> objects(String name) {
            JsonNode value = json.get(name);
            List<JsonNode> objects = new ArrayList<>();
            if (value == null || value.isNull()) {
                return objects;
            }
            if (!value.isArray()) {
                throw invalid.apply(name, "an array of objects");
            }
            for (JsonNode item : value.values()) {
                if (!item.isObject()) {
                    throw invalid.apply(name, "an array of objects");
                }
                objects.add(item);
            }
            return objects;
        }

        <T> T checked(String name, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw invalid.apply(name, "objects with a code or a name");
            }
        }
    }
}
