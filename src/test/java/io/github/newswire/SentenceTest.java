package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.model.Article;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Sentence;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.parser.SentenceSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labelled sentence set: every case must come out exactly as labelled. */
class SentenceTest {

    static final Path LABELLED = Path.of("src", "test", "resources", "sentences", "labelled.txt");

    /** One case of the labelled set. */
    record LabelledCase(String rule, int line, String paragraph, List<String> sentences) {
        @Override
        public String toString() {
            return rule + " (line " + line + "): " + sentences.get(0);
        }
    }

    static List<LabelledCase> cases() throws IOException {
        return cases(LABELLED);
    }

    /** Reads a set in the labelled format: one sentence a line, cases apart, {@code ↵} for a line break. */
    static List<LabelledCase> cases(Path set) throws IOException {
        List<String> lines = Files.readAllLines(set);
        List<LabelledCase> cases = new ArrayList<>();
        String rule = "";
        StringBuilder paragraph = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        int caseLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.startsWith("#")) {
                if (line.startsWith("## ")) {
                    rule = line.substring(3);
                }
                if (!sentences.isEmpty()) {
                    throw new IllegalStateException("line " + (i + 1) + ": a heading needs a blank line before it");
                }
            } else if (line.isBlank()) {
                if (!sentences.isEmpty()) {
                    cases.add(new LabelledCase(rule, caseLine, paragraph.toString(), List.copyOf(sentences)));
                    sentences.clear();
                    paragraph.setLength(0);
                }
            } else {
                boolean newLine = line.startsWith("↵");
                String sentence = newLine ? line.substring(1) : line;
                if (sentences.isEmpty()) {
                    caseLine = i + 1;
                } else {
                    paragraph.append(newLine ? "\n" : " ");
                }
                paragraph.append(sentence);
                sentences.add(sentence);
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLabelledCaseIsRight(LabelledCase labelled) {
        List<Sentence> sentences = SentenceSegmenter.standard().segment(labelled.paragraph());
        assertThat(sentences).extracting(Sentence::text).containsExactlyElementsOf(labelled.sentences());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void spansTileTheParagraphApartFromWhitespace(LabelledCase labelled) {
        String text = labelled.paragraph();
        List<Sentence> sentences = SentenceSegmenter.standard().segment(text);
        int covered = 0;
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.span().start(), sentence.span().end())).isEqualTo(sentence.text());
            assertThat(text.substring(covered, sentence.span().start())).isBlank();
            covered = sentence.span().end();
        }
        assertThat(text.substring(covered)).isBlank();
    }

    @Test
    void theSetHasAtLeast300SentencesAndEverySeedParagraph() throws IOException {
        List<LabelledCase> cases = cases();
        assertThat(cases.stream().mapToInt(c -> c.sentences().size()).sum()).isGreaterThanOrEqualTo(300);
        List<String> paragraphs = cases.stream().map(LabelledCase::paragraph).toList();
        for (Path seed : List.of(Path.of("seeds", "000_fe963ccaa630d856.txt"), Path.of("seeds", "003_7daabe1ce4688c7f.txt"))) {
            for (Paragraph paragraph : NewsWire.parse(seed).paragraphs()) {
                assertThat(paragraphs).contains(paragraph.text());
            }
        }
    }

    @Test
    void paragraphSentencesHaveSpansIntoTheInput() {
        String input = " date 2024-11-14 LIMA – Mr. Cường met Gen. Smith.\nThey talked.\n\n“Yes,” he said. It rained. VNS";
        Article article = NewsWire.parse(input);
        List<Sentence> lede = article.lede().orElseThrow().sentences();
        assertThat(lede).extracting(Sentence::text).containsExactly("Mr. Cường met Gen. Smith.", "They talked.");
        assertThat(lede.get(1).span()).isEqualTo(new SourceSpan(input.indexOf("They"), input.indexOf("They") + 12, 2, 1));
        List<Sentence> last = article.paragraphs().get(1).sentences();
        assertThat(last).extracting(Sentence::text).containsExactly("“Yes,” he said.", "It rained.");
        for (Sentence sentence : last) {
            assertThat(input.substring(sentence.span().start(), sentence.span().end())).isEqualTo(sentence.text());
        }
        assertThat(last.get(1).span().line()).isEqualTo(4);
        assertThat(last.get(1).span().column()).isEqualTo(17);
    }

    @Test
    void theListsCanBeExtended() {
        String text = "The Assn. Director spoke. It rained.";
        assertThat(SentenceSegmenter.standard().segment(text)).hasSize(3);
        SentenceSegmenter custom = SentenceSegmenter.builder().addTitles(List.of("Assn.")).build();
        assertThat(custom.segment(text)).extracting(Sentence::text)
                .containsExactly("The Assn. Director spoke.", "It rained.");
        SentenceSegmenter starters = SentenceSegmenter.builder().addSentenceStarters(List.of("Afterwards")).build();
        assertThat(starters.segment("He met Nguyễn Văn A. Afterwards he left.")).hasSize(2);
        assertThat(SentenceSegmenter.standard().segment("He met Nguyễn Văn A. Afterwards he left.")).hasSize(1);
        assertThatThrownBy(() -> SentenceSegmenter.builder().addAbbreviations(List.of("Assn")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(SentenceSegmenter.standard().segment("")).isEmpty();
        assertThat(SentenceSegmenter.standard().segment(" \n\t ")).isEmpty();
        assertThat(SentenceSegmenter.standard().segment("No terminator")).extracting(Sentence::text)
                .containsExactly("No terminator");
    }
}
