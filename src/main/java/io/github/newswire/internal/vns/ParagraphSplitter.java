package io.github.newswire.internal.vns;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.Problems;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.parser.WireParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs at blank lines (a line of horizontal whitespace only is blank; lines
 * end at LF, CRLF or a lone CR), each with its surrounding whitespace removed. The engine of the
 * public {@link io.github.newswire.parser.BodySegmenter} and a part of the VNS reader.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /**
     * Splits {@code text[from, to)}, where {@code from} lies on line {@code line} whose first
     * character is at {@code lineStart}; throws past the parser's limits, which it checks as it goes
     * so that hostile input never gets to fill memory.
     *
     * @param text          the text
     * @param from          where to start
     * @param to            where to end
     * @param line          the line {@code from} lies on
     * @param lineStart     where that line starts
     * @param maxLineLength the longest line accepted
     * @param maxParagraphs the most paragraphs accepted
     * @return the paragraphs, in a list of the caller's own to change
     * @throws io.github.newswire.parser.WireParseException past a limit
     */
    public static List<Paragraph> segment(CharSequence text, int from, int to, int line, int lineStart, int maxLineLength,
            int maxParagraphs) {
        if (text instanceof String string) {
            return segmentLines(string, from, to, line, lineStart, maxLineLength, maxParagraphs);
        }
        Paragraphs paragraphs = new Paragraphs(text, maxLineLength, maxParagraphs);
        int i = from;
        while (i < to) {
            int firstVisible = -1;
            int lastVisible = -1;
            char c = 0;
            while (i < to) {
                c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (!Chars.isHorizontalSpace(c)) {
                    if (firstVisible < 0) {
                        firstVisible = i;
                    }
                    lastVisible = i;
                }
                i++;
            }
            paragraphs.line(line, lineStart, i, firstVisible, lastVisible + 1);
            if (i < to) {
                i += (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                lineStart = i;
            }
        }
        return paragraphs.finish();
    }

    /**
     * The same as the general loop for a {@code String}: {@link String#indexOf(int, int)} finds
     * each line end (a vectorised search in the JDK), and only the whitespace at the edges of a
     * line is looked at, so most characters are never touched one by one. The next LF and the
     * next CR are each searched for only once the line reaches past them, so text with any mix of
     * line ends costs two forward searches in all.
     */
    private static List<Paragraph> segmentLines(String text, int from, int to, int line, int lineStart,
            int maxLineLength, int maxParagraphs) {
        Paragraphs paragraphs = new Paragraphs(text, maxLineLength, maxParagraphs);
        int nextLf = nextBreak(text, '\n', from, to);
        int nextCr = nextBreak(text, '\r', from, to);
        int i = from;
        while (i < to) {
            int lineEnd = Math.min(nextLf, nextCr);
            int first = i;
            while (first < lineEnd && Chars.isHorizontalSpace(text.charAt(first))) {
                first++;
            }
            int last = lineEnd;
            while (last > first && Chars.isHorizontalSpace(text.charAt(last - 1))) {
                last--;
            }
            paragraphs.line(line, lineStart, lineEnd, first < lineEnd ? first : -1, last);
            if (lineEnd >= to) {
                break;
            }
            i = lineEnd + (lineEnd == nextCr && lineEnd + 1 < to && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            if (nextLf < i) {
                nextLf = nextBreak(text, '\n', i, to);
            }
            if (nextCr < i) {
                nextCr = nextBreak(text, '\r', i, to);
            }
            line++;
            lineStart = i;
        }
        return paragraphs.finish();
    }

    /** The next {@code lineBreak} at or after {@code from}, or {@code to} if there is none before it. */
    private static int nextBreak(String text, char lineBreak, int from, int to) {
        int at = text.indexOf(lineBreak, from);
        return at < 0 || at > to ? to : at;
    }

    /** Gathers lines into paragraphs and enforces the limits; both scanning loops feed it. */
    private static final class Paragraphs {
        private final CharSequence text;
        private final int maxLineLength;
        private final int maxParagraphs;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private int start = -1;
        private int end;
        private int startLine;
        private int startColumn;

        Paragraphs(CharSequence text, int maxLineLength, int maxParagraphs) {
            this.text = text;
            this.maxLineLength = maxLineLength;
            this.maxParagraphs = maxParagraphs;
        }

        /**
         * Takes one line: {@code line} starts at {@code lineStart} and ends at {@code lineEnd};
         * its visible text is {@code [first, last)}, or {@code first} is -1 when it is blank.
         */
        void line(int line, int lineStart, int lineEnd, int first, int last) {
            if (lineEnd - lineStart > maxLineLength) {
                throw lineTooLong(line, lineStart, lineEnd);
            }
            if (first < 0) {
                flush();
                return;
            }
            if (start < 0) {
                // Only horizontal space, all of it single chars of the BMP, lies before the first visible char.
                int column = first - lineStart + 1;
                if (paragraphs.size() == maxParagraphs) {
                    throw tooManyParagraphs(line, column, first);
                }
                start = first;
                startLine = line;
                startColumn = column;
            }
            end = last;
        }

        // The errors are built apart, so that the per-line method stays small enough to inline.
        private WireParseException lineTooLong(int line, int lineStart, int lineEnd) {
            return Problems.fatal(DiagnosticCode.LINE_TOO_LONG, "line too long [" + (lineEnd - lineStart)
                    + " chars]: expected at most " + maxLineLength + " (option maxLineLength)", line, 1, lineStart);
        }

        private WireParseException tooManyParagraphs(int line, int column, int first) {
            return Problems.fatal(DiagnosticCode.TOO_MANY_PARAGRAPHS, "too many paragraphs [more than "
                    + maxParagraphs + "]: expected at most " + maxParagraphs + " (option maxParagraphs)",
                    line, column, first);
        }

        private void flush() {
            if (start >= 0) {
                paragraphs.add(paragraph(text, start, end, startLine, startColumn));
                start = -1;
            }
        }

        List<Paragraph> finish() {
            flush();
            return paragraphs;
        }
    }

    private static Paragraph paragraph(CharSequence text, int start, int end, int line, int column) {
        return new Paragraph(text.subSequence(start, end).toString(), new SourceSpan(start, end, line, column));
    }
}
