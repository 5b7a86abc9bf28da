package io.github.newswire.internal.vns;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Resources;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agency sign-off that ends a story ({@code … both sides. VNS}, {@code –VNA},
 * {@code Source: VNA}), scanning backwards from the end over at most the credit, a dash and the
 * whitespace before them. The engine of the public
 * {@link io.github.newswire.parser.AttributionDetector} and a part of the VNS reader; immutable.
 */
public final class SignOff {

    /**
     * The agencies and outlets recognised by default, read from the resource {@code outlets.txt}
     * beside this class: Viet Nam's agencies, its English-language outlets that sign their own
     * copy, and the foreign agencies whose copy they carry.
     */
    public static final List<String> DEFAULT_AGENCIES = List.copyOf(Resources.lines(SignOff.class, "outlets.txt"));

    /** A credit naming more agencies than this is not a sign-off; it also bounds the backward scan. */
    private static final int MAX_AGENCIES_IN_CREDIT = 8;

    private static final String SOURCE_PREFIX = "Source:";

    /** VNA's end-of-story mark, to which a credit may be glued. */
    private static final String END_MARK = "./.";

    private final Set<String> agencies;
    /** The names of several words ("Tuoi Tre News"), matched whole at the end of a credit. */
    private final List<String> multiWord;
    private final int longestAgency;

    /**
     * A matcher of sign-offs by these agencies.
     *
     * @param agencies agency and outlet names: words of letters and digits, one space between words
     * @throws IllegalArgumentException if the collection is empty or a name is not such words
     */
    public SignOff(Collection<String> agencies) {
        Set<String> names = new LinkedHashSet<>();
        List<String> several = new ArrayList<>();
        int longest = 0;
        for (String name : agencies) {
            if (!isName(name)) {
                throw new IllegalArgumentException("an agency name is words of letters and digits with one space"
                        + " between them, found [" + name + "]");
            }
            if (names.add(name) && name.indexOf(' ') >= 0) {
                several.add(name);
            }
            longest = Math.max(longest, name.length());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one agency is needed");
        }
        this.agencies = Set.copyOf(names);
        // Longest first: "The Saigon Times" before "Saigon Times", whatever the list's order.
        several.sort((a, b) -> b.length() - a.length());
        this.multiWord = List.copyOf(several);
        this.longestAgency = longest;
    }

    /** Words of letters and digits, one space between two words, none at either end. */
    private static boolean isName(String name) {
        if (name.isEmpty() || name.startsWith(" ") || name.endsWith(" ") || name.contains("  ")) {
            return false;
        }
        return name.codePoints().allMatch(cp -> cp == ' ' || Character.isLetterOrDigit(cp));
    }

    /**
     * Where a known name ending at {@code end} starts: a name of several words whole, else one
     * word of letters and digits in the list; -1 when none ends there.
     */
    private int nameStart(CharSequence text, int from, int end) {
        for (String name : multiWord) {
            int start = end - name.length();
            if (start >= from && Chars.regionEquals(text, start, name)
                    && (start == from || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                return start;
            }
        }
        int start = end;
        while (start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
            if (end - start > longestAgency) {
                return -1;
            }
        }
        return start < end && agencies.contains(text.subSequence(start, end).toString()) ? start : -1;
    }

    /**
     * Returns the agency names this matcher recognises.
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
     *
     * @param textStart  where the credit's text starts
     * @param end        where it ends
     * @param contentEnd where the story's own text ends
     * @param dash       the dash before the credit, or null
     * @param agencies   the agencies credited
     * @param glued      whether a dash joins the credit to the last full stop
     */
    public record Match(int textStart, int end, int contentEnd, Dash dash, List<String> agencies, boolean glued) {
        /**
         * The sign-off as the model holds it.
         *
         * @param text   the text matched
         * @param line   the line of {@code textStart}
         * @param column its column
         * @return the attribution
         */
        public Attribution toAttribution(CharSequence text, int line, int column) {
            return new Attribution(text.subSequence(textStart, end).toString(), agencies, Optional.ofNullable(dash),
                    new SourceSpan(textStart, end, line, column));
        }
    }

    /**
     * Matches a sign-off ending exactly at {@code end}, where {@code text[from, end)} is trimmed
     * text. Scans backwards over at most the credit, a dash and the whitespace before them.
     *
     * @param text the text
     * @param from where the trimmed text starts
     * @param end  where it ends
     * @return the match, or null if the text does not end in a sign-off
     */
    public Match match(CharSequence text, int from, int end) {
        Deque<String> credited = new ArrayDeque<>(2);
        int nameEnd = end;
        int creditStart;
        while (true) {
            int nameStart = nameStart(text, from, nameEnd);
            if (nameStart < 0) {
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
                && Chars.regionEquals(text, beforeCredit - SOURCE_PREFIX.length(), SOURCE_PREFIX);
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
        boolean afterEndMark = dash == null && !sourceForm && signOffStart - from > END_MARK.length()
                && Chars.regionEquals(text, signOffStart - END_MARK.length(), END_MARK);
        if (signOffStart > from && !Chars.isWhitespace(text.charAt(signOffStart - 1)) && !afterEndMark
                && (dash == null || !Chars.endsSentence(text, from, signOffStart))) {
            // Only a dash may be glued to the end of the last sentence ("… on Monday.-VNA", Vietnam+),
            // and a credit to VNA's end-of-story mark ("… on Monday./.VNA").
            return null;
        }

        int contentEnd = signOffStart;
        boolean lineBreakBefore = false;
        while (contentEnd > from && Chars.isWhitespace(text.charAt(contentEnd - 1))) {
            lineBreakBefore |= Chars.isLineBreak(text.charAt(contentEnd - 1));
            contentEnd--;
        }
        boolean ownParagraph = contentEnd == from;
        if (!ownParagraph && !lineBreakBefore && (sourceForm || !Chars.endsSentence(text, from, contentEnd))) {
            return null;
        }
        boolean glued = dash != null && signOffStart > from && contentEnd == signOffStart;
        return new Match(textStart, end, contentEnd, dash, List.copyOf(credited), glued);
    }

    private static boolean isDashChar(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013';
    }

}
