package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Paragraphs of a plain-text body (NewsML-G2 {@code inlineData}, ninjs {@code body_text}): blank lines between them. */
final class PlainText {

    private PlainText() {
    }

    /**
     * Splits text into paragraphs.
     *
     * @param text          the body text
     * @param base          the offset of the text in the input, for spans
     * @param line          the line where the text starts
     * @param column        the column where the text starts
     * @param maxParagraphs the most paragraphs read
     * @param problems      where an overflow is reported
     * @return the paragraphs, each stripped of surrounding whitespace, line breaks inside kept
     */
    static List<Paragraph> paragraphs(String text, int base, int line, int column, int maxParagraphs,
            Problems problems) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = text.length();
        int at = 0;
        int currentLine = line;
        int lineStart = -column + 1;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int startLine = line;
        int startColumn = column;
        while (at <= length) {
            int lineEnd = at;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int first = at;
            while (first < lineEnd && Text.isSpace(text.charAt(first))) {
                first++;
            }
            if (first == lineEnd) {
                if (paragraphStart >= 0 && !add(paragraphs, text, paragraphStart, paragraphEnd, base, startLine,
                        startColumn, maxParagraphs, problems)) {
                    return paragraphs;
                }
                paragraphStart = -1;
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = first;
                    startLine = currentLine;
                    startColumn = first - lineStart + 1;
                }
                int last = lineEnd;
                while (last > first && Text.isSpace(text.charAt(last - 1))) {
                    last--;
                }
                paragraphEnd = last;
            }
            if (lineEnd >= length) {
                break;
            }
            at = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n'
                    ? 2 : 1);
            currentLine++;
            lineStart = at;
        }
        if (paragraphStart >= 0) {
            add(paragraphs, text, paragraphStart, paragraphEnd, base, startLine, startColumn, maxParagraphs, problems);
        }
        return paragraphs;
    }

    private static boolean add(List<Paragraph> paragraphs, String text, int start, int end, int base, int line,
            int column, int maxParagraphs, Problems problems) {
        if (paragraphs.size() >= maxParagraphs) {
            Items.tooManyParagraphs(problems, maxParagraphs, line, column, base + start);
            return false;
        }
        paragraphs.add(new Paragraph(text.substring(start, end), new SourceSpan(base + start, base + end, line,
                Math.max(1, column))));
        return true;
    }
}
