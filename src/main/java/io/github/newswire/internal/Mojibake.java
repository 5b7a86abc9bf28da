package io.github.newswire.internal;

/**
 * Finds UTF-8 text that was once decoded as Windows-1252 and encoded again as UTF-8: each
 * original character then reads as two to four characters, such as {@code á»‡} for {@code ệ}.
 *
 * <p>A match is a character that Windows-1252 gives for a UTF-8 lead byte (C2 to F4, which are
 * U+00C2 to U+00F4), followed by as many characters as that lead byte needs continuation bytes
 * (80 to BF), where the bytes together form one valid UTF-8 sequence. Letters of ordinary text
 * are never followed by such characters, so matches are rare outside mojibake. The scan is one
 * pass that looks at most three characters ahead.
 */
public final class Mojibake {

    /** Windows-1252 bytes 0x80 to 0x9F, as the characters it decodes them to. */
    private static final String CP1252_80_TO_9F =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /** The chars of {@link #CP1252_80_TO_9F}, as a bit set over U+0000 to U+21FF (they all lie below U+2200). */
    private static final long[] CP1252_SPECIALS = new long[0x2200 / Long.SIZE];

    static {
        for (int i = 0; i < CP1252_80_TO_9F.length(); i++) {
            char c = CP1252_80_TO_9F.charAt(i);
            CP1252_SPECIALS[c >>> 6] |= 1L << c;
        }
    }

    private Mojibake() {
    }

    /** Receives each match, in order. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called for one match.
         *
         * @param start     where the mojibake starts in the scanned text
         * @param end       where it ends
         * @param codePoint the character it stands for
         */
        void found(int start, int end, int codePoint);
    }

    /**
     * Scans the text for mojibake.
     *
     * @param text     the text
     * @param listener called for each match
     * @return the number of matches
     */
    public static int scan(CharSequence text, Listener listener) {
        return scanText(text, listener).found();
    }

    /**
     * What a scan found: its matches, and whether the text may hold a surrogate pair (a char
     * beyond the BMP), which the scan of a {@code String} notes on the way at no cost; a scan of
     * another kind of text does not look, and answers true.
     *
     * @param found         the number of matches
     * @param supplementary whether the text may hold a surrogate pair
     */
    public record Scan(int found, boolean supplementary) {
    }

    /**
     * Scans the text for mojibake, noting surrogate pairs on the way.
     *
     * @param text     the text
     * @param listener called for each match
     * @return the number of matches, and whether the text may hold a surrogate pair
     */
    public static Scan scanText(CharSequence text, Listener listener) {
        if (text instanceof String string) {
            return scanString(string, listener);
        }
        int[] matches = {0};
        scan(text, 0, text.length(), listener, matches);
        return new Scan(matches[0], true);
    }

    /**
     * The plain scan of {@code text[from, to)}, each char in order; adds its matches to
     * {@code matches[0]} and returns where it stopped: {@code to}, or the end of a match that
     * reaches past it.
     */
    private static int scan(CharSequence text, int from, int to, Listener listener, int[] matches) {
        int length = text.length();
        int i = from;
        while (i < to) {
            char lead = text.charAt(i);
            if (isLead(lead)) {
                int end = match(text, i, length);
                if (end > 0) {
                    listener.found(i, end, decode(text, i, end));
                    matches[0]++;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return i;
    }

    /**
     * The same matches as the plain scan, looking at every second char only. A match opens with
     * a lead char directly followed by a continuation char, so one of the two stands at an odd
     * index; the plain scan runs only around an odd index that holds one of them beside the
     * other. Four odd indices are tested at once for a char above ASCII, so ordinary English text
     * moves on eight chars per test. Surrogate pairs are noted the same way: one of their two
     * chars stands at an odd index.
     */
    private static Scan scanString(String text, Listener listener) {
        int length = text.length();
        int[] matches = {0};
        int scanned = 0;
        boolean surrogates = false;
        int i = 1;
        while (i < length) {
            i = skipAscii(text, i, length);
            if (i >= length) {
                break;
            }
            char c = text.charAt(i);
            // One char of a surrogate pair stands at an odd index: none escapes this test.
            surrogates |= Character.isSurrogate(c);
            if (c >= 0x80 && (isLead(c) && i + 1 < length && isContinuation(text.charAt(i + 1))
                    || isContinuation(c) && isLead(text.charAt(i - 1)))) {
                scanned = scan(text, Math.max(scanned, i - 1), Math.min(i + 2, length), listener, matches);
            }
            i += 2;
        }
        return new Scan(matches[0], surrogates);
    }

    /**
     * The first of the odd indices {@code i}, {@code i + 2}, … that may hold a char above ASCII:
     * a loop of its own, small enough for the JIT compiler to make tight.
     */
    private static int skipAscii(String text, int i, int length) {
        while (i + 6 < length
                && (text.charAt(i) | text.charAt(i + 2) | text.charAt(i + 4) | text.charAt(i + 6)) < 0x80) {
            i += 8;
        }
        while (i < length && text.charAt(i) < 0x80) {
            i += 2;
        }
        return i;
    }

    /** A char that Windows-1252 gives for a UTF-8 lead byte C2 to F4. */
    private static boolean isLead(char c) {
        return c >= '\u00C2' && c <= '\u00F4';
    }

    /** A char that Windows-1252 gives for a UTF-8 continuation byte 80 to BF. */
    private static boolean isContinuation(char c) {
        return c >= '\u0080' && c <= '\u00BF' || c < 0x2200 && (CP1252_SPECIALS[c >>> 6] & 1L << c) != 0;
    }

    /**
     * Returns the text with every match replaced by the character it stands for.
     *
     * @param text     the text
     * @param listener called for each match, with offsets into the returned text for {@code start}
     *                 and {@code end} (the repaired character)
     * @return the repaired text, or {@code text} itself as a string if nothing matched
     */
    public static String repair(CharSequence text, Listener listener) {
        StringBuilder repaired = new StringBuilder(text.length());
        int[] copied = {0};
        int matches = scan(text, (start, end, codePoint) -> {
            repaired.append(text, copied[0], start);
            int at = repaired.length();
            repaired.appendCodePoint(codePoint);
            listener.found(at, repaired.length(), codePoint);
            copied[0] = end;
        });
        if (matches == 0) {
            return text.toString();
        }
        return repaired.append(text, copied[0], text.length()).toString();
    }

    /** Returns the end of a match starting at {@code i}, or -1. */
    private static int match(CharSequence text, int i, int length) {
        int lead = text.charAt(i);
        int continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        if (i + continuations >= length) {
            return -1;
        }
        int first = continuationByte(text.charAt(i + 1));
        if (first < 0) {
            return -1;
        }
        // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
        boolean valid = switch (lead) {
            case 0xE0 -> first >= 0xA0;
            case 0xED -> first <= 0x9F;
            case 0xF0 -> first >= 0x90;
            case 0xF4 -> first <= 0x8F;
            default -> true;
        };
        if (!valid) {
            return -1;
        }
        for (int k = 2; k <= continuations; k++) {
            if (continuationByte(text.charAt(i + k)) < 0) {
                return -1;
            }
        }
        return i + continuations + 1;
    }

    private static int decode(CharSequence text, int start, int end) {
        int lead = text.charAt(start);
        int codePoint = lead & (end - start == 2 ? 0x1F : end - start == 3 ? 0x0F : 0x07);
        for (int i = start + 1; i < end; i++) {
            codePoint = (codePoint << 6) | (continuationByte(text.charAt(i)) & 0x3F);
        }
        return codePoint;
    }

    /** The Windows-1252 byte 80 to BF that decodes to {@code c}, or -1. */
    private static int continuationByte(char c) {
        if (c < '\u0080' || c > '\u00BF' && !isContinuation(c)) {
            // The usual case: a letter with a diacritic, then an ASCII letter. No search needed.
            return -1;
        }
        if (c >= '\u00A0' && c <= '\u00BF') {
            return c;
        }
        int index = CP1252_80_TO_9F.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
