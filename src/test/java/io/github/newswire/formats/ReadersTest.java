package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Severity;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each reader takes from where, field by field, on the fixtures and on small cases of real feeds' habits. */
class ReadersTest {

    private static final WireParser PARSER = NewsWire.parser();

    private static List<Article> items(String fixture) throws IOException {
        return PARSER.parseItems(FormatsTest.FIXTURES.resolve(fixture));
    }

    private static List<DiagnosticCode> codes(Article article) {
        return article.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Subject subject(String code, String name, String scheme) {
        return new Subject(Optional.ofNullable(code), Optional.ofNullable(name), Optional.ofNullable(scheme));
    }

    @Test
    void nitfHeadAndBodyHeadFillTheEnvelope() throws IOException {
        Article article = items("nitf-story.xml").get(0);
        Envelope e = article.envelope();
        assertThat(article.format()).isEqualTo(WireFormat.NITF);
        assertThat(e.uri()).contains("nwx.20241114.0417");
        assertThat(e.headline()).contains("Mekong Delta rice harvest beats forecast");
        assertThat(e.slugline()).as("anpa-keyword wins over du-key").contains("VIETNAM-RICE");
        assertThat(e.version()).contains("2");
        assertThat(e.urgency()).contains(4);
        assertThat(e.categories()).containsExactly(new Category(Optional.of("f"), Optional.empty()));
        assertThat(e.sequence()).contains(417);
        assertThat(e.wordcount()).contains(212);
        assertThat(e.takekey()).contains("1stLd-Writethru");
        assertThat(e.subjects()).containsExactly(subject("04000000", "Economy, Business and Finance", "subj"),
                subject("04001000", "Agriculture", "subj"), subject("04001002", "Arable Farming", "subj"),
                subject("RICE-01", "Rice", "NWX"));
        assertThat(e.genres()).containsExactly(subject(null, "Current", null));
        assertThat(e.keywords()).containsExactly("rice", "Mekong Delta");
        assertThat(e.places()).containsExactly(new Place(Optional.of("Cần Thơ"), Optional.of("VN")));
        assertThat(e.firstcreated()).contains(OffsetDateTime.parse("2024-11-14T08:30:00+07:00"));
        assertThat(e.versioncreated()).isEqualTo(e.firstcreated());
        assertThat(e.embargoed()).contains(OffsetDateTime.parse("2024-11-14T09:00:00+07:00"));
        assertThat(e.expires()).contains(OffsetDateTime.parse("2025-11-14T00:00:00Z"));
        assertThat(e.pubstatus()).contains(PubStatus.USABLE);
        assertThat(e.ednote()).contains("Corrects the tonnage in the third paragraph.");
        assertThat(e.description()).contains("The autumn harvest came in above the forecast.");
        assertThat(e.usageterms()).contains("No archive use after one year");
        assertThat(e.language()).contains("en-US");
        assertThat(article.byline()).as("without By and the byline's title").contains("Trần Minh Anh");
        assertThat(article.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("CẦN THƠ");
            assertThat(d.date()).contains("Nov 14");
            assertThat(d.text()).contains("CẦN THƠ, Nov 14");
        });
        assertThat(article.date()).hasToString("Optional[2024-11-14]");
        assertThat(article.diagnostics()).isEmpty();
    }

    @Test
    void nitfBodyIsOneParagraphPerBlockWithHeadingsAndPreformattedMarked() throws IOException {
        Article article = items("nitf-story.xml").get(0);
        assertThat(article.paragraphs()).extracting(Paragraph::kind, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PARAGRAPH, "The autumn rice harvest in the Mekong"
                        + " Delta came in at 4.2 million tonnes, above the ministry's forecast of £3.9 million tonnes."),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PARAGRAPH,
                        "Officials from the Ministry of Agriculture credited seed varieties\nthat resist salt water."),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.HEADING, "Export outlook"),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PARAGRAPH, "Exporters expect prices to hold."),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PARAGRAPH, "Thailand"),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PARAGRAPH, "the Philippines"),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PREFORMATTED,
                        "Province     Tonnes\nCần Thơ      1,100,000"),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PREFORMATTED, "Crop\tChange"),
                org.assertj.core.groups.Tuple.tuple(Paragraph.Kind.PREFORMATTED, "Rice\t+7%"));
        String text = Files.readString(FormatsTest.FIXTURES.resolve("nitf-story.xml"));
        Paragraph first = article.paragraphs().get(0);
        assertThat(text.substring(first.span().start(), first.span().end())).startsWith("<p>The autumn").endsWith("</p>");
        assertThat(first.span().line()).isEqualTo(44);
        assertThat(article.markup()).hasValueSatisfying(markup -> assertThat(markup)
                .startsWith("<p>The autumn rice harvest").contains("<org>the Ministry of Agriculture</org>")
                .endsWith("</table>").doesNotContain("body.content"));
    }

    @Test
    void nitfFallsBackToTheTitleAndKeepsAPreBlockAsWritten() throws IOException {
        Article article = items("nitf-minimal.xml").get(0);
        assertThat(article.headline()).contains("1 SOCCER Results");
        assertThat(article.envelope().pubstatus()).contains(PubStatus.WITHHELD);
        assertThat(article.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Paragraph.Kind.PREFORMATTED);
            assertThat(p.text()).isEqualTo("Hanoi FC        2  Viettel      1\nHai Phong       0  Nam Dinh     0");
        });
    }

    @Test
    void theXmlDeclarationDecidesTheEncodingUnlessTheBytesAreUtf8() throws IOException {
        Article latin1 = items("nitf-latin1.xml").get(0);
        assertThat(latin1.headline()).contains("Café prices rise in São Paulo");
        assertThat(latin1.bodyText()).isEqualTo("A cup of café now costs £5 in the city’s centre.");
        assertThat(latin1.diagnostics()).isEmpty();
        Article mislabelled = items("nitf-mislabelled.xml").get(0);
        assertThat(mislabelled.bodyText()).isEqualTo(latin1.bodyText());
        assertThat(mislabelled.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ENCODING_MISMATCH);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("declared encoding [ISO-8859-1] of UTF-8 bytes");
        });
    }

    @Test
    void anUnknownEncodingIsAnError() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><nitf><body><body.content><p>a</p></body.content></body></nitf>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Article article = PARSER.parse(xml);
        assertThat(codes(article)).containsExactly(DiagnosticCode.UNKNOWN_ENCODING);
        assertThat(article.bodyText()).isEqualTo("a");
    }

    @Test
    void aNewsMessageGivesOneArticlePerItemNumberedInOrder() throws IOException {
        List<Article> items = items("newsml-g2-message.xml");
        assertThat(items).hasSize(2);
        assertThat(items).extracting(Article::item).containsExactly(Optional.of(0), Optional.of(1));
        assertThat(items).extracting(a -> a.envelope().priority()).as("the header's priority, on every item")
                .containsOnly(Optional.of(2));
        Article first = items.get(0);
        Envelope e = first.envelope();
        assertThat(e.uri()).contains("urn:newsml:example.org:20241114:flood-central");
        assertThat(e.version()).contains("3");
        assertThat(e.type()).contains("text");
        assertThat(e.urgency()).contains(3);
        assertThat(e.slugline()).contains("VIETNAM-FLOODS/");
        assertThat(e.description()).contains("Heavy rain closed roads in three provinces.");
        assertThat(e.language()).as("contentMeta's language wins over xml:lang").contains("en-GB");
        assertThat(e.subjects()).containsExactly(subject("06000000", "environment", "medtop"),
                subject("20000149", "flood", "medtop"));
        assertThat(e.places()).containsExactly(new Place(Optional.of("Viet Nam"), Optional.of("geo:1562822")));
        assertThat(e.genres()).containsExactly(subject("Current", "Current", "genre"));
        assertThat(e.keywords()).containsExactly("floods", "central Viet Nam");
        assertThat(e.usageterms()).contains("Not for use in advertising.");
        assertThat(e.wordcount()).contains(58);
        assertThat(e.embargoed()).contains(OffsetDateTime.parse("2024-11-14T10:00:00Z"));
        assertThat(first.byline()).contains("Lê Thu Hà");
        assertThat(first.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("HUẾ");
            assertThat(d.date()).contains("Nov 14");
            assertThat(d.agency()).contains("Example Agency");
        });
        assertThat(first.paragraphs().get(0).kind()).isEqualTo(Paragraph.Kind.HEADING);
        assertThat(first.paragraphs().get(2).text()).isEqualTo("The toll rose to four, up from two & one missing.");
        Article second = items.get(1);
        assertThat(second.envelope().pubstatus()).contains(PubStatus.CANCELED);
        assertThat(second.paragraphs()).extracting(Paragraph::text)
                .containsExactly("This story has been withdrawn.", "Please do not use it.");
    }

    @Test
    void theOneItemMethodsReturnTheFirstItemAndSaySoWhenThereAreMore() throws IOException {
        Article first = PARSER.parse(FormatsTest.FIXTURES.resolve("newsml-g2-message.xml"));
        assertThat(first.item()).contains(0);
        assertThat(first.diagnostics()).last().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MORE_ITEMS);
            assertThat(d.message()).startsWith("the file holds 2 items [item 0 of 2]");
        });
        assertThat(PARSER.parse(FormatsTest.FIXTURES.resolve("nitf-story.xml")).item()).isEmpty();
    }

    @Test
    void newsMlG2BodiesComeFromNitfInInlineXmlAndTimesKeepTheirOffsets() throws IOException {
        Article article = items("newsml-g2-nitf.xml").get(0);
        assertThat(article.paragraphs()).extracting(Paragraph::kind).containsExactly(Paragraph.Kind.PARAGRAPH,
                Paragraph.Kind.HEADING, Paragraph.Kind.PARAGRAPH);
        assertThat(article.envelope().versioncreated()).contains(OffsetDateTime.parse("2024-03-02T16:25:32Z"));
        assertThat(article.envelope().firstcreated()).as("contentCreated, when itemMeta has no firstCreated")
                .contains(OffsetDateTime.parse("2024-03-02T15:00:00-05:00"));
    }

    @Test
    void aPackageIsOneItemAndANaiveTimeIsUtcWithAWarning() throws IOException {
        List<Article> items = items("newsml-g2-package.xml");
        assertThat(items).singleElement().satisfies(article -> {
            assertThat(article.envelope().type()).contains("composite");
            assertThat(article.paragraphs()).isEmpty();
            assertThat(article.envelope().versioncreated()).contains(OffsetDateTime.parse("2024-11-14T12:00:00Z"));
            assertThat(article.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.NAIVE_TIME);
                assertThat(d.message()).isEqualTo("time without a zone offset [2024-11-14T12:00:00] in versionCreated:"
                        + " expected an offset such as Z or +07:00; read as UTC");
                assertThat(d.line()).isEqualTo(7);
            });
        });
    }

    @Test
    void emptyValuesAreAbsentAndBadOnesAreWarnings() {
        String xml = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" version=\"1\">"
                + "<itemMeta><versionCreated>yesterday</versionCreated></itemMeta>"
                + "<contentMeta><urgency></urgency></contentMeta>"
                + "<contentSet><inlineXML wordcount=\"\"><html><body><p>a</p></body></html></inlineXML></contentSet>"
                + "</newsItem>";
        Article article = NewsWire.parse(xml);
        assertThat(article.envelope().urgency()).isEmpty();
        assertThat(article.envelope().wordcount()).isEmpty();
        assertThat(article.envelope().versioncreated()).isEmpty();
        assertThat(article.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_VALUE);
            assertThat(d.message()).startsWith("invalid time [yesterday] in versionCreated: expected an ISO 8601");
        });
    }

    @Test
    void aNewsMessageWithoutItemsIsAnError() {
        Article article = NewsWire.parse("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header>"
                + "<sent>2024-01-01T00:00:00Z</sent></header><itemSet/></newsMessage>");
        assertThat(article.format()).isEqualTo(WireFormat.NEWSML_G2);
        assertThat(codes(article)).containsExactly(DiagnosticCode.NO_ITEMS);
    }

    @Test
    void newsMl12ItemsReadTheirNewsLinesManagementAndNitfBody() throws IOException {
        Article article = items("newsml-item.xml").get(0);
        Envelope e = article.envelope();
        assertThat(article.format()).isEqualTo(WireFormat.NEWSML);
        assertThat(e.uri()).contains("urn:newsml:example.org:20240829:TX-PAR-0042:1");
        assertThat(e.version()).contains("1");
        assertThat(e.urgency()).contains(4);
        assertThat(e.priority()).contains(3);
        assertThat(e.sequence()).contains(42);
        assertThat(e.pubstatus()).contains(PubStatus.USABLE);
        assertThat(e.firstcreated()).contains(OffsetDateTime.parse("2024-08-29T13:49:51+07:00"));
        assertThat(e.versioncreated()).contains(OffsetDateTime.parse("2024-08-29T14:05:00+07:00"));
        assertThat(e.headline()).contains("Coffee exports climb for a third month");
        assertThat(e.slugline()).contains("Vietnam-Coffee");
        assertThat(e.language()).contains("en");
        assertThat(e.usageterms()).contains("NO ARCHIVAL USE");
        assertThat(e.wordcount()).contains(38);
        assertThat(e.keywords()).containsExactly("coffee", "exports");
        assertThat(e.subjects()).as("each code once").extracting(s -> s.code().orElseThrow())
                .containsExactly("04000000", "04001000", "04001002");
        assertThat(e.genres()).containsExactly(subject(null, "business", null));
        assertThat(e.places()).containsExactly(new Place(Optional.empty(), Optional.of("VN")));
        assertThat(article.byline()).contains("Phạm Quang Huy");
        assertThat(article.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("HÀ NỘI");
            assertThat(d.date()).contains("Aug 29, 2024");
            assertThat(d.agency()).contains("Example");
            assertThat(d.dash()).contains(Dash.HYPHEN);
        });
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Coffee exports rose for a third month in August, customs figures showed.",
                "Robusta beans made up most of the shipments.");
    }

    @Test
    void newsMl12EnvelopesHoldSeveralItemsAndEscapedOrPlainBodies() throws IOException {
        List<Article> items = items("newsml-envelope.xml");
        assertThat(items).hasSize(2);
        Article first = items.get(0);
        assertThat(first.headline()).contains("Employment rises in the first quarter");
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Employment rose in the first quarter, the statistics office said.", "Services added the most jobs.");
        assertThat(first.markup()).hasValueSatisfying(m -> assertThat(m).startsWith("<P>Employment"));
        assertThat(first.envelope().wordcount()).contains(19);
        assertThat(first.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEmpty();
            assertThat(d.date()).contains("4/4/2024");
        });
        assertThat(items.get(1).envelope().pubstatus()).contains(PubStatus.WITHHELD);
        assertThat(items.get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("Sunny in the north.", "Rain in the south.");
    }

    @Test
    void ninjsOneReadsItsKeysAndItsAssociationsFollowTheItem() throws IOException {
        List<Article> items = items("ninjs-1.json");
        assertThat(items).extracting(a -> a.envelope().type().orElseThrow()).containsExactly("text", "picture");
        Article story = items.get(0);
        Envelope e = story.envelope();
        assertThat(e.uri()).as("uri wins over guid").contains("http://example.org/news/20240915-typhoon");
        assertThat(e.headline()).contains("Typhoon makes landfall near Hải Phòng");
        assertThat(e.urgency()).contains(2);
        assertThat(e.priority()).contains(3);
        assertThat(e.firstcreated()).contains(OffsetDateTime.parse("2024-09-15T06:00:00Z"));
        assertThat(e.embargoed()).contains(OffsetDateTime.parse("2024-09-15T08:00:00Z"));
        assertThat(e.categories()).containsExactly(new Category(Optional.of("i"), Optional.of("International News")));
        assertThat(e.subjects()).containsExactly(subject("06000000", "environment", "subj"),
                subject("20000151", "storm", "medtop"));
        assertThat(e.places()).containsExactly(new Place(Optional.of("Hải Phòng"), Optional.of("VN-HP")));
        assertThat(story.byline()).contains("Vũ Hoàng");
        assertThat(story.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Hải Phòng"));
        assertThat(story.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Typhoon Yagi made landfall near Hải Phòng on Saturday.",
                "More than 50,000 people were moved to shelters & schools.", "Damage", "Power was cut\nacross the city.");
        assertThat(items.get(1).headline()).contains("Waves hit the seafront");
    }

    @Test
    void ninjsTwoReadsItsArrays() throws IOException {
        Article story = items("ninjs-2.json").get(0);
        Envelope e = story.envelope();
        assertThat(e.headline()).as("the main headline").contains("London shares close higher as miners rally");
        assertThat(e.description()).contains("The FTSE 100 rose 0.8%.");
        assertThat(e.subjects()).containsExactly(subject("20000385", "stock markets", "medtop"),
                subject("mining", "mining", "nwx"));
        assertThat(e.places()).containsExactly(new Place(Optional.of("London"), Optional.of("GB-LND")));
        assertThat(story.byline()).contains("Anna Smith");
        assertThat(story.markup()).as("the HTML body").hasValueSatisfying(m -> assertThat(m).startsWith("<p>London"));
        assertThat(story.paragraphs()).extracting(Paragraph::text)
                .containsExactly("London shares closed higher on Tuesday.", "Mining stocks led the gains.");
    }

    static Stream<Path> iptcNinjsExamples() throws IOException {
        Path examples = Path.of("src", "test", "resources", "ninjs");
        try (Stream<Path> files = Files.walk(examples)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.toString().contains("should_fail") && !p.toString().contains("schema"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("iptcNinjsExamples")
    void theIptcNinjsExamplesReadWithoutErrors(Path example) throws IOException {
        for (Article item : PARSER.parseItems(example)) {
            assertThat(item.format()).isEqualTo(WireFormat.NINJS);
            assertThat(item.hasErrors()).as("%s: %s", example, item.diagnostics()).isFalse();
            assertThat(item.envelope().uri()).isPresent();
        }
    }

    @Test
    void malformedJsonIsAnErrorWithItsPosition() {
        Article article = NewsWire.parse("{\"uri\": \"u\",\n \"headline\": oops}");
        assertThat(article.format()).isEqualTo(WireFormat.NINJS);
        assertThat(article.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MALFORMED_JSON);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("malformed JSON [").contains("expected a ninjs object");
        });
        assertThatThrownBy(() -> WireParser.builder().strict(true).build().parse("{\"uri\": oops}"))
                .isInstanceOf(WireParseException.class);
    }

    @Test
    void aForcedFormatReadsAFileOfAnotherFormatAsABrokenOne() throws IOException {
        Article asNitf = WireParser.builder().inputFormat(WireFormat.NITF).build()
                .parse(FormatsTest.FIXTURES.resolve("newsml-item.xml"));
        assertThat(asNitf.format()).isEqualTo(WireFormat.NITF);
        assertThat(codes(asNitf)).containsExactly(DiagnosticCode.NO_ITEMS);
        Article asVns = WireParser.builder().inputFormat(WireFormat.VNS).build()
                .parse(FormatsTest.FIXTURES.resolve("nitf-story.xml"));
        assertThat(asVns.format()).isEqualTo(WireFormat.VNS);
        assertThat(codes(asVns)).contains(DiagnosticCode.MISSING_HEADER);
        assertThat(NewsWire.parser().inputFormat()).isEmpty();
    }

    @Test
    void blankNamesAndPlacesAreLeftOutNotFatal() {
        Article ninjs = NewsWire.parse("{\"uri\":\"x\",\"headline\":\"h\",\"subject\":[{\"name\":\"\u00a0\"}],"
                + "\"genres\":[{\"name\":\"\u3000\"}]}");
        assertThat(ninjs.envelope().subjects()).isEmpty();
        assertThat(ninjs.envelope().genres()).isEmpty();
        Article g2 = NewsWire.parse("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"><contentMeta>"
                + "<located><name>\u3000</name></located></contentMeta></newsItem>");
        assertThat(g2.dateline()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsReadWhateverTheDeclarationSays() throws IOException {
        byte[] story = Files.readAllBytes(FormatsTest.FIXTURES.resolve("nitf-story.xml"));
        byte[] withBom = new byte[story.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(story, 0, withBom, 3, story.length);
        Article fromBytes = PARSER.parse(withBom);
        assertThat(fromBytes.format()).isEqualTo(WireFormat.NITF);
        assertThat(fromBytes.diagnostics()).isEmpty();
        assertThat(fromBytes.headline()).isEqualTo(PARSER.parse(story).headline());
        String latin1Declared = "\uFEFF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.content>"
                + "<p>Café</p></body.content></body></nitf>";
        Article bomWins = PARSER.parse(latin1Declared.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bomWins.bodyText()).isEqualTo("Café");
        assertThat(bomWins.diagnostics()).isEmpty();
        Article fromString = PARSER.parse(latin1Declared);
        assertThat(fromString.bodyText()).isEqualTo("Café");
        assertThat(fromString.paragraphs().get(0).span().start()).isEqualTo(latin1Declared.indexOf("<p>"));
        assertThat(PARSER.parse("\uFEFF{\"uri\":\"u\",\"headline\":\"h\"}").headline()).contains("h");
    }

    @Test
    void utf16XmlIsReadWithOrWithoutAByteOrderMark() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><nitf><body><body.content><p>Việt Nam</p>"
                + "</body.content></body></nitf>";
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            Article article = PARSER.parse(xml.getBytes(charset));
            assertThat(article.format()).as("%s", charset).isEqualTo(WireFormat.NITF);
            assertThat(article.bodyText()).isEqualTo("Việt Nam");
        }
    }

    @Test
    void textAfterAContainerIsAParagraphOfItsOwn() {
        Article article = NewsWire.parse("{\"uri\":\"u\",\"body_html\":\"<div><span>Alpha</span></div>Beta\"}");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Alpha", "Beta");
    }

    @Test
    void aPlaceThatStartsLikeAMonthIsAPlace() {
        Article article = NewsWire.parse("<NewsML><NewsItem><NewsComponent><NewsLines><DateLine>AUGUSTA, Maine (AP)"
                + "</DateLine></NewsLines></NewsComponent></NewsItem></NewsML>");
        assertThat(article.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("AUGUSTA");
            assertThat(d.country()).contains("Maine");
        });
        Article dated = NewsWire.parse("<NewsML><NewsItem><NewsComponent><NewsLines><DateLine>PARIS, Sept. 3 (AFP)"
                + "</DateLine></NewsLines></NewsComponent></NewsItem></NewsML>");
        assertThat(dated.dateline()).hasValueSatisfying(d -> assertThat(d.date()).contains("Sept. 3"));
    }

    @Test
    void ninjsBytesThatAreNotUtf8FailTheFileUnlessReplacementIsAskedFor() {
        byte[] json = "{\"uri\":\"u\",\"headline\":\"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PARSER.parse(json)).isInstanceOf(WireParseException.class)
                .satisfies(e -> assertThat(((WireParseException) e).code()).isEqualTo(DiagnosticCode.MALFORMED_UTF8));
        Article replaced = WireParser.builder().replaceMalformedInput(true).build().parse(json);
        assertThat(replaced.headline()).contains("Caf\uFFFD");
        assertThat(codes(replaced)).containsExactly(DiagnosticCode.MALFORMED_UTF8_REPLACED);
    }

    @Test
    void vnsTextIsStillReadAsBefore() throws IOException {
        Article seed = NewsWire.parse(Path.of("seeds", "000_fe963ccaa630d856.txt"));
        assertThat(seed.format()).isEqualTo(WireFormat.VNS);
        assertThat(seed.envelope()).isEqualTo(Envelope.EMPTY);
        assertThat(seed.envelope().isEmpty()).isTrue();
        assertThat(seed.markup()).isEmpty();
        assertThat(seed.item()).isEmpty();
    }
}
