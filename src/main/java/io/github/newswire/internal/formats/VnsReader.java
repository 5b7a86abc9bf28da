package io.github.newswire.internal.formats;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Mojibake;
import io.github.newswire.internal.Problems;
import io.github.newswire.internal.Utf8;
import io.github.newswire.internal.vns.BylineDetector;
import io.github.newswire.internal.vns.DatelineDetector;
import io.github.newswire.internal.vns.ParagraphSplitter;
import io.github.newswire.internal.vns.Preamble;
import io.github.newswire.internal.vns.SignOff;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads VNS text, the plain-text wire of Viet Nam News and the Vietnam News Agency: the
 * {@code date} preamble ({@link Preamble}), paragraphs at blank lines ({@link ParagraphSplitter}),
 * then, off the paragraphs, the agency sign-off and VNA's {@code ./.} end mark ({@link SignOff}),
 * a byline ({@link BylineDetector}) and the dateline ({@link DatelineDetector}). The public
 * {@code HeaderParser}, {@code BodySegmenter} and {@code AttributionDetector} are built from the
 * same parts, so each finds alone what a parse finds. It is the format of any file whose head no
 * other reader knows; {@code docs/format.md} specifies it.
 */
final class VnsReader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.VNS;
    }

    @Override
    public int detect(Sniff sniff) {
        // The fallback: any head that is not XML (unknown XML has a reader of its own) may be text.
        return sniff.kind() == Sniff.Kind.XML ? 0 : 1;
    }

    /**
     * Strict UTF-8 (or, on request, bad sequences replaced), a leading byte order mark removed,
     * mojibake repaired if asked: the text that spans of an article read from the bytes index.
     */
    @Override
    public String decode(Input input) {
        byte[] bytes = input.bytes();
        return repair(Utf8.decode(bytes, bytes.length, input.options().replaceMalformedInput(), input.fileProblems()),
                input.options().repairMojibake());
    }

    /**
     * Returns the text that spans index for text given as text: itself, or repaired.
     *
     * @param text   the text
     * @param repair whether mojibake is repaired
     * @return the text
     */
    static String repair(CharSequence text, boolean repair) {
        return repair ? Mojibake.repair(text, (start, end, codePoint) -> { }) : text.toString();
    }

    @Override
    public List<Article> read(Input input) {
        byte[] bytes = input.bytes();
        if (bytes == null) {
            return List.of(parseText(input.chars(), input.source(), input.fileProblems(), input.options()));
        }
        ReadOptions options = input.options();
        Utf8.Decoded decoded = Utf8.decodeText(bytes, bytes.length, options.replaceMalformedInput(),
                input.fileProblems());
        // The text is scanned for mojibake as text from a String is: that scan of every second
        // char also tells whether columns must count code points, and costs less than a pass over
        // the bytes that would tell the same.
        Article article = parseText(decoded.text(), input.source(), input.fileProblems(), options);
        if (decoded.exact() && !(options.repairMojibake() && repaired(article))) {
            input.exactTextStart(decoded.start());
        }
        return List.of(article);
    }

    /** Whether mojibake was repaired in the article's text: each repair is reported. */
    private static boolean repaired(Article article) {
        for (var diagnostic : article.diagnostics()) {
            if (diagnostic.code() == DiagnosticCode.MOJIBAKE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the text. The scan for mojibake comes first, and tells on the way whether the text
     * holds a surrogate pair: without one, columns are counted without looking at the chars.
     */
    private static Article parseText(CharSequence input, String source, Problems problems, ReadOptions options) {
        MojibakeCheck check = checkMojibake(input, problems, options.repairMojibake());
        SignOff signOff = options.signOff();
        CharSequence text = check.text();
        // Without a surrogate pair every code point is one char: columns are differences of offsets.
        boolean bmpOnly = !check.supplementary();
        Preamble.Result header = Preamble.read(text, problems);
        // A list of the parser's own: the steps below change it in place, and the Article copies it once.
        List<Paragraph> paragraphs = ParagraphSplitter.segment(text, header.bodyStart(), text.length(), header.line(),
                header.lineStart(), options.maxLineLength(), options.maxParagraphs());

        // A bare dash that opens the text lost its place upstream ("– The ministry …"); it goes first,
        // so that what follows it is read as it would be without it.
        SourceSpan placeLost = null;
        if (!paragraphs.isEmpty() && !isSignOffAlone(signOff, text, paragraphs.get(0).span())) {
            placeLost = paragraphs.get(0).span();
            paragraphs = withoutBareDash(text, paragraphs, bmpOnly);
            placeLost = paragraphs.isEmpty() || paragraphs.get(0).span().start() == placeLost.start() ? null : placeLost;
        }

        // An end-of-story credit of the author and the translator ("By Name - Translated by Name",
        // SGGP) stands after the sign-off, so it comes off first; a story with a byline at its
        // head keeps any such line as text.
        BylineDetector.Tail tail = null;
        SourceSpan tailSpan = null;
        if (paragraphs.size() > 1 && BylineDetector.nameStart(text, paragraphs.get(0).span().start(),
                paragraphs.get(0).span().end()) < 0) {
            SourceSpan last = paragraphs.get(paragraphs.size() - 1).span();
            tail = BylineDetector.tail(text, last.start(), last.end());
            if (tail != null) {
                tailSpan = last;
                paragraphs.remove(paragraphs.size() - 1);
            }
        }

        // A name alone on the last line after a sign-off ("….-VNA" then "Nguyễn Văn An") is set
        // aside while the sign-off is read off the paragraph before it, then kept as text.
        Paragraph trailingName = null;
        if (paragraphs.size() > 1) {
            SourceSpan last = paragraphs.get(paragraphs.size() - 1).span();
            SourceSpan before = paragraphs.get(paragraphs.size() - 2).span();
            // An outlet's own name on the last line ("VOV World") is a sign-off, not a name.
            if (BylineDetector.isNameAlone(text, last.start(), last.end())
                    && options.signOff().match(text, last.start(), last.end()) == null
                    && options.signOff().match(text, before.start(), before.end()) != null) {
                trailingName = paragraphs.remove(paragraphs.size() - 1);
            }
        }

        // The end, taken off from the last character back: a sign-off, an end-of-story mark, and a
        // sign-off before those (the credit repeated: "….-VNA" then a line "VNA"), each once.
        Attribution attribution = null;
        String endMark = null;
        boolean signedOff = false;
        for (int step = 0; step < 3 && !paragraphs.isEmpty(); step++) {
            int last = paragraphs.size() - 1;
            SourceSpan span = paragraphs.get(last).span();
            int contentEnd = -1;
            if (step != 1) {
                SignOff.Match match = signOff.match(text, span.start(), span.end());
                // Before a sign-off or a mark, only the glued form is a credit repeated ("….-VNA" then "VNA").
                if (match != null && (step == 0 || (signedOff || endMark != null) && match.glued())) {
                    LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                            .moveTo(match.textStart());
                    // Of a repeated credit, the article keeps the one nearest the text.
                    attribution = match.toAttribution(text, cursor.line(), cursor.column());
                    signedOff = true;
                    contentEnd = match.contentEnd();
                }
            } else if (endsWithEndMark(text, span.start(), span.end())) {
                endMark = END_MARK;
                contentEnd = span.end() - END_MARK.length() + 1;
            }
            if (contentEnd == span.start()) {
                paragraphs.remove(last);
            } else if (contentEnd >= 0) {
                paragraphs.set(last, paragraph(text, span.start(), contentEnd, span.line(), span.column()));
            }
        }
        if (attribution == null && !paragraphs.isEmpty()) {
            SourceSpan span = paragraphs.get(paragraphs.size() - 1).span();
            LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                    .moveTo(span.end());
            int lastWord = span.end();
            while (lastWord > span.start() && !Chars.isWhitespace(text.charAt(lastWord - 1))) {
                lastWord--;
            }
            problems.report(DiagnosticCode.MISSING_ATTRIBUTION,
                    "no sign-off " + Chars.quoteFound(text, lastWord)
                            + ": expected an agency credit such as \"VNS\" at the end of the last paragraph",
                    cursor.line(), cursor.column(), span.end());
        }

        if (trailingName != null) {
            paragraphs.add(trailingName);
            SourceSpan at = trailingName.span();
            problems.report(DiagnosticCode.TRAILING_NAME, "a name after the sign-off [" + trailingName.text()
                    + "]: expected the story to end with its sign-off; kept as a paragraph, not read as a byline",
                    at.line(), at.column(), at.start());
        }

        // After the sign-off is taken off: a byline must be followed by a body paragraph.
        String byline = tail == null || tail.authorStart() < 0 ? null
                : text.subSequence(tail.authorStart(), tail.authorEnd()).toString();
        String translator = tail == null ? null
                : text.subSequence(tail.translatorStart(), tail.translatorEnd()).toString();
        SourceSpan bylineSpan = byline == null ? null : tailSpan;
        if (tail == null && paragraphs.size() > 1) {
            Paragraph first = paragraphs.get(0);
            int nameStart = BylineDetector.nameStart(text, first.span().start(), first.span().end());
            if (nameStart >= 0) {
                byline = text.subSequence(nameStart, first.span().end()).toString();
                bylineSpan = first.span();
                paragraphs.remove(0);
            }
        }

        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            SourceSpan before = paragraphs.get(0).span();
            paragraphs = withoutBareDash(text, paragraphs, bmpOnly);
            SourceSpan span = paragraphs.get(0).span();
            if (placeLost == null && span.start() != before.start()) {
                placeLost = before;
            }
            DatelineDetector.Match match = DatelineDetector.match(text, span.start(), span.end(), options.gazetteer());
            int ledeStart = span.start();
            if (match != null) {
                // A broadcaster's tag alone ("(VOVWORLD) -") has no place: the dateline keeps its text.
                Optional<String> written = match.placeStart() == match.placeEnd()
                        ? Optional.of(text.subSequence(span.start(), Chars.skipWhitespaceBackwards(text,
                                match.ledeStart(), span.start())).toString())
                        : Optional.empty();
                dateline = new Dateline(text.subSequence(match.placeStart(), match.placeEnd()).toString(),
                        slice(text, match.countryStart(), match.countryEnd()),
                        slice(text, match.dateStart(), match.dateEnd()),
                        slice(text, match.agencyStart(), match.agencyEnd()), Optional.ofNullable(match.dash()),
                        written);
                ledeStart = match.ledeStart();
            } else if (placeLost != null) {
                problems.report(DiagnosticCode.MISSING_PLACE, "dateline without a place "
                        + Chars.quoteFound(text, placeLost.start())
                        + ": expected a place before the dash; the dash is taken off the lede",
                        placeLost.line(), placeLost.column(), placeLost.start());
            } else {
                DatelineDetector.Uncertain uncertain = DatelineDetector.uncertain(text, span.start(), span.end());
                if (uncertain != null) {
                    problems.report(DiagnosticCode.UNCERTAIN_DATELINE, "capitals that may be a dateline ["
                            + text.subSequence(span.start(), uncertain.end())
                            + "]: expected a dash after a dateline, or a place the parser knows"
                            + " (option addPlaces); kept in the lede", span.line(), span.column(), span.start());
                }
            }
            if (ledeStart > span.start()) {
                LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly)
                        .moveTo(ledeStart);
                paragraphs.set(0, paragraph(text, ledeStart, span.end(), cursor.line(), cursor.column()));
            }
        }

        if (paragraphs.isEmpty() && !header.empty()) {
            LineCursor end = new LineCursor(text, header.bodyStart(), header.line(),
                    Character.codePointCount(text, header.lineStart(), header.bodyStart()) + 1).moveTo(text.length());
            String message = attribution == null
                    ? "no article text: expected a paragraph after the \"date\" preamble, found end of input"
                    : "no article text [" + attribution.text() + "]: expected a paragraph before the sign-off";
            problems.report(DiagnosticCode.EMPTY_BODY, message, end.line(), end.column(), text.length());
        }

        return new Article(Optional.ofNullable(source), Optional.empty(), WireFormat.VNS,
                Optional.ofNullable(header.date()), Optional.ofNullable(byline), Optional.ofNullable(dateline),
                paragraphs, Optional.ofNullable(attribution), Optional.ofNullable(endMark), Envelope.EMPTY,
                Optional.empty(), problems.toList(), Optional.ofNullable(translator), Optional.ofNullable(bylineSpan));
    }

    /** VNA's end-of-story mark, written right after the last full stop. */
    private static final String END_MARK = "./.";

    private static boolean endsWithEndMark(CharSequence text, int start, int end) {
        return end - start > END_MARK.length() && text.charAt(end - 3) == '.' && text.charAt(end - 2) == '/'
                && text.charAt(end - 1) == '.';
    }

    private static Optional<String> slice(CharSequence text, int start, int end) {
        return start < 0 ? Optional.empty() : Optional.of(text.subSequence(start, end).toString());
    }

    /** A paragraph that is nothing but a sign-off, dash and all ("— VNS"): its dash is not a lost place. */
    private static boolean isSignOffAlone(SignOff signOff, CharSequence text, SourceSpan span) {
        SignOff.Match match = signOff.match(text, span.start(), span.end());
        return match != null && match.contentEnd() == span.start();
    }

    /** The paragraphs (a list of the parser's own, changed in place) with any bare dash that opens the first one taken off. */
    private static List<Paragraph> withoutBareDash(CharSequence text, List<Paragraph> paragraphs, boolean bmpOnly) {
        SourceSpan span = paragraphs.get(0).span();
        int start = afterBareDash(text, span.start(), span.end());
        if (start == span.start()) {
            return paragraphs;
        }
        LineCursor cursor = new LineCursor(text, span.start(), span.line(), span.column(), bmpOnly).moveTo(start);
        paragraphs.set(0, paragraph(text, start, span.end(), cursor.line(), cursor.column()));
        return paragraphs;
    }

    /**
     * Where the lede's text starts after a bare dash that opens it ({@code – The ministry …}), or
     * {@code start} when it does not open with one.
     */
    private static int afterBareDash(CharSequence text, int start, int end) {
        int at = start;
        // Dashes in a row ("– – The …") all go: a lede never opens with a bare dash.
        while (at < end) {
            Dash dash = DatelineDetector.dashAt(text, at, end);
            if (dash == null) {
                break;
            }
            int afterDash = at + (dash == Dash.DOUBLE_HYPHEN ? 2 : 1);
            int next = Chars.skipHorizontalSpace(text, afterDash, end);
            if (next == afterDash || next >= end || Chars.isLineBreak(text.charAt(next))) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** The text to parse after the mojibake check, and whether it may hold a surrogate pair. */
    private record MojibakeCheck(CharSequence text, boolean supplementary) {
    }

    /**
     * Reports mojibake, and repairs it if asked to. Positions are in the text that is parsed (the
     * repaired text when repairing), like every other position.
     */
    private static MojibakeCheck checkMojibake(CharSequence text, Problems problems, boolean repairMojibake) {
        List<int[]> found = new ArrayList<>();
        int[] unlisted = {0};
        Mojibake.Listener collect = (start, end, codePoint) -> {
            if (found.size() < Problems.MAX_PER_CODE) {
                found.add(new int[] {start, end, codePoint});
            } else {
                unlisted[0]++;
            }
        };
        CharSequence parsed = repairMojibake ? Mojibake.repair(text, collect) : text;
        // A repaired text is not looked at again for surrogate pairs: it may hold some.
        boolean supplementary = repairMojibake || Mojibake.scanText(text, collect).supplementary();
        if (found.isEmpty()) {
            return new MojibakeCheck(parsed, supplementary);
        }
        int bom = startsWithBom(parsed) ? 1 : 0;
        LineCursor cursor = new LineCursor(parsed, bom, 1, 1);
        for (int[] match : found) {
            cursor.moveTo(match[0]);
            String meant = new String(Character.toChars(match[2]));
            String message = repairMojibake
                    ? "mojibake repaired [" + meant + "]: found UTF-8 read as Windows-1252, expected UTF-8 text"
                    : "mojibake [" + parsed.subSequence(match[0], match[1]) + "]: expected UTF-8 text, found UTF-8"
                            + " read as Windows-1252; it reads [" + meant + "]";
            problems.report(DiagnosticCode.MOJIBAKE, message, cursor.line(), cursor.column(), match[0]);
        }
        problems.countUnlisted(DiagnosticCode.MOJIBAKE, unlisted[0]);
        return new MojibakeCheck(parsed, supplementary);
    }

    private static boolean startsWithBom(CharSequence text) {
        return text.length() > 0 && text.charAt(0) == '\uFEFF';
    }

    private static Paragraph paragraph(CharSequence text, int start, int end, int line, int column) {
        return new Paragraph(text.subSequence(start, end).toString(), new SourceSpan(start, end, line, column));
    }
}
