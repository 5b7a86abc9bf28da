package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.internal.Utf8;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ninjs, the IPTC's News in JSON, versions 1.x ({@code headline}, {@code body_html},
 * {@code subject}) and 2.x ({@code headlines}, {@code bodies}, {@code subjects}). The item is the
 * first article; each of its {@code associations} (a picture, a related story) follows as an
 * article of its own, depth first, in the file's order.
 */
public final class NinjsReader implements FormatReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The IPTC vocabularies ninjs 2.x names by URI, and the schemes their codes are known by. */
    private static final Map<String, String> IPTC_SCHEMES = Map.of(
            "http://cv.iptc.org/newscodes/mediatopic/", "medtop",
            "http://cv.iptc.org/newscodes/subjectcode/", "subj",
            "http://cv.iptc.org/newscodes/genre/", "genre",
            "https://cv.iptc.org/newscodes/mediatopic/", "medtop",
            "https://cv.iptc.org/newscodes/subjectcode/", "subj",
            "https://cv.iptc.org/newscodes/genre/", "genre");

    @Override
    public WireFormat format() {
        return WireFormat.NINJS;
    }

    @Override
    public String decode(Input input) {
        // JSON is UTF-8 (RFC 8259).
        return Utf8.decode(input.bytes(), input.bytes().length, input.options().replaceMalformedInput(),
                input.fileProblems());
    }

    @Override
    public int detect(Sniff sniff) {
        if (sniff.kind() != Sniff.Kind.JSON) {
            return 0;
        }
        return sniff.schemaNinjs() || sniff.ninjsKeys() >= 2 ? 100 : 50;
    }

    @Override
    public List<Article> read(Input input) {
        Problems fileProblems = input.problemsFor(0);
        JsonNode root;
        try {
            // Jackson reads UTF-8 bytes faster than a String it must decode first; the text is
            // decoded only if a message must quote it, or bad bytes are to be replaced.
            byte[] bytes = input.options().replaceMalformedInput() ? null : input.bytes();
            if (bytes != null) {
                int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                        && bytes[2] == (byte) 0xBF ? 3 : 0;
                root = MAPPER.readTree(bytes, start, bytes.length - start);
            } else {
                String text = input.text();
                root = MAPPER.readTree(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
            }
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
            int column = location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
            long offset = location == null ? -1 : location.getCharOffset();
            fileProblems.report(DiagnosticCode.MALFORMED_JSON, "malformed JSON "
                    + Quote.near(input.text(), (int) Math.max(0, Math.min(offset, input.text().length())))
                    + ": expected a ninjs object (" + Quote.oneLine(e.getOriginalMessage()) + ")", line, column,
                    offset);
            return List.of(Items.article(input, WireFormat.NINJS, null, null, List.of(), Envelope.EMPTY, null,
                    fileProblems));
        }
        if (root == null || !root.isObject()) {
            return List.of(Items.noItems(input, WireFormat.NINJS, "a JSON object holding a ninjs item",
                    fileProblems));
        }
        List<Article> articles = new ArrayList<>();
        List<JsonNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            JsonNode node = stack.remove(stack.size() - 1);
            articles.add(item(input, node, input.problemsFor(articles.size())));
            List<JsonNode> associated = associations(node.get("associations"));
            for (int i = associated.size() - 1; i >= 0; i--) {
                stack.add(associated.get(i));
            }
        }
        return Items.numbered(articles);
    }

    private static List<JsonNode> associations(JsonNode associations) {
        List<JsonNode> found = new ArrayList<>();
        if (associations == null) {
            return found;
        }
        for (JsonNode association : associations.values()) {
            if (association.isObject() && !association.isEmpty()) {
                found.add(association);
            }
        }
        return found;
    }

    private static Article item(Input input, JsonNode item, Problems problems) {
        Envelope.Builder envelope = Envelope.builder()
                .uri(firstString(item, "uri", "guid"))
                .version(string(item, "version"))
                .type(string(item, "type"))
                .headline(headline(item))
                .slugline(string(item, "slugline"))
                .description(description(item))
                .ednote(string(item, "ednote"))
                .urgency(number(item, "urgency", problems))
                .priority(number(item, "priority", problems))
                .language(string(item, "language"))
                .firstcreated(time(item, "firstcreated", problems))
                .versioncreated(time(item, "versioncreated", problems))
                .embargoed(time(item, "embargoed", problems))
                .expires(time(item, "expires", problems))
                .wordcount(number(item, "wordcount", problems))
                .usageterms(string(item, "usageterms"));
        String pubstatus = string(item, "pubstatus");
        if (pubstatus != null) {
            envelope.pubstatus(PubStatus.parse(pubstatus).orElse(null));
        } else {
            // Every ninjs schema, 1.0 to 2.2, says of pubstatus: "its value is *usable* by default".
            envelope.pubstatus(PubStatus.USABLE);
        }
        for (JsonNode service : array(item, "service")) {
            String code = string(service, "code");
            String name = string(service, "name");
            if (code != null || name != null) {
                envelope.addCategory(new Category(Optional.ofNullable(code), Optional.ofNullable(name)));
            }
        }
        for (JsonNode subject : concat(array(item, "subject"), array(item, "subjects"))) {
            Subject parsed = concept(subject);
            if (parsed != null) {
                envelope.addSubject(parsed);
            }
        }
        for (JsonNode genre : concat(array(item, "genre"), array(item, "genres"))) {
            Subject parsed = concept(genre);
            if (parsed != null) {
                envelope.addGenre(parsed);
            }
        }
        for (JsonNode keyword : array(item, "keywords")) {
            if (keyword.isString() && !keyword.stringValue().isBlank()) {
                envelope.addKeyword(keyword.stringValue().strip());
            }
        }
        for (JsonNode place : concat(array(item, "place"), array(item, "places"))) {
            String name = string(place, "name");
            String code = firstString(place, "code", "literal");
            if (code == null) {
                Subject fromUri = concept(place);
                code = fromUri == null ? null : fromUri.code().orElse(null);
            }
            if (name != null || code != null) {
                envelope.addPlace(new Place(Optional.ofNullable(name), Optional.ofNullable(code)));
            }
        }
        String byline = NitfReader.withoutBy(firstString(item, "byline", "by"));
        String located = string(item, "located");
        List<Paragraph> paragraphs = List.of();
        String markup = firstString(item, "body_html", "body_xhtml");
        String plain = string(item, "body_text");
        for (JsonNode body : array(item, "bodies")) {
            String contentType = string(body, "contenttype");
            String value = string(body, "value");
            if (value == null) {
                continue;
            }
            if (contentType != null && contentType.contains("html") && markup == null) {
                markup = value;
            } else if ((contentType == null || contentType.startsWith("text/plain")) && plain == null) {
                plain = value;
            }
        }
        if (markup != null) {
            paragraphs = Blocks.of(HtmlTree.parse(markup), input.maxParagraphs(), problems);
        } else if (plain != null) {
            paragraphs = PlainText.paragraphs(plain, 0, 1, 1, input.maxParagraphs(), problems);
        }
        return Items.article(input, WireFormat.NINJS, byline, Items.dateline(null, located), paragraphs,
                envelope.build(), markup, problems);
    }

    private static String headline(JsonNode item) {
        String headline = string(item, "headline");
        if (headline != null) {
            return headline;
        }
        String first = null;
        for (JsonNode candidate : array(item, "headlines")) {
            String value = Text.clean(string(candidate, "value"));
            String role = string(candidate, "role");
            if (value != null && (role == null || role.equals("main"))) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first;
    }

    private static String description(JsonNode item) {
        String description = string(item, "description_text");
        if (description != null) {
            return description;
        }
        String html = string(item, "description_html");
        if (html != null) {
            return Text.clean(HtmlTree.parse(html).text());
        }
        String first = null;
        for (JsonNode candidate : array(item, "descriptions")) {
            String value = string(candidate, "value");
            if (value == null) {
                continue;
            }
            String contentType = string(candidate, "contenttype");
            String text = contentType != null && contentType.contains("html") ? Text.clean(HtmlTree.parse(value).text())
                    : Text.clean(value);
            String role = string(candidate, "role");
            if (text != null && (role == null || role.equals("summary") || role.equals("abstract"))) {
                return text;
            }
            first = first == null ? text : first;
        }
        return first;
    }

    /** A ninjs 1.x {code, name, scheme} or 2.x {name, uri, literal} concept. */
    private static Subject concept(JsonNode concept) {
        if (!concept.isObject()) {
            return null;
        }
        String name = Text.clean(string(concept, "name"));
        String code = Text.clean(firstString(concept, "code", "qcode"));
        String scheme = string(concept, "scheme");
        String uri = string(concept, "uri");
        if (code == null && concept.has("literal")) {
            code = string(concept, "literal");
        }
        if (code == null && uri != null) {
            for (Map.Entry<String, String> known : IPTC_SCHEMES.entrySet()) {
                if (uri.startsWith(known.getKey()) && uri.length() > known.getKey().length()) {
                    code = uri.substring(known.getKey().length());
                    scheme = scheme == null ? known.getValue() : scheme;
                }
            }
            if (code == null) {
                int colon = uri.indexOf(':');
                boolean qcode = colon > 0 && !uri.startsWith("http");
                if (qcode) {
                    return Items.qcode(uri, name);
                }
            }
        }
        if (code != null && scheme == null && code.indexOf(':') > 0 && !code.startsWith("http")) {
            return Items.qcode(code, name);
        }
        if (code == null && name == null) {
            return null;
        }
        return new Subject(Optional.ofNullable(code), Optional.ofNullable(Text.clean(name)),
                Optional.ofNullable(scheme));
    }

    private static List<JsonNode> concat(List<JsonNode> first, List<JsonNode> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<JsonNode> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<JsonNode> array(JsonNode item, String name) {
        JsonNode value = item.get(name);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>(value.size());
        value.values().forEach(values::add);
        return values;
    }

    private static String string(JsonNode item, String name) {
        JsonNode value = item.get(name);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.isString() ? value.stringValue() : value.asString();
        String clean = Text.strip(text);
        return clean.isEmpty() ? null : clean;
    }

    private static String firstString(JsonNode item, String first, String second) {
        String value = string(item, first);
        return value != null ? value : string(item, second);
    }

    private static Integer number(JsonNode item, String name, Problems problems) {
        JsonNode value = item.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isInt()) {
            return value.intValue();
        }
        String text = string(item, name);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.report(DiagnosticCode.INVALID_VALUE, "invalid " + name + " " + Quote.value(text)
                    + ": expected a whole number; left empty", 1, 1, -1);
            return null;
        }
    }

    private static OffsetDateTime time(JsonNode item, String name, Problems problems) {
        return Times.parse(string(item, name), name, 1, 1, -1, problems);
    }
}
