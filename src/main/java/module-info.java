/**
 * newswire: parse plain-text news wire files into immutable Articles and JSON.
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
    requires tools.jackson.databind;
    requires java.xml;
    requires org.slf4j;
    requires static info.picocli;
    requires static me.tongfei.progressbar;

    exports io.github.newswire;
    exports io.github.newswire.json;

    opens io.github.newswire.cli to info.picocli;
}
