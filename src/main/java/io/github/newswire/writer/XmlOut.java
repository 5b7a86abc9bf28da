package io.github.newswire.writer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams an XML document through the JDK's {@link XMLStreamWriter}, with what both XML writers
 * need on top: an indented layout for the elements that hold elements (never inside mixed text),
 * text and attribute values cleared of the characters XML 1.0 cannot hold, and the two ways the
 * IPTC standards write times.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** NITF's {@code norm}: ISO 8601 basic, {@code 20241114T083000+0700}. */
    private static final DateTimeFormatter NITF_NORM = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssxx", Locale.ROOT);
    /** XML Schema's {@code dateTime}, with seconds always: {@code 2024-11-14T08:30:00+07:00}. */
    private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX",
            Locale.ROOT);

    private final XMLStreamWriter xml;
    private int depth;

    XmlOut(Writer out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer cannot be made", e);
        }
    }

    /** The XML declaration; the document is written as UTF-8 by whoever encodes the characters. */
    XmlOut declaration() {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens an element on a line of its own. */
    XmlOut open(String name) {
        try {
            indent();
            xml.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens the root element in its default namespace. */
    XmlOut openRoot(String name, String namespace) {
        return openInNamespace(name, namespace, false);
    }

    /** Opens an element in its own default namespace, on a line of its own: NITF inside NewsML-G2. */
    XmlOut openNested(String name, String namespace) {
        return openInNamespace(name, namespace, true);
    }

    private XmlOut openInNamespace(String name, String namespace, boolean onItsOwnLine) {
        try {
            if (onItsOwnLine) {
                indent();
            }
            xml.writeStartElement("", name, namespace);
            xml.writeDefaultNamespace(namespace);
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens an element inline, where text may stand beside it. */
    XmlOut openInline(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Closes an element opened inline. */
    XmlOut closeInline() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Writes an attribute of the element just opened; a null value writes nothing. */
    XmlOut attribute(String name, Object value) {
        if (value != null) {
            try {
                xml.writeAttribute(name, clean(value.toString()));
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }
        return this;
    }

    /**
     * A language as XML and NewsML-G2 take it ({@code en}, {@code en-GB}; an underscore read as a
     * hyphen), or null when the value is no such tag ({@code Vietnamese}, {@code en US}).
     */
    static String languageTag(String language) {
        if (language == null) {
            return null;
        }
        String tag = language.replace('_', '-');
        // Subtags of one to eight ASCII letters, digits allowed after the first: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
        int part = 0;
        boolean first = true;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-') {
                if (part == 0) {
                    return null;
                }
                part = 0;
                first = false;
            } else if (c >= 0x80 || !(Character.isLetter(c) || !first && Character.isDigit(c)) || ++part > 8) {
                return null;
            }
        }
        return part == 0 ? null : tag;
    }

    /** Writes {@code xml:lang} on the element just opened; a value that is no language tag writes nothing. */
    XmlOut lang(String language) {
        language = languageTag(language);
        if (language != null) {
            try {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", clean(language));
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }
        return this;
    }

    /** Writes text inside the element just opened. */
    XmlOut text(String text) {
        try {
            xml.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Closes the element last opened with {@link #open}, on a line of its own if it held elements. */
    XmlOut close(boolean heldElements) {
        try {
            depth--;
            if (heldElements) {
                indent();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** An element holding only text, on a line of its own. */
    XmlOut element(String name, String text) {
        open(name).text(text);
        return close(false);
    }

    /** An empty element with one attribute, on a line of its own. */
    XmlOut empty(String name, String attribute, Object value) {
        open(name).attribute(attribute, value);
        return close(false);
    }

    /** Ends the document and flushes it to the writer. */
    void finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** What writes a whole document to a writer. */
    interface Document {
        void writeTo(Writer out) throws IOException;
    }

    /** A document written into a string. */
    static String asString(int capacity, Document document) {
        StringWriter out = new StringWriter(capacity);
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a document: its declaration, what {@code content} writes, its end; a failure of the
     * writer is its {@link IOException}.
     */
    static void write(Writer out, Consumer<XmlOut> content) throws IOException {
        XmlOut xml = new XmlOut(out);
        try {
            xml.declaration();
            content.accept(xml);
            xml.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n");
        for (int i = 0; i < depth; i++) {
            xml.writeCharacters("  ");
        }
    }

    /** A time as NITF's {@code norm} attribute writes it. */
    static String nitfNorm(OffsetDateTime time) {
        return NITF_NORM.format(time);
    }

    /** A time as XML Schema's {@code dateTime}, with its fraction of a second when it has one. */
    static String dateTime(OffsetDateTime time) {
        if (time.getNano() == 0) {
            return XSD_DATE_TIME.format(time);
        }
        // The JDK's ISO form keeps the fraction and never drops seconds when there is one.
        return time.toString();
    }

    /**
     * The text without what XML 1.0 cannot hold: controls other than tab, line feed and carriage
     * return, lone surrogates, U+FFFE and U+FFFF. The model's texts hold none of these from the
     * readers; an article built by hand may.
     */
    static String clean(String text) {
        int bad = firstUnwritable(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (writable(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!writable(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean writable(char c) {
        return c >= 0x20 ? !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                : c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Whether a value can be an {@code NMTOKEN}, kept to ASCII letters, digits and {@code . - _ :}
     * (wider letters are not all XML name characters), at least one.
     */
    static boolean isNmtoken(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean asciiAlphanumeric = c < 0x80 && Character.isLetterOrDigit(c);
            if (!asciiAlphanumeric && c != '.' && c != '-' && c != '_' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return new UncheckedIOException(cause instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
}
