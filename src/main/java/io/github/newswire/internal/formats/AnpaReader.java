package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads ANPA 1312, the American Newspaper Publishers Association's wire format that AP and many
 * US and Australian wires send: per message, {@code SYN SYN SOH}, a header of two lines (service
 * letter and number, selector; priority, category, format, keyword, version, date, word count),
 * {@code STX}, heading lines that open with {@code ^}, paragraphs that open with a tab,
 * {@code ETX}, a trailer with the time in GMT, {@code EOT}. {@code docs/formats.md} has the
 * mapping.
 */
public final class AnpaReader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.ANPA_1312;
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
        String header = sniff.header();
        boolean anpaMarks = sniff.rootName().equals("SYN") || header.indexOf(Transmission.US) >= 0
                || header.indexOf(Transmission.DC1) >= 0 || header.indexOf(Transmission.DC2) >= 0;
        return anpaMarks ? 100 : 0;
    }

    @Override
    public List<Article> read(Input input) {
        return Transmission.read(input, WireFormat.ANPA_1312, AnpaReader::message);
    }

    /**
     * ANPA's priority letters: {@code f} flash 1, {@code u} urgent 2, {@code b} bulletin 3; every
     * other letter (regular, deferred, advance, …) 6, ordinary.
     */
    static int priority(char letter) {
        return switch (Character.toLowerCase(letter)) {
            case 'f' -> 1;
            case 'u' -> 2;
            case 'b' -> 3;
            default -> 6;
        };
    }

    private static Article message(Input input, Transmission.Positions positions, Transmission.Message message,
            Problems problems) {
        String text = input.text();
        Envelope.Builder envelope = Envelope.builder().type("text");
        List<int[]> header = Transmission.lines(text, message.start() + 1, message.headerEnd());
        boolean tabular = false;
        if (!header.isEmpty()) {
            headerLine1(text, header.get(0), envelope);
        }
        if (header.size() > 1) {
            tabular = headerLine2(text, header.get(1), envelope, positions, problems);
        }
        if (!Transmission.checkFraming(text, positions, message, problems)) {
            return Items.article(input, WireFormat.ANPA_1312, null, null, List.of(), envelope.build(), null, problems);
        }
        if (message.etx() >= 0) {
            trailer(text, message.etx() + 1, message.end(), input.today(), envelope);
        }
        List<String> headings = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<int[]> lines = Transmission.lines(text, message.stx() + 1, message.textEnd());
        StringBuilder block = new StringBuilder();
        boolean[] full = {false};
        int blockStart = -1;
        int blockEnd = -1;
        for (int[] line : lines) {
            int start = line[0];
            int end = line[1];
            int first = start;
            while (first < end && Transmission.isFraming(text.charAt(first)) && text.charAt(first) != '\t'
                    && text.charAt(first) != Transmission.BS) {
                first++;
            }
            if (first < end && text.charAt(first) == '^') {
                for (String segment : carets(text, first, end)) {
                    headings.add(segment);
                }
                continue;
            }
            boolean opens = first < end && (text.charAt(first) == '\t' || text.charAt(first) == Transmission.BS);
            boolean blank = Transmission.isBlank(text, first, end);
            if (tabular) {
                if (blank) {
                    blockStart = flush(text, block, blockStart, blockEnd, paragraphs, positions, true, input, problems, full);
                } else {
                    if (blockStart < 0) {
                        blockStart = start;
                    } else {
                        block.append('\n');
                    }
                    block.append(tabularLine(text, first, end));
                    blockEnd = end;
                }
                continue;
            }
            if (opens || blank) {
                blockStart = flush(text, block, blockStart, blockEnd, paragraphs, positions, false, input, problems, full);
            }
            if (!blank) {
                if (blockStart < 0) {
                    blockStart = first;
                } else {
                    block.append(' ');
                }
                block.append(Transmission.clean(text, first, end));
                blockEnd = end;
            }
        }
        flush(text, block, blockStart, blockEnd, paragraphs, positions, tabular, input, problems, full);

        String headline = null;
        String byline = null;
        int headlineIndex = -1;
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            int note = heading.indexOf("EDITOR'S NOTE _");
            if (note >= 0) {
                envelope.ednote(Text.clean(heading.substring(note + "EDITOR'S NOTE _".length())));
            } else if (heading.contains("Eds:") && envelope.build().ednote().isEmpty()) {
                int eds = heading.indexOf("Eds:");
                envelope.ednote(Text.clean(heading.substring(0, eds) + heading.substring(eds + 4).stripLeading()));
            } else if (heading.regionMatches(true, 0, "By ", 0, 3) && byline == null) {
                byline = NitfReader.withoutBy(heading);
            } else if (headline == null && !isKeywordLine(heading)) {
                headline = heading;
                headlineIndex = i;
            }
        }
        envelope.headline(headline);
        if (paragraphs.isEmpty() && headlineIndex >= 0) {
            // A message of headlines only (AP's "Top headlines"): they are its body.
            for (int i = headlineIndex + 1; i < headings.size() && paragraphs.size() < input.maxParagraphs(); i++) {
                String heading = headings.get(i);
                if (!heading.regionMatches(true, 0, "By ", 0, 3)) {
                    paragraphs.add(new Paragraph(heading, span(positions, message.stx(), message.stx())));
                }
            }
        }
        Dateline dateline = Items.takeLedeDateline(paragraphs);
        return Items.article(input, WireFormat.ANPA_1312, byline, dateline, paragraphs, envelope.build(), null,
                problems);
    }

    /**
     * Whether a heading is a keyword line, not a headline: {@code BC-LT--Argentina-Cancer Beauty,466}
     * (a cycle designator, or a desk's {@code --} and a word count after a comma at the end) or a
     * code such as {@code *9006}.
     */
    private static boolean isKeywordLine(String heading) {
        if (heading.startsWith("*")) {
            return true;
        }
        // A headline may end in a number ("Floods kill 1,200"): a word count after a comma makes a
        // keyword line only with a cycle designator or a desk's "--".
        for (String cycle : new String[] {"BC-", "AP-", "AM-", "PM-"}) {
            if (heading.startsWith(cycle)) {
                return true;
            }
        }
        int comma = heading.lastIndexOf(',');
        return heading.contains("--") && comma > 0 && comma + 1 < heading.length()
                && isDigits(heading.substring(comma + 1).strip());
    }

    /** Adds the block as a paragraph; past the limit, reports once (and sets {@code full}) and adds nothing. */
    private static int flush(String text, StringBuilder block, int blockStart, int blockEnd, List<Paragraph> paragraphs,
            Transmission.Positions positions, boolean tabular, Input input, Problems problems, boolean[] full) {
        if (blockStart >= 0 && block.length() > 0) {
            String paragraph = tabular ? block.toString() : Text.strip(block);
            if (!paragraph.isBlank() && !full[0]) {
                if (paragraphs.size() == input.maxParagraphs()) {
                    int[] at = positions.of(blockStart);
                    Items.tooManyParagraphs(problems, input.maxParagraphs(), at[0], at[1], blockStart);
                    full[0] = true;
                } else {
                    paragraphs.add(new Paragraph(paragraph, span(positions, blockStart, blockEnd),
                            tabular ? Paragraph.Kind.PREFORMATTED : Paragraph.Kind.PARAGRAPH));
                }
            }
        }
        block.setLength(0);
        return -1;
    }

    private static SourceSpan span(Transmission.Positions positions, int start, int end) {
        int[] at = positions.of(start);
        return new SourceSpan(start, Math.max(start, end), at[0], at[1]);
    }

    /** A line of a table: the tab-line indicator and other controls taken off, tabs kept. */
    private static String tabularLine(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || !Transmission.isFraming(c)) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '<')) {
            end--;
        }
        int start = 0;
        while (start < end && out.charAt(start) == '\t') {
            start++;
        }
        return out.substring(start, end);
    }

    /** The heading segments of a line ({@code ^…<}), each without its caret and end marks. */
    private static List<String> carets(String text, int from, int to) {
        List<String> segments = new ArrayList<>(1);
        int at = from;
        while (at < to) {
            int next = text.indexOf('^', at + 1);
            int end = next < 0 || next > to ? to : next;
            String segment = Transmission.clean(text, at + 1, end);
            int cut = segment.length();
            while (cut > 0 && (segment.charAt(cut - 1) == '<' || segment.charAt(cut - 1) == '='
                    || Text.isSpace(segment.charAt(cut - 1)))) {
                cut--;
            }
            if (cut > 0) {
                segments.add(segment.substring(0, cut));
            }
            at = end;
        }
        return segments;
    }

    /** Service letter and message number ({@code W2870}), then the selector after {@code US}. */
    private static void headerLine1(String text, int[] line, Envelope.Builder envelope) {
        int at = line[0];
        while (at < line[1] && (text.charAt(at) == Transmission.SYN || Text.isSpace(text.charAt(at)))) {
            at++;
        }
        if (at < line[1] && Character.isLetter(text.charAt(at))) {
            at++;
        }
        int digits = at;
        while (digits < line[1] && digits - at < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > at) {
            envelope.sequence(Integer.valueOf(text.substring(at, digits)));
        }
    }

    /**
     * Priority, category, format identifier, keyword, version, reference, filing date, word
     * count ({@code f l DC3 DC1 BC-LT--Argentina-CancerB 1stLd-Writethru 11-13 1049}).
     *
     * @return whether the format identifier says the text is tabular ({@code DC2})
     */
    private static boolean headerLine2(String text, int[] line, Envelope.Builder envelope, Transmission.Positions positions,
            Problems problems) {
        int start = line[0];
        int end = line[1];
        boolean tabular = false;
        int fieldsStart = start;
        for (int i = start; i < end && i < start + 8; i++) {
            char c = text.charAt(i);
            if (c >= Transmission.DC1 && c <= Transmission.DC4) {
                tabular |= c == Transmission.DC2;
                fieldsStart = i + 1;
            }
        }
        if (fieldsStart == start) {
            fieldsStart = Math.min(end, start + 3);
        }
        char priority = start < end ? text.charAt(start) : ' ';
        if (Character.isLetter(priority)) {
            int value = priority(priority);
            envelope.priority(value).urgency(value);
        }
        char category = start + 2 < end ? text.charAt(start + 2) : ' ';
        if (Character.isLetterOrDigit(category)) {
            envelope.addCategory(new Category(Optional.of(String.valueOf(category)), Optional.empty()));
        }
        List<String> fields = fields(text, fieldsStart, end);
        if (fields.isEmpty()) {
            return tabular;
        }
        envelope.slugline(withoutCycle(fields.get(0)));
        int date = -1;
        for (int i = 1; i < fields.size(); i++) {
            if (isFilingDate(fields.get(i))) {
                date = i;
                break;
            }
        }
        int versionEnd = date < 0 ? fields.size() : date;
        if (versionEnd > 1) {
            envelope.takekey(fields.get(1));
        }
        if (date >= 0 && date + 1 < fields.size()) {
            String count = fields.get(date + 1);
            if (isDigits(count)) {
                envelope.wordcount(Integer.valueOf(count));
            } else {
                int[] at = positions.of(start);
                problems.report(DiagnosticCode.INVALID_VALUE, "invalid word count " + Quote.value(count)
                        + ": expected up to four digits after the filing date; left empty", at[0], at[1], start);
            }
        }
        return tabular;
    }

    /** The keyword without its cycle designator ({@code BC-}, {@code AP-}, {@code AM-}, {@code PM-}). */
    private static String withoutCycle(String keyword) {
        for (String cycle : new String[] {"BC-", "AP-", "AM-", "PM-"}) {
            if (keyword.startsWith(cycle) && keyword.length() > cycle.length()) {
                return keyword.substring(cycle.length());
            }
        }
        return keyword;
    }

    private static boolean isFilingDate(String field) {
        return field.length() == 5 && Character.isDigit(field.charAt(0)) && Character.isDigit(field.charAt(1))
                && field.charAt(2) == '-' && Character.isDigit(field.charAt(3)) && Character.isDigit(field.charAt(4));
    }

    static boolean isDigits(String field) {
        if (field.isEmpty() || field.length() > 9) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            if (!Character.isDigit(field.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Space-separated fields, controls dropped. */
    static List<String> fields(String text, int from, int to) {
        List<String> fields = new ArrayList<>(6);
        int at = from;
        while (at < to) {
            while (at < to && (Text.isSpace(text.charAt(at)) || Transmission.isFraming(text.charAt(at)))) {
                at++;
            }
            int start = at;
            while (at < to && !Text.isSpace(text.charAt(at)) && !Transmission.isFraming(text.charAt(at))) {
                at++;
            }
            if (at > start) {
                fields.add(text.substring(start, at));
            }
        }
        return fields;
    }

    /** The trailer's time, {@code AP-WF-11-13-13 1509GMT}: month, day, two-digit year, hours and minutes, GMT. */
    private static void trailer(String text, int from, int to, java.time.LocalDate today, Envelope.Builder envelope) {
        for (int i = from; i + 13 <= to; i++) {
            if (isDigitPair(text, i) && text.charAt(i + 2) == '-' && isDigitPair(text, i + 3) && text.charAt(i + 5) == '-'
                    && isDigitPair(text, i + 6) && text.charAt(i + 8) == ' ' && isDigitPair(text, i + 9)
                    && isDigitPair(text, i + 11) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                try {
                    OffsetDateTime time = OffsetDateTime.of(Transmission.year(pair(text, i + 6), today), pair(text, i),
                            pair(text, i + 3),
                            pair(text, i + 9), pair(text, i + 11), 0, 0, ZoneOffset.UTC);
                    envelope.firstcreated(time).versioncreated(time);
                } catch (DateTimeException e) {
                    // Not a time after all: the trailer says nothing the envelope can use.
                }
                return;
            }
        }
    }

    static boolean isDigitPair(String text, int at) {
        return at + 1 < text.length() && Character.isDigit(text.charAt(at)) && Character.isDigit(text.charAt(at + 1));
    }

    static int pair(String text, int at) {
        return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
    }
}
