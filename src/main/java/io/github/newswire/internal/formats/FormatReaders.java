package io.github.newswire.internal.formats;

import io.github.newswire.WireFormat;

import java.util.List;

/** The readers of the structured formats, in the order they are asked; VNS text is the fallback. */
public final class FormatReaders {

    private static final List<FormatReader> ALL = List.of(new NitfReader(), new NewsMlG2Reader(), new NewsMlReader(),
            new NinjsReader(), new AnpaReader(), new Iptc7901Reader());

    private FormatReaders() {
    }

    /**
     * Finds the reader whose format the head shows.
     *
     * @param sniff what the head of the file shows
     * @return the surest reader, or null if none is sure at all (the file is VNS text)
     */
    public static FormatReader detect(Sniff sniff) {
        FormatReader best = null;
        int bestScore = 0;
        for (FormatReader reader : ALL) {
            int score = reader.detect(sniff);
            if (score > bestScore) {
                best = reader;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Returns the reader of a format.
     *
     * @param format a structured format
     * @return its reader, or null for VNS text, which the parser reads itself
     */
    public static FormatReader of(WireFormat format) {
        for (FormatReader reader : ALL) {
            if (reader.format() == format) {
                return reader;
            }
        }
        return null;
    }
}
