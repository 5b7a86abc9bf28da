/**
 * newswire reads news wire files into immutable {@link io.github.newswire.model.Article}s; this
 * package holds its one-line entry point, {@link io.github.newswire.NewsWire}.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * article.dateline().map(Dateline::place);           // Optional[LIMA]
 * article.attribution().map(Attribution::agencies);  // Optional[[VNS]]
 * }</pre>
 *
 * <p>The packages are the map: {@link io.github.newswire.model} (what a parse gives),
 * {@link io.github.newswire.parser} (reading one file, and the parts of the VNS reader),
 * {@link io.github.newswire.corpus} (many files, directories and archives),
 * {@link io.github.newswire.writer} (wire text out) and {@link io.github.newswire.json} (JSON,
 * JSON Lines and ninjs out).
 *
 * @since 0.1
 */
package io.github.newswire;
