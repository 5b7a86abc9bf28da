package io.github.newswire;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.LineCursor;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agency sign-off, such as {@code VNS} or {@code — VNA/VNS}, at the end of a text.
 *
 * <pre>{@code
 * AttributionDetector detector = AttributionDetector.withDefaultAgencies();
 * detector.detect("… in the country. — VNS").map(Attribution::agencies); // Optional[[VNS]]
 * detector.detect("… first reported by VNS.");                          // Optional.empty
 * }</pre>
 *
 * <p>A sign-off is an optional dash ({@code —}, {@code –}, {@code -} or {@code --}, with or
 * without a space after it) and a credit: one or more agency names from the detector's list,
 * joined by {@code /}. It stands at the very end of the text, either after the end of a sentence
 * ({@code .}, {@code !} or {@code ?}, or a closing quote after one) and whitespace, or, with a
 * dash, right after the end of a sentence ({@code … on Monday.-VNA}, as Vietnam+ writes it), or at
 * the start of a line of its own; on a line of its own it may also be written {@code Source: VNA}.
 * Agency names match case-sensitively. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AttributionDetector {

    /**
     * The agencies recognised by default: VNS, VNA, Bizhub (also written BIZHUB), VNP (VNA's
     * Vietnam Pictorial), Reuters, AFP, AP, Xinhua, Kyodo, Yonhap, Bernama, Antara, PNA and TASS.
     */
    public static final List<String> DEFAULT_AGENCIES = List.of(
            "VNS", "VNA", "Bizhub", "BIZHUB", "VNP", "Reuters", "AFP", "AP", "Xinhua", "Kyodo", "Yonhap", "Bernama",
            "Antara", "PNA", "TASS");

    /** A credit naming more agencies than this is not a sign-off; it also bounds the backward scan. */
    private static final int MAX_AGENCIES_IN_CREDIT = 8;

    private static final String SOURCE_PREFIX = "Source:";

    private static final AttributionDetector DEFAULT = new AttributionDetector(DEFAULT_AGENCIES);

    private final Set<String> agencies;
    private final int longestAgency;

    private AttributionDetector(Collection<String> agencies) {
        Set<String> names = new LinkedHashSet<>();
        int longest = 0;
        for (String name : agencies) {
            if (name.isEmpty() || !name.codePoints().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("an agency name is letters and digits, found [" + name + "]");
            }
            names.add(name);
            longest = Math.max(longest, name.length());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one agency is needed");
        }
        this.agencies = Set.copyOf(names);
        this.longestAgency = longest;
    }

    /**
     * Returns a detector for the {@link #DEFAULT_AGENCIES}.
     *
     * @return the shared default detector
     */
    public static AttributionDetector withDefaultAgencies() {
        return DEFAULT;
    }

    /**
     * Returns a detector for the given agencies.
     *
     * @param agencies agency names, each made of letters and digits, such as {@code "VNS"}
     * @return a new detector
     * @throws IllegalArgumentException if the collection is empty or a name is not letters and digits
     */
    public static AttributionDetector withAgencies(Collection<String> agencies) {
        return new AttributionDetector(agencies);
    }

    /**
     * Returns the agency names this detector recognises.
     *
     * @return an unmodifiable set of names
     */
    public Set<String> agencies() {
        return agencies;
    }

    /**
     * Finds the sign-off at the end of {@code text}; trailing whitespace is ignored.
     *
     * @param text any text, such as an article or its last paragraph
     * @return the sign-off, with a span into {@code text}, or empty if the text does not end in one
     */
    public Optional<Attribution> detect(CharSequence text) {
        int end = text.length();
        while (end > 0 && Chars.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = 0;
        while (from < end && Chars.isWhitespace(text.charAt(from))) {
            from++;
        }
        Match match = match(text, from, end);
        if (match == null) {
            return Optional.empty();
        }
        LineCursor cursor = new LineCursor(text, 0, 1, 1).moveTo(match.textStart());
        return Optional.of(match.toAttribution(text, cursor.line(), cursor.column()));
    }

    /**
     * Where a sign-off stands in {@code text[from, end)}: the credit text runs from
     * {@code textStart} to {@code end}, and the article's own text ends at {@code contentEnd}
     * ({@code from} when the sign-off is all there is); {@code glued} when a dash joins it to the
     * last full stop ({@code ….-VNA}).
     */
    record Match(int textStart, int end, int contentEnd, Dash dash, List<String> agencies, boolean glued) {
        Attribution toAttribution(CharSequence text, int line, int column) {
            return new Attribution(text.subSequence(textStart, end).toString(), agencies, Optional.ofNullable(dash),
                    new SourceSpan(textStart, end, line, column));
        }
    }

    /**
     * Matches a sign-off ending exactly at {@code end}, where {@code text[from, end)} is trimmed
     * text. Scans backwards over at most the credit, a dash and the whitespace before them.
     */
    Match match(CharSequence text, int from, int end) {
        Deque<String> credited = new ArrayDeque<>(2);
        int nameEnd = end;
        int creditStart;
        while (true) {
            int nameStart = nameEnd;
            while (nameStart > from && Character.isLetterOrDigit(text.charAt(nameStart - 1))) {
                nameStart--;
                if (nameEnd - nameStart > longestAgency) {
                    return null;
                }
            }
            if (nameStart == nameEnd || !agencies.contains(text.subSequence(nameStart, nameEnd).toString())) {
                return null;
            }
            credited.addFirst(text.subSequence(nameStart, nameEnd).toString());
            if (credited.size() > MAX_AGENCIES_IN_CREDIT) {
                return null;
            }
            if (nameStart > from && text.charAt(nameStart - 1) == '/') {
                nameEnd = nameStart - 1;
                continue;
            }
            creditStart = nameStart;
            break;
        }

        int textStart = creditStart;
        int signOffStart = creditStart;
        Dash dash = null;
        int beforeCredit = Chars.skipHorizontalSpaceBackwards(text, creditStart, from);
        boolean sourceForm = beforeCredit - from >= SOURCE_PREFIX.length()
                && regionEquals(text, beforeCredit - SOURCE_PREFIX.length(), SOURCE_PREFIX);
        if (sourceForm) {
            textStart = beforeCredit - SOURCE_PREFIX.length();
            signOffStart = textStart;
        } else if (beforeCredit > from && isDashChar(text.charAt(beforeCredit - 1))) {
            int dashStart = beforeCredit - 1;
            char c = text.charAt(dashStart);
            if (c == '-' && dashStart > from && text.charAt(dashStart - 1) == '-') {
                dashStart--;
                dash = Dash.DOUBLE_HYPHEN;
            } else {
                dash = c == '\u2014' ? Dash.EM_DASH : c == '\u2013' ? Dash.EN_DASH : Dash.HYPHEN;
            }
            signOffStart = dashStart;
        }
        if (signOffStart > from && !Chars.isWhitespace(text.charAt(signOffStart - 1))
                && (dash == null || !endsSentence(text, from, signOffStart))) {
            // Only a dash may be glued to the end of the last sentence: "… on Monday.-VNA" (Vietnam+).
            return null;
        }

        int contentEnd = signOffStart;
        boolean lineBreakBefore = false;
        while (contentEnd > from && Chars.isWhitespace(text.charAt(contentEnd - 1))) {
            lineBreakBefore |= Chars.isLineBreak(text.charAt(contentEnd - 1));
            contentEnd--;
        }
        boolean ownParagraph = contentEnd == from;
        if (!ownParagraph && !lineBreakBefore && (sourceForm || !endsSentence(text, from, contentEnd))) {
            return null;
        }
        boolean glued = dash != null && signOffStart > from && contentEnd == signOffStart;
        return new Match(textStart, end, contentEnd, dash, List.copyOf(credited), glued);
    }

    private static boolean isDashChar(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013';
    }

    /** A sentence ends in . ! or ?, or in a closing quote right after one. */
    static boolean endsSentence(CharSequence text, int from, int end) {
        char last = text.charAt(end - 1);
        if (last == '.' || last == '!' || last == '?') {
            return true;
        }
        boolean closingQuote = last == '\u201D' || last == '"' || last == '\u2019';
        if (closingQuote && end - 2 >= from) {
            char beforeQuote = text.charAt(end - 2);
            return beforeQuote == '.' || beforeQuote == '!' || beforeQuote == '?';
        }
        return false;
    }

    private static boolean regionEquals(CharSequence text, int at, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (text.charAt(at + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
