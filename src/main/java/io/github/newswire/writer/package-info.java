/**
 * Wire text out: an {@link io.github.newswire.model.Article} written back as VNS text
 * ({@link io.github.newswire.writer.ArticleWriter}), as an ANPA 1312 transmission
 * ({@link io.github.newswire.writer.Anpa1312Writer}) or as an IPTC 7901 transmission
 * ({@link io.github.newswire.writer.Iptc7901Writer}). What the parser reads back from a writer's
 * output is the article it was given. JSON and ninjs are written by {@link io.github.newswire.json}.
 *
 * <pre>{@code
 * String text = new ArticleWriter().write(NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt")));
 * }</pre>
 *
 * @since 0.5
 */
package io.github.newswire.writer;
