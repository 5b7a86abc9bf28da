package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Mojibake;
import io.github.newswire.model.Article;
import io.github.newswire.parser.BodySegmenter;
import io.github.newswire.parser.WireParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Each shortcut that spares a pass over every char gives what the plain pass gives, on text made
 * of the chars that the shortcuts treat apart: line ends of every kind, horizontal space, mojibake
 * leads and followers, Vietnamese letters and surrogate pairs. The plain passes run on a
 * {@code StringBuilder}, the shortcuts on a {@code String}.
 */
class FastPathsTest {

    private static final String ALPHABET;

    static {
        StringBuilder pool = new StringBuilder("ab .\n\n\r\r\t \u00A0ệưđ–\u201D\uD83D\uDE00\uDE00");
        for (char c = '\u00C2'; c <= '\u00F4'; c += 5) {
            pool.append(c);
        }
        pool.append("\u00C3\u00E1\u00C4\u00C6\u00A9\u00BA\u00BB\u0080\u2026\u20AC\u2122\u0153\u0178");
        ALPHABET = pool.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList()).list().ofMaxSize(60)
                .map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    @Property(tries = 3000)
    void segmentingAStringGivesWhatTheCharLoopGives(@ForAll("texts") String text) {
        BodySegmenter segmenter = new BodySegmenter();
        assertThat(segmenter.segment(text)).isEqualTo(segmenter.segment(new StringBuilder(text)));
    }

    @Property(tries = 3000)
    void theMojibakeScanOfAStringFindsWhatThePlainScanFinds(@ForAll("texts") String text) {
        assertThat(matches(text)).isEqualTo(matches(new StringBuilder(text)));
    }

    @Property(tries = 3000)
    void aCursorOverAStringAgreesWithTheCharWalk(@ForAll("texts") String text) {
        LineCursor stepped = new LineCursor(text, 0, 1, 1);
        for (int offset = 0; offset <= text.length(); offset++) {
            LineCursor walked = new LineCursor(new StringBuilder(text), 0, 1, 1).moveTo(offset);
            LineCursor placed = new LineCursor(text, 0, 1, 1).moveTo(offset);
            assertThat(List.of(placed.line(), placed.column())).as("offset %d of [%s]", offset, text)
                    .isEqualTo(List.of(walked.line(), walked.column()));
            // Moved a step at a time (never into a surrogate pair, where no span starts), the
            // line-at-a-time walk of a String agrees with the char walk too.
            boolean insidePair = offset > 0 && offset < text.length()
                    && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
            if (!insidePair) {
                stepped.moveTo(offset);
                assertThat(List.of(stepped.line(), stepped.column())).as("stepped to %d of [%s]", offset, text)
                        .isEqualTo(List.of(walked.line(), walked.column()));
            }
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> lede = Arbitraries.of("HA NOI – ", "HÀ NỘI — ", "", "– ", "HUẾ (VNA) - ");
        Arbitrary<String> end = Arbitraries.of(" VNS", ". VNS", "\n\n— VNA/VNS", ".-VNA", "./.", "");
        return net.jqwik.api.Combinators.combine(lede, texts(), texts(), end)
                .as((dateline, body, more, signOff) -> " date 2024-11-14 " + dateline + body + "\n\n" + more + signOff);
    }

    @Property(tries = 2000)
    void parsingAStringOrItsBytesGivesWhatTheCharWalksGive(@ForAll("articles") String text) {
        // A StringBuilder takes the plain char-by-char paths; a String and its bytes the shortcuts.
        WireParser parser = WireParser.builder().build();
        Article walked = parser.parse(new StringBuilder(text));
        assertThat(parser.parse(text)).isEqualTo(walked);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (new String(bytes, StandardCharsets.UTF_8).equals(text)) {
            // (A lone surrogate has no UTF-8 form: such text has no bytes to compare.)
            assertThat(parser.parse(bytes)).as("[%s]", text).isEqualTo(walked);
        }
    }

    private static List<List<Integer>> matches(CharSequence text) {
        List<List<Integer>> found = new ArrayList<>();
        Mojibake.scan(text, (start, end, codePoint) -> found.add(List.of(start, end, codePoint)));
        return found;
    }
}
