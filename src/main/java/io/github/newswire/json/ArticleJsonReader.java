package io.github.newswire.json;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Severity;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads an article back from the JSON that {@link ArticleJson} writes, checking the documented
 * shape and naming the field that breaks it; spans are turned back from code points into
 * {@code char} offsets as the writer turned them.
 */
final class ArticleJsonReader {

    private ArticleJsonReader() {
    }

    static Article read(JsonNode root) {
        Node article = Node.object(root, "article");
        WireFormat format = article.optionalString("format").map(id -> WireFormat.fromId(id).orElseThrow(
                () -> article.invalid("format", "a format such as \"vns\" or \"nitf\""))).orElse(WireFormat.VNS);
        Offsets offsets = format == WireFormat.VNS ? new Offsets() : Offsets.NONE;
        Optional<String> source = article.optionalString("source");
        Optional<Integer> item = article.json().has("item") ? Optional.of(article.positiveOrZeroInt("item"))
                : Optional.empty();
        Envelope envelope = EnvelopeJson.read(article.json(), article::invalid);
        Optional<LocalDate> date = article.optionalString("date").map(ArticleJsonReader::date);
        Optional<String> byline = article.optionalString("byline");
        Optional<String> translator = article.optionalString("translator");
        Optional<Node> bylineSpan = article.optionalObject("bylineSpan");
        // A byline at the head: its span is read here, before the texts after it are counted.
        Optional<SourceSpan> headSpan = Optional.empty();
        Optional<SourceSpan> tailSpan = Optional.empty();
        boolean atEnd = false;
        if (bylineSpan.isPresent()) {
            Node node = bylineSpan.get();
            // As the writer tells it: a translator, or a start after the lede's or the sign-off's.
            int start = node.positiveOrZeroInt("start");
            Optional<Node> signOff = article.optionalObject("attribution");
            atEnd = translator.isPresent()
                    || !article.objects("paragraphs").isEmpty()
                            && start > article.objects("paragraphs").get(0).positiveOrZeroInt("start")
                    || signOff.isPresent() && start > signOff.get().positiveOrZeroInt("start");
            if (!atEnd) {
                headSpan = Optional.of(span(node, byline.orElse(""), offsets));
            }
        }
        if (bylineSpan.isEmpty()) {
            byline.ifPresent(offsets::skip);
        }
        Optional<Dateline> dateline = article.optionalObject("dateline").map(node -> {
            String place = node.string("place");
            Optional<String> country = node.optionalString("country");
            Optional<String> day = node.optionalString("date");
            Optional<String> agency = node.optionalString("agency");
            offsets.skip(place);
            country.ifPresent(offsets::skip);
            day.ifPresent(offsets::skip);
            agency.ifPresent(offsets::skip);
            return new Dateline(place, country, day, agency, node.optionalString("dash").map(ArticleJsonReader::dash),
                    node.optionalString("text"));
        });
        // A sign-off that stands before a paragraph (a trailing name) is counted when that
        // paragraph is reached, as the writer counts it.
        Optional<Node> signOffNode = article.optionalObject("attribution");
        SourceSpan[] signOffSpan = {null};
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node node : article.objects("paragraphs")) {
            if (signOffSpan[0] == null && signOffNode.isPresent() && offsets != Offsets.NONE
                    && node.positiveOrZeroInt("start") > signOffNode.get().positiveOrZeroInt("start")) {
                signOffSpan[0] = span(signOffNode.get(), signOffNode.get().string("text"), offsets);
            }
            String text = node.string("text");
            Paragraph.Kind kind = node.optionalString("kind").map(id -> Paragraph.Kind.fromId(id).orElseThrow(
                    () -> node.invalid("kind", "\"paragraph\", \"heading\" or \"preformatted\""))).orElse(
                    Paragraph.Kind.PARAGRAPH);
            paragraphs.add(new Paragraph(text, span(node, text, offsets), kind));
        }
        Optional<Attribution> attribution = article.optionalObject("attribution").map(node -> {
            String text = node.string("text");
            List<String> agencies = node.strings("agencies");
            Optional<Dash> dash = node.optionalString("dash").map(ArticleJsonReader::dash);
            return new Attribution(text, agencies, dash, signOffSpan[0] != null ? signOffSpan[0]
                    : span(node, text, offsets));
        });
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Node node : article.objects("diagnostics")) {
            String severity = node.string("severity");
            String code = node.string("code");
            diagnostics.add(new Diagnostic(
                    switch (severity) {
                        case "error" -> Severity.ERROR;
                        case "warning" -> Severity.WARNING;
                        default -> throw node.invalid("severity", "\"error\" or \"warning\"");
                    },
                    DiagnosticCode.fromId(code).orElseThrow(() -> node.invalid("code", "a known diagnostic code")),
                    node.string("message"), node.positiveInt("line"), node.positiveInt("column")));
        }
        Optional<String> endMark = article.optionalString("endMark");
        if (atEnd) {
            tailSpan = Optional.of(span(bylineSpan.get(), byline.orElse("") + translator.orElse(""), offsets));
        }
        return new Article(source, item, format, date, byline, dateline, paragraphs, attribution, endMark, envelope,
                article.optionalString("markup"), diagnostics, translator, headSpan.isPresent() ? headSpan : tailSpan);
    }

    private static SourceSpan span(Node node, String text, Offsets offsets) {
        int start = offsets.toChars(node.positiveOrZeroInt("start"));
        offsets.skip(text);
        int end = offsets.toChars(node.positiveOrZeroInt("end"));
        try {
            return new SourceSpan(start, end, node.positiveInt("line"), node.positiveInt("column"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid article JSON: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid article JSON: expected \"date\" as YYYY-MM-DD, found [" + text
                    + "]", e);
        }
    }

    private static Dash dash(String symbol) {
        return Dash.fromSymbol(symbol).orElseThrow(() -> new IllegalArgumentException(
                "invalid article JSON: expected a dash (\u2014, \u2013, - or --), found [" + symbol + "]"));
    }

    /** A JSON node with the checks and messages that reading the documented shape needs. */
    private record Node(JsonNode json, String name) {

        static Node object(JsonNode json, String name) {
            if (!json.isObject()) {
                throw new IllegalArgumentException("invalid article JSON: expected " + name + " to be an object, found ["
                        + json + "]");
            }
            return new Node(json, name);
        }

        String string(String property) {
            JsonNode value = json.get(property);
            if (value == null || !value.isString()) {
                throw invalid(property, "a string");
            }
            return value.stringValue();
        }

        Optional<String> optionalString(String property) {
            JsonNode value = json.get(property);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isString()) {
                throw invalid(property, "a string or null");
            }
            return Optional.of(value.stringValue());
        }

        Optional<Node> optionalObject(String property) {
            JsonNode value = json.get(property);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(object(value, "\"" + property + "\""));
        }

        List<Node> objects(String property) {
            List<Node> items = new ArrayList<>();
            JsonNode array = array(property);
            for (int i = 0; i < array.size(); i++) {
                items.add(object(array.get(i), "\"" + property + "\"[" + i + "]"));
            }
            return items;
        }

        List<String> strings(String property) {
            List<String> items = new ArrayList<>();
            JsonNode array = array(property);
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isString()) {
                    throw new IllegalArgumentException("invalid article JSON: expected \"" + property + "\"[" + i
                            + "] of " + name + " to be a string, found [" + array.get(i) + "]");
                }
                items.add(array.get(i).stringValue());
            }
            return items;
        }

        private JsonNode array(String property) {
            JsonNode value = json.get(property);
            if (value == null || !value.isArray()) {
                throw invalid(property, "an array");
            }
            return value;
        }

        int positiveInt(String property) {
            int value = positiveOrZeroInt(property);
            if (value < 1) {
                throw invalid(property, "a number from 1");
            }
            return value;
        }

        int positiveOrZeroInt(String property) {
            JsonNode value = json.get(property);
            if (value == null || !value.isInt() || value.intValue() < 0) {
                throw invalid(property, "a whole number from 0");
            }
            return value.intValue();
        }

        IllegalArgumentException invalid(String property, String expected) {
            return new IllegalArgumentException("invalid article JSON: expected \"" + property + "\" of " + name
                    + " to be " + expected + ", found [" + json.get(property) + "]");
        }
    }
}
