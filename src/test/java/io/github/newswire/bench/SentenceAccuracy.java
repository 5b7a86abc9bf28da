package io.github.newswire.bench;

import io.github.newswire.Sentence;
import io.github.newswire.SentenceSegmenter;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores a sentence splitter on labelled cases: how many cases come out exactly right, and how
 * many labelled sentences it reproduces exactly. Used by SentenceAccuracyTest and for
 * docs/sentences.md.
 */
public final class SentenceAccuracy {

    /** The score of one splitter. */
    public record Score(int cases, int casesRight, int sentences, int sentencesRight) {
        public double caseAccuracy() {
            return 100.0 * casesRight / cases;
        }

        public double sentenceAccuracy() {
            return 100.0 * sentencesRight / sentences;
        }
    }

    private SentenceAccuracy() {
    }

    /**
     * Scores a splitter.
     *
     * @param paragraphs the cases' texts
     * @param labels     each case's sentences
     * @param splitter   the splitter
     * @return the score
     */
    public static Score score(List<String> paragraphs, List<List<String>> labels,
            Function<String, List<String>> splitter) {
        int casesRight = 0;
        int sentences = 0;
        int sentencesRight = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> expected = labels.get(i);
            List<String> actual = splitter.apply(paragraphs.get(i));
            if (actual.equals(expected)) {
                casesRight++;
            }
            sentences += expected.size();
            for (String sentence : expected) {
                if (actual.contains(sentence)) {
                    sentencesRight++;
                }
            }
        }
        return new Score(paragraphs.size(), casesRight, sentences, sentencesRight);
    }

    /**
     * Splits with newswire's segmenter.
     *
     * @param text the text
     * @return the sentences
     */
    public static List<String> newswire(String text) {
        return SentenceSegmenter.standard().segment(text).stream().map(Sentence::text).toList();
    }

    /**
     * Splits with the JDK's {@link BreakIterator} for English, sentences trimmed.
     *
     * @param text the text
     * @return the sentences
     */
    public static List<String> breakIterator(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
