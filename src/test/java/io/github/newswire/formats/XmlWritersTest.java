package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParser;
import io.github.newswire.writer.NewsMlG2Writer;
import io.github.newswire.writer.NitfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of every fixture of every input format, and of the seeds, written as NITF and as
 * NewsML-G2, is valid against the IPTC's schemas and reads back as what was written, as far as
 * the format carries it ({@link WrittenFormats} says how far).
 */
class XmlWritersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private static final WireParser PARSER = WireParser.builder().clock(CLOCK).build();
    private static final NewsMlG2Writer G2 = NewsMlG2Writer.withClock(CLOCK);

    static Stream<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(FormatsTest.FIXTURES); Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            fixtures.filter(Files::isRegularFile).sorted().forEach(files::add);
            seeds.sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(15);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void nitfIsValidAndReadsBack(Path file) throws IOException {
        for (Article item : PARSER.parseItems(file)) {
            String nitf = new NitfWriter().write(item);
            assertThat(IptcSchemas.problems(nitf)).as("%s as NITF:%n%s", file, nitf).isEmpty();
            Article back = PARSER.parse(nitf.getBytes(StandardCharsets.UTF_8));
            assertThat(back.format()).isEqualTo(WireFormat.NITF);
            WrittenFormats.assertReadsBack(item, back, WireFormat.NITF, CLOCK);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void newsMlG2IsValidAndReadsBack(Path file) throws IOException {
        List<Article> items = PARSER.parseItems(file);
        for (Article item : items) {
            String g2 = G2.write(item);
            assertThat(IptcSchemas.problems(g2)).as("%s as NewsML-G2:%n%s", file, g2).isEmpty();
            Article back = PARSER.parse(g2.getBytes(StandardCharsets.UTF_8));
            assertThat(back.format()).isEqualTo(WireFormat.NEWSML_G2);
            WrittenFormats.assertReadsBack(item, back, WireFormat.NEWSML_G2, CLOCK);
        }
        String message = G2.writeMessage(items);
        assertThat(IptcSchemas.problems(message)).as("%s as a newsMessage:%n%s", file, message).isEmpty();
        List<Article> back = PARSER.parseItems(message.getBytes(StandardCharsets.UTF_8));
        assertThat(back).extracting(a -> a.envelope().headline()).isEqualTo(items.stream()
                .map(a -> a.envelope().headline()).toList());
        assertThat(back).extracting(a -> a.paragraphs().stream().map(Paragraph::text).toList())
                .isEqualTo(items.stream().map(a -> a.paragraphs().stream().map(Paragraph::text).toList()).toList());
    }

    @Test
    void aMessageCarriesThePriorityItsItemsShare() throws IOException {
        List<Article> items = PARSER.parseItems(FormatsTest.FIXTURES.resolve("newsml-g2-message.xml"));
        assertThat(items).allMatch(a -> a.envelope().priority().isPresent());
        String message = G2.writeMessage(items);
        assertThat(message).contains("<priority>" + items.get(0).envelope().priority().orElseThrow() + "</priority>");
        assertThat(PARSER.parseItems(message.getBytes(StandardCharsets.UTF_8)))
                .allMatch(a -> a.envelope().priority().equals(items.get(0).envelope().priority()));
        assertThatThrownBy(() -> G2.writeMessage(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one item");
    }

    @Test
    void textXmlCannotHoldIsLeftOutAndBreaksAreKept() {
        Article article = NewsWire.parse("date 2024-11-14\n\nHÀ NỘI — First line\u0007\nsecond line of the lede.\n\n"
                + "Last \uFFFF paragraph. VNS");
        String nitf = new NitfWriter().write(article);
        assertThat(IptcSchemas.problems(nitf)).as(nitf).isEmpty();
        assertThat(nitf).doesNotContain("\u0007").doesNotContain("\uFFFF").contains("First line<br></br>second line");
        Article back = NewsWire.parse(nitf);
        assertThat(back.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First line\nsecond line of the lede.", "Last  paragraph.".replace("  ", " "));
        assertThat(back.dateline().orElseThrow().place()).isEqualTo("HÀ NỘI");
    }

    @Test
    void requiredPartsTheModelLacksAreSaidPlainly() {
        Article bare = NewsWire.parse("date 2024-11-14\n\nA story with no sign-off.");
        String g2 = G2.write(bare);
        assertThat(IptcSchemas.problems(g2)).as(g2).isEmpty();
        // No time in the article: its date at midnight UTC is the version's creation.
        assertThat(g2).contains("<versionCreated>2024-11-14T00:00:00Z</versionCreated>")
                .contains("<provider literal=\"unknown\"></provider>")
                .contains("guid=\"urn:newswire:sha256:");
        String signed = G2.write(NewsWire.parse("date 2024-11-14\n\nLIMA – A story. VNS"));
        assertThat(signed).contains("<provider literal=\"VNS\"></provider>").contains("<creditline>VNS</creditline>");
    }
}
