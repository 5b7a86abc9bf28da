package io.github.newswire.model;

import java.util.Optional;

/**
 * The wire formats newswire reads. Files are told apart by their content, not their name; a
 * parser can also be told to read one format only.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("story.xml"));
 * article.format();                                  // NITF, found from "<nitf"
 * WireParser nitfOnly = WireParser.builder().inputFormat(WireFormat.NITF).build();
 * WireFormat.fromId("newsml-g2");                    // Optional[NEWSML_G2]
 * }</pre>
 *
 * <p>{@code docs/formats.md} describes each format and maps its elements to the model.
 *
 * @since 0.4
 */
public enum WireFormat {
    /** The plain text of Viet Nam News and the Vietnam News Agency: a {@code date} preamble, a dateline, paragraphs, a sign-off. */
    VNS("vns"),
    /** The IPTC's News Industry Text Format, an XML document with a {@code <nitf>} root (3.x). */
    NITF("nitf"),
    /** The IPTC's NewsML-G2: a {@code newsItem}, or a {@code newsMessage} of several, in the IPTC namespace. */
    NEWSML_G2("newsml-g2"),
    /** The IPTC's NewsML 1.x: a {@code <NewsML>} envelope of news items. */
    NEWSML("newsml"),
    /** The IPTC's News in JSON, versions 1.x and 2.x. */
    NINJS("ninjs"),
    /**
     * ANPA 1312, the American Newspaper Publishers Association's wire format (AP and many US and
     * Australian wires): messages framed by {@code SYN SYN SOH … STX … ETX … EOT}.
     * @since 0.4
     */
    ANPA_1312("anpa1312"),
    /**
     * IPTC 7901, the IPTC's recommended message format (dpa and other European agencies):
     * messages framed by {@code SOH … STX … ETX … EOT}.
     * @since 0.4
     */
    IPTC_7901("iptc7901");

    private final String id;

    WireFormat(String id) {
        this.id = id;
    }

    /**
     * Returns the format's name in JSON ({@code "format"}) and on the command line
     * ({@code --input-format}).
     *
     * @return the lowercase name, such as {@code newsml-g2}
     */
    public String id() {
        return id;
    }

    /**
     * Finds a format by its {@link #id() name} ({@code anpa} is accepted for {@code anpa1312}).
     *
     * @param id the name, such as {@code nitf}
     * @return the format, or empty if no format has that name
     */
    public static Optional<WireFormat> fromId(String id) {
        if ("anpa".equals(id)) {
            return Optional.of(ANPA_1312);
        }
        for (WireFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
