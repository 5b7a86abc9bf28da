package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input shaped to make a reader slow, or its positions wrong: each case is megabytes of one
 * construct, read in linear time (the timeouts guard against the square, not a speed target), and
 * positions checked against the text itself.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FormatsPathologicalTest {

    @Test
    void manyEntitiesInOneParagraphStayLinear() {
        String xml = "<nitf><body><body.content><p>" + "a&amp;".repeat(400_000) + "</p></body.content></body></nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(article.bodyText()).hasSize(800_000).startsWith("a&a&");
    }

    @Test
    void aLongOneLineHtmlBodyWithManyTagsStaysLinear() {
        String html = "<p>Việt <b>Nam</b></p>".repeat(80_000);
        String json = "{\"uri\":\"u\",\"type\":\"text\",\"body_html\":\"" + html + "\"}";
        Article article = NewsWire.parse(json);
        assertThat(article.paragraphs()).hasSize(80_000);
        assertThat(article.paragraphs().get(79_999).span().column()).isEqualTo(79_999 * 22 + 1);
    }

    @Test
    void manyDescriptiveMetadataBlocksStayLinear() {
        StringBuilder xml = new StringBuilder("<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>h</HeadLine>"
                + "</NewsLines>");
        for (int i = 0; i < 40_000; i++) {
            xml.append("<NewsComponent><DescriptiveMetadata><Language FormalName=\"en\"/><SubjectCode><Subject FormalName=\"")
                    .append(i).append("\"/></SubjectCode></DescriptiveMetadata></NewsComponent>");
        }
        xml.append("</NewsComponent></NewsItem></NewsML>");
        Article article = NewsWire.parse(xml.toString());
        assertThat(article.envelope().subjects()).hasSize(40_000);
    }

    @Test
    void paragraphSpansAreExactInALargeFileWithEverythingThatMovesPositions() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- a comment -->\r\n"
                + "<nitf><head><title>t</title></head><body><body.content>\r\n");
        for (int i = 0; i < 3_000; i++) {
            xml.append("  <p class=\"x>y\">Đoạn ").append(i).append(" &amp; &#233; <![CDATA[<raw>]]> 😀 <b>b</b></p>\r\n");
            if (i % 7 == 0) {
                xml.append("  <!-- <p>not a paragraph</p> -->\r\n  <?pi <p>?>\r\n");
            }
        }
        xml.append("</body.content></body></nitf>");
        String text = xml.toString();
        Article article = NewsWire.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(article.paragraphs()).hasSize(3_000);
        for (Paragraph paragraph : article.paragraphs()) {
            String element = text.substring(paragraph.span().start(), paragraph.span().end());
            assertThat(element).startsWith("<p class=").endsWith("</p>");
            int line = 1;
            for (int i = 0; i < paragraph.span().start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            assertThat(paragraph.span().line()).isEqualTo(line);
            assertThat(paragraph.span().column()).isEqualTo(3);
        }
        assertThat(article.markup()).hasValueSatisfying(m -> assertThat(m).startsWith("<p class=").endsWith("</p>"));
    }

    @Test
    void aShortFileWithADeclarationHasItsMarkup() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><body><body.content>a</body.content></body></nitf>";
        Article article = NewsWire.parse(xml);
        assertThat(article.format()).isEqualTo(WireFormat.NITF);
        assertThat(article.markup()).contains("a");
        assertThat(article.bodyText()).isEqualTo("a");
        String empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><body><body.content/></body></nitf>";
        assertThat(NewsWire.parse(empty).markup()).contains("");
    }
}
