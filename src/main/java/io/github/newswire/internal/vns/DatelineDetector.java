package io.github.newswire.internal.vns;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.Resources;
import io.github.newswire.model.Dash;
import java.util.List;

/**
 * Recognises a dateline at the start of the lede. The shapes, from the field survey of
 * {@code docs/real-world.md}:
 *
 * <ul>
 *   <li>a place, an optional agency in parentheses, and a dash with whitespace on both sides
 *       ({@code HÀ NỘI — }, {@code Hanoi (VNA) – }, {@code DA NANG (VNS) — });</li>
 *   <li>after the place, comma-separated, a country and a day, with or without a year
 *       ({@code PARIS, VIETNAM, March 3 - }, {@code HANOI, July 1 (Xinhua) -- },
 *       {@code TOKYO, June 6, 2010 (AFP) – });</li>
 *   <li>a distributor's country and day before the wire's own dateline
 *       ({@code VIETNAM, June 10 - HÀ NỘI — }), merged into one;</li>
 *   <li>a place the gazetteer knows, in capitals, and no dash ({@code HCM CITY The …}).</li>
 * </ul>
 *
 * <p>A place is made of letters (combining marks included, so NFD text matches as NFC does),
 * spaces, hyphens, periods and apostrophes, and starts with a capital letter. With a dash and no
 * agency it has no lower-case letter, unless the gazetteer knows it; with an agency each of its
 * words starts with a capital. It has no digit and at most {@value #MAX_PLACE_LENGTH}
 * characters, which, with the length of a day, bounds the scan.
 */
public final class DatelineDetector {

    /** The longest place recognised, in {@code char}s. */
    public static final int MAX_PLACE_LENGTH = 60;

    /** The longest head (place, country and day) scanned, in {@code char}s. */
    private static final int MAX_HEAD_LENGTH = 100;

    private static final int MAX_AGENCY_LENGTH = 20;

    /** Outlets' names that may stand where a dateline's place would: credits, not places. */
    private static final List<String> DATELINE_CREDITS = List.copyOf(Resources.lines(DatelineDetector.class,
            "dateline-credits.txt"));

    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.",
        "Nov.", "Dec."};

    private DatelineDetector() {
    }

    /**
     * A recognised dateline.
     *
     * @param placeStart   start of the place
     * @param placeEnd     exclusive end of the place
     * @param countryStart start of the country, or -1
     * @param countryEnd   exclusive end of the country, or -1
     * @param dateStart    start of the day as written ({@code March 3}, {@code June 6, 2010}), or -1
     * @param dateEnd      exclusive end of the day, or -1
     * @param agencyStart  start of the agency inside the parentheses, or -1
     * @param agencyEnd    exclusive end of the agency, or -1
     * @param dash         the separating dash, or null when there is none
     * @param ledeStart    where the lede's own text starts, after the dash and its whitespace
     */
    public record Match(int placeStart, int placeEnd, int countryStart, int countryEnd, int dateStart, int dateEnd,
            int agencyStart, int agencyEnd, Dash dash, int ledeStart) {

        Match withOuter(Match outer) {
            return new Match(placeStart, placeEnd, outer.placeStart, outer.placeEnd,
                    dateStart >= 0 ? dateStart : outer.dateStart, dateStart >= 0 ? dateEnd : outer.dateEnd,
                    agencyStart, agencyEnd, dash, ledeStart);
        }
    }

    /**
     * What the lede opens with when no dateline was recognised but capitals that may be one were:
     * a run of capital words that the gazetteer does not know, followed by a capitalised word, as
     * in {@code BÌNH PHƯỚC PROVINCE The …}. Reported, never guessed.
     *
     * @param end exclusive end of the capitals
     */
    public record Uncertain(int end) {
    }

    /**
     * Matches a dateline at the start of {@code text[from, to)}.
     *
     * @param text      the text
     * @param from      where the lede starts
     * @param to        where the lede ends
     * @param gazetteer the places known
     * @return the dateline, or null if the lede does not open with one
     */
    public static Match match(CharSequence text, int from, int to, Gazetteer gazetteer) {
        if (from < to && text.charAt(from) == '(') {
            return tagOnly(text, from, to);
        }
        Match credit = outletCredit(text, from, to);
        if (credit != null) {
            return credit;
        }
        Match dashed = withDash(text, from, to, gazetteer, true);
        return dashed != null ? dashed : withoutDash(text, from, to, gazetteer);
    }

    /**
     * Finds capitals at the start of the lede that look like a dateline the gazetteer cannot
     * confirm; call it when {@link #match} found none.
     *
     * @param text the text
     * @param from where the lede starts
     * @param to   where the lede ends
     * @return the capitals, or null when the lede does not open with such a run
     */
    public static Uncertain uncertain(CharSequence text, int from, int to) {
        int[] run = capitalRun(text, from, to);
        if (run == null) {
            return null;
        }
        boolean severalWords = false;
        boolean nonAscii = false;
        for (int i = from; i < run[0]; i++) {
            severalWords |= text.charAt(i) == ' ';
            nonAscii |= text.charAt(i) > 0x7F;
        }
        return severalWords || nonAscii ? new Uncertain(run[0]) : null;
    }

    /** Place, optional country and day, optional agency, then a dash. */
    private static Match withDash(CharSequence text, int from, int to, Gazetteer gazetteer, boolean outer) {
        if (from >= to || !isCapital(Character.codePointAt(text, from))) {
            return null;
        }
        int i = from;
        while (i < to && i - from <= MAX_HEAD_LENGTH) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(cp) || Chars.isCombiningMark(cp) || cp == '-' || cp == '.' || cp == ','
                    || cp == '\'' || cp == '\u2019') {
                i += Character.charCount(cp);
            } else if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && Chars.isHorizontalSpace((char) cp)) {
                int headEnd = i;
                int next = Chars.skipHorizontalSpace(text, i, to);
                Separator separator = separator(text, next, to, outer);
                if (separator != null) {
                    return head(text, from, headEnd, -1, -1, separator, to, gazetteer, outer);
                }
                if (next < to && text.charAt(next) == '(') {
                    return withAgency(text, from, headEnd, next, to, gazetteer, outer);
                }
                i = next;
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * A dateline that is only an agency's tag in parentheses and a dash, as broadcasters write it:
     * {@code (VOVWORLD) - The …}, {@code (VOVworld)- A …}, {@code (VOVWORLD) -Exports …}, the lede
     * on the same line or the next. Its place is empty.
     */
    private static Match tagOnly(CharSequence text, int from, int to) {
        int agencyEnd = agencyEnd(text, from + 1, to);
        // An agency's tag opens with two capitals (VNA, VOVworld); "(A) -" and "(Updated) -" are not tags.
        if (agencyEnd < from + 3 || !Character.isUpperCase(text.charAt(from + 2))) {
            return null;
        }
        Separator separator = afterAgency(text, Chars.skipHorizontalSpace(text, agencyEnd + 1, to), to);
        return separator == null || separator.dash() == null ? null
                : new Match(from, from, -1, -1, -1, -1, from + 1, agencyEnd, separator.dash(), separator.ledeStart());
    }

    /**
     * An outlet's name where the place would stand, before a dash ({@code VietNamNet Bridge – The
     * city …}): the outlet's credit, kept as the dateline's agency, its place empty. The names are
     * the resource {@code dateline-credits.txt}.
     */
    private static Match outletCredit(CharSequence text, int from, int to) {
        for (String name : DATELINE_CREDITS) {
            int end = from + name.length();
            if (end >= to || !Chars.regionEquals(text, from, name) || !Chars.isHorizontalSpace(text.charAt(end))) {
                continue;
            }
            Separator separator = separator(text, Chars.skipHorizontalSpace(text, end, to), to, false);
            // "VNA - the national news agency - reported …" is a sentence about the outlet, not its credit.
            if (separator != null && startsSentence(text, separator.ledeStart(), to)) {
                return new Match(from, from, -1, -1, -1, -1, from, end, separator.dash(), separator.ledeStart());
            }
        }
        return null;
    }

    /** Where an agency's name that starts at {@code start} ends, at its {@code )}; -1 if it is none. */
    private static int agencyEnd(CharSequence text, int start, int to) {
        int i = start;
        while (i < to && i - start <= MAX_AGENCY_LENGTH && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '/')) {
            i++;
        }
        if (i == start || i >= to || text.charAt(i) != ')' || !Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        return i;
    }

    /**
     * The dash after an agency and the lede after it. The parentheses make the dateline plain, so
     * the dash may lack a space on either side ({@code (VNA)- The}, {@code (VNA) -The}) and the
     * lede may start on the next line; with no space after the dash, the lede must open as a
     * sentence does ({@code (VNA)-led} is a word).
     */
    private static Separator afterAgency(CharSequence text, int at, int to) {
        Separator separator = dashThenLede(text, at, to, true);
        if (separator == null || !separator.nextLine() && separator.ledeStart() == afterDash(at, separator.dash())
                && !startsSentence(text, separator.ledeStart(), to)) {
            return null;
        }
        return separator;
    }

    private static Match withAgency(CharSequence text, int from, int headEnd, int open, int to, Gazetteer gazetteer,
            boolean outer) {
        int start = open + 1;
        int i = agencyEnd(text, start, to);
        if (i < 0) {
            return null;
        }
        int afterParen = i + 1;
        int next = Chars.skipHorizontalSpace(text, afterParen, to);
        if (next >= to) {
            return null;
        }
        Separator separator = afterAgency(text, next, to);
        if (separator == null && next == afterParen) {
            return null;
        }
        if (separator == null) {
            // No dash after the agency: "Bangkok (VNA) The …" still names a place and an agency.
            if (!startsSentence(text, next, to)) {
                return null;
            }
            separator = new Separator(null, next, false);
        }
        return head(text, from, headEnd, start, i, separator, to, gazetteer, outer);
    }

    /** A dash (or none) and the lede after it, which may be on the next line after a distributor's dateline. */
    private record Separator(Dash dash, int ledeStart, boolean nextLine) {
    }

    /**
     * A dash at {@code at}, whitespace after it, and some lede text after that on the same line
     * (or, for a distributor's dateline, on the next).
     */
    private static Separator separator(CharSequence text, int at, int to, boolean lineBreakAllowed) {
        Separator separator = dashThenLede(text, at, to, lineBreakAllowed);
        // On the same line, a space after the dash: "HÀ NỘI —The" is not read as a dateline.
        return separator == null || !separator.nextLine() && separator.ledeStart() == afterDash(at, separator.dash())
                ? null : separator;
    }

    /**
     * A dash at {@code at}, then where the lede starts: after horizontal space and, when allowed,
     * one line break; null when there is no dash or no lede text after it.
     */
    private static Separator dashThenLede(CharSequence text, int at, int to, boolean lineBreakAllowed) {
        Dash dash = at < to ? dashAt(text, at, to) : null;
        if (dash == null) {
            return null;
        }
        int ledeStart = Chars.skipHorizontalSpace(text, afterDash(at, dash), to);
        boolean nextLine = false;
        if (lineBreakAllowed && ledeStart < to && Chars.isLineBreak(text.charAt(ledeStart))) {
            ledeStart = Chars.skipHorizontalSpace(text, skipLineBreak(text, ledeStart, to), to);
            nextLine = true;
        }
        if (ledeStart >= to || Chars.isLineBreak(text.charAt(ledeStart))) {
            return null;
        }
        return new Separator(dash, ledeStart, nextLine);
    }

    /** Where the text after a dash that starts at {@code at} starts. */
    private static int afterDash(int at, Dash dash) {
        return at + (dash == Dash.DOUBLE_HYPHEN ? 2 : 1);
    }

    /**
     * Reads a dash: an em dash, an en dash, a double hyphen or a hyphen.
     *
     * @param text the text
     * @param at   where the dash may be
     * @param to   the end of the text that may be read
     * @return the dash at {@code at}, or null
     */
    public static Dash dashAt(CharSequence text, int at, int to) {
        char c = text.charAt(at);
        if (c == '\u2014') {
            return Dash.EM_DASH;
        }
        if (c == '\u2013') {
            return Dash.EN_DASH;
        }
        if (c == '-') {
            return at + 1 < to && text.charAt(at + 1) == '-' ? Dash.DOUBLE_HYPHEN : Dash.HYPHEN;
        }
        return null;
    }

    private static int skipLineBreak(CharSequence text, int at, int to) {
        if (text.charAt(at) == '\r' && at + 1 < to && text.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    /**
     * Splits the head {@code text[from, headEnd)} at its commas into the place, then a country and
     * a day, and checks each; a separator whose lede is on the next line is accepted only before
     * the wire's own dateline.
     */
    private static Match head(CharSequence text, int from, int headEnd, int agencyStart, int agencyEnd,
            Separator separator, int to, Gazetteer gazetteer, boolean outer) {
        int placeEnd = -1;
        int countryStart = -1;
        int countryEnd = -1;
        int dateStart = -1;
        int dateEnd = -1;
        boolean afterDay = false;
        int segmentStart = from;
        while (segmentStart < headEnd) {
            int comma = segmentStart;
            while (comma < headEnd && text.charAt(comma) != ',') {
                comma++;
            }
            int start = Chars.skipHorizontalSpace(text, segmentStart, comma);
            int end = Chars.skipHorizontalSpaceBackwards(text, comma, start);
            if (start == end) {
                return null;
            }
            boolean day = false;
            if (placeEnd < 0) {
                if (hasDigit(text, start, end)) {
                    return null;
                }
                placeEnd = end;
            } else if (afterDay && isYear(text, start, end)) {
                dateEnd = end;
            } else if (dateStart < 0 && isDay(text, start, end)) {
                dateStart = start;
                dateEnd = end;
                day = true;
            } else if (countryStart < 0 && dateStart < 0 && gazetteer.isCountry(text, start, end)) {
                countryStart = start;
                countryEnd = end;
            } else if (countryStart < 0 && dateStart < 0 && !hasDigit(text, start, end)) {
                placeEnd = end;
            } else {
                return null;
            }
            afterDay = day;
            segmentStart = comma + 1;
        }
        if (placeEnd < 0 || placeEnd - from > MAX_PLACE_LENGTH) {
            return null;
        }
        Match match = new Match(from, placeEnd, countryStart, countryEnd, dateStart, dateEnd, agencyStart, agencyEnd,
                separator.dash(), separator.ledeStart());
        boolean inner = outer && agencyStart < 0 && countryStart < 0 && gazetteer.isCountry(text, from, placeEnd);
        if (inner) {
            Match wire = withDash(text, match.ledeStart(), to, gazetteer, false);
            if (wire == null) {
                wire = withoutDash(text, match.ledeStart(), to, gazetteer);
            }
            if (wire != null) {
                return wire.withOuter(match);
            }
        }
        // The lede on the next line: after an agency's tag (its parentheses make the dateline plain),
        // or after a distributor's dateline (handled above), never after bare capitals.
        if (separator.nextLine() && agencyStart < 0 || !placeCased(text, from, placeEnd, agencyStart >= 0, gazetteer)) {
            return null;
        }
        if (agencyStart < 0 && !gazetteer.isPlace(text, from, placeEnd)
                && (isAcronym(text, from, placeEnd) || Character.isLowerCase(text.charAt(match.ledeStart())))) {
            // "ASEAN – The bloc met": an unknown short word in capitals is an acronym, not a place.
            return null;
        }
        return match;
    }

    /** Capitals, or with an agency capitalised words, or a place the gazetteer knows. */
    private static boolean placeCased(CharSequence text, int from, int to, boolean agency, Gazetteer gazetteer) {
        boolean lowerCase = false;
        boolean wordsCapitalised = true;
        boolean atWordStart = true;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                lowerCase |= Character.isLowerCase(cp);
                wordsCapitalised &= !atWordStart || isCapital(cp);
                atWordStart = false;
            } else if (cp == ' ' || cp == ',' || cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    && Chars.isHorizontalSpace((char) cp)) {
                atWordStart = true;
            }
            i += Character.charCount(cp);
        }
        if (!lowerCase) {
            return true;
        }
        return agency ? wordsCapitalised : gazetteer.isPlace(text, from, to);
    }

    /** Capitals the gazetteer knows, a space, and a sentence start: {@code HCM CITY The …}. */
    private static Match withoutDash(CharSequence text, int from, int to, Gazetteer gazetteer) {
        int[] run = capitalRun(text, from, to);
        if (run == null || !gazetteer.isPlace(text, from, run[0])) {
            return null;
        }
        return new Match(from, run[0], -1, -1, -1, -1, -1, -1, null, run[1]);
    }

    /**
     * Words without a lower-case letter from {@code from}, one space apart, followed by one space
     * and a sentence start: {end of the capitals, start of the lede}, or null.
     */
    private static int[] capitalRun(CharSequence text, int from, int to) {
        if (from >= to || !isCapital(Character.codePointAt(text, from))) {
            return null;
        }
        int i = from;
        boolean letterInWord = false;
        while (i < to && i - from <= MAX_PLACE_LENGTH) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp)) {
                    return null;
                }
                letterInWord = true;
            } else if (cp == ' ') {
                if (!letterInWord || i + 1 >= to) {
                    return null;
                }
                int next = i + 1;
                if (startsSentence(text, next, to) && hasLowerCaseInWord(text, next, to)) {
                    return new int[] {i, next};
                }
                letterInWord = false;
            } else if (!(Chars.isCombiningMark(cp) || cp == '-' || cp == '.' || cp == '\'' || cp == '\u2019')) {
                return null;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** A capital letter, a digit or an opening quote: how a lede's first word starts. */
    private static boolean startsSentence(CharSequence text, int at, int to) {
        if (at >= to) {
            return false;
        }
        int cp = Character.codePointAt(text, at);
        return isCapital(cp) || Character.isDigit(cp) || cp == '"' || cp == '\u201C' || cp == '\u2018';
    }

    /**
     * Whether the letters that start at {@code at} hold a lower-case letter or a digit: the lede's
     * first word ({@code The}, {@code 12}), not more capitals.
     */
    private static boolean hasLowerCaseInWord(CharSequence text, int at, int to) {
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c) && !Chars.isCombiningMark(c)) {
                return false;
            }
        }
        return false;
    }

    /** One word of at most five ASCII capitals, such as {@code ASEAN} or {@code WHO}. */
    private static boolean isAcronym(CharSequence text, int from, int to) {
        if (to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code March 3}, {@code Sept. 13}: a month, a space, a day of one or two digits. */
    private static boolean isDay(CharSequence text, int from, int to) {
        for (String month : MONTHS) {
            int after = from + month.length();
            if (after < to && Chars.regionEquals(text, from, month) && text.charAt(after) == ' ') {
                int digits = to - after - 1;
                return (digits == 1 || digits == 2) && allDigits(text, after + 1, to);
            }
        }
        return false;
    }

    private static boolean isYear(CharSequence text, int from, int to) {
        return to - from == 4 && allDigits(text, from, to);
    }

    private static boolean allDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return from < to;
    }

    private static boolean isCapital(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
}
