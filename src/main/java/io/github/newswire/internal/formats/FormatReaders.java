package io.github.newswire.internal.formats;

import io.github.newswire.model.WireFormat;
import java.util.List;

/**
 * Every format's reader, in the order they are asked, and the choice of one for a file: the file's
 * head is sniffed once and handed to the surest reader. VNS text is the fallback of anything that
 * is not XML, and XML that no reader knows has a reader of its own.
 */
public final class FormatReaders {

    private static final FormatReader VNS = new VnsReader();

    private static final List<FormatReader> ALL = List.of(new NitfReader(), new NewsMlG2Reader(), new NewsMlReader(),
            new NinjsReader(), new AnpaReader(), new Iptc7901Reader(), VNS, new UnknownXmlReader());

    private FormatReaders() {
    }

    /**
     * Chooses the reader of a file given as bytes. A file whose first byte cannot open a structured
     * format is VNS text without being sniffed.
     *
     * @param bytes  the file
     * @param forced the format to read it as, or null to detect it
     * @return the reader
     */
    public static FormatReader forBytes(byte[] bytes, WireFormat forced) {
        if (forced != null) {
            return of(forced);
        }
        return XmlBytes.mayBeStructured(bytes) ? detect(Sniff.of(XmlBytes.head(bytes))) : VNS;
    }

    /**
     * Chooses the reader of a file given as text.
     *
     * @param text   the file
     * @param forced the format to read it as, or null to detect it
     * @return the reader
     */
    public static FormatReader forText(CharSequence text, WireFormat forced) {
        return forced != null ? of(forced) : detect(Sniff.of(text));
    }

    /**
     * Finds the reader whose format the head shows.
     *
     * @param sniff what the head of the file shows
     * @return the surest reader; VNS text, or unknown XML, when no other is sure at all
     */
    static FormatReader detect(Sniff sniff) {
        FormatReader best = VNS;
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
     * @param format a format
     * @return its reader
     */
    public static FormatReader of(WireFormat format) {
        for (FormatReader reader : ALL) {
            if (reader.format() == format) {
                return reader;
            }
        }
        throw new IllegalArgumentException("no reader for " + format);
    }
}
