package io.github.newswire.model;

import java.util.Optional;

/**
 * The stable identity of each problem the parser reports.
 *
 * <pre>{@code
 * if (diagnostic.code() == DiagnosticCode.INVALID_DATE) { ... }
 * String id = DiagnosticCode.INVALID_DATE.id(); // "invalid-date", as in JSON and CLI output
 * }</pre>
 *
 * <p>The kebab-case {@link #id()} of a code never changes once released; it appears in JSON,
 * in command-line messages and in {@code docs/format.md}, which has an example for each.
 *
 * @since 0.1
 */
public enum DiagnosticCode {
    /** The input holds nothing but whitespace. */
    EMPTY_INPUT("empty-input", Severity.ERROR),
    /** The input does not start with the {@code date YYYY-MM-DD} preamble. */
    MISSING_HEADER("missing-header", Severity.ERROR),
    /** The preamble's date is missing, malformed or impossible (such as {@code 2024-02-30}). */
    INVALID_DATE("invalid-date", Severity.ERROR),
    /** The preamble is not followed by any article text. */
    EMPTY_BODY("empty-body", Severity.ERROR),
    /** The last paragraph carries no agency sign-off such as {@code VNS}. */
    MISSING_ATTRIBUTION("missing-attribution", Severity.WARNING),
    /**
     * A name alone on the last line, after the sign-off ({@code … on Monday.-VNA} then
     * {@code Nguyễn Văn An}): perhaps the author, but the field surveys saw it too seldom to read it
     * as a byline, so it stays a paragraph.
     * @since 0.5
     */
    TRAILING_NAME("trailing-name", Severity.WARNING),
    /**
     * The lede opens with a bare dash ({@code – The ministry …}): a dateline whose place was lost
     * upstream. The dash is taken off the lede.
     * @since 0.2
     */
    MISSING_PLACE("missing-place", Severity.WARNING),
    /**
     * The lede opens with capitals that may be a dateline written without a dash
     * ({@code BÌNH PHƯỚC PROVINCE The …}) but name no place the parser knows; they are left in
     * the lede. {@link io.github.newswire.parser.WireParser.Builder#addPlaces(java.util.Collection)} teaches it more places.
     * @since 0.2
     */
    UNCERTAIN_DATELINE("uncertain-dateline", Severity.WARNING),
    /** Bytes that are not valid UTF-8; the message names the byte offset. */
    MALFORMED_UTF8("malformed-utf8", Severity.ERROR),
    /**
     * A malformed UTF-8 sequence was replaced by U+FFFD, because the parser was built with
     * {@link io.github.newswire.parser.WireParser.Builder#replaceMalformedInput(boolean) replaceMalformedInput(true)}.
     */
    MALFORMED_UTF8_REPLACED("malformed-utf8-replaced", Severity.WARNING),
    /** The bytes are binary content (a NUL byte, or many control bytes), not text. */
    BINARY_INPUT("binary-input", Severity.ERROR),
    /**
     * UTF-8 text that was once read as Windows-1252 and written back as UTF-8, such as
     * {@code Viá»‡t} for {@code Việt}; repaired if the parser was built with
     * {@link io.github.newswire.parser.WireParser.Builder#repairMojibake(boolean) repairMojibake(true)}.
     */
    MOJIBAKE("mojibake", Severity.WARNING),
    /** The input is larger than the parser's {@link io.github.newswire.parser.WireParser.Builder#maxInputBytes(int) limit}. */
    INPUT_TOO_LARGE("input-too-large", Severity.ERROR),
    /** A line is longer than the parser's {@link io.github.newswire.parser.WireParser.Builder#maxLineLength(int) limit}. */
    LINE_TOO_LONG("line-too-long", Severity.ERROR),
    /** The body has more paragraphs than the parser's {@link io.github.newswire.parser.WireParser.Builder#maxParagraphs(int) limit}. */
    TOO_MANY_PARAGRAPHS("too-many-paragraphs", Severity.ERROR),
    /**
     * More diagnostics of one code than are listed for one article; this one says how many
     * more there were.
     */
    MORE_DIAGNOSTICS("more-diagnostics", Severity.WARNING),
    /**
     * The file is XML or JSON that no reader knows (an RSS feed, say), or a format forced by
     * {@link io.github.newswire.parser.WireParser.Builder#inputFormat(WireFormat)} that the content does not match.
     * @since 0.4
     */
    UNKNOWN_FORMAT("unknown-format", Severity.ERROR),
    /** The XML is not well-formed; the message quotes the XML parser's reason. @since 0.4 */
    MALFORMED_XML("malformed-xml", Severity.ERROR),
    /** The JSON is not well-formed. @since 0.4 */
    MALFORMED_JSON("malformed-json", Severity.ERROR),
    /**
     * A document type declaration declares entities or other markup. newswire never reads DTDs
     * (no expansion, no external fetch), so such entities stay unexpanded; the file is refused in
     * strict mode. A plain {@code <!DOCTYPE nitf SYSTEM "nitf.dtd">} is ignored without a word.
     * @since 0.4
     */
    DTD_DECLARATIONS("dtd-declarations", Severity.ERROR),
    /** An entity reference that is neither XML's nor HTML's ({@code &foo;}); it is kept as written. @since 0.4 */
    UNKNOWN_ENTITY("unknown-entity", Severity.WARNING),
    /** Elements nested deeper than the limit (256): refused, since no wire format needs it. @since 0.4 */
    TOO_DEEP("too-deep", Severity.ERROR),
    /**
     * The file declares one encoding (ISO-8859-1, say) but its bytes are valid UTF-8 with
     * non-ASCII characters; it is read as UTF-8, which is what such feeds mean.
     * @since 0.4
     */
    ENCODING_MISMATCH("encoding-mismatch", Severity.WARNING),
    /** The file declares an encoding Java does not know. @since 0.4 */
    UNKNOWN_ENCODING("unknown-encoding", Severity.ERROR),
    /** A date and time without a zone offset; it is read as UTC. @since 0.4 */
    NAIVE_TIME("naive-time", Severity.WARNING),
    /** A value that cannot be read as its field needs (a time, a number, a status); the field is left empty. @since 0.4 */
    INVALID_VALUE("invalid-value", Severity.WARNING),
    /** The file holds no news item (an empty {@code itemSet}, say). @since 0.4 */
    NO_ITEMS("no-items", Severity.ERROR),
    /**
     * The file holds several items and a method that returns one was called: it returns the
     * first; {@link io.github.newswire.parser.WireParser#parseItems(byte[])} returns them all.
     * @since 0.4
     */
    MORE_ITEMS("more-items", Severity.WARNING),
    /**
     * A transmission message that stops early: no {@code STX} (a header only) or no {@code ETX}
     * (the text runs to where the transmission stops). What is there is read.
     * @since 0.4
     */
    TRUNCATED_MESSAGE("truncated-message", Severity.ERROR),
    /**
     * The bytes of a transmission (ANPA 1312, IPTC 7901) go beyond ASCII and say nothing of their
     * encoding: they are read as UTF-8 when they are valid UTF-8, else as ISO-8859-1 (the formats'
     * own character set); the message says which.
     * @since 0.4
     */
    ENCODING_GUESS("encoding-guess", Severity.WARNING),
    /** A transmission of more messages than are read from one file (100,000); the rest is not read. @since 0.4 */
    TOO_MANY_ITEMS("too-many-items", Severity.ERROR);

    private final String id;
    private final Severity defaultSeverity;

    DiagnosticCode(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /**
     * Returns the stable kebab-case identifier.
     *
     * @return the identifier, such as {@code "invalid-date"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity the parser reports this code with.
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Finds the code with the given identifier.
     *
     * @param id a kebab-case identifier such as {@code "invalid-date"}
     * @return the code, or empty if no code has that identifier
     */
    public static Optional<DiagnosticCode> fromId(String id) {
        for (DiagnosticCode code : values()) {
            if (code.id.equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
