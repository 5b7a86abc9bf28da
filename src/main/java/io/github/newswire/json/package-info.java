/**
 * JSON and JSON Lines for {@link io.github.newswire.model.Article}s, with Jackson 3.
 *
 * <pre>{@code
 * String json = ArticleJson.toJson(NewsWire.parse(text));
 * Article back = ArticleJson.fromJson(json);
 * }</pre>
 *
 * <p>Start with {@link io.github.newswire.json.ArticleJson}; the shape is specified in
 * {@code docs/json.md}.
 *
 * @since 0.1
 */
package io.github.newswire.json;
