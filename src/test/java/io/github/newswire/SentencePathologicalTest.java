package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.model.Sentence;
import io.github.newswire.parser.SentenceSegmenter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input for the sentence segmenter: 10 MB of the pieces its rules look at, each of which
 * a rule that looked back or ahead without a bound would make quadratic. Each case must finish
 * well within the timeout (a quadratic scan of 10 MB would take hours) with spans that tile.
 */
class SentencePathologicalTest {

    private static final int SIZE = 10 * 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {".", ". ", "a.a.", "... ", ". . . ", "a.m. ", "At 8 a.m. ", "I. ", "and I. ", "1) ",
        "?\u201D x ", "(Smith 55). ", "U.S. ", "Inc. ", "\u2022 9. ", "x\n", "\u201C. ", "Mr. ", "a. b. "})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenMegabytesOfOnePieceIsLinear(String piece) {
        String text = piece.repeat(SIZE / piece.length());
        List<Sentence> sentences = SentenceSegmenter.standard().segment(text);
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            assertThat(sentence.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(sentence.span().start(), sentence.span().end())).isEqualTo(sentence.text());
            previousEnd = sentence.span().end();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 100_000})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLongInlineListIsLinear(int items) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            text.append(i).append(") item ");
        }
        assertThat(SentenceSegmenter.standard().segment(text)).isNotEmpty();
    }
}
