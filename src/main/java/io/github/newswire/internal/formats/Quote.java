package io.github.newswire.internal.formats;

/** Quotes found text in messages: one line, bounded, in square brackets. */
final class Quote {

    private static final int MAX = 40;

    private Quote() {
    }

    /** The text from an offset, at most 40 chars of it, in brackets, or "at end of input". */
    static String near(CharSequence text, int offset) {
        if (offset >= text.length()) {
            return "at end of input";
        }
        int end = Math.min(text.length(), offset + MAX);
        return "[" + oneLine(text.subSequence(Math.max(0, offset), end).toString()) + "]";
    }

    /** A value in brackets, bounded. */
    static String value(String value) {
        String line = oneLine(value);
        return "[" + (line.length() > MAX ? line.substring(0, MAX) + "…" : line) + "]";
    }

    /** The text with line breaks and tabs made spaces. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < ' ' ? ' ' : c);
        }
        return out.toString();
    }
}
