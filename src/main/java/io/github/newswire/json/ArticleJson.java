package io.github.newswire.json;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.internal.SourceBytes;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Sentence;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.SentenceSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.TokenBuffer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link Article}s as JSON and JSON Lines, and reads them back, with Jackson 3.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * String json = ArticleJson.toJson(article);   // {"source":"seeds/000_…","date":"2024-11-14",…}
 * Article same = ArticleJson.fromJson(json);   // equal to article
 *
 * try (JsonLinesWriter out = ArticleJson.jsonLinesWriter(Files.newBufferedWriter(Path.of("out.jsonl")))) {
 *     out.write(article);
 * }
 * try (Stream<Article> articles = ArticleJson.readJsonLines(Files.newBufferedReader(Path.of("out.jsonl")))) {
 *     articles.forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>The shape is a contract, specified in {@code docs/json.md} and
 * {@code docs/article.schema.json}. In JSON, {@code start} and {@code end} count Unicode code
 * points of the parsed text, so that Python's {@code text[start:end]} is the paragraph; absent
 * parts are {@code null}. Jackson 3 ({@code tools.jackson}) is used so that the library never
 * collides with the Jackson 2 that Apache Spark pins.
 *
 * @since 0.1
 */
public final class ArticleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .rootValueSeparator((String) null)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                    .build())
            .build();

    private ArticleJson() {
    }

    /**
     * Returns the article as one compact JSON object.
     *
     * @param article the article
     * @return the JSON text, without a line break
     */
    public static String toJson(Article article) {
        return toJson(article, null);
    }

    /**
     * Returns the article as one compact JSON object whose paragraphs also carry their sentences:
     * {@code "sentences": [{"text", "start", "end"}]}, with code point offsets as for paragraphs.
     * Reading it back ignores the sentences, which are derived from the text.
     *
     * @param article   the article
     * @param sentences the segmenter to split paragraphs with
     * @return the JSON text, without a line break
     */
    public static String toJson(Article article, SentenceSegmenter sentences) {
        StringWriter out = new StringWriter(article.bodyText().length() + 512);
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            write(article, generator, sentences);
        }
        return out.toString();
    }

    /**
     * Returns the article as a JSON tree in the documented shape, without writing text: for tools
     * that map the JSON contract onto their own types (a Spark row, a database record, a template).
     *
     * <pre>{@code
     * JsonNode tree = ArticleJson.toTree(article, null);
     * tree.get("paragraphs").get(0).get("start").asInt(); // a code point offset, as in toJson
     * }</pre>
     *
     * @param article   the article
     * @param sentences the segmenter whose sentences the paragraphs carry, or {@code null} for none
     * @return the tree, as {@link #fromJson(String)} reads and {@link #toJson(Article)} writes it
     * @since 0.5
     */
    public static JsonNode toTree(Article article, SentenceSegmenter sentences) {
        // Tokens, not text: no characters are encoded and parsed again.
        try (TokenBuffer tokens = TokenBuffer.forGeneration()) {
            write(article, tokens, sentences);
            return MAPPER.readTree(tokens);
        }
    }

    /**
     * Returns why a file has no article, as one compact JSON object:
     * {@code {"path", "code", "message", "line", "column", "offset"}}, with {@code null} for a
     * missing position. The CLI's {@code --errors} file holds one per line.
     *
     * @param path    the file, as given
     * @param failure why it has no article
     * @return the JSON text, without a line break
     */
    public static String failureToJson(String path, FileFailure failure) {
        StringWriter out = new StringWriter(128 + failure.message().length());
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("path", path);
            g.writeStringProperty("code", failure.code());
            g.writeStringProperty("message", failure.message());
            if (failure.hasPosition()) {
                g.writeNumberProperty("line", failure.line());
                g.writeNumberProperty("column", failure.column());
            } else {
                g.writeNullProperty("line");
                g.writeNullProperty("column");
            }
            if (failure.offset() >= 0) {
                g.writeNumberProperty("offset", failure.offset());
            } else {
                g.writeNullProperty("offset");
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    /**
     * Reads an article from one JSON object in the documented shape.
     *
     * @param json the JSON text
     * @return the article
     * @throws IllegalArgumentException if the text is not JSON or not an article in the documented shape
     */
    public static Article fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid article JSON: " + e.getOriginalMessage(), e);
        }
        return ArticleJsonReader.read(root);
    }

    /**
     * Returns a writer of JSON Lines: one compact JSON object and a line feed per article.
     *
     * @param out where to write; closed when the returned writer is closed
     * @return the writer
     */
    public static JsonLinesWriter jsonLinesWriter(Writer out) {
        return new JsonLinesWriter(MAPPER.createGenerator(out), out, ArticleJson::write);
    }

    /**
     * Returns a writer of JSON Lines in UTF-8 bytes: faster than a {@link Writer} when the
     * destination is a file or a pipe, since no separate character encoding pass is needed.
     *
     * @param out where to write; closed when the returned writer is closed
     * @return the writer
     */
    public static JsonLinesWriter jsonLinesWriter(OutputStream out) {
        return new JsonLinesWriter(MAPPER.createGenerator(out), out, ArticleJson::write);
    }

    /**
     * Returns a writer of JSON Lines whose paragraphs also carry their sentences, as
     * {@link #toJson(Article, SentenceSegmenter)} writes them.
     *
     * @param out       where to write; closed when the returned writer is closed
     * @param sentences the segmenter to split paragraphs with
     * @return the writer
     */
    public static JsonLinesWriter jsonLinesWriter(Writer out, SentenceSegmenter sentences) {
        return new JsonLinesWriter(MAPPER.createGenerator(out), out,
                (article, generator) -> write(article, generator, sentences));
    }

    /**
     * Returns a writer of JSON Lines in UTF-8 bytes whose paragraphs also carry their sentences.
     *
     * @param out       where to write; closed when the returned writer is closed
     * @param sentences the segmenter to split paragraphs with
     * @return the writer
     */
    public static JsonLinesWriter jsonLinesWriter(OutputStream out, SentenceSegmenter sentences) {
        return new JsonLinesWriter(MAPPER.createGenerator(out), out,
                (article, generator) -> write(article, generator, sentences));
    }

    /**
     * Reads JSON Lines lazily, one article per non-blank line. Close the stream to close the reader.
     *
     * @param in the JSON Lines text
     * @return a sequential stream of articles
     * @throws IllegalArgumentException from the stream's operations if a line is not an article
     * @throws UncheckedIOException     from the stream's operations if reading fails
     */
    public static Stream<Article> readJsonLines(Reader in) {
        BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        return lines.lines()
                .filter(line -> !line.isBlank())
                .map(ArticleJson::fromJson)
                .onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The shared mapper: compact output, no root separator, the target left open. */
    static JsonMapper mapper() {
        return MAPPER;
    }

    static void write(Article article, JsonGenerator g) {
        write(article, g, null);
    }

    /** Writes one article; with a segmenter (not null), paragraphs carry their sentences. */
    private static void write(Article article, JsonGenerator g, SentenceSegmenter segmenter) {
        Offsets offsets = article.format() == WireFormat.VNS ? new Offsets() : Offsets.NONE;
        g.writeStartObject();
        writeOptional(g, Names.SOURCE, article.source());
        if (article.item().isPresent()) {
            writeNumber(g, Names.ITEM, article.item().get());
        }
        writeString(g, Names.FORMAT, article.format().id());
        EnvelopeJson.write(article.envelope(), g);
        writeOptional(g, Names.DATE, article.date().map(LocalDate::toString));
        writeOptional(g, Names.BYLINE, article.byline());
        if (article.translator().isPresent()) {
            writeString(g, Names.TRANSLATOR, article.translator().get());
        }
        boolean bylineAtEnd = article.isBylineAtEnd();
        if (article.bylineSpan().isPresent()) {
            // Code points before the byline: those of the texts before it (all of them for one at the end).
            SourceSpan span = article.bylineSpan().get();
            int before = bylineAtEnd ? supplementaryBeforeTail(article) : 0;
            int inside = Offsets.supplementaryCodePoints(article.byline().orElse(""))
                    + Offsets.supplementaryCodePoints(article.translator().orElse(""));
            g.writeName(Names.BYLINE_SPAN);
            g.writeStartObject();
            writeNumber(g, Names.START, offsets.toCodePoints(span.start()) - before);
            writeNumber(g, Names.END, offsets.toCodePoints(span.end()) - before - inside);
            writeNumber(g, Names.LINE, span.line());
            writeNumber(g, Names.COLUMN, span.column());
            g.writeEndObject();
        }
        if (!bylineAtEnd) {
            article.byline().ifPresent(offsets::skip);
        }
        g.writeName(Names.DATELINE);
        if (article.dateline().isPresent()) {
            Dateline dateline = article.dateline().get();
            g.writeStartObject();
            writeString(g, Names.PLACE, dateline.place());
            writeOptional(g, Names.COUNTRY, dateline.country());
            writeOptional(g, Names.DATE, dateline.date());
            writeOptional(g, Names.AGENCY, dateline.agency());
            writeOptional(g, Names.DASH, dateline.dash().map(Dash::symbol));
            if (dateline.text().isPresent()) {
                writeString(g, Names.TEXT, dateline.text().get());
            }
            g.writeEndObject();
            offsets.skip(dateline.place());
            dateline.country().ifPresent(offsets::skip);
            dateline.date().ifPresent(offsets::skip);
            dateline.agency().ifPresent(offsets::skip);
        } else {
            g.writeNull();
        }
        g.writeName(Names.PARAGRAPHS);
        g.writeStartArray();
        SourceBytes.Cursor source = sourceCursor(article, g);
        // Spans count the captured texts before them in the text's order: a sign-off that stands
        // before a paragraph (a trailing name) is counted when that paragraph is reached.
        int signOffStart = article.attribution().map(a -> a.span().start()).orElse(Integer.MAX_VALUE);
        int[] signOffCodePoints = null;
        for (Paragraph paragraph : article.paragraphs()) {
            if (signOffCodePoints == null && paragraph.span().start() > signOffStart && offsets != Offsets.NONE) {
                String credit = article.attribution().get().text();
                int start = offsets.toCodePoints(signOffStart);
                signOffCodePoints = new int[] {start, start + credit.codePointCount(0, credit.length())};
                offsets.skip(credit);
            }
            g.writeStartObject();
            if (source == null) {
                writeString(g, Names.TEXT, paragraph.text());
            } else {
                writeFromSource(g, paragraph.span(), source);
            }
            int start = offsets.toCodePoints(paragraph.span().start());
            writeSpan(g, paragraph.span(), paragraph.text(), offsets);
            if (paragraph.kind() != Paragraph.Kind.PARAGRAPH) {
                writeString(g, Names.KIND, paragraph.kind().id());
            }
            if (segmenter != null) {
                writeSentences(g, paragraph, start, segmenter);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName(Names.ATTRIBUTION);
        if (article.attribution().isPresent()) {
            Attribution attribution = article.attribution().get();
            g.writeStartObject();
            writeString(g, Names.TEXT, attribution.text());
            g.writeName(Names.AGENCIES);
            g.writeStartArray();
            for (String agency : attribution.agencies()) {
                g.writeString(agency);
            }
            g.writeEndArray();
            writeOptional(g, Names.DASH, attribution.dash().map(Dash::symbol));
            if (signOffCodePoints == null) {
                writeSpan(g, attribution.span(), attribution.text(), offsets);
            } else {
                writeNumber(g, Names.START, signOffCodePoints[0]);
                writeNumber(g, Names.END, signOffCodePoints[1]);
                writeNumber(g, Names.LINE, attribution.span().line());
                writeNumber(g, Names.COLUMN, attribution.span().column());
            }
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        writeOptional(g, Names.END_MARK, article.endMark());
        if (article.markup().isPresent()) {
            writeString(g, Names.MARKUP, article.markup().get());
        }
        g.writeName(Names.DIAGNOSTICS);
        g.writeStartArray();
        for (Diagnostic diagnostic : article.diagnostics()) {
            g.writeStartObject();
            writeString(g, Names.SEVERITY, diagnostic.severity().label());
            writeString(g, Names.CODE, diagnostic.code().id());
            writeString(g, Names.MESSAGE, diagnostic.message());
            writeNumber(g, Names.LINE, diagnostic.line());
            writeNumber(g, Names.COLUMN, diagnostic.column());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Supplementary code points in the captured texts that stand before an end-of-story byline. */
    private static int supplementaryBeforeTail(Article article) {
        int count = 0;
        if (article.dateline().isPresent()) {
            Dateline d = article.dateline().get();
            count += Offsets.supplementaryCodePoints(d.place());
            count += d.country().map(Offsets::supplementaryCodePoints).orElse(0);
            count += d.date().map(Offsets::supplementaryCodePoints).orElse(0);
            count += d.agency().map(Offsets::supplementaryCodePoints).orElse(0);
        }
        for (Paragraph paragraph : article.paragraphs()) {
            count += Offsets.supplementaryCodePoints(paragraph.text());
        }
        return count + article.attribution().map(a -> Offsets.supplementaryCodePoints(a.text())).orElse(0);
    }

    private static void writeSentences(JsonGenerator g, Paragraph paragraph, int paragraphStart,
            SentenceSegmenter segmenter) {
        String text = paragraph.text();
        g.writeName(Names.SENTENCES);
        g.writeStartArray();
        int at = 0;
        int codePoints = paragraphStart;
        for (Sentence sentence : segmenter.sentences(paragraph)) {
            int start = sentence.span().start() - paragraph.span().start();
            int end = sentence.span().end() - paragraph.span().start();
            codePoints += Character.codePointCount(text, at, start);
            g.writeStartObject();
            writeString(g, Names.TEXT, sentence.text());
            writeNumber(g, Names.START, codePoints);
            codePoints += Character.codePointCount(text, start, end);
            writeNumber(g, Names.END, codePoints);
            g.writeEndObject();
            at = end;
        }
        g.writeEndArray();
    }

    /**
     * A cursor over the bytes the article was parsed from, when they are offered (by the parser,
     * on this thread, for this very article: see {@code SourceBytes}) and the output is UTF-8
     * bytes; else null.
     */
    private static SourceBytes.Cursor sourceCursor(Article article, JsonGenerator g) {
        if (!(g instanceof UTF8JsonGenerator)) {
            return null;
        }
        SourceBytes source = SourceBytes.of(article);
        return source == null ? null : source.cursor();
    }

    /**
     * Writes a paragraph's text as the bytes it was decoded from: copied as they are when none
     * needs escaping, else escaped by the generator, in either case without encoding its chars
     * again (the largest cost of writing JSON Lines from a corpus).
     */
    private static void writeFromSource(JsonGenerator g, SourceSpan span, SourceBytes.Cursor source) {
        byte[] bytes = source.bytes();
        int start = source.moveTo(span.start());
        int end = source.moveTo(span.end());
        g.writeName(Names.TEXT);
        if (source.escapes()) {
            g.writeUTF8String(bytes, start, end - start);
        } else {
            g.writeRawUTF8String(bytes, start, end - start);
        }
    }

    private static void writeSpan(JsonGenerator g, SourceSpan span, String text, Offsets offsets) {
        writeNumber(g, Names.START, offsets.toCodePoints(span.start()));
        offsets.skip(text);
        writeNumber(g, Names.END, offsets.toCodePoints(span.end()));
        writeNumber(g, Names.LINE, span.line());
        writeNumber(g, Names.COLUMN, span.column());
    }

    private static void writeOptional(JsonGenerator g, SerializableString name, Optional<String> value) {
        g.writeName(name);
        if (value.isPresent()) {
            g.writeString(value.get());
        } else {
            g.writeNull();
        }
    }

    private static void writeString(JsonGenerator g, SerializableString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private static void writeNumber(JsonGenerator g, SerializableString name, int value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    /**
     * The property names, encoded once: a name given as a {@code String} is escaped and encoded
     * again at every write, which cost as much as the numbers it names.
     */
    private static final class Names {
        static final SerializableString AGENCIES = new SerializedString("agencies");
        static final SerializableString AGENCY = new SerializedString("agency");
        static final SerializableString ATTRIBUTION = new SerializedString("attribution");
        static final SerializableString BYLINE = new SerializedString("byline");
        static final SerializableString TRANSLATOR = new SerializedString("translator");
        static final SerializableString BYLINE_SPAN = new SerializedString("bylineSpan");
        static final SerializableString CODE = new SerializedString("code");
        static final SerializableString COLUMN = new SerializedString("column");
        static final SerializableString COUNTRY = new SerializedString("country");
        static final SerializableString DASH = new SerializedString("dash");
        static final SerializableString DATE = new SerializedString("date");
        static final SerializableString DATELINE = new SerializedString("dateline");
        static final SerializableString DIAGNOSTICS = new SerializedString("diagnostics");
        static final SerializableString END = new SerializedString("end");
        static final SerializableString END_MARK = new SerializedString("endMark");
        static final SerializableString FORMAT = new SerializedString("format");
        static final SerializableString ITEM = new SerializedString("item");
        static final SerializableString KIND = new SerializedString("kind");
        static final SerializableString LINE = new SerializedString("line");
        static final SerializableString MARKUP = new SerializedString("markup");
        static final SerializableString MESSAGE = new SerializedString("message");
        static final SerializableString PARAGRAPHS = new SerializedString("paragraphs");
        static final SerializableString PLACE = new SerializedString("place");
        static final SerializableString SENTENCES = new SerializedString("sentences");
        static final SerializableString SEVERITY = new SerializedString("severity");
        static final SerializableString SOURCE = new SerializedString("source");
        static final SerializableString START = new SerializedString("start");
        static final SerializableString TEXT = new SerializedString("text");

        private Names() {
        }
    }
}
