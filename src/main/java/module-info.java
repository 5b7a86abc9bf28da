/**
 * newswire: read news wire files of every format (VNS and VNA text, NITF, NewsML-G2, NewsML 1.2,
 * ninjs, ANPA 1312, IPTC 7901), loose, in archives or as whole corpora, into immutable Articles
 * and JSON. The exported packages are its map: {@code io.github.newswire} (the one-line entry),
 * {@code model}, {@code parser}, {@code corpus}, {@code writer} and {@code json}.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * String json = ArticleJson.toJson(article);
 * }</pre>
 *
 * @since 0.1
 */
module io.github.newswire {
    requires tools.jackson.core;
    // Transitive: ArticleJson.toTree returns a Jackson tree.
    requires transitive tools.jackson.databind;
    requires java.xml;
    requires org.slf4j;
    requires static info.picocli;
    requires static me.tongfei.progressbar;

    exports io.github.newswire;
    exports io.github.newswire.model;
    exports io.github.newswire.parser;
    exports io.github.newswire.corpus;
    exports io.github.newswire.writer;
    exports io.github.newswire.json;

    opens io.github.newswire.cli to info.picocli;
}
