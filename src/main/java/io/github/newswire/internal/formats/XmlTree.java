package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.internal.Resources;
import io.github.newswire.model.DiagnosticCode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds an {@link Element} tree from decoded XML with the JDK's StAX parser, safely: no DTD is
 * processed, no entity is expanded from a declaration, nothing is fetched, and depth is limited.
 * Entities that HTML defines ({@code &nbsp;}, {@code &eacute;}), which NITF files use without
 * declaring them, are decoded from HTML's table; others stay as written, with a warning.
 */
public final class XmlTree {

    /** The deepest nesting read; no wire format comes near it. */
    public static final int MAX_DEPTH = 256;

    private static final Map<String, String> HTML_ENTITIES = htmlEntities();

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlTree::newFactory);

    private XmlTree() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused [" + systemId + "]");
        });
        return factory;
    }

    static Map<String, String> htmlEntities() {
        Map<String, String> table = new HashMap<>();
        for (String line : Resources.lines(XmlTree.class, "html-entities.txt")) {
            int space = line.indexOf(' ');
            table.put(line.substring(0, space), Character.toString(Integer.parseInt(line.substring(space + 1), 16)));
        }
        return Map.copyOf(table);
    }

    /**
     * Decodes an HTML entity name.
     *
     * @param name the name without {@code &} and {@code ;}
     * @return the character(s), or null if HTML 4 does not define the name
     */
    static String htmlEntity(String name) {
        return HTML_ENTITIES.get(name);
    }

    /**
     * Parses a document. A document that is not well-formed is reported ({@code malformed-xml})
     * and read up to the fault, its open elements closed there.
     *
     * @param text     the decoded document
     * @param problems where problems go
     * @return a synthetic root element (named "") whose children are the document's root element
     */
    public static Element parse(String text, Problems problems) {
        Element document = new Element("", "", null, 0, 1, 1);
        List<Element> open = new ArrayList<>();
        open.add(document);
        // A byte order mark kept in a String is not XML: the parser starts after it, positions count it.
        int from = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        TagCursor tags = new TagCursor(text, from);
        List<Boolean> selfClosing = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(from == 0 ? text : text.substring(from)));
            while (reader.hasNext()) {
                int event = reader.next();
                Element parent = open.get(open.size() - 1);
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        int[] tag = tags.nextStartTag();
                        if (open.size() > MAX_DEPTH) {
                            problems.report(DiagnosticCode.TOO_DEEP, "elements nested too deep [<"
                                    + reader.getLocalName() + "> at depth " + open.size() + "]: expected at most "
                                    + MAX_DEPTH + " levels; the rest of the file is not read", tag[3], tag[4], tag[0]);
                            closeAll(open, tag[0]);
                            return document;
                        }
                        Element element = new Element(reader.getLocalName(), reader.getNamespaceURI(),
                                attributes(reader), tag[0], tag[3], tag[4]);
                        parent.add(element);
                        open.add(element);
                        selfClosing.add(tag[2] == 1);
                        element.contentStart(tag[1]);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element element = open.remove(open.size() - 1);
                        if (selfClosing.remove(selfClosing.size() - 1)) {
                            element.close(element.contentStart(), element.contentStart());
                        } else {
                            int[] tag = tags.nextEndTag();
                            element.close(tag[0], tag[1]);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        parent.add(reader.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        String name = reader.getLocalName();
                        String decoded = htmlEntity(name);
                        if (decoded == null) {
                            decoded = "&" + name + ";";
                            int[] at = tags.position();
                            problems.report(DiagnosticCode.UNKNOWN_ENTITY, "unknown entity [&" + name
                                    + ";]: expected an XML or HTML entity; kept as written", at[1], at[2], at[0]);
                        }
                        parent.add(decoded);
                    }
                    case XMLStreamConstants.DTD -> checkDoctype(text, from, problems);
                    default -> {
                        // Comments and processing instructions carry nothing a reader needs.
                    }
                }
            }
        } catch (XMLStreamException e) {
            int[] at = tags.position();
            Location location = e.getLocation();
            int line = location != null && location.getLineNumber() > 0 ? location.getLineNumber() : at[1];
            int column = location != null && location.getColumnNumber() > 0 ? location.getColumnNumber() : at[2];
            problems.report(DiagnosticCode.MALFORMED_XML, "malformed XML " + Quote.near(text, at[0]) + ": "
                    + reason(e) + "; read up to here", line, column, at[0]);
            closeAll(open, at[0]);
        } catch (java.util.MissingResourceException | IllegalStateException | IllegalArgumentException
                | IndexOutOfBoundsException | NullPointerException e) {
            // The JDK's parser fails so on some broken doctypes, looking up a message it does not ship;
            // whatever it throws on input it cannot read is malformed XML to the user.
            int[] at = tags.position();
            problems.report(DiagnosticCode.MALFORMED_XML, "malformed XML " + Quote.near(text, at[0])
                    + ": expected well-formed XML (the XML parser gave up: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + Quote.oneLine(e.getMessage())) + "); read up to here",
                    at[1], at[2], at[0]);
            closeAll(open, at[0]);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Closing a reader of a string releases nothing that could fail.
                }
            }
        }
        return document;
    }

    private static void closeAll(List<Element> open, int offset) {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close(offset, offset);
        }
    }

    private static String[] attributes(XMLStreamReader reader) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return null;
        }
        String[] attributes = new String[count * 2];
        for (int i = 0; i < count; i++) {
            attributes[2 * i] = reader.getAttributeLocalName(i);
            attributes[2 * i + 1] = reader.getAttributeValue(i);
        }
        return attributes;
    }

    /** A doctype that only names a DTD is ignored; one that declares markup is refused. */
    private static void checkDoctype(String text, int from, Problems problems) {
        int doctype = text.indexOf("<!DOCTYPE", from);
        if (doctype < 0) {
            return;
        }
        int subset = -1;
        for (int i = doctype + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                subset = i;
                break;
            }
            if (c == '>') {
                return;
            }
        }
        int declaration = subset < 0 ? -1 : text.indexOf("<!", subset);
        if (declaration >= 0) {
            int end = Math.min(text.length(), declaration + 40);
            int[] at = new TagCursor(text, doctype).position();
            problems.report(DiagnosticCode.DTD_DECLARATIONS, "document type declarations ["
                    + Quote.oneLine(text.substring(declaration, end)) + "]: expected no internal DTD subset;"
                    + " declarations are never read, entities never expanded", at[1], at[2], doctype);
        }
    }

    /** The parser's reason, without its own position prefix. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = Quote.oneLine(message.strip());
        return "expected well-formed XML (" + message + ")";
    }
}
