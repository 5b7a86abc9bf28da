package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.bench.SentenceAccuracy;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** newswire's segmenter against the JDK's BreakIterator on the labelled set (docs/sentences.md). */
class SentenceAccuracyTest {

    @Test
    void newswireGetsEveryLabelledCaseRightWhereBreakIteratorDoesNot() throws IOException {
        List<SentenceTest.LabelledCase> cases = SentenceTest.cases();
        List<String> paragraphs = cases.stream().map(SentenceTest.LabelledCase::paragraph).toList();
        List<List<String>> labels = cases.stream().map(SentenceTest.LabelledCase::sentences).toList();

        SentenceAccuracy.Score ours = SentenceAccuracy.score(paragraphs, labels, SentenceAccuracy::newswire);
        SentenceAccuracy.Score jdk = SentenceAccuracy.score(paragraphs, labels, SentenceAccuracy::breakIterator);
        System.out.printf("labelled set: %d cases, %d sentences%n", ours.cases(), ours.sentences());
        System.out.printf("newswire:      %d/%d cases (%.1f%%), %d/%d sentences (%.1f%%)%n", ours.casesRight(),
                ours.cases(), ours.caseAccuracy(), ours.sentencesRight(), ours.sentences(), ours.sentenceAccuracy());
        System.out.printf("BreakIterator: %d/%d cases (%.1f%%), %d/%d sentences (%.1f%%)%n", jdk.casesRight(),
                jdk.cases(), jdk.caseAccuracy(), jdk.sentencesRight(), jdk.sentences(), jdk.sentenceAccuracy());

        assertThat(ours.casesRight()).isEqualTo(ours.cases());
        assertThat(ours.sentencesRight()).isEqualTo(ours.sentences());
        assertThat(jdk.casesRight()).as("the set must contain the cases BreakIterator gets wrong")
                .isLessThan(jdk.cases());
    }
}
