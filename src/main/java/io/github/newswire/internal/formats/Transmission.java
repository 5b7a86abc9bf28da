package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.WireFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-character framing that ANPA 1312 and IPTC 7901 share: {@code SOH} opens a message's
 * header, {@code STX} its text, {@code ETX} ends the text and {@code EOT} the message; {@code SYN}
 * may precede {@code SOH}. A file may hold several messages, each from its {@code SOH} to its
 * {@code EOT} (or to the next {@code SOH}, or the end of the file).
 */
final class Transmission {

    static final char SOH = 0x01;
    static final char STX = 0x02;
    static final char ETX = 0x03;
    static final char EOT = 0x04;
    static final char BS = 0x08;
    static final char DC1 = 0x11;
    static final char DC2 = 0x12;
    static final char DC3 = 0x13;
    static final char DC4 = 0x14;
    static final char SYN = 0x16;
    static final char US = 0x1F;

    private Transmission() {
    }

    /**
     * One message of a transmission, by char offsets.
     *
     * @param start the offset of its {@code SOH}
     * @param stx   the offset of its {@code STX}, or -1 if it has none
     * @param etx   the offset of the {@code ETX} that ends its text, or -1 if it has none
     * @param end   the offset of its {@code EOT}, or where it stops without one
     * @param eot   whether an {@code EOT} ends it
     */
    record Message(int start, int stx, int etx, int end, boolean eot) {

        /** Where the text ends: at its ETX, or where the message stops. */
        int textEnd() {
            return etx >= 0 ? etx : end;
        }

        /** Where the header ends: at the STX, or where the message stops. */
        int headerEnd() {
            return stx >= 0 ? stx : end;
        }
    }

    /** Splits a transmission into its messages, in one pass that looks twice only at framing chars. */
    static List<Message> messages(String text) {
        List<Message> messages = new ArrayList<>(1);
        int length = text.length();
        int start = -1;
        int stx = -1;
        int etx = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > EOT) {
                continue;
            }
            if (c == SOH) {
                if (start >= 0) {
                    messages.add(new Message(start, stx, stx >= 0 ? etx : -1, i, false));
                }
                start = i;
                stx = -1;
                etx = -1;
            } else if (start < 0) {
                continue;
            } else if (c == STX && stx < 0) {
                stx = i;
            } else if (c == ETX && stx >= 0) {
                etx = i;
            } else if (c == EOT) {
                messages.add(new Message(start, stx, stx >= 0 ? etx : -1, i, true));
                start = -1;
            }
        }
        if (start >= 0) {
            messages.add(new Message(start, stx, stx >= 0 ? etx : -1, length, false));
        }
        return messages;
    }

    /**
     * The lines of a range, without their ends (LF, CRLF or a lone CR), as {start, end} pairs.
     *
     * @param text the text
     * @param from where the range starts
     * @param to   where it ends
     * @return the lines in order; a range that ends with a line end has no empty last line
     */
    static List<int[]> lines(String text, int from, int to) {
        List<int[]> lines = new ArrayList<>();
        int start = from;
        int at = from;
        while (at < to) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, at});
                at += c == '\r' && at + 1 < to && text.charAt(at + 1) == '\n' ? 2 : 1;
                start = at;
            } else {
                at++;
            }
        }
        if (start < to) {
            lines.add(new int[] {start, to});
        }
        return lines;
    }

    /** Whether a char is a control the framing uses (kept out of texts). */
    static boolean isFraming(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    /** The text of a range without framing controls and without whitespace at either end. */
    static String clean(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && (Text.isSpace(text.charAt(start)) || isFraming(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Text.isSpace(text.charAt(end - 1)) || isFraming(text.charAt(end - 1)))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (isFraming(text.charAt(i))) {
                StringBuilder out = new StringBuilder(end - start);
                for (int j = start; j < end; j++) {
                    char c = text.charAt(j);
                    if (!isFraming(c)) {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return text.substring(start, end);
    }

    /** Whether a range holds nothing but whitespace and framing controls. */
    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Text.isSpace(c) && !isFraming(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads one message into an article. */
    interface MessageReader {
        Article read(Input input, Positions positions, Message message, Problems problems);
    }

    /**
     * Reports a message that stops early: without STX (a header only) or without ETX (its text
     * runs to where the transmission stops).
     *
     * @return whether the message has a text to read (an STX)
     */
    static boolean checkFraming(String text, Positions positions, Message message, Problems problems) {
        if (message.stx() < 0) {
            int[] at = positions.of(message.start());
            problems.report(io.github.newswire.model.DiagnosticCode.TRUNCATED_MESSAGE, "truncated message "
                    + Quote.near(text, message.start()) + ": expected STX before the text; the message has a header"
                    + " only", at[0], at[1], message.start());
            return false;
        }
        if (message.etx() < 0) {
            int[] at = positions.of(message.end());
            problems.report(io.github.newswire.model.DiagnosticCode.TRUNCATED_MESSAGE, "truncated message "
                    + Quote.near(text, message.end()) + ": expected ETX after the text; read to where the"
                    + " transmission stops", at[0], at[1], message.end());
        }
        return true;
    }

    /** The most messages read from one transmission; a flood of SOH bytes is not a wire. */
    static final int MAX_MESSAGES = 100_000;

    /** Reads every message of a transmission, each an article, numbered when there are several. */
    static List<Article> read(Input input, WireFormat format, MessageReader reader) {
        List<Message> messages = messages(input.text());
        if (messages.isEmpty()) {
            return List.of(Items.noItems(input, format, "a message opened by SOH", input.problemsFor(0)));
        }
        Positions positions = new Positions(input.text());
        if (messages.size() > MAX_MESSAGES) {
            Message first = messages.get(MAX_MESSAGES);
            int[] at = positions.of(first.start());
            input.fileProblems().report(io.github.newswire.model.DiagnosticCode.TOO_MANY_ITEMS, "too many messages [more than "
                    + MAX_MESSAGES + "]: expected at most " + MAX_MESSAGES + " in one file; the rest is not read",
                    at[0], at[1], first.start());
            messages = messages.subList(0, MAX_MESSAGES);
        }
        List<Article> articles = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            articles.add(reader.read(input, positions, messages.get(i), input.problemsFor(i)));
        }
        return Items.numbered(articles);
    }

    /**
     * A year from its last two digits: the one from 80 years before the parser's day to the year
     * after it ({@code 98} is 1998, {@code 24} is 2024, read in 2026).
     */
    static int year(int twoDigits, java.time.LocalDate today) {
        int century = today.getYear() / 100 * 100;
        int year = century + twoDigits;
        return year > today.getYear() + 1 ? year - 100 : year;
    }

    /**
     * Line and column of offsets asked in increasing order: the cursor jumps from line break to line
     * break with the JDK's char search, and counts the columns of the one line it lands in.
     */
    static final class Positions {
        private final String text;
        private int[] starts = new int[64];
        private int count = 1;
        private int scanned;
        private int cachedLine = -1;
        private int cachedOffset;
        private int cachedColumn;
        private int nextLf;
        private int nextCr;

        Positions(String text) {
            this.text = text;
            this.nextLf = text.indexOf('\n');
            this.nextCr = text.indexOf('\r');
        }

        /** {line, column} of an offset, in any order: line starts are found once, columns counted from the nearest answer. */
        int[] of(int offset) {
            int target = Math.min(offset, text.length());
            while (scanned < target) {
                if (nextLf >= 0 && nextLf < scanned) {
                    nextLf = text.indexOf('\n', scanned);
                }
                if (nextCr >= 0 && nextCr < scanned) {
                    nextCr = text.indexOf('\r', scanned);
                }
                int lf = nextLf;
                int cr = nextCr;
                int lineBreak = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
                if (lineBreak < 0 || lineBreak >= target) {
                    scanned = target;
                    break;
                }
                int after = lineBreak == cr && cr + 1 == lf ? lf + 1 : lineBreak + 1;
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = after;
                scanned = after;
            }
            int index = java.util.Arrays.binarySearch(starts, 0, count, target);
            int line = index >= 0 ? index : -index - 2;
            int column;
            if (line == cachedLine && target >= cachedOffset) {
                column = cachedColumn + text.codePointCount(cachedOffset, target);
            } else if (line == cachedLine) {
                column = cachedColumn - text.codePointCount(target, cachedOffset);
            } else {
                column = 1 + text.codePointCount(starts[line], Math.max(starts[line], target));
            }
            if (target == 0 || target >= text.length() || !Character.isLowSurrogate(text.charAt(target))
                    || !Character.isHighSurrogate(text.charAt(target - 1))) {
                // Anchor only where no surrogate pair is split, so counts from here stay exact.
                cachedLine = line;
                cachedOffset = target;
                cachedColumn = column;
            }
            return new int[] {line + 1, column};
        }
    }
}
