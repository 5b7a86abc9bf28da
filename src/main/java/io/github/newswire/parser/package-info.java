/**
 * Reading one wire file: {@link io.github.newswire.parser.WireParser}, built once with its options
 * and shared, finds a file's format from its content and reads its items; strict mode throws
 * {@link io.github.newswire.parser.WireParseException}.
 *
 * <pre>{@code
 * WireParser parser = WireParser.builder().strict(true).build();
 * List<Article> items = parser.parseItems(Path.of("src/test/resources/formats/newsml-g2-message.xml"));
 * }</pre>
 *
 * <p>The parts of the VNS reader can be used alone: {@link io.github.newswire.parser.HeaderParser}
 * for the {@code date} preamble, {@link io.github.newswire.parser.BodySegmenter} for paragraphs and
 * {@link io.github.newswire.parser.AttributionDetector} for the agency sign-off;
 * {@link io.github.newswire.parser.SentenceSegmenter} splits paragraphs into sentences.
 *
 * @since 0.5
 */
package io.github.newswire.parser;
