package io.github.newswire.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every numbered example of {@code docs/format.md}, so that the spec cannot drift from the code. */
class SpecTest {

    private static final WireParser LENIENT = WireParser.builder().build();
    private static final WireParser STRICT = WireParser.builder().strict(true).build();

    static List<SpecExample> examples() {
        return SpecReader.readExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) {
        String input = example.input();
        String expected = example.expected();
        if (example.options().contains("nfd")) {
            input = Normalizer.normalize(input, Normalizer.Form.NFD);
            expected = Normalizer.normalize(expected, Normalizer.Form.NFD);
            assertThat(input).as("an nfd example needs letters that decompose")
                    .isNotEqualTo(Normalizer.normalize(input, Normalizer.Form.NFC));
        }
        String actual;
        if (example.options().contains("strict")) {
            WireParseException e = catchThrowableOfType(WireParseException.class, parse(STRICT, input));
            actual = e == null ? "no exception" : "exception: " + ArticleSummary.render(e.diagnostic());
        } else {
            actual = ArticleSummary.render(LENIENT.parse(input));
        }
        assertThat(actual).as("%s\ninput: %s", example, ArticleSummary.visible(input)).isEqualTo(expected);
    }

    private static org.assertj.core.api.ThrowableAssert.ThrowingCallable parse(WireParser parser, String input) {
        return () -> parser.parse(input);
    }

    @Test
    void examplesAreNumberedInOrder() {
        List<SpecExample> examples = examples();
        assertThat(examples).hasSizeGreaterThan(40);
        for (int i = 0; i < examples.size(); i++) {
            assertThat(examples.get(i).number()).as("example after %s", i == 0 ? "the start" : examples.get(i - 1))
                    .isEqualTo(i + 1);
        }
    }

    @Test
    void lenientExamplesParseTheSameInStrictModeUnlessTheyHaveErrors() {
        for (SpecExample example : examples()) {
            if (example.options().contains("strict")) {
                continue;
            }
            Article lenient = LENIENT.parse(example.input());
            if (!lenient.hasErrors()) {
                assertThat(STRICT.parse(example.input())).as(example.toString()).isEqualTo(lenient);
            }
        }
    }
}
