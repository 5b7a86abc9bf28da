package io.github.newswire.parser;

import io.github.newswire.internal.Chars;
import io.github.newswire.internal.LineCursor;
import io.github.newswire.internal.Resources;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Sentence;
import io.github.newswire.model.SourceSpan;
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
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis ({@code …}, {@code ...},
 * {@code . . .}), with any closing quotes and brackets after it, where whitespace follows and the
 * next sentence does not start with a lower-case letter. After a <em>title</em> ({@code Mr.},
 * {@code Gen.}, {@code No.} …) it never ends; after another abbreviation it ends when the evidence
 * says a sentence starts: a capitalised word that does not go on a name ({@code … Foods Inc. Under
 * the deal}, but {@code U.S. President}), never a number ({@code p. 55}) or a small letter. Initials
 * ({@code Albert I. Jones}) and months end one only before a common sentence starter. A list item
 * ({@code 1.}, {@code 2)}, {@code 3.)}, {@code a.}, or a bullet) that starts a line, or the next
 * item of an inline list, starts a sentence, and so does a line after a heading or caption line.
 * The word lists are resource files, and the builder extends them. {@code docs/sentences.md} has
 * the rules, their examples and the accuracy. Instances are immutable and thread-safe; scanning is
 * one linear pass.
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
        ListMarker marker = ListMarker.at(text, start, length);
        int i = marker == null ? start : marker.end();
        while (i < length) {
            char c = text.charAt(i);
            if (c > '?' && c != '\u2026' && marker == null) {
                // Letters and most punctuation: nothing to decide (the fast path of the scan).
                do {
                    i++;
                } while (i < length && (c = text.charAt(i)) > '?' && c != '\u2026');
                continue;
            }
            if (Chars.isLineBreak(c)) {
                int next = skipWhitespace(text, i, length);
                if (next > start && next < length && (ListMarker.at(text, next, length) != null
                        || endsLineUnit(text, start, i, next, length))) {
                    add(sentences, text, start, i, offset, cursor);
                    start = next;
                    marker = ListMarker.at(text, start, length);
                    i = marker == null ? start : marker.end();
                    continue;
                }
                i = next;
            } else if (marker != null && Chars.isHorizontalSpace(c)) {
                // An inline list: "1) Taxes were cut 2) Wages were raised" has one item a sentence.
                int next = Chars.skipHorizontalSpace(text, i, length);
                ListMarker following = next < length ? ListMarker.at(text, next, length) : null;
                if (following != null && following.follows(marker)) {
                    add(sentences, text, start, i, offset, cursor);
                    start = next;
                    marker = following;
                    i = following.end();
                    continue;
                }
                i = next;
            } else if (isTerminator(c)) {
                int end = terminatorRunEnd(text, i, length);
                while (end < length && (isCloser(text.charAt(end)) || isMistypedCloser(text, end, length))) {
                    end++;
                }
                if (end < length && Chars.isWhitespace(text.charAt(end))) {
                    int next = skipWhitespace(text, end, length);
                    if (next < length && isBoundary(text, start, i, end, next, length)) {
                        add(sentences, text, start, end, offset, cursor);
                        start = next;
                        marker = ListMarker.at(text, start, length);
                        i = marker == null ? start : marker.end();
                        continue;
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

    /**
     * The end of the terminators from {@code at}: {@code .}, {@code !}, {@code ?} and {@code …},
     * and a spaced ellipsis ({@code . . .}, {@code . . . .}) taken whole, so that no sentence starts
     * with its dots.
     */
    private static int terminatorRunEnd(CharSequence text, int at, int length) {
        int end = at;
        while (end < length && isTerminator(text.charAt(end))) {
            end++;
        }
        if (text.charAt(end - 1) == '.') {
            while (end + 1 < length && text.charAt(end) == ' ' && text.charAt(end + 1) == '.'
                    && (end + 2 == length || text.charAt(end + 2) != '.' || end + 3 < length
                    && text.charAt(end + 3) == ' ')) {
                end += 2;
            }
        }
        return end;
    }

    /** An opening quote typed where a closing one belongs: right after a terminator, before whitespace. */
    private static boolean isMistypedCloser(CharSequence text, int at, int length) {
        return text.charAt(at) == '\u201C' && (at + 1 == length || Chars.isWhitespace(text.charAt(at + 1)));
    }

    /**
     * Whether a line break at {@code lineEnd} ends a heading, a caption or a credit: the line has
     * no final punctuation and does not run on (a comma, a colon, a dash, a joining word), and the
     * next line opens as a sentence does. Paragraphs of a wire are not hard-wrapped (formats that
     * wrap their lines have them joined by their readers first), so such a break is a boundary.
     */
    private static boolean endsLineUnit(CharSequence text, int start, int lineEnd, int next, int length) {
        int last = lineEnd;
        while (last > start && Chars.isHorizontalSpace(text.charAt(last - 1))) {
            last--;
        }
        if (last == start) {
            return false;
        }
        char end = text.charAt(last - 1);
        if (end == ',' || end == ':' || end == ';' || end == '-' || end == '\u2013' || end == '\u2014'
                || end == '(' || end == '/' || end == '&') {
            return false;
        }
        int wordStart = last;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (JOINING_WORDS.contains(text.subSequence(wordStart, last).toString())) {
            return false;
        }
        int first = Character.codePointAt(text, next);
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpener(text.charAt(next))
                || first == '\u2014' || first == '\u2013';
    }

    /** Words that a line does not end on unless the sentence goes on. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "but", "of", "the", "a", "an", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "that", "which", "who", "its", "their", "his", "her");

    /** Verbs of speech: after a quoted question, "Why?” Deputy Thịnh asked" is one sentence. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "asked", "asks", "added", "told",
            "noted", "stressed", "wrote", "explained", "replied", "shouted", "wondered", "recalled", "urged",
            "insisted", "continued", "cried", "answered", "demanded", "exclaimed", "remarked", "questioned");

    /** Prepositions that open a time phrase: "At 8 a.m. Mr. Okafor opened …" is one sentence. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("At", "By", "From", "Until", "Till", "Before",
            "After", "Since", "Around", "About", "On", "Starting", "Beginning", "Shortly");

    /** Abbreviations that stand before a number: "p. 55", "No. 5", "Sec. 3". */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("p.", "pp.", "No.", "Nos.", "no.", "Art.",
            "art.", "Sec.", "sec.", "Vol.", "vol.", "Ch.", "ch.", "Fig.", "fig.", "para.", "Para.", "ext.", "Ext.",
            "Tel.", "tel.", "N\u00B0.", "\u2116.");

    /** Whether the terminator run {@code text[terminator, end)} ends the sentence that starts at {@code start}. */
    private boolean isBoundary(CharSequence text, int start, int terminator, int end, int next, int length) {
        if (ListMarker.at(text, next, length) != null && hasLineBreak(text, end, next)) {
            return true;
        }
        int first = Character.codePointAt(text, next);
        if (Character.isLowerCase(first) && !isCamelCase(text, next, length)) {
            return false;
        }
        boolean question = false;
        boolean ellipsis = false;
        int periods = 0;
        for (int k = terminator; k < end; k++) {
            char c = text.charAt(k);
            question |= c == '?' || c == '!';
            ellipsis |= c == '\u2026';
            periods += c == '.' ? 1 : 0;
        }
        ellipsis |= periods >= 3;
        boolean quoted = end > terminator && isCloser(text.charAt(end - 1)) && text.charAt(end - 1) != ')';
        if (question && quoted && speechFollows(text, next, length)) {
            return false;
        }
        if (first == '(' && citationFollows(text, next, length)) {
            return false;
        }
        if (ellipsis) {
            // A pause in speech: "the point is . . . I don't think" goes on.
            return !isPronounI(text, next, length);
        }
        boolean singlePeriod = periods == 1 && !question && end - terminator >= 1;
        if (!singlePeriod) {
            return true;
        }
        int wordStart = terminator;
        while (wordStart > start && !Chars.isWhitespace(text.charAt(wordStart - 1))
                && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, terminator + 1).toString();
        if (wordStart == start && ListMarker.at(text, start, length) != null) {
            return false;
        }
        boolean number = Character.isDigit(first);
        if (titles.contains(word) || number && (NUMBER_ABBREVIATIONS.contains(word) || word.length() <= 3)) {
            return false;
        }
        boolean known = abbreviations.contains(word);
        if (known && first == '(') {
            return false;
        }
        if (isTime(word)) {
            // "at 9 a.m. Police said" ends; "At 8 a.m. Mr. Okafor opened" is one time phrase and a sentence.
            return !number && !opensWithTimePhrase(text, start, wordStart);
        }
        if (wordStart == start || !Character.isLetter(first) && !isOpener(text.charAt(next)) && known) {
            // A sentence is more than one abbreviation ("J.K. Anand"), and "Bros. & Co." goes on.
            return false;
        }
        if (isInitial(word)) {
            // "Sam and I. Did …": the pronoun after a small word ends a sentence; "Carla I. Ortiz" does not.
            return word.equals("I.") && precededByLowerCaseWord(text, start, wordStart) ? !number
                    : startsWithStarter(text, next, length);
        }
        if (isDottedAcronym(word) || known && isMonth(word)) {
            return startsWithStarter(text, next, length)
                    || isDottedAcronym(word) && !number && !continuesName(text, next, length);
        }
        if (known) {
            // "Saigon Freight Corp. Financing talks …": a capitalised word after a company suffix or
            // "Jr." starts a sentence, unless it is a title that goes with the name ("Co. Chairman").
            return !number && !continuesName(text, next, length);
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

    /** A word that goes on a name after an abbreviation: "U.S. President", "Co. Chairman", "U.N. Security". */
    private static boolean continuesName(CharSequence text, int at, int length) {
        int end = at;
        while (end < length && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return CONTINUATIONS.contains(text.subSequence(at, end).toString());
    }

    /**
     * Capitalised words that follow an abbreviation inside a name or a title rather than open a
     * sentence ("U.S. President", "U.N. Security Council", "Co. Ltd.", "Inc. CEO"): a resource file.
     */
    private static final Set<String> CONTINUATIONS = Set.copyOf(
            Resources.lines(SentenceSegmenter.class, "name-continuations.txt"));

    /** A word like {@code iPhone}, {@code iOS} or {@code eBay}: a small letter, then a capital. */
    private static boolean isCamelCase(CharSequence text, int at, int length) {
        return at + 1 < length && Character.isUpperCase(text.charAt(at + 1));
    }

    /** {@code a.m.}, {@code p.m.}, {@code A.M.}, {@code P.M.}. */
    private static boolean isTime(String word) {
        return word.length() == 4 && word.charAt(1) == '.' && word.charAt(3) == '.'
                && (word.charAt(2) == 'm' || word.charAt(2) == 'M')
                && "aApP".indexOf(word.charAt(0)) >= 0;
    }

    private static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    private static final Set<String> MONTHS = Set.of("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /** Whether the sentence so far is only a time phrase: "At 8 a.m." (short, so the look is bounded). */
    private static boolean opensWithTimePhrase(CharSequence text, int start, int wordStart) {
        if (wordStart - start > 40) {
            return false;
        }
        int firstEnd = start;
        while (firstEnd < wordStart && Character.isLetter(text.charAt(firstEnd))) {
            firstEnd++;
        }
        if (!TIME_PREPOSITIONS.contains(text.subSequence(start, firstEnd).toString())) {
            return false;
        }
        int words = 1;
        for (int k = start; k < wordStart; k++) {
            words += Chars.isWhitespace(text.charAt(k)) ? 1 : 0;
        }
        return words <= 4;
    }

    /** Whether the word before {@code wordStart} starts with a small letter: "Sam and I." */
    private static boolean precededByLowerCaseWord(CharSequence text, int start, int wordStart) {
        int end = wordStart;
        while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > start && !Chars.isWhitespace(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && Character.isLowerCase(text.charAt(begin));
    }

    /** The pronoun I ("I", "I'm", "I’ll" …) at {@code at}. */
    private static boolean isPronounI(CharSequence text, int at, int length) {
        if (text.charAt(at) != 'I') {
            return false;
        }
        return at + 1 == length || !Character.isLetter(text.charAt(at + 1));
    }

    /** A verb of speech among the next few words, before any terminator: "Why?” Deputy Thịnh asked." */
    private static boolean speechFollows(CharSequence text, int at, int length) {
        int words = 0;
        int k = at;
        while (k < length && words < 8) {
            int wordEnd = k;
            while (wordEnd < length && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (SPEECH_VERBS.contains(text.subSequence(k, wordEnd).toString())) {
                return true;
            }
            while (wordEnd < length && !Chars.isWhitespace(text.charAt(wordEnd))) {
                if (isTerminator(text.charAt(wordEnd))) {
                    return false;
                }
                wordEnd++;
            }
            k = skipWhitespace(text, wordEnd, length);
            words++;
        }
        return false;
    }

    /** A citation after a quotation: {@code “…” (Smith 55).}, the parenthesis closed right before a terminator. */
    private static boolean citationFollows(CharSequence text, int open, int length) {
        for (int k = open + 1; k < length && k - open < 80; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k + 1 < length && isTerminator(text.charAt(k + 1));
            }
            if (isTerminator(c) || Chars.isLineBreak(c) || c == '(') {
                return false;
            }
        }
        return false;
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

    /**
     * A list item's marker at the start of a sentence: an optional bullet, then a number or a
     * letter with {@code .}, {@code )} or {@code .)}, or a bullet alone, and horizontal whitespace
     * ({@code 1.}, {@code 2)}, {@code 3.)}, {@code a.}, {@code • 9.}, {@code ⁃10.}, {@code •}).
     *
     * @param bullet the bullet, or 0
     * @param kind   'n' for a number, 'a' for a letter, 0 for a bullet alone
     * @param value  the number, or the letter
     * @param suffix how the number or letter ends: ".", ")" or ".)"
     * @param end    where the item's text starts
     */
    private record ListMarker(char bullet, char kind, int value, String suffix, int end) {

        /** Whether this marker is the next of the same list: same bullet and suffix, value plus one. */
        boolean follows(ListMarker previous) {
            return kind != 0 && kind == previous.kind && bullet == previous.bullet && suffix.equals(previous.suffix)
                    && value == previous.value + 1;
        }

        static ListMarker at(CharSequence text, int at, int length) {
            int i = at;
            char bullet = 0;
            if (i < length && isBullet(text.charAt(i))) {
                bullet = text.charAt(i);
                i++;
                int afterSpace = Chars.skipHorizontalSpace(text, i, length);
                if (afterSpace == i && (i >= length || !Character.isDigit(text.charAt(i)))) {
                    return null;
                }
                i = afterSpace;
            }
            char kind;
            int value;
            int valueEnd;
            if (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                valueEnd = i;
                value = 0;
                while (valueEnd < length && valueEnd - i < 3 && text.charAt(valueEnd) >= '0'
                        && text.charAt(valueEnd) <= '9') {
                    value = value * 10 + text.charAt(valueEnd) - '0';
                    valueEnd++;
                }
                kind = 'n';
            } else if (i + 1 < length && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z'
                    || text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') && (text.charAt(i + 1) == ')'
                    || text.charAt(i + 1) == '.')) {
                valueEnd = i + 1;
                value = Character.toLowerCase(text.charAt(i));
                kind = 'a';
            } else if (bullet != 0) {
                return i > at + 1 ? new ListMarker(bullet, (char) 0, 0, "", i) : null;
            } else {
                return null;
            }
            String suffix;
            if (valueEnd + 1 < length && text.charAt(valueEnd) == '.' && text.charAt(valueEnd + 1) == ')') {
                suffix = ".)";
            } else if (valueEnd < length && (text.charAt(valueEnd) == '.' || text.charAt(valueEnd) == ')')) {
                suffix = String.valueOf(text.charAt(valueEnd));
            } else {
                return bullet != 0 && i > at + 1 ? new ListMarker(bullet, (char) 0, 0, "", i) : null;
            }
            int after = valueEnd + suffix.length();
            if (after >= length || !Chars.isHorizontalSpace(text.charAt(after))) {
                return null;
            }
            // A lone capital and a period is an initial ("A. Smith"), not a list item, unless it is "A." of "A. B. C."
            if (kind == 'a' && suffix.equals(".") && Character.isUpperCase(text.charAt(i))) {
                return null;
            }
            return new ListMarker(bullet, kind, value, suffix, Chars.skipHorizontalSpace(text, after, length));
        }

        private static boolean isBullet(char c) {
            return c == '\u2022' || c == '\u2023' || c == '\u25E6' || c == '\u25AA' || c == '*' || c == '-'
                    || c == '\u2013' || c == '\u2014' || c == '\u2043';
        }
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
     * resource files {@code io/github/newswire/parser/abbreviations.txt} and
     * {@code io/github/newswire/parser/sentence-starters.txt}.
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
         * Adds abbreviations that end a sentence only before a capitalised word that does not go on
         * a name, such as {@code Inc.} ("… Foods Inc. Under the deal …", but "Inc. CEO").
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
