package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads IPTC 7901, the IPTC's recommended message format that dpa and other European agencies
 * send: per message, {@code SOH}, a header line (service and number, priority, category, word
 * count, optional fields), keyword lines ending in {@code /}, {@code STX}, a heading block that
 * ends in {@code  =} (take lines, the headline, an optional {@code By} line), the body in wrapped
 * lines with blank lines between paragraphs, a notes block that is not for publication, the
 * sign-off, {@code ETX}, the time {@code DDHHMM GMT Mon YY}, {@code EOT}.
 */
public final class Iptc7901Reader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.IPTC_7901;
    }

    @Override
    public String decode(Input input) {
        // ASCII, or UTF-8 or ISO-8859-1 beyond it.
        return TransmissionBytes.decode(input.bytes(), input.fileProblems());
    }

    @Override
    public int detect(Sniff sniff) {
        if (sniff.kind() != Sniff.Kind.TRANSMISSION) {
            return 0;
        }
        List<String> fields = AnpaReader.fields(sniff.header(), 0, firstLineEnd(sniff.header()));
        boolean shaped = fields.size() >= 2 && startsWithLettersThenDigits(fields.get(0))
                && fields.get(1).length() == 1 && Character.isDigit(fields.get(1).charAt(0));
        return shaped ? 90 : 40;
    }

    private static int firstLineEnd(String header) {
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) == '\n' || header.charAt(i) == '\r') {
                return i;
            }
        }
        return header.length();
    }

    private static boolean startsWithLettersThenDigits(String field) {
        int at = 0;
        while (at < field.length() && Character.isLetter(field.charAt(at))) {
            at++;
        }
        return at > 0 && at < field.length() && Character.isDigit(field.charAt(at));
    }

    @Override
    public List<Article> read(Input input) {
        return Transmission.read(input, WireFormat.IPTC_7901, Iptc7901Reader::message);
    }

    private static Article message(Input input, Transmission.Positions positions, Transmission.Message message,
            Problems problems) {
        String text = input.text();
        Envelope.Builder envelope = Envelope.builder().type("text");
        List<String> takes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<int[]> header = Transmission.lines(text, message.start() + 1, message.headerEnd());
        for (int i = 0; i < header.size(); i++) {
            int[] line = header.get(i);
            if (i == 0) {
                headerLine(text, line, envelope, sources, positions, problems);
                continue;
            }
            String value = Transmission.clean(text, line[0], line[1]);
            if (value.isEmpty()) {
                continue;
            }
            if (value.endsWith("/") && envelope.build().slugline().isEmpty()) {
                envelope.slugline(Text.strip(value.substring(0, value.length() - 1)));
            } else {
                takes.add(value);
            }
        }
        if (!Transmission.checkFraming(text, positions, message, problems)) {
            envelope.takekey(takes.isEmpty() ? null : String.join(" ", takes));
            return Items.article(input, WireFormat.IPTC_7901, null, null, List.of(), envelope.build(), null, problems);
        }
        if (message.etx() >= 0) {
            trailer(text, message.etx() + 1, message.end(), input.today(), envelope, positions, problems);
        }
        List<int[]> lines = Transmission.lines(text, message.stx() + 1, message.textEnd());
        Heading heading = headingBlock(text, lines);
        takes.addAll(heading.takes());
        envelope.headline(heading.headline()).takekey(takes.isEmpty() ? null : String.join(" ", takes));
        String byline = heading.byline();
        int bodyStart = heading.bodyStart();

        int notes = notesLine(text, lines, bodyStart);
        int bodyEnd = notes < 0 ? lines.size() : notes;
        while (bodyEnd > bodyStart && isNotesHeading(text, lines.get(bodyEnd - 1)) && notes >= 0) {
            bodyEnd--;
        }
        if (notes >= 0) {
            // A notebook ("# Notebook", "## Note to editors", "* * * *") opens the notes before the
            // "not for publication" line: the story ends at its first "#" line that opens a block.
            for (int i = bodyStart + 1; i < bodyEnd; i++) {
                int[] line = lines.get(i);
                String value = Transmission.clean(text, line[0], line[1]);
                if (value.startsWith("#") && Transmission.isBlank(text, lines.get(i - 1)[0], lines.get(i - 1)[1])) {
                    bodyEnd = i;
                    break;
                }
            }
        }
        int last = lastTextLine(text, lines, bodyStart);
        Attribution signOff = null;
        if (last >= 0) {
            int[] line = lines.get(last);
            String value = Transmission.clean(text, line[0], line[1]);
            int space = value.indexOf(' ');
            String first = space < 0 ? value : value.substring(0, space);
            for (String source : sources) {
                if (first.equalsIgnoreCase(source) && value.length() <= 60) {
                    int start = line[0];
                    while (start < line[1] && (Text.isSpace(text.charAt(start)) || Transmission.isFraming(
                            text.charAt(start)))) {
                        start++;
                    }
                    int[] at = positions.of(start);
                    signOff = new Attribution(value, List.of(first), Optional.empty(),
                            new SourceSpan(start, start + value.length(), at[0], at[1]));
                    if (last < bodyEnd) {
                        bodyEnd = last;
                    }
                    break;
                }
            }
        }
        if (notes >= 0) {
            int notesEnd = signOff != null && last > notes ? last : lines.size();
            StringBuilder ednote = new StringBuilder();
            for (int i = notes + 1; i < notesEnd; i++) {
                String value = Transmission.clean(text, lines.get(i)[0], lines.get(i)[1]);
                if (!value.isEmpty()) {
                    if (ednote.length() > 0) {
                        ednote.append('\n');
                    }
                    ednote.append(value);
                }
            }
            envelope.ednote(ednote.length() == 0 ? null : ednote.toString());
        }
        List<Paragraph> paragraphs = paragraphs(text, lines, bodyStart, bodyEnd, positions, input, problems);
        Dateline dateline = Items.takeLedeDateline(paragraphs);
        Article article = Items.article(input, WireFormat.IPTC_7901, byline, dateline, paragraphs, envelope.build(),
                null, problems);
        return signOff == null ? article : new Article(article.source(), article.item(), article.format(),
                article.date(), article.byline(), article.dateline(), article.paragraphs(), Optional.of(signOff),
                article.endMark(), article.envelope(), article.markup(), article.diagnostics());
    }

    /** What a heading block holds: take lines, the headline, a byline, and where the body starts. */
    private record Heading(List<String> takes, String headline, String byline, int bodyStart) {
    }

    /**
     * Reads the heading block: the lines from STX to the first that ends in {@code =} (within
     * the first eight that hold text), else the first line alone.
     */
    private static Heading headingBlock(String text, List<int[]> lines) {
        int end = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 8; i++) {
            String value = Transmission.clean(text, lines.get(i)[0], lines.get(i)[1]);
            if (value.isEmpty()) {
                continue;
            }
            seen++;
            if (value.endsWith("=")) {
                end = i;
                break;
            }
        }
        List<String> block = new ArrayList<>();
        int stop = end >= 0 ? end + 1 : Math.min(lines.size(), firstTextLine(text, lines) + 1);
        for (int i = 0; i < stop; i++) {
            String value = Transmission.clean(text, lines.get(i)[0], lines.get(i)[1]);
            if (!value.isEmpty()) {
                block.add(value);
            }
        }
        if (block.isEmpty()) {
            return new Heading(List.of(), null, null, stop);
        }
        String lastLine = withoutEquals(block.get(block.size() - 1));
        String headline;
        String byline = null;
        int headlineIndex;
        if (block.size() >= 2 && lastLine.regionMatches(true, 0, "By ", 0, 3)) {
            byline = NitfReader.withoutBy(lastLine);
            headlineIndex = block.size() - 2;
            headline = withoutEquals(block.get(headlineIndex));
        } else {
            headlineIndex = block.size() - 1;
            headline = lastLine;
        }
        return new Heading(List.copyOf(block.subList(0, headlineIndex)), headline.isEmpty() ? null : headline, byline,
                stop);
    }

    private static int firstTextLine(String text, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!Transmission.isBlank(text, lines.get(i)[0], lines.get(i)[1])) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private static String withoutEquals(String line) {
        String value = line;
        while (value.endsWith("=")) {
            value = Text.strip(value.substring(0, value.length() - 1));
        }
        return value;
    }

    /**
     * The line "The following information is not (intended) for publication", in any case, or -1:
     * the text is searched for "publication" with the JDK's string search, not line by line.
     */
    private static int notesLine(String text, List<int[]> lines, int from) {
        if (from >= lines.size()) {
            return -1;
        }
        int begin = lines.get(from)[0];
        int end = lines.get(lines.size() - 1)[1];
        String region = text.substring(begin, end);
        int line = from;
        int lower = region.indexOf("ublication");
        int upper = region.indexOf("UBLICATION");
        while (lower >= 0 || upper >= 0) {
            int found = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            while (line < lines.size() && lines.get(line)[1] < begin + found) {
                line++;
            }
            if (line >= lines.size()) {
                return -1;
            }
            String value = Transmission.clean(text, lines.get(line)[0], lines.get(line)[1]).toLowerCase(Locale.ROOT);
            boolean marker = value.contains("not for publication") || value.contains("not intended for publication");
            // The marker is a line of its own, not a sentence of the story that says the words.
            if (marker && (value.startsWith("the following") || value.length() <= 60)) {
                return line;
            }
            if (found == lower) {
                lower = region.indexOf("ublication", found + 10);
            }
            if (found == upper) {
                upper = region.indexOf("UBLICATION", found + 10);
            }
        }
        return -1;
    }

    /** Notes open with such lines before the "not for publication" line: {@code # dpa NOTEBOOK}, {@code * * * *}. */
    private static boolean isNotesHeading(String text, int[] line) {
        String value = Transmission.clean(text, line[0], line[1]);
        if (value.isEmpty() || value.startsWith("#")) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '*' && value.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int lastTextLine(String text, List<int[]> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (!Transmission.isBlank(text, lines.get(i)[0], lines.get(i)[1])) {
                return i;
            }
        }
        return -1;
    }

    /** Paragraphs: blank lines between them, wrapped lines joined by a space, indentation taken off. */
    private static List<Paragraph> paragraphs(String text, List<int[]> lines, int from, int to,
            Transmission.Positions positions, Input input, Problems problems) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = from; i <= to; i++) {
            boolean blank = i == to || Transmission.isBlank(text, lines.get(i)[0], lines.get(i)[1]);
            if (blank) {
                if (start >= 0) {
                    int[] at = positions.of(start);
                    if (paragraphs.size() >= input.maxParagraphs()) {
                        Items.tooManyParagraphs(problems, input.maxParagraphs(), at[0], at[1], start);
                        return paragraphs;
                    }
                    paragraphs.add(new Paragraph(paragraph.toString(), new SourceSpan(start, end, at[0], at[1])));
                }
                paragraph.setLength(0);
                start = -1;
                continue;
            }
            int[] line = lines.get(i);
            int first = line[0];
            while (first < line[1] && (Text.isSpace(text.charAt(first)) || Transmission.isFraming(text.charAt(first)))) {
                first++;
            }
            if (start < 0) {
                start = first;
            } else {
                paragraph.append(' ');
            }
            paragraph.append(Transmission.clean(text, first, line[1]));
            end = line[1];
        }
        return paragraphs;
    }

    /** Service and number ({@code eca062}), priority, category, word count, then optional fields. */
    private static void headerLine(String text, int[] line, Envelope.Builder envelope, List<String> sources,
            Transmission.Positions positions, Problems problems) {
        List<String> fields = AnpaReader.fields(text, line[0], line[1]);
        if (!fields.isEmpty()) {
            String service = fields.get(0);
            int digits = 0;
            while (digits < service.length() && !Character.isDigit(service.charAt(digits))) {
                digits++;
            }
            if (digits < service.length() && AnpaReader.isDigits(service.substring(digits))) {
                envelope.sequence(Integer.valueOf(service.substring(digits)));
            }
        }
        if (fields.size() > 1) {
            String priority = fields.get(1);
            if (priority.length() == 1 && priority.charAt(0) >= '1' && priority.charAt(0) <= '6') {
                int value = priority.charAt(0) - '0';
                envelope.priority(value).urgency(value);
            } else {
                int[] at = positions.of(line[0]);
                problems.report(DiagnosticCode.INVALID_VALUE, "invalid priority " + Quote.value(priority)
                        + ": expected a digit from 1 to 6; left empty", at[0], at[1], line[0]);
            }
        }
        if (fields.size() > 2) {
            envelope.addCategory(new Category(Optional.of(fields.get(2)), Optional.empty()));
        }
        if (fields.size() > 3 && AnpaReader.isDigits(fields.get(3))) {
            envelope.wordcount(Integer.valueOf(fields.get(3)));
        }
        for (int i = 4; i < fields.size(); i++) {
            String field = fields.get(i);
            if (Character.isLetter(field.charAt(0))) {
                sources.add(field.indexOf('-') > 0 ? field.substring(0, field.indexOf('-')) : field);
            }
        }
    }

    /**
     * The post-text {@code DDHHMM GMT Mon YY}: day, hours, minutes, a month and a two-digit year,
     * in GMT. Without a year, it is the year that puts the time nearest before the parser's
     * reference day (a message from December read in January is last year's).
     */
    private static void trailer(String text, int from, int to, LocalDate today, Envelope.Builder envelope,
            Transmission.Positions positions, Problems problems) {
        List<String> fields = AnpaReader.fields(text, from, to);
        if (fields.isEmpty() || fields.get(0).length() != 6 || !AnpaReader.isDigits(fields.get(0))) {
            return;
        }
        String stamp = fields.get(0);
        int field = 1;
        if (field < fields.size() && fields.get(field).equalsIgnoreCase("GMT")) {
            field++;
        }
        int month = field < fields.size() ? Items.month(fields.get(field)) : -1;
        if (month < 0) {
            return;
        }
        field++;
        Integer year = field < fields.size() && fields.get(field).length() == 2 && AnpaReader.isDigits(fields.get(field))
                ? Transmission.year(Integer.parseInt(fields.get(field)), today) : null;
        try {
            int day = AnpaReader.pair(stamp, 0);
            int hour = AnpaReader.pair(stamp, 2);
            int minute = AnpaReader.pair(stamp, 4);
            if (year == null) {
                year = today.getYear();
                if (LocalDate.of(year, month, Math.min(day, 28)).isAfter(today.plusDays(1))) {
                    year--;
                }
            }
            OffsetDateTime time = OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
            envelope.firstcreated(time).versioncreated(time);
        } catch (DateTimeException e) {
            int[] at = positions.of(from);
            problems.report(DiagnosticCode.INVALID_VALUE, "invalid time " + Quote.value(Transmission.clean(text, from,
                    to)) + ": expected DDHHMM GMT Mon YY after ETX; left empty", at[0], at[1], from);
        }
    }
}
