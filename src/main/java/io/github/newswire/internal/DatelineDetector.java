package io.github.newswire.internal;

import io.github.newswire.Dash;

/**
 * Recognises a dateline at the start of the lede: a place, an optional agency in parentheses,
 * and a dash with whitespace on both sides ({@code HÀ NỘI — }, {@code Hanoi (VNA) – }).
 *
 * <p>A place is made of letters (combining marks included, so NFD text matches as NFC does),
 * spaces, hyphens, commas, periods and apostrophes, and starts with a capital letter. Without an
 * agency it has no lower-case letter; with one, each of its words starts with a capital. It has no
 * digit and at most {@value #MAX_PLACE_LENGTH} characters, which also bounds the scan.
 */
public final class DatelineDetector {

    /** The longest place recognised, in {@code char}s. */
    public static final int MAX_PLACE_LENGTH = 60;

    private static final int MAX_AGENCY_LENGTH = 20;

    private DatelineDetector() {
    }

    /**
     * A recognised dateline.
     *
     * @param placeEnd    exclusive end of the place, which starts where the lede did
     * @param agencyStart start of the agency inside the parentheses, or -1
     * @param agencyEnd   exclusive end of the agency, or -1
     * @param dash        the separating dash
     * @param ledeStart   where the lede's own text starts, after the dash and its whitespace
     */
    public record Match(int placeEnd, int agencyStart, int agencyEnd, Dash dash, int ledeStart) {
    }

    /**
     * Matches a dateline at the start of {@code text[from, to)}.
     *
     * @param text the text
     * @param from where the lede starts
     * @param to   where the lede ends
     * @return the dateline, or null if the lede does not open with one
     */
    public static Match match(CharSequence text, int from, int to) {
        if (from >= to || !isCapital(Character.codePointAt(text, from))) {
            return null;
        }
        boolean lowerCase = false;
        boolean wordsCapitalised = true;
        boolean atWordStart = true;
        int i = from;
        while (i < to && i - from <= MAX_PLACE_LENGTH) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                lowerCase |= Character.isLowerCase(cp);
                if (atWordStart && !isCapital(cp)) {
                    wordsCapitalised = false;
                }
                atWordStart = false;
                i += Character.charCount(cp);
            } else if (Chars.isCombiningMark(cp) || cp == '-' || cp == '.' || cp == ',' || cp == '\'' || cp == '\u2019') {
                i++;
            } else if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && Chars.isHorizontalSpace((char) cp)) {
                int placeEnd = i;
                int next = Chars.skipHorizontalSpace(text, i, to);
                Match separated = separator(text, placeEnd, next, to, -1, -1);
                if (separated != null) {
                    return lowerCase ? null : separated;
                }
                if (next < to && text.charAt(next) == '(') {
                    Match withAgency = agency(text, placeEnd, next, to);
                    return withAgency != null && wordsCapitalised ? withAgency : null;
                }
                atWordStart = true;
                i = next;
            } else {
                return null;
            }
        }
        return null;
    }

    private static Match agency(CharSequence text, int placeEnd, int open, int to) {
        int start = open + 1;
        int i = start;
        while (i < to && i - start <= MAX_AGENCY_LENGTH && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '/')) {
            i++;
        }
        if (i == start || i >= to || text.charAt(i) != ')' || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        int afterParen = i + 1;
        int next = Chars.skipHorizontalSpace(text, afterParen, to);
        if (next == afterParen) {
            return null;
        }
        return separator(text, placeEnd, next, to, start, i);
    }

    /** A dash at {@code at}, whitespace after it, and some lede text after that. */
    private static Match separator(CharSequence text, int placeEnd, int at, int to, int agencyStart, int agencyEnd) {
        if (at >= to) {
            return null;
        }
        Dash dash;
        int afterDash;
        char c = text.charAt(at);
        if (c == '\u2014') {
            dash = Dash.EM_DASH;
            afterDash = at + 1;
        } else if (c == '\u2013') {
            dash = Dash.EN_DASH;
            afterDash = at + 1;
        } else if (c == '-' && at + 1 < to && text.charAt(at + 1) == '-') {
            dash = Dash.DOUBLE_HYPHEN;
            afterDash = at + 2;
        } else if (c == '-') {
            dash = Dash.HYPHEN;
            afterDash = at + 1;
        } else {
            return null;
        }
        int ledeStart = Chars.skipHorizontalSpace(text, afterDash, to);
        if (ledeStart == afterDash || ledeStart >= to || Chars.isLineBreak(text.charAt(ledeStart))) {
            return null;
        }
        return new Match(placeEnd, agencyStart, agencyEnd, dash, ledeStart);
    }

    private static boolean isCapital(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

}
