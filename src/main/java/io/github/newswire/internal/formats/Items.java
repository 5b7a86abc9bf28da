package io.github.newswire.internal.formats;

import io.github.newswire.Article;
import io.github.newswire.Dateline;
import io.github.newswire.DiagnosticCode;
import io.github.newswire.Envelope;
import io.github.newswire.Paragraph;
import io.github.newswire.Subject;
import io.github.newswire.WireFormat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What the structured readers share to turn what they read into articles. */
final class Items {

    private Items() {
    }

    /** An article of a structured format; its date is the day of its first creation (else of this version). */
    static Article article(Input input, WireFormat format, String byline, Dateline dateline, List<Paragraph> paragraphs,
            Envelope envelope, String markup, ProblemSink problems) {
        Optional<LocalDate> date = envelope.firstcreated().or(envelope::versioncreated).map(OffsetDateTime::toLocalDate);
        return new Article(Optional.ofNullable(input.source()), Optional.empty(), format, date,
                Optional.ofNullable(byline), Optional.ofNullable(dateline), paragraphs, Optional.empty(),
                Optional.empty(), envelope, Optional.ofNullable(markup), problems.toList());
    }

    /** The article that stands for a file with no item in it. */
    static Article noItems(Input input, WireFormat format, String expected, ProblemSink problems) {
        problems.report(DiagnosticCode.NO_ITEMS, "no news item " + Quote.near(input.text(), 0) + ": expected "
                + expected, 1, 1, 0);
        return article(input, format, null, null, List.of(), Envelope.EMPTY, null, problems);
    }

    /** Numbers the items of a file that holds several. */
    static List<Article> numbered(List<Article> items) {
        if (items.size() < 2) {
            return items;
        }
        for (int i = 0; i < items.size(); i++) {
            items.set(i, items.get(i).withItem(i));
        }
        return items;
    }

    /** A dateline from its text as written, its parts read by the parser's dateline rules. */
    static Dateline dateline(Input input, String text, String place) {
        if (text == null && place == null) {
            return null;
        }
        String written = text != null ? text : place;
        Optional<Dateline> parsed = input.datelines().apply(written);
        if (place != null) {
            Dateline parts = parsed.orElse(null);
            return new Dateline(place, parts == null ? Optional.empty() : parts.country(),
                    parts == null ? Optional.empty() : parts.date(), parts == null ? Optional.empty() : parts.agency(),
                    Optional.empty(), Optional.ofNullable(text));
        }
        if (parsed.isPresent()) {
            Dateline parts = parsed.get();
            return new Dateline(parts.place(), parts.country(), parts.date(), parts.agency(), Optional.empty(),
                    Optional.of(text));
        }
        int comma = text.indexOf(',');
        String head = comma > 0 ? text.substring(0, comma).strip() : text.strip();
        return new Dateline(head.isEmpty() ? text.strip() : head, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(text));
    }

    /** A whole number, or null (and a warning) if the text is not one; null for a blank text. */
    static Integer number(String text, String field, Element where, ProblemSink problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip();
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            if (where != null) {
                problems.report(DiagnosticCode.INVALID_VALUE, "invalid " + field + " " + Quote.value(digits)
                        + ": expected a whole number; left empty", where.line(), where.column(), where.start());
            }
            return null;
        }
    }

    /** A subject from a qualified code ({@code medtop:20000763}), split at its first colon. */
    static Subject qcode(String qcode, String name) {
        String code = qcode == null ? null : qcode.strip();
        String scheme = null;
        if (code != null) {
            int colon = code.indexOf(':');
            if (colon > 0) {
                scheme = code.substring(0, colon);
                code = code.substring(colon + 1);
            }
            if (code.isEmpty()) {
                code = null;
            }
        }
        String label = Text.clean(name);
        if (code == null && label == null) {
            return null;
        }
        return new Subject(Optional.ofNullable(code), Optional.ofNullable(label), Optional.ofNullable(scheme));
    }

    /** Plain paragraphs from text: blank lines separate paragraphs, line breaks inside one are kept. */
    static List<Paragraph> plainText(String text, int base, int line, int column, int maxParagraphs,
            ProblemSink problems) {
        return PlainText.paragraphs(text, base, line, column, maxParagraphs, problems);
    }
}
