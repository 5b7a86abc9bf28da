package io.github.newswire;

import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one-line entry point: parse a news wire file into an {@link Article}.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Files.readString(Path.of("seeds/000_fe963ccaa630d856.txt")));
 * System.out.println(article.date().orElseThrow());                  // 2024-11-14
 * System.out.println(article.dateline().orElseThrow().place());      // LIMA
 * System.out.println(article.paragraphs().size());                   // 11
 * System.out.println(article.attribution().orElseThrow().agencies()); // [VNS]
 * }</pre>
 *
 * <p>These methods use a shared lenient {@link WireParser} with the default options: problems
 * become {@link Article#diagnostics() diagnostics} rather than exceptions. For strict mode, other
 * agencies or other limits, build a parser with {@link WireParser#builder()}.
 *
 * @since 0.1
 */
public final class NewsWire {

    private static final WireParser DEFAULT_PARSER = WireParser.builder().build();

    private NewsWire() {
    }

    /**
     * Parses a wire file held as text.
     *
     * @param text the whole file
     * @return the article, with spans into {@code text}
     * @throws WireParseException if the text is over the default size limit (16 MiB)
     */
    public static Article parse(String text) {
        return DEFAULT_PARSER.parse(text);
    }

    /**
     * Parses a wire file held as UTF-8 bytes.
     *
     * @param utf8 the whole file
     * @return the article
     * @throws WireParseException if the bytes are not UTF-8 or over the default size limit
     */
    public static Article parse(byte[] utf8) {
        return DEFAULT_PARSER.parse(utf8);
    }

    /**
     * Reads and parses a UTF-8 wire file.
     *
     * @param file the file
     * @return the article, whose source is the path
     * @throws IOException        if the file cannot be read
     * @throws WireParseException if the file is not UTF-8 or over the default size limit
     */
    public static Article parse(Path file) throws IOException {
        return DEFAULT_PARSER.parse(file);
    }

    /**
     * Returns the shared lenient parser with default options that the {@code parse} methods use.
     *
     * @return the default parser
     */
    public static WireParser parser() {
        return DEFAULT_PARSER;
    }
}
