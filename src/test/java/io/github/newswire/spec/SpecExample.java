package io.github.newswire.spec;

import java.util.Set;

/**
 * One numbered example of {@code docs/format.md}: the input wire text and the expected summary.
 *
 * @param number   the example's number, as written after {@code example}
 * @param section  the heading the example stands under
 * @param line     the line of the opening fence in the spec file
 * @param options  options after the number: {@code nfd}, {@code strict}
 * @param input    the input, with the spec's visible-character markers already replaced
 * @param expected the expected summary, as written
 */
public record SpecExample(int number, String section, int line, Set<String> options, String input, String expected) {

    @Override
    public String toString() {
        return "Example " + number + " (line " + line + "): " + section;
    }
}
