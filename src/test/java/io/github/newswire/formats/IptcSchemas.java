package io.github.newswire.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IPTC's NewsML-G2 2.35 and NITF 3.6 schemas, from {@code src/test/resources/iptc}, with every
 * import resolved from that folder: validation never reaches the network. NITF 3.6 includes a
 * schema for ruby annotations that the IPTC ships apart and that no fixture uses; it resolves to
 * an empty schema of the NITF namespace.
 */
public final class IptcSchemas {

    static final Path FOLDER = Path.of("src", "test", "resources", "iptc");
    private static final String NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/";

    private static final Schema SCHEMA = load();

    private IptcSchemas() {
    }

    private static Schema load() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new LocalResolver());
            return factory.newSchema(new Source[] {
                new StreamSource(FOLDER.resolve("NewsML-G2_2.35-spec-All-Power.xsd").toFile()),
                new StreamSource(FOLDER.resolve("nitf-3-6.xsd").toFile())});
        } catch (SAXException e) {
            throw new IllegalStateException("the IPTC schemas do not load: " + e.getMessage(), e);
        }
    }

    /**
     * Validates a document.
     *
     * @param file the document
     * @return the schema's complaints, each with its line; empty if the document is valid
     */
    public static List<String> problems(Path file) {
        return problems(new StreamSource(file.toFile()));
    }

    /**
     * Validates a document held as text.
     *
     * @param xml the document
     * @return the schema's complaints, each with its line; empty if the document is valid
     */
    public static List<String> problems(String xml) {
        return problems(new StreamSource(new StringReader(xml)));
    }

    private static List<String> problems(StreamSource source) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add("warning " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(source);
        } catch (SAXException e) {
            problems.add("fatal: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Resolves the schemas' imports and includes from the local folder, and nothing else. */
    private static final class LocalResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String base) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            if (name.equals("nitf-3-6-ruby-include.xsd")) {
                return new Input(publicId, systemId, "<schema xmlns=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\""
                        + NITF_NAMESPACE + "\"/>");
            }
            Path local = FOLDER.resolve(name);
            if (!Files.isRegularFile(local)) {
                throw new IllegalStateException("a schema asks for " + systemId + ", which is not in " + FOLDER);
            }
            try {
                return new Input(publicId, local.toUri().toString(), Files.readString(local));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A schema document handed over as text. */
    private record Input(String publicId, String systemId, String text) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return new StringReader(text);
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return text;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }

}
