package io.github.newswire.internal.formats;

import io.github.newswire.internal.vns.Gazetteer;
import io.github.newswire.internal.vns.SignOff;
import java.time.Clock;

/**
 * What a parser's options tell its readers: built once per parser from its builder, shared by every
 * read, immutable.
 *
 * @param strict                whether the first error throws
 * @param maxLineLength         the longest line a text reader accepts
 * @param maxParagraphs         the most paragraphs read for one item
 * @param replaceMalformedInput whether bytes that are not UTF-8 are replaced and reported instead of thrown
 * @param repairMojibake        whether VNS text has its mojibake repaired before it is read
 * @param signOff               the agencies a VNS story may be signed off by
 * @param gazetteer             the places a VNS dateline may name
 * @param clock                 the clock whose day completes dates written without a year
 */
public record ReadOptions(boolean strict, int maxLineLength, int maxParagraphs, boolean replaceMalformedInput,
        boolean repairMojibake, SignOff signOff, Gazetteer gazetteer, Clock clock) {
}
