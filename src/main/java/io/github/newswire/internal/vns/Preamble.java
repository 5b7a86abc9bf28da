package io.github.newswire.internal.vns;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.Problems;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.SourceSpan;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads the {@code date YYYY-MM-DD} preamble that opens a VNS wire file: an optional byte order
 * mark and whitespace, the word {@code date} (lower case, as the wires write it), whitespace and an
 * ISO date. The engine of the public {@link io.github.newswire.parser.HeaderParser} and a part of
 * the VNS reader.
 */
public final class Preamble {

    private static final String KEYWORD = "date";

    private Preamble() {
    }

    /**
     * The preamble, and the line position of the body for the segmenter that goes on from there.
     *
     * @param date      the date, or null if there is none or it is invalid
     * @param span      where the preamble stands, or null if there is none
     * @param bodyStart where the body starts
     * @param line      the line the body starts on
     * @param lineStart where that line starts
     * @param empty     whether the input is empty (blank)
     */
    public record Result(LocalDate date, SourceSpan span, int bodyStart, int line, int lineStart, boolean empty) {
    }

    /**
     * Reads the preamble at the start of {@code text}.
     *
     * @param text     the whole file
     * @param problems where problems go
     * @return the preamble and where the body starts
     */
    public static Result read(CharSequence text, Problems problems) {
        int length = text.length();
        Position at = new Position(text);
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            at.index = 1;
            at.lineStart = 1; // the byte order mark is invisible: it takes no column
        }
        at.skipWhitespace();
        if (at.index == length) {
            problems.report(DiagnosticCode.EMPTY_INPUT,
                    "empty input: expected \"date YYYY-MM-DD\" followed by the article", at.line, at.column(), at.index);
            return new Result(null, null, length, at.line, at.lineStart, true);
        }
        int keywordStart = at.index;
        if (!startsWithKeyword(text, keywordStart)) {
            problems.report(DiagnosticCode.MISSING_HEADER,
                    "missing \"date\" preamble " + Chars.quoteFound(text, keywordStart)
                            + ": expected \"date YYYY-MM-DD\" at the start of the file",
                    at.line, at.column(), keywordStart);
            return new Result(null, null, keywordStart, at.line, at.lineStart, false);
        }
        int keywordLine = at.line;
        int keywordColumn = at.column();
        at.index += KEYWORD.length();
        at.skipWhitespace();
        int tokenStart = at.index;
        int tokenEnd = dateTokenEnd(text, tokenStart);
        if (tokenEnd == tokenStart) {
            problems.report(DiagnosticCode.INVALID_DATE,
                    "invalid date " + Chars.quoteFound(text, tokenStart) + ": expected YYYY-MM-DD after \"date\"",
                    at.line, at.column(), tokenStart);
            SourceSpan keyword = new SourceSpan(keywordStart, keywordStart + KEYWORD.length(), keywordLine, keywordColumn);
            return new Result(null, keyword, tokenStart, at.line, at.lineStart, false);
        }
        String token = text.subSequence(tokenStart, tokenEnd).toString();
        String problem = dateProblem(token);
        LocalDate date = null;
        if (problem == null) {
            date = LocalDate.of(number(token, 0, 4), number(token, 5, 7), number(token, 8, 10));
        } else {
            problems.report(DiagnosticCode.INVALID_DATE, "invalid date [" + token + "]: " + problem,
                    at.line, at.column(), tokenStart);
        }
        SourceSpan span = new SourceSpan(keywordStart, tokenEnd, keywordLine, keywordColumn);
        at.index = tokenEnd;
        at.skipWhitespace();
        return new Result(date, span, at.index, at.line, at.lineStart, false);
    }

    private static boolean startsWithKeyword(CharSequence text, int at) {
        int end = at + KEYWORD.length();
        if (end > text.length()) {
            return false;
        }
        for (int i = 0; i < KEYWORD.length(); i++) {
            if (text.charAt(at + i) != KEYWORD.charAt(i)) {
                return false;
            }
        }
        return end == text.length() || Chars.isWhitespace(text.charAt(end));
    }

    /** A date-like token starts with a digit and runs over digits and date separators. */
    private static int dateTokenEnd(CharSequence text, int start) {
        int i = start;
        if (i >= text.length() || !isAsciiDigit(text.charAt(i))) {
            return start;
        }
        while (i < text.length() && i - start < 30) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) && c != '-' && c != '/' && c != '.') {
                break;
            }
            i++;
        }
        return i;
    }

    private static String dateProblem(String token) {
        if (token.length() != 10 || token.charAt(4) != '-' || token.charAt(7) != '-') {
            return "expected YYYY-MM-DD";
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!isAsciiDigit(token.charAt(i))) {
                return "expected YYYY-MM-DD";
            }
        }
        int year = number(token, 0, 4);
        int month = number(token, 5, 7);
        int day = number(token, 8, 10);
        if (month < 1 || month > 12) {
            return "month " + token.substring(5, 7) + " does not exist, expected 01 to 12";
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1) {
            return "day 00 does not exist, expected 01 to " + days;
        }
        if (day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + token.substring(0, 4)
                    + " has " + days + " days";
        }
        return null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Walks the preamble, keeping count of lines so that the body segmenter can go on from here. */
    private static final class Position {
        private final CharSequence text;
        int index;
        int line = 1;
        int lineStart;

        Position(CharSequence text) {
            this.text = text;
        }

        void skipWhitespace() {
            while (index < text.length()) {
                char c = text.charAt(index);
                if (c == '\n' || c == '\r') {
                    index += (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') ? 2 : 1;
                    line++;
                    lineStart = index;
                } else if (Chars.isHorizontalSpace(c)) {
                    index++;
                } else {
                    return;
                }
            }
        }

        int column() {
            return Character.codePointCount(text, lineStart, index) + 1;
        }
    }
}
