package io.github.newswire.json;

/**
 * Converts between the {@code char} offsets of the Java model and the code point offsets of
 * the JSON form. Everything in a wire file outside the captured texts (byline, dateline place
 * and agency, paragraphs, sign-off) is whitespace, the preamble, dashes and parentheses, all in
 * the Basic Multilingual Plane; so the two offsets of a span differ by the number of
 * supplementary code points in the captured texts before it, and the texts alone suffice to
 * convert either way.
 */
class Offsets {

    /**
     * No conversion, for the structured formats: their texts are not slices of the input (markup
     * and entities lie between), so their spans stay the model's {@code char} offsets.
     */
    static final Offsets NONE = new Offsets() {
        @Override
        void skip(String text) {
            // Nothing to account for.
        }
    };

    private int supplementaryBefore;

    /** Accounts for a captured text that stands before the next span. */
    void skip(String text) {
        supplementaryBefore += supplementaryCodePoints(text);
    }

    int toCodePoints(int charOffset) {
        return charOffset - supplementaryBefore;
    }

    int toChars(int codePointOffset) {
        return codePointOffset + supplementaryBefore;
    }

    static int supplementaryCodePoints(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        return count;
    }
}
