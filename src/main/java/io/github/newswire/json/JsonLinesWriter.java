package io.github.newswire.json;

import io.github.newswire.model.Article;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes articles as JSON Lines: one compact JSON object and a line feed ({@code \n}) each, in
 * newswire's own shape ({@link ArticleJson#jsonLinesWriter(Writer)}) or as ninjs
 * ({@link NinjsWriter#jsonLinesWriter(Writer)}).
 * Not thread-safe; write from one thread, or give each thread its own writer.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = ArticleJson.jsonLinesWriter(new OutputStreamWriter(System.out, UTF_8))) {
 *     for (Path file : files) {
 *         out.write(NewsWire.parse(file));
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final JsonGenerator generator;
    private final Flushable flushTarget;
    private final Closeable closeTarget;
    private final BiConsumer<Article, JsonGenerator> format;

    <T extends Closeable & Flushable> JsonLinesWriter(JsonGenerator generator, T out,
            BiConsumer<Article, JsonGenerator> format) {
        this.generator = generator;
        this.flushTarget = out;
        this.closeTarget = out;
        this.format = format;
    }

    /**
     * Writes one article as one line.
     *
     * @param article the article
     * @throws UncheckedIOException if writing fails
     */
    public void write(Article article) {
        try {
            format.accept(article, generator);
            generator.writeRaw('\n');
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }

    /**
     * Flushes what was written to the underlying writer, and flushes that.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        generator.flush();
        flushTarget.flush();
    }

    /**
     * Flushes and closes the underlying writer.
     *
     * @throws IOException if flushing or closing fails
     */
    @Override
    public void close() throws IOException {
        try {
            generator.close();
        } finally {
            closeTarget.close();
        }
    }
}
