/**
 * Parse plain-text news wire files into immutable {@link io.github.newswire.Article}s.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * article.dateline().map(Dateline::place);           // Optional[LIMA]
 * article.attribution().map(Attribution::agencies);  // Optional[[VNS]]
 * }</pre>
 *
 * <p>Start with {@link io.github.newswire.NewsWire} for one-line use, or
 * {@link io.github.newswire.WireParser} for options (strict mode, agencies, limits). The parser
 * is composed of three parts that can also be used alone: {@link io.github.newswire.HeaderParser}
 * for the {@code date} preamble, {@link io.github.newswire.BodySegmenter} for paragraphs and
 * {@link io.github.newswire.AttributionDetector} for the agency sign-off.
 * {@link io.github.newswire.ArticleWriter} renders an article back into wire text.
 *
 * @since 0.1
 */
package io.github.newswire;
