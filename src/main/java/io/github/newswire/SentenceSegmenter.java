package io.github.newswire;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Resources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences by the rules of news English.
 *
 * <pre>{@code
 * List<Sentence> sentences = SentenceSegmenter.standard()
 *         .segment("Mr. Cường met Gen. Smith in the U.S. The talks went well, officials said.");
 * // [Mr. Cường met Gen. Smith in the U.S.] [The talks went well, officials said.]
 *
 * SentenceSegmenter custom = SentenceSegmenter.builder().addTitles(List.of("Bros.")).build();
 * }</pre>
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis, with any closing quotes
 * and brackets after it, where whitespace follows and the next sentence does not start with a
 * lower-case letter. After a <em>title</em> ({@code Mr.}, {@code Gen.}, {@code No.} …) it never
 * ends; after another abbreviation ({@code Inc.}, {@code U.S.}, {@code Jan.}, {@code a.m.} …) or
 * an initial ({@code Albert I. Jones}) it ends only if the next word is a common sentence starter
 * ({@code The}, {@code He}, {@code In} …). Decimal numbers, URLs and e-mail addresses have no
 * whitespace after their periods, so they never end one. A list item ({@code 1.}, {@code 2)},
 * {@code a)}, or a bullet) that starts a line starts a sentence. The abbreviation and starter lists
 * are resource files, and the builder extends them. {@code docs/sentences.md} has the details and
 * the accuracy. Instances are immutable and thread-safe; scanning is one linear pass.
 *
 * @since 0.1
 */
public final class SentenceSegmenter {

    private static final SentenceSegmenter STANDARD = builder().build();

    private final Set<String> titles;
    private final Set<String> abbreviations;
    private final Set<String> starters;

    private SentenceSegmenter(Builder builder) {
        this.titles = Set.copyOf(builder.titles);
        this.abbreviations = Set.copyOf(builder.abbreviations);
        this.starters = Set.copyOf(builder.starters);
    }

    /**
     * Returns the segmenter with the standard lists.
     *
     * @return the shared standard segmenter
     */
    public static SentenceSegmenter standard() {
        return STANDARD;
    }

    /**
     * Starts building a segmenter whose lists extend the standard ones.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Splits a paragraph into sentences, with spans into the input the paragraph was parsed from.
     *
     * @param paragraph the paragraph
     * @return its sentences in order
     */
    public List<Sentence> sentences(Paragraph paragraph) {
        SourceSpan span = paragraph.span();
        return segment(paragraph.text(), span.start(), span.line(), span.column());
    }

    /**
     * Splits any text into sentences, with spans into that text.
     *
     * @param text the text
     * @return its sentences in order
     */
    public List<Sentence> segment(CharSequence text) {
        return segment(text, 0, 1, 1);
    }

    private List<Sentence> segment(CharSequence text, int offset, int line, int column) {
        List<Sentence> sentences = new ArrayList<>();
        LineCursor cursor = new LineCursor(text, 0, line, column);
        int length = text.length();
        int start = skipWhitespace(text, 0, length);
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                int next = skipWhitespace(text, i, length);
                if (next > start && next < length && isListMarker(text, next, length)) {
                    add(sentences, text, start, i, offset, cursor);
                    start = next;
                }
                i = next;
            } else if (isTerminator(c)) {
                int end = i;
                while (end < length && isTerminator(text.charAt(end))) {
                    end++;
                }
                while (end < length && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end < length && Chars.isWhitespace(text.charAt(end))) {
                    int next = skipWhitespace(text, end, length);
                    if (next < length && isBoundary(text, start, i, end, next, length)) {
                        add(sentences, text, start, end, offset, cursor);
                        start = next;
                    }
                    i = next;
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
        add(sentences, text, start, length, offset, cursor);
        return sentences;
    }

    /** Whether the terminator run {@code text[terminator, end)} ends the sentence that starts at {@code start}. */
    private boolean isBoundary(CharSequence text, int start, int terminator, int end, int next, int length) {
        if (isListMarker(text, next, length) && hasLineBreak(text, end, next)) {
            return true;
        }
        int first = Character.codePointAt(text, next);
        if (Character.isLowerCase(first)) {
            return false;
        }
        boolean singlePeriod = text.charAt(terminator) == '.' && (terminator + 1 == end
                || !isTerminator(text.charAt(terminator + 1)));
        if (!singlePeriod) {
            return true;
        }
        int wordStart = terminator;
        while (wordStart > start && !Chars.isWhitespace(text.charAt(wordStart - 1))
                && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, terminator + 1).toString();
        if (wordStart == start && isListMarker(text, start, length)) {
            return false;
        }
        if (titles.contains(word)) {
            return false;
        }
        if (abbreviations.contains(word) || isInitial(word) || isDottedAcronym(word)) {
            return startsWithStarter(text, next, length);
        }
        return true;
    }

    private boolean startsWithStarter(CharSequence text, int at, int length) {
        int end = at;
        while (end < length && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && starters.contains(text.subSequence(at, end).toString());
    }

    /** A single capital letter and a period: {@code I.} in {@code Albert I. Jones}. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    /** Letters each followed by a period, such as {@code U.S.} or {@code N.Y.C.}. */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 4 || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** A bullet, {@code 12.} or {@code 12)}, or {@code a)}, followed by horizontal whitespace. */
    private static boolean isListMarker(CharSequence text, int at, int length) {
        char c = text.charAt(at);
        int after;
        if (c == '\u2022' || c == '\u2023' || c == '\u25E6' || c == '\u25AA' || c == '*' || c == '-'
                || c == '\u2013' || c == '\u2014') {
            after = at + 1;
        } else if (c >= '0' && c <= '9') {
            int i = at;
            while (i < length && i - at < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i >= length || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                return false;
            }
            after = i + 1;
        } else if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && at + 1 < length
                && text.charAt(at + 1) == ')') {
            after = at + 2;
        } else {
            return false;
        }
        return after < length && Chars.isHorizontalSpace(text.charAt(after));
    }

    private static boolean hasLineBreak(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '\u201C' || c == '"' || c == '\u2018' || c == '(' || c == '[';
    }

    private static int skipWhitespace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && Chars.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, CharSequence text, int start, int end, int offset,
            LineCursor cursor) {
        int trimmed = end;
        while (trimmed > start && Chars.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed > start) {
            cursor.moveTo(start);
            sentences.add(new Sentence(text.subSequence(start, trimmed).toString(),
                    new SourceSpan(offset + start, offset + trimmed, cursor.line(), cursor.column())));
        }
    }

    /**
     * Options for a {@link SentenceSegmenter}: words added to the standard lists, which are the
     * resource files {@code io/github/newswire/abbreviations.txt} and
     * {@code io/github/newswire/sentence-starters.txt}.
     *
     * <pre>{@code
     * SentenceSegmenter segmenter = SentenceSegmenter.builder()
     *         .addAbbreviations(List.of("Assn."))
     *         .addSentenceStarters(List.of("Afterwards"))
     *         .build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Set<String> titles = new HashSet<>();
        private final Set<String> abbreviations = new HashSet<>();
        private final Set<String> starters = new HashSet<>();

        private Builder() {
            String section = "";
            for (String line : lines("abbreviations.txt")) {
                if (line.startsWith("[")) {
                    section = line;
                } else if (section.equals("[titles]")) {
                    titles.add(line);
                } else {
                    abbreviations.add(line);
                }
            }
            starters.addAll(lines("sentence-starters.txt"));
        }

        /**
         * Adds titles: abbreviations that never end a sentence, such as {@code Mr.}.
         *
         * @param words the titles, each with its final period
         * @return this builder
         */
        public Builder addTitles(Collection<String> words) {
            titles.addAll(checked(words));
            return this;
        }

        /**
         * Adds abbreviations that end a sentence only before a sentence starter, such as {@code Inc.}.
         *
         * @param words the abbreviations, each with its final period
         * @return this builder
         */
        public Builder addAbbreviations(Collection<String> words) {
            abbreviations.addAll(checked(words));
            return this;
        }

        /**
         * Adds words that open sentences, such as {@code The}.
         *
         * @param words the words, capitalised as they open a sentence
         * @return this builder
         */
        public Builder addSentenceStarters(Collection<String> words) {
            starters.addAll(words);
            return this;
        }

        /**
         * Builds the segmenter.
         *
         * @return an immutable, thread-safe segmenter
         */
        public SentenceSegmenter build() {
            return new SentenceSegmenter(this);
        }

        private static Collection<String> checked(Collection<String> words) {
            for (String word : words) {
                if (!word.endsWith(".")) {
                    throw new IllegalArgumentException("an abbreviation ends with a period, found [" + word + "]");
                }
            }
            return words;
        }

        private static List<String> lines(String resource) {
            return Resources.lines(SentenceSegmenter.class, resource);
        }
    }
}
