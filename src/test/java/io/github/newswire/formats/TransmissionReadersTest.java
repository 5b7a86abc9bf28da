package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Severity;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ANPA 1312 and IPTC 7901, field by field, with their truncations, encodings and junk. */
class TransmissionReadersTest {

    private static List<Article> items(String fixture) throws IOException {
        return FormatsTest.PARSER.parseItems(FormatsTest.FIXTURES.resolve(fixture));
    }

    private static List<DiagnosticCode> codes(Article article) {
        return article.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void anpaHeaderHeadingsAndTabParagraphs() throws IOException {
        Article article = items("anpa-story.tst").get(0);
        Envelope e = article.envelope();
        assertThat(article.format()).isEqualTo(WireFormat.ANPA_1312);
        assertThat(e.sequence()).contains(417);
        assertThat(e.priority()).as("r, regular, is ordinary").contains(6);
        assertThat(e.urgency()).isEqualTo(e.priority());
        assertThat(e.categories()).containsExactly(new Category(Optional.of("i"), Optional.empty()));
        assertThat(e.slugline()).as("the keyword without its cycle designator").contains("Vietnam-Rice");
        assertThat(e.takekey()).contains("1stLd-Writethru");
        assertThat(e.wordcount()).contains(212);
        assertThat(e.headline()).contains("Rice harvest beats forecast in Mekong Delta");
        assertThat(e.ednote()).contains("Updates with export figures in the third paragraph.");
        assertThat(e.firstcreated()).contains(OffsetDateTime.parse("2024-11-14T08:30:00Z"));
        assertThat(article.byline()).contains("TRAN MINH ANH");
        assertThat(article.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("CAN THO");
            assertThat(d.country()).contains("Vietnam");
            assertThat(d.agency()).contains("AP");
            assertThat(d.text()).contains("CAN THO, Vietnam (AP) _");
        });
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The autumn rice harvest in the Mekong Delta came in above the forecast, officials said on Thursday.",
                "Farmers credited new seed varieties that resist salt water.",
                "Exporters expect prices to hold through the year.");
        assertThat(article.paragraphs().get(1).span().line()).isEqualTo(10);
        assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void anpaTabularTextIsPreformatted() throws IOException {
        Article article = items("anpa-table.tst").get(0);
        assertThat(article.headline()).contains("V.League standings");
        assertThat(article.paragraphs()).extracting(Paragraph::kind).containsOnly(Paragraph.Kind.PREFORMATTED);
        assertThat(article.paragraphs().get(0).text())
                .isEqualTo("Hanoi FC;10;7;2;1;23\nViettel;10;6;3;1;21\nNam Dinh;10;6;1;3;19");
    }

    @Test
    void anpaMessagesOfOneFileAreItemsAndATruncatedOneIsReadWithAnError() throws IOException {
        List<Article> items = items("anpa-two-messages.tst");
        assertThat(items).hasSize(2);
        assertThat(items).extracting(a -> a.envelope().priority().orElseThrow()).containsExactly(1, 2);
        assertThat(items.get(0).diagnostics()).isEmpty();
        assertThat(items.get(0).envelope().wordcount()).as("no word count in the header").isEmpty();
        Article truncated = items.get(1);
        assertThat(truncated.paragraphs()).hasSize(2);
        assertThat(truncated.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TRUNCATED_MESSAGE);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).isEqualTo("truncated message at end of input: expected ETX after the text;"
                    + " read to where the transmission stops");
        });
        byte[] bytes = Files.readAllBytes(FormatsTest.FIXTURES.resolve("anpa-two-messages.tst"));
        assertThatThrownBy(() -> WireParser.builder().strict(true).build().parseItems(bytes))
                .isInstanceOf(WireParseException.class)
                .satisfies(e -> assertThat(((WireParseException) e).code()).isEqualTo(DiagnosticCode.TRUNCATED_MESSAGE));
    }

    @Test
    void aMessageWithoutTextIsAHeaderOnly() {
        Article article = FormatsTest.PARSER.parse("\u0016\u0016\u0001a0001\u001f-----\r\nb a\u0013\u0011 BC-Alert 01-02 0010\r\n");
        assertThat(article.format()).isEqualTo(WireFormat.ANPA_1312);
        assertThat(article.envelope().priority()).as("b, bulletin").contains(3);
        assertThat(article.envelope().slugline()).contains("Alert");
        assertThat(article.paragraphs()).isEmpty();
        assertThat(codes(article)).containsExactly(DiagnosticCode.TRUNCATED_MESSAGE);
    }

    @Test
    void iptc7901HeaderHeadingBlockBodyNotesAndSignOff() throws IOException {
        Article article = items("iptc7901-story.txt").get(0);
        Envelope e = article.envelope();
        assertThat(article.format()).isEqualTo(WireFormat.IPTC_7901);
        assertThat(e.sequence()).contains(62);
        assertThat(e.priority()).contains(4);
        assertThat(e.categories()).containsExactly(new Category(Optional.of("i"), Optional.empty()));
        assertThat(e.wordcount()).contains(58);
        assertThat(e.slugline()).as("internal slashes kept").contains("Vietnam/rice");
        assertThat(e.takekey()).contains("1ST LEAD");
        assertThat(e.headline()).contains("Mekong Delta rice harvest beats forecast");
        assertThat(e.ednote()).contains("## Editorial contacts\nDesk: +84 24 0000 0000");
        assertThat(e.firstcreated()).contains(OffsetDateTime.parse("2024-11-14T11:30:00Z"));
        assertThat(article.byline()).contains("Tran Minh Anh");
        assertThat(article.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("Can Tho");
            assertThat(d.agency()).contains("nwx");
        });
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The autumn rice harvest in the Mekong Delta came in above the forecast, officials said on Thursday.",
                "Exporters expect prices to hold through the year, traders said.");
        assertThat(article.attribution()).hasValueSatisfying(a -> {
            assertThat(a.text()).isEqualTo("nwx tma hoa");
            assertThat(a.agencies()).containsExactly("nwx");
        });
        assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void eightBitBytesAreReadAndTheGuessIsSaid() throws IOException {
        Article article = items("iptc7901-latin1.txt").get(0);
        assertThat(article.headline()).contains("Müller scores twice as Bayern win");
        assertThat(article.envelope().takekey()).contains("EXTRA");
        assertThat(article.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ENCODING_GUESS);
            assertThat(d.message()).isEqualTo("bytes beyond ASCII [FC] at byte 59: expected ASCII; not UTF-8, so read"
                    + " as ISO-8859-1");
            assertThat(d.line()).isEqualTo(5);
        });
        byte[] utf8 = Files.readString(FormatsTest.FIXTURES.resolve("iptc7901-latin1.txt"), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8);
        Article fromUtf8 = FormatsTest.PARSER.parse(utf8);
        assertThat(fromUtf8.headline()).isEqualTo(article.headline());
        assertThat(fromUtf8.diagnostics().get(0).message()).endsWith("found valid UTF-8; read as UTF-8");
    }

    @Test
    void aTrailerWithoutAYearTakesTheYearThatPutsItBeforeTheClocksDay() throws IOException {
        // The fixture's trailer is "211259 Nov": the 21st of November, 12:59 GMT.
        byte[] bytes = Files.readAllBytes(FormatsTest.FIXTURES.resolve("iptc7901-latin1.txt"));
        assertThat(FormatsTest.PARSER.parse(bytes).envelope().firstcreated())
                .contains(OffsetDateTime.parse("2026-11-21T12:59:00Z"));
        WireParser inJanuary = WireParser.builder()
                .clock(Clock.fixed(Instant.parse("2027-01-05T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(inJanuary.parse(bytes).envelope().firstcreated())
                .contains(OffsetDateTime.parse("2026-11-21T12:59:00Z"));
        WireParser nextNovember = WireParser.builder()
                .clock(Clock.fixed(Instant.parse("2027-11-30T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(nextNovember.parse(bytes).envelope().firstcreated())
                .contains(OffsetDateTime.parse("2027-11-21T12:59:00Z"));
    }

    @Test
    void controlCharactersOfTheFormatsAreTextButBinaryJunkIsRefused() {
        byte[] nul = "\u0001abc001 4 i 10\r\n\u0002Head =\r\n\r\n   Text.\u0000\u0003".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> FormatsTest.PARSER.parse(nul)).isInstanceOf(WireParseException.class)
                .hasMessageContaining("binary input [00] at byte");
        byte[] junk = new byte[2048];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 0x01;
        for (int i = 1; i < junk.length; i++) {
            if (junk[i] == 0) {
                junk[i] = 0x1C;
            }
        }
        assertThatThrownBy(() -> FormatsTest.PARSER.parse(junk)).isInstanceOf(WireParseException.class)
                .satisfies(e -> assertThat(((WireParseException) e).code()).isEqualTo(DiagnosticCode.BINARY_INPUT));
    }

    @Test
    void twoDigitYearsAreTheOnesNearestBeforeTheParsersDay() {
        Article old = FormatsTest.PARSER.parse("\u0001nwx001 2 i 5\r\n\r\nSlug/\r\n\u0002Headline =\r\n\r\n   Text.\r\n"
                + "\u0003010101 GMT Jan 98\u0004");
        assertThat(old.envelope().firstcreated()).contains(OffsetDateTime.parse("1998-01-01T01:01:00Z"));
        Article anpa = FormatsTest.PARSER.parse("\u0016\u0001a0001\u001f-----\r\nr i\u0013\u0011 BC-Slug 01-01\r\n"
                + "\u0002^Headline<\r\n\t   Text.\r\n\t   \u0003AP-WF-12-31-99 2359GMT<\r\n\u0004");
        assertThat(anpa.envelope().firstcreated()).contains(OffsetDateTime.parse("1999-12-31T23:59:00Z"));
    }

    @Test
    void aHeadlineThatEndsInANumberIsAHeadline() {
        Article article = FormatsTest.PARSER.parse("\u0016\u0001a0001\u001f-----\r\nr i\u0013\u0011 BC-Floods 01-01"
                + "\r\n\u0002^BC-Floods,0120<\r\n^Floods kill 1,200<\r\n^AP Photo XYZ101<\r\n\t   Text.\r\n\u0003\u0004");
        assertThat(article.headline()).contains("Floods kill 1,200");
    }

    @Test
    void aStorySentenceThatSaysNotForPublicationIsStillTheStory() throws IOException {
        String text = Files.readString(FormatsTest.FIXTURES.resolve("iptc7901-story.txt"), StandardCharsets.ISO_8859_1)
                .replace("traders said.", "traders said, in a note not for publication until Friday.");
        Article article = FormatsTest.PARSER.parse(text);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.envelope().ednote()).contains("## Editorial contacts\nDesk: +84 24 0000 0000");
    }

    @Test
    void aNotebookBeforeTheNotesIsNotTheStory() {
        Article article = FormatsTest.PARSER.parse("\u0001dpa0001 4 i 10  dpa\r\n\r\nSlug/\r\n\u0002Head =\r\n\r\n"
                + "   Geneva (dpa) - Text.\r\n\r\n# Notebook\r\n\r\n## Note to editors\r\n- adds quotes\r\n\r\n"
                + "* * * *\r\nThe following information is not intended for publication\r\n\r\n## Editorial contacts\r\n"
                + "\r\ndpa al\r\n\u0003212322 GMT Nov 18\r\n\u0004");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Text.");
        assertThat(article.envelope().ednote()).contains("## Editorial contacts");
        assertThat(article.attribution()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("dpa al"));
    }

    @Test
    void decodeGivesTheTextThatSpansIndex() throws IOException {
        for (String fixture : List.of("anpa-table.tst", "iptc7901-latin1.txt", "anpa-story.tst")) {
            byte[] bytes = Files.readAllBytes(FormatsTest.FIXTURES.resolve(fixture));
            String text = FormatsTest.PARSER.decode(bytes);
            for (Paragraph paragraph : FormatsTest.PARSER.parse(bytes).paragraphs()) {
                assertThat(paragraph.span().end()).isLessThanOrEqualTo(text.length());
            }
        }
        assertThat(FormatsTest.PARSER.decode(Files.readAllBytes(FormatsTest.FIXTURES.resolve("iptc7901-latin1.txt"))))
                .contains("Müller");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void manyMessagesStayLinearAndAFloodIsCapped() {
        String message = "\u0001nwx001 2 i 5  nwx 061\r\n\r\nSlug/\r\n\u0002Headline =\r\n\r\n   Text for publication.\r\n"
                + "\r\nnwx abc\r\n\u0003010101 GMT Jan 24\u0004";
        List<Article> items = FormatsTest.PARSER.parseItems(message.repeat(20_000));
        assertThat(items).hasSize(20_000);
        assertThat(items.get(19_999).attribution()).isPresent();
        List<Article> flood = FormatsTest.PARSER.parseItems("\u0001".repeat(150_000));
        assertThat(flood).hasSize(100_000);
        assertThat(codes(flood.get(0))).contains(DiagnosticCode.TOO_MANY_ITEMS);
    }

    @Test
    void theFormatsAreToldApartByTheirFraming() {
        assertThat(FormatsTest.PARSER.parse("\u0001nwx001 2 i 5\r\n\r\nSlug/\r\n\u0002Headline =\r\n\r\n   Text.\r\n"
                + "\u0003010101 GMT Jan 24\u0004").format()).isEqualTo(WireFormat.IPTC_7901);
        assertThat(FormatsTest.PARSER.parse("\u0001a0001\u001f-----\r\nr i\u0013\u0011 BC-Slug 01-01 0005\r\n\u0002"
                + "^Headline<\r\n\t   Text.\r\n\u0003\u0004").format()).isEqualTo(WireFormat.ANPA_1312);
    }
}
