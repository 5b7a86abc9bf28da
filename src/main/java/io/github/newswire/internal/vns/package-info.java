/**
 * The parts of the VNS text reader: the {@code date} preamble, paragraphs, the sign-off, the
 * dateline and the byline, and the places a dateline may name. The public {@code HeaderParser},
 * {@code BodySegmenter} and {@code AttributionDetector} wrap the first three. Not exported.
 */
package io.github.newswire.internal.vns;
