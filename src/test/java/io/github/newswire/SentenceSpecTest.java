package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.model.Sentence;
import io.github.newswire.parser.SentenceSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the numbered examples of docs/sentences.md: a fenced block {@code ````sentence N} holds
 * the input, a line with a single {@code .}, and the expected sentences, one a line. An input line
 * that starts with {@code ↵} is joined to the one before by a line break, every other by a space;
 * a {@code ↵} inside an expected sentence is a line break in it.
 */
class SentenceSpecTest {

    private static final Path DOC = Path.of("docs", "sentences.md");
    private static final String OPEN = "````sentence ";

    /** One example. */
    record Example(int number, String input, List<String> sentences) {
        @Override
        public String toString() {
            return "example " + number;
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(OPEN)) {
                continue;
            }
            int number = Integer.parseInt(lines.get(i).substring(OPEN.length()).strip());
            StringBuilder input = new StringBuilder();
            int k = i + 1;
            for (; !lines.get(k).equals("."); k++) {
                String line = lines.get(k);
                if (line.startsWith("↵")) {
                    input.append('\n').append(line.substring(1));
                } else {
                    input.append(input.length() == 0 ? "" : " ").append(line);
                }
            }
            List<String> sentences = new ArrayList<>();
            for (k++; !lines.get(k).equals("````"); k++) {
                sentences.add(lines.get(k).replace("↵", "\n"));
            }
            examples.add(new Example(number, input.toString(), sentences));
            i = k;
        }
        for (int n = 0; n < examples.size(); n++) {
            assertThat(examples.get(n).number()).as("examples are numbered 1, 2, 3 …").isEqualTo(n + 1);
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        assertThat(SentenceSegmenter.standard().segment(example.input())).extracting(Sentence::text)
                .containsExactlyElementsOf(example.sentences());
    }
}
