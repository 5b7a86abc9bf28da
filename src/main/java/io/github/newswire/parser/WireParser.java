package io.github.newswire.parser;

import io.github.newswire.internal.formats.Pipelines;
import io.github.newswire.internal.formats.ReadOptions;
import io.github.newswire.internal.formats.ReadPipeline;
import io.github.newswire.internal.vns.Gazetteer;
import io.github.newswire.internal.vns.SignOff;
import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Severity;
import io.github.newswire.model.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses wire files into {@link Article}s. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * WireParser parser = WireParser.builder()
 *         .strict(true)                        // throw on the first error
 *         .addAgencies(List.of("Bizhub", "VOV")) // sign-offs beyond the defaults
 *         .build();
 * Article article = parser.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * }</pre>
 *
 * <p>A parse reads the {@code date} preamble ({@link HeaderParser}), splits the rest into
 * paragraphs ({@link BodySegmenter}), takes a byline and a dateline off the front and the agency
 * sign-off ({@link AttributionDetector}) off the end, in one linear pass with no regular
 * expressions and no recursion. In lenient mode (the default) problems become
 * {@link Article#diagnostics() diagnostics}; in strict mode the first error throws a
 * {@link WireParseException}. Bytes that are not UTF-8, and input over the size limit, throw in
 * either mode, since no article can be read from them. {@code docs/format.md} specifies the format.
 *
 * @since 0.1
 */
public final class WireParser {

    // Logs only at the I/O edge (which file was read), never while parsing: problems are data.
    private static final Logger LOG = LoggerFactory.getLogger(WireParser.class);

    static {
        // The corpus layer reads files through the same pipeline as this parser.
        Pipelines.register(parser -> parser.pipeline);
    }

    /** The default limit on the size of one input: 16 MiB. */
    public static final int DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
    /** The default limit on the length of one line: 1 Mi {@code char}s. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
    /** The default limit on the number of paragraphs of one article: 100,000. */
    public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

    private final boolean strict;
    private final int maxInputBytes;
    private final int maxLineLength;
    private final int maxParagraphs;
    private final WireFormat inputFormat;
    private final Set<String> agencies;
    private final ReadPipeline pipeline;

    private WireParser(Builder builder) {
        this.strict = builder.strict;
        this.maxInputBytes = builder.maxInputBytes;
        this.maxLineLength = builder.maxLineLength;
        this.maxParagraphs = builder.maxParagraphs;
        this.inputFormat = builder.inputFormat;
        SignOff signOff = new SignOff(builder.agencies);
        this.agencies = signOff.agencies();
        Gazetteer gazetteer = builder.places.isEmpty() ? Gazetteer.standard()
                : Gazetteer.standard().withPlaces(builder.places);
        this.pipeline = new ReadPipeline(new ReadOptions(strict, maxLineLength, maxParagraphs,
                builder.replaceMalformedInput, builder.repairMojibake, signOff, gazetteer, builder.clock),
                inputFormat, maxInputBytes);
    }

    /**
     * Starts building a parser; its defaults are those of {@link io.github.newswire.NewsWire#parse(String)}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether this parser throws on the first error.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the sign-off agencies this parser recognises.
     *
     * @return an unmodifiable set of agency names
     */
    public Set<String> agencies() {
        return agencies;
    }

    /**
     * Returns the longest line this parser accepts.
     *
     * @return the limit in {@code char}s
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Returns the most paragraphs this parser accepts in one article.
     *
     * @return the limit
     */
    public int maxParagraphs() {
        return maxParagraphs;
    }

    /**
     * Returns the format this parser reads every input as, if it was told one.
     *
     * @return the forced format, or empty if the format is found from each file's content
     * @since 0.4
     */
    public Optional<WireFormat> inputFormat() {
        return Optional.ofNullable(inputFormat);
    }

    /**
     * Returns the largest input this parser accepts.
     *
     * @return the limit in bytes (for text, in {@code char}s)
     */
    public int maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Parses a wire file held as text.
     *
     * @param text the whole file, decoded
     * @return the article, with spans into {@code text} (into {@link #repair(CharSequence)
     *         repair(text)} when mojibake is repaired)
     * @throws WireParseException in strict mode on the first error; in either mode if the text is
     *                            over a size limit
     */
    public Article parse(CharSequence text) {
        return first(parseItems(text));
    }

    /**
     * Parses every item of a file held as text: one for VNS text and NITF, as many as the file
     * holds for NewsML-G2 ({@code newsMessage}), NewsML 1.2 and ninjs (an item and its
     * associations). Items after the first are numbered by {@link Article#item()}.
     *
     * <pre>{@code
     * for (Article item : parser.parseItems(Files.readString(Path.of("message.xml")))) {
     *     System.out.println(item.item().orElse(0) + " " + item.headline().orElse(""));
     * }
     * }</pre>
     *
     * @param text the whole file, decoded
     * @return the items in file order, at least one
     * @throws WireParseException in strict mode on the first error; in either mode if the text is
     *                            over a size limit
     * @since 0.4
     */
    public List<Article> parseItems(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return pipeline.read(text);
    }

    /**
     * Parses a wire file held as UTF-8 bytes.
     *
     * @param utf8 the whole file; a leading byte order mark is skipped
     * @return the article, with spans into the {@link #decode(byte[]) decoded} text
     * @throws WireParseException if the bytes are not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(byte[] utf8) {
        return first(parseItems(utf8));
    }

    /**
     * Parses every item of a file held as bytes; see {@link #parseItems(CharSequence)}. XML is
     * decoded as its declaration says (a file declared ISO-8859-1 whose bytes are UTF-8 is read as
     * UTF-8, with an {@code encoding-mismatch} warning); VNS text and JSON are UTF-8.
     *
     * @param bytes the whole file
     * @return the items in file order, at least one
     * @throws WireParseException if the bytes cannot be decoded or are over a size limit, or in
     *                            strict mode on the first error
     * @since 0.4
     */
    public List<Article> parseItems(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return pipeline.read(bytes, null);
    }

    /**
     * Reads a file and parses every item of it; see {@link #parseItems(CharSequence)}.
     *
     * @param file the file
     * @return the items in file order, at least one, each with the path as its source
     * @throws IOException        if the file cannot be read
     * @throws WireParseException if the file cannot be decoded or is over a size limit, or in
     *                            strict mode on the first error
     * @since 0.4
     */
    public List<Article> parseItems(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = pipeline.readFile(file);
        LOG.debug("read {} ({} bytes)", file, bytes.length);
        return pipeline.read(bytes, file.toString());
    }

    /**
     * Reads and parses a wire file; the article's {@link Article#source() source} is the path.
     *
     * @param file a UTF-8 wire file
     * @return the article
     * @throws IOException        if the file cannot be read
     * @throws WireParseException if the file is not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(Path file) throws IOException {
        return first(parseItems(file));
    }

    /**
     * Reads a stream to its end and parses it as one wire file. The stream is not closed.
     *
     * @param in a stream of UTF-8 bytes
     * @return the article
     * @throws IOException        if the stream cannot be read
     * @throws WireParseException if the bytes are not UTF-8 text or over a size limit, or in strict
     *                            mode on the first error
     */
    public Article parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(pipeline.readLimited(in));
    }

    /**
     * Returns the text this parser parses for the given bytes. For VNS text: strict UTF-8 (or, with
     * {@link Builder#replaceMalformedInput(boolean)}, bad sequences replaced by U+FFFD), a
     * leading byte order mark removed, mojibake repaired if {@link Builder#repairMojibake(boolean)}
     * is on. For the other formats, the text as their reader decodes it (XML by its declaration,
     * transmissions as ASCII, UTF-8 or ISO-8859-1; ninjs spans index its body strings instead).
     * Spans of an article parsed from bytes index this text.
     *
     * @param utf8 UTF-8 bytes
     * @return the text
     * @throws WireParseException with {@link DiagnosticCode#MALFORMED_UTF8} naming the byte offset
     *                            of the first bad sequence, {@link DiagnosticCode#BINARY_INPUT} or
     *                            {@link DiagnosticCode#INPUT_TOO_LARGE}
     */
    public String decode(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return pipeline.decode(utf8);
    }

    /**
     * Returns the text this parser parses for the given text: the text itself, or with
     * {@link Builder#repairMojibake(boolean)} on, the text with its mojibake repaired. Spans of an
     * article parsed from text index this text.
     *
     * @param text the text
     * @return the text that spans index
     */
    public String repair(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return pipeline.repair(text);
    }

    /** The first item; a note on it when there are more, which {@code parseItems} returns. */
    private static Article first(List<Article> items) {
        Article first = items.get(0);
        if (items.size() == 1) {
            return first;
        }
        return first.withDiagnostics(List.of(new Diagnostic(Severity.WARNING, DiagnosticCode.MORE_ITEMS, "the file holds "
                + items.size() + " items [item 0 of " + items.size() + "]: expected one; parseItems returns them all",
                1, 1)));
    }

    /**
     * Options for a {@link WireParser}. Not thread-safe; the parser it builds is.
     *
     * <pre>{@code
     * WireParser parser = WireParser.builder().strict(true).maxInputBytes(1 << 20).build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private boolean strict;
        private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private boolean replaceMalformedInput;
        private boolean repairMojibake;
        private final List<String> agencies = new ArrayList<>(AttributionDetector.DEFAULT_AGENCIES);
        private final List<String> places = new ArrayList<>();
        private WireFormat inputFormat;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the clock whose day completes dates written without a year: IPTC 7901's
         * {@code DDHHMM GMT Mon} post-text, when it leaves the year out, is taken in the year that
         * puts it on or before the day after this clock's day. The default is the system clock in
         * UTC; a fixed clock makes such output reproducible.
         *
         * @param clock the clock
         * @return this builder
         * @since 0.4
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Reads every input as one format instead of finding the format from each file's content
         * (the default, {@code null}). A file that is not of that format then reads as a broken
         * file of it: with a {@code malformed-xml}, {@code no-items} or {@code malformed-json}
         * error, say.
         *
         * <pre>{@code
         * WireParser nitf = WireParser.builder().inputFormat(WireFormat.NITF).build();
         * }</pre>
         *
         * @param format the format, or null to detect it
         * @return this builder
         * @since 0.4
         */
        public Builder inputFormat(WireFormat format) {
            this.inputFormat = format;
            return this;
        }

        /**
         * Chooses strict mode, which throws a {@link WireParseException} on the first error,
         * or lenient mode (the default), which records it as a diagnostic and goes on.
         *
         * @param strict true for strict mode
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Replaces the agency names recognised in sign-offs (by default
         * {@link AttributionDetector#DEFAULT_AGENCIES}).
         *
         * @param names agency or outlet names: words of letters and digits, one space between words
         * @return this builder
         */
        public Builder agencies(Collection<String> names) {
            agencies.clear();
            agencies.addAll(names);
            return this;
        }

        /**
         * Adds agency names to those recognised in sign-offs.
         *
         * @param names agency or outlet names: words of letters and digits, one space between words
         * @return this builder
         */
        public Builder addAgencies(Collection<String> names) {
            agencies.addAll(names);
            return this;
        }

        /**
         * Adds places to those recognised in datelines written without a dash
         * ({@code BÌNH PHƯỚC PROVINCE The …}) or in mixed case without an agency
         * ({@code Hoa Binh – …}). The parser ships with Viet Nam's provinces, cities and regions and
         * the world's capitals; names match whatever their case and diacritics.
         *
         * @param names place names, such as {@code "Bình Phước Province"}
         * @return this builder
         * @since 0.2
         */
        public Builder addPlaces(Collection<String> names) {
            for (String name : names) {
                places.add(Objects.requireNonNull(name, "place"));
            }
            return this;
        }

        /**
         * Sets the largest input accepted, in bytes (for text, in {@code char}s); larger input
         * throws {@link DiagnosticCode#INPUT_TOO_LARGE}. The default is
         * {@value WireParser#DEFAULT_MAX_INPUT_BYTES}.
         *
         * @param limit the limit, at least 1 and below {@link Integer#MAX_VALUE}
         * @return this builder
         */
        public Builder maxInputBytes(int limit) {
            if (limit < 1 || limit == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxInputBytes must be from 1 to " + (Integer.MAX_VALUE - 1)
                        + ", found " + limit);
            }
            this.maxInputBytes = limit;
            return this;
        }

        /**
         * Sets the longest line accepted, in {@code char}s; a longer line throws
         * {@link DiagnosticCode#LINE_TOO_LONG}. The default is {@value WireParser#DEFAULT_MAX_LINE_LENGTH}.
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxLineLength(int limit) {
            this.maxLineLength = positive("maxLineLength", limit);
            return this;
        }

        /**
         * Sets the most paragraphs accepted in one article; more throw
         * {@link DiagnosticCode#TOO_MANY_PARAGRAPHS}. The default is
         * {@value WireParser#DEFAULT_MAX_PARAGRAPHS}.
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxParagraphs(int limit) {
            this.maxParagraphs = positive("maxParagraphs", limit);
            return this;
        }

        /**
         * Chooses what bytes that are not UTF-8 do: by default (false) they throw
         * {@link DiagnosticCode#MALFORMED_UTF8}; when true, each bad sequence is replaced by U+FFFD
         * and reported as a {@link DiagnosticCode#MALFORMED_UTF8_REPLACED} warning.
         *
         * @param replace true to replace and report instead of failing
         * @return this builder
         */
        public Builder replaceMalformedInput(boolean replace) {
            this.replaceMalformedInput = replace;
            return this;
        }

        /**
         * Chooses whether mojibake ({@code Viá»‡t} for {@code Việt}) is repaired before parsing.
         * It is always reported as a {@link DiagnosticCode#MOJIBAKE} warning; when repaired, spans
         * index the repaired text, which {@link WireParser#repair(CharSequence)} and
         * {@link WireParser#decode(byte[])} return. Off by default.
         *
         * @param repair true to repair
         * @return this builder
         */
        public Builder repairMojibake(boolean repair) {
            this.repairMojibake = repair;
            return this;
        }

        private static int positive(String option, int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(option + " must be at least 1, found " + limit);
            }
            return limit;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         * @throws IllegalArgumentException if the agency list is empty or holds a name that is not
         *                                  words of letters and digits
         */
        public WireParser build() {
            return new WireParser(this);
        }
    }
}
