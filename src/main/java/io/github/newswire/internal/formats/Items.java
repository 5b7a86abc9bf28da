package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
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
            Envelope envelope, String markup, Problems problems) {
        Optional<LocalDate> date = envelope.firstcreated().or(envelope::versioncreated).map(OffsetDateTime::toLocalDate);
        return new Article(Optional.ofNullable(input.source()), Optional.empty(), format, date,
                Optional.ofNullable(byline), Optional.ofNullable(dateline), paragraphs, Optional.empty(),
                Optional.empty(), envelope, Optional.ofNullable(markup), problems.toList());
    }

    /** The article that stands for a file with no item in it. */
    static Article noItems(Input input, WireFormat format, String expected, Problems problems) {
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

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /**
     * A dateline from its text as written ({@code LONDON, Oct 12 (Reuters) -}) and, if the format
     * names it apart, its place: the place is the text before the first comma, the agency the
     * last parentheses, the dash a dash at the end, and what lies between is the day (when it
     * opens with a month or a digit) or the country and then the day. A text that is only a date
     * ({@code 4/4/2018}) has no place.
     */
    static Dateline dateline(String text, String place) {
        text = Text.clean(text);
        place = Text.clean(place);
        if (text == null && place == null) {
            return null;
        }
        if (text == null) {
            return new Dateline(place, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        String rest = text.strip();
        Dash dash = null;
        for (Dash candidate : new Dash[] {Dash.DOUBLE_HYPHEN, Dash.EM_DASH, Dash.EN_DASH, Dash.HYPHEN}) {
            if (rest.endsWith(candidate.symbol()) && rest.length() > candidate.symbol().length()) {
                dash = candidate;
                rest = rest.substring(0, rest.length() - candidate.symbol().length()).strip();
                break;
            }
        }
        if (dash == null && rest.endsWith(" _")) {
            // AP's dash is an underscore, which has no Dash of its own.
            rest = rest.substring(0, rest.length() - 2).strip();
        }
        String agency = null;
        if (rest.endsWith(")")) {
            int open = rest.lastIndexOf('(');
            if (open >= 0) {
                agency = Text.clean(rest.substring(open + 1, rest.length() - 1));
                rest = rest.substring(0, open).strip();
            }
        }
        String written = rest;
        String country = null;
        String day = null;
        int comma = rest.indexOf(',');
        String head = comma < 0 ? rest : rest.substring(0, comma).strip();
        String tail = comma < 0 ? "" : rest.substring(comma + 1).strip();
        if (startsAsDate(head)) {
            day = written.isEmpty() ? null : written;
            head = "";
        } else if (!tail.isEmpty()) {
            if (startsAsDate(tail)) {
                day = tail;
            } else {
                int next = tail.indexOf(',');
                country = next < 0 ? tail : tail.substring(0, next).strip();
                day = next < 0 ? null : Text.clean(tail.substring(next + 1));
            }
        }
        String finalPlace = place != null ? place : head;
        return new Dateline(finalPlace, Optional.ofNullable(Text.clean(country)), Optional.ofNullable(Text.clean(day)),
                Optional.ofNullable(agency), Optional.ofNullable(dash), Optional.of(text));
    }

    /**
     * A dateline that opens a lede in the transmission formats: a place, an agency in
     * parentheses and a dash, as in {@code BUENOS AIRES, Argentina (AP) _ The …} (AP's dash is
     * an underscore) or {@code Berlin (dpa) - The …}.
     *
     * @param dateline  the dateline, its {@code text} as written
     * @param ledeStart where the lede's own text starts, after the dash and its space
     */
    record Lede(Dateline dateline, int ledeStart) {
    }

    /** Finds the dateline of a lede, or null; only its first 120 chars are looked at. */
    static Lede ledeDateline(String lede) {
        int limit = Math.min(lede.length(), 120);
        int close = lede.indexOf(") ");
        if (close < 0 || close > limit) {
            return null;
        }
        int open = lede.lastIndexOf('(', close);
        if (open <= 0 || lede.indexOf('(') != open) {
            return null;
        }
        int at = close + 2;
        int dashEnd = -1;
        for (String dash : new String[] {"--", "\u2014", "\u2013", "-", "_"}) {
            if (lede.startsWith(dash, at)) {
                dashEnd = at + dash.length();
                break;
            }
        }
        if (dashEnd < 0 || (dashEnd < lede.length() && !Text.isSpace(lede.charAt(dashEnd)))) {
            return null;
        }
        String place = lede.substring(0, open).strip();
        if (place.isEmpty() || place.length() > 60 || !Character.isUpperCase(place.codePointAt(0))) {
            return null;
        }
        int ledeStart = dashEnd;
        while (ledeStart < lede.length() && Text.isSpace(lede.charAt(ledeStart))) {
            ledeStart++;
        }
        return new Lede(dateline(lede.substring(0, dashEnd), null), ledeStart);
    }

    /** A digit, or a month's name or abbreviation as a whole word ({@code Aug}, {@code Sept.}, {@code August}). */
    private static boolean startsAsDate(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isDigit(text.charAt(0))) {
            return true;
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        for (String month : MONTHS) {
            if (word.equals(month) || word.equals(monthName(month)) || (month.equals("sep") && word.equals("sept"))) {
                return true;
            }
        }
        return false;
    }

    private static String monthName(String abbreviation) {
        return switch (abbreviation) {
            case "jan" -> "january";
            case "feb" -> "february";
            case "mar" -> "march";
            case "apr" -> "april";
            case "may" -> "may";
            case "jun" -> "june";
            case "jul" -> "july";
            case "aug" -> "august";
            case "sep" -> "september";
            case "oct" -> "october";
            case "nov" -> "november";
            default -> "december";
        };
    }

    /** A whole number, or null (and a warning) if the text is not one; null for a blank text. */
    static Integer number(String text, String field, Element where, Problems problems) {
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

    /** Reports that a body has more paragraphs than the parser reads: the one message every reader gives. */
    static void tooManyParagraphs(Problems problems, int maxParagraphs, int line, int column, long offset) {
        problems.report(DiagnosticCode.TOO_MANY_PARAGRAPHS, "too many paragraphs [more than " + maxParagraphs
                + "]: expected at most " + maxParagraphs + " (option maxParagraphs); the rest is not read", line,
                column, offset);
    }

    /**
     * Takes the dateline off a lede of running text ({@code CAN THO, Vietnam (AP) _ The …}), the
     * lede's paragraph replaced by the rest of it.
     *
     * @param paragraphs the body, changed in place
     * @return the dateline, or null if the lede has none
     */
    static Dateline takeLedeDateline(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty() || paragraphs.get(0).kind() != Paragraph.Kind.PARAGRAPH) {
            return null;
        }
        Paragraph lede = paragraphs.get(0);
        Lede found = ledeDateline(lede.text());
        if (found == null || found.ledeStart() >= lede.text().length()) {
            return null;
        }
        paragraphs.set(0, new Paragraph(lede.text().substring(found.ledeStart()), lede.span()));
        return found.dateline();
    }

    /**
     * The month a name opens with ({@code Nov}, {@code November}), 1 to 12.
     *
     * @param name a word
     * @return the month, or -1 if the word opens with none
     */
    static int month(String name) {
        if (name.length() < 3) {
            return -1;
        }
        String start = name.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(start)) {
                return i + 1;
            }
        }
        return -1;
    }
}
