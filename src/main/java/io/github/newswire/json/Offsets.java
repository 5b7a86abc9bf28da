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
        // A surrogate pair is two chars and one code point; the JDK counts code points of text
        // without a char above U+00FF (most paragraphs of English wires) without looking at them.
        return text.length() - text.codePointCount(0, text.length());
    }
}
