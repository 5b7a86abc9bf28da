package io.github.newswire.bench;

import io.github.newswire.model.Sentence;
import io.github.newswire.parser.SentenceSegmenter;
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

    /** The score of one splitter, with boundary counts: a boundary is where a sentence ends inside a case. */
    public record Score(int cases, int casesRight, int sentences, int sentencesRight, int boundariesExpected,
            int boundariesFound, int boundariesRight) {

        /** Boundary F1: the harmonic mean of precision (boundaries found that are right) and recall. */
        public double boundaryF1() {
            double precision = boundariesFound == 0 ? 1 : (double) boundariesRight / boundariesFound;
            double recall = boundariesExpected == 0 ? 1 : (double) boundariesRight / boundariesExpected;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

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
        int boundariesExpected = 0;
        int boundariesFound = 0;
        int boundariesRight = 0;
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
            java.util.Set<Integer> want = boundaries(paragraphs.get(i), expected);
            java.util.Set<Integer> got = boundaries(paragraphs.get(i), actual);
            boundariesExpected += want.size();
            boundariesFound += got.size();
            got.retainAll(want);
            boundariesRight += got.size();
        }
        return new Score(paragraphs.size(), casesRight, sentences, sentencesRight, boundariesExpected,
                boundariesFound, boundariesRight);
    }

    /** The offsets where each sentence but the last ends, found by locating the sentences in order. */
    private static java.util.Set<Integer> boundaries(String paragraph, List<String> sentences) {
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        int from = 0;
        for (int k = 0; k < sentences.size() - 1; k++) {
            int at = paragraph.indexOf(sentences.get(k), from);
            if (at < 0) {
                break;
            }
            from = at + sentences.get(k).length();
            ends.add(from);
        }
        return ends;
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
