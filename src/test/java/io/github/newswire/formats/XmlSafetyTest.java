package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile XML, one attack a test: nothing is expanded, fetched or nested without bound, and each
 * attack is a clear diagnostic (an exception in strict mode), never a hang, a stack overflow or
 * a file's content in the output.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class XmlSafetyTest {

    private static final WireParser STRICT = WireParser.builder().strict(true).build();

    private static List<DiagnosticCode> codes(Article article) {
        return article.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void billionLaughsIsRefusedAndNothingIsExpanded() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>\n");
        Article article = NewsWire.parse(xml.toString());
        assertThat(article.format()).isEqualTo(WireFormat.NITF);
        assertThat(codes(article)).contains(DiagnosticCode.DTD_DECLARATIONS, DiagnosticCode.UNKNOWN_ENTITY);
        assertThat(article.paragraphs()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("&lol9;"));
        assertThat(article.diagnostics().get(0).message()).startsWith("document type declarations [<!ENTITY lol");
        assertThatThrownBy(() -> STRICT.parse(xml.toString())).isInstanceOf(WireParseException.class)
                .satisfies(e -> assertThat(((WireParseException) e).code()).isEqualTo(DiagnosticCode.DTD_DECLARATIONS));
    }

    @Test
    void quadraticBlowupStaysAsLargeAsTheInput() {
        String big = "x".repeat(50_000);
        StringBuilder xml = new StringBuilder("<!DOCTYPE nitf [<!ENTITY big \"" + big + "\">]>"
                + "<nitf><body><body.content><p>");
        for (int i = 0; i < 50_000; i++) {
            xml.append("&big;");
        }
        xml.append("</p></body.content></body></nitf>");
        Article article = NewsWire.parse(xml.toString());
        assertThat(codes(article)).contains(DiagnosticCode.DTD_DECLARATIONS);
        assertThat(article.bodyText().length()).isLessThanOrEqualTo(xml.length());
        assertThat(article.bodyText()).doesNotContain(big);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<nitf><head><title>&secret;</title></head><body><body.content><p>&secret;</p></body.content></body>"
                + "</nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(article.bodyText()).isEqualTo("&secret;").doesNotContain("root:");
        assertThat(article.headline()).contains("&secret;");
        assertThat(codes(article)).contains(DiagnosticCode.DTD_DECLARATIONS);
    }

    @Test
    void nothingIsFetchedFromTheNetwork() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String[] documents = {
                "<!DOCTYPE nitf SYSTEM \"" + base + "/nitf.dtd\"><nitf><body><body.content><p>a</p></body.content>"
                        + "</body></nitf>",
                "<!DOCTYPE nitf [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote;]><nitf/>",
                "<!DOCTYPE nitf [<!ENTITY e SYSTEM \"" + base + "/e.txt\">]><nitf><body><body.content><p>&e;</p>"
                        + "</body.content></body></nitf>",
                "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                        + "http://iptc.org/std/nar/2006-10-01/ " + base + "/g2.xsd\" guid=\"g\" version=\"1\"/>",
                "<nitf xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><body.content><xi:include href=\"" + base
                        + "/x.xml\" parse=\"text\"/></body.content></body></nitf>"};
            for (String document : documents) {
                NewsWire.parse(document);
                NewsWire.parse(document.getBytes(StandardCharsets.UTF_8));
            }
            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).as("a connection to the local server").isInstanceOf(
                    SocketTimeoutException.class);
        }
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        int depth = 200_000;
        StringBuilder xml = new StringBuilder("<nitf><body><body.content>");
        xml.append("<block>".repeat(depth)).append("deep").append("</block>".repeat(depth));
        xml.append("</body.content></body></nitf>");
        Article article = NewsWire.parse(xml.toString());
        assertThat(codes(article)).contains(DiagnosticCode.TOO_DEEP);
        assertThat(article.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TOO_DEEP).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("at depth 257").contains("expected at most 256"));
        assertThatThrownBy(() -> STRICT.parse(xml.toString())).isInstanceOf(WireParseException.class);
    }

    @Test
    void deepHtmlInABodyIsBoundedToo() {
        int depth = 200_000;
        String json = "{\"uri\":\"u\",\"type\":\"text\",\"body_html\":\"" + "<div>".repeat(depth) + "deep" + "\"}";
        Article article = NewsWire.parse(json);
        assertThat(article.format()).isEqualTo(WireFormat.NINJS);
        assertThat(article.bodyText()).isEqualTo("deep");
    }

    @Test
    void malformedXmlIsAnErrorWithItsPositionAndWhatWasReadBeforeIt() {
        String xml = "<nitf><head><title>Budget</title></head>\n<body><body.content><p>One.</p>\n<p>Two</b></p>"
                + "</body.content></body></nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(article.headline()).contains("Budget");
        assertThat(article.paragraphs()).extracting(p -> p.text()).startsWith("One.");
        Diagnostic error = article.diagnostics().get(0);
        assertThat(error.code()).isEqualTo(DiagnosticCode.MALFORMED_XML);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).startsWith("malformed XML [").contains("expected well-formed XML (");
        assertThatThrownBy(() -> STRICT.parse(xml)).isInstanceOf(WireParseException.class)
                .hasMessageStartingWith("3:");
    }

    @Test
    void aDoctypeThatBreaksTheXmlParserItselfIsMalformedXml() {
        // Found by fuzzing: the JDK's parser throws a MissingResourceException on this doctype.
        String xml = "<!DOCTYPE nitf [<!ENTITY a \"iaaa\"><!ENTI:TYnt\u000enhead><body>nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(codes(article)).contains(DiagnosticCode.MALFORMED_XML);
        assertThat(article.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.MALFORMED_XML).first()
                .satisfies(d -> assertThat(d.message()).contains("the XML parser gave up"));
    }

    @Test
    void aPlainDoctypeIsIgnoredAndHtmlEntitiesAreDecoded() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nitf SYSTEM \"nitf-3-6.dtd\">\n"
                + "<nitf><body><body.content><p>Caf&eacute;&nbsp;&amp; bar &#8211; &mdash; &bogus;</p>"
                + "</body.content></body></nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(article.bodyText()).isEqualTo("Café & bar – — &bogus;");
        assertThat(codes(article)).containsExactly(DiagnosticCode.UNKNOWN_ENTITY);
        assertThat(article.diagnostics().get(0).message()).startsWith("unknown entity [&bogus;]");
    }

    @Test
    void xmlThatNoReaderKnowsIsAnUnknownFormat() {
        Article article = NewsWire.parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>");
        assertThat(codes(article)).containsExactly(DiagnosticCode.UNKNOWN_FORMAT);
        assertThat(article.diagnostics().get(0).message()).startsWith("unknown XML root element [<rss>]");
        assertThat(article.paragraphs()).isEmpty();
    }
}
