package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.model.WireFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire parse} and {@code check} on a directory that mixes every format. */
class FormatsCliTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "formats");

    @TempDir
    Path dir;

    /** A corpus as a newsroom's archive has it: every format, under the names feeds give them. */
    private void mixedCorpus() throws IOException {
        Files.copy(Path.of("seeds", "000_fe963ccaa630d856.txt"), dir.resolve("a-vns.txt"));
        Files.copy(FIXTURES.resolve("nitf-story.xml"), dir.resolve("b-nitf.xml"));
        Files.copy(FIXTURES.resolve("newsml-g2-message.xml"), dir.resolve("c-message.xml"));
        Files.copy(FIXTURES.resolve("newsml-item.xml"), dir.resolve("d-newsml"));
        Files.copy(FIXTURES.resolve("ninjs-2.json"), dir.resolve("e-ninjs.json"));
        Files.copy(FIXTURES.resolve("anpa-two-messages.tst"), dir.resolve("f-anpa.tst"));
        Files.copy(FIXTURES.resolve("iptc7901-story.txt"), dir.resolve("g0062"));
        Files.writeString(dir.resolve("notes.md"), "not a wire file");
    }

    @Test
    void aMixedDirectoryGivesOneLinePerItemWithItsFormat() throws IOException {
        mixedCorpus();
        CliTest.Run run = CliTest.run("parse", "-q", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<Article> lines = run.outLines().stream().map(ArticleJson::fromJson).toList();
        assertThat(lines).extracting(Article::format).containsExactly(WireFormat.VNS, WireFormat.NITF,
                WireFormat.NEWSML_G2, WireFormat.NEWSML_G2, WireFormat.NEWSML, WireFormat.NINJS, WireFormat.NINJS,
                WireFormat.ANPA_1312, WireFormat.ANPA_1312, WireFormat.IPTC_7901);
        assertThat(lines).extracting(Article::item).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(0), Optional.of(1), Optional.empty(), Optional.of(0), Optional.of(1), Optional.of(0),
                Optional.of(1), Optional.empty());
        assertThat(lines.get(9).headline()).contains("Mekong Delta rice harvest beats forecast");
        assertThat(lines.get(2).source()).contains(dir.resolve("c-message.xml").toString());
        assertThat(lines.get(3).source()).isEqualTo(lines.get(2).source());
        assertThat(run.outLines().get(0)).contains("\"format\":\"vns\"");
        assertThat(run.outLines().get(1)).contains("\"format\":\"nitf\"").contains("\"headline\":\"Mekong Delta");
    }

    @Test
    void theSummaryCountsItems() throws IOException {
        mixedCorpus();
        CliTest.Run run = CliTest.run("parse", dir.toString());
        assertThat(run.err()).as("the truncated ANPA message is an error in its article")
                .contains("newswire: 7 files, 10 articles, 0 warnings, 1 errors, 0 failed");
    }

    @Test
    void anInputFormatCanBeForced() throws IOException {
        mixedCorpus();
        CliTest.Run run = CliTest.run("parse", "-q", "--input-format", "nitf", dir.resolve("b-nitf.xml").toString(),
                dir.resolve("a-vns.txt").toString());
        assertThat(run.outLines()).hasSize(2);
        Article vnsAsNitf = run.outLines().stream().map(ArticleJson::fromJson)
                .filter(a -> a.source().orElseThrow().endsWith("a-vns.txt")).findFirst().orElseThrow();
        assertThat(vnsAsNitf.format()).isEqualTo(WireFormat.NITF);
        assertThat(vnsAsNitf.diagnostics()).first().satisfies(d -> assertThat(d.message()).isEqualTo(
                "malformed XML [ date 2024-11-14 LIMA – Vietnamese State]: expected well-formed XML"
                        + " (Content is not allowed in prolog.); read up to here"));
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).as("an error inside an article is data, as for VNS text").isZero();
    }

    @Test
    void anUnknownInputFormatIsAUsageError() {
        CliTest.Run run = CliTest.run("parse", "--input-format", "rtf", "seeds");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--input-format': expected auto, vns, nitf,"
                + " newsml-g2, newsml, ninjs, anpa or iptc7901, found [rtf]");
    }

    @Test
    void checkReportsTheProblemsOfEveryItem() throws IOException {
        Files.copy(FIXTURES.resolve("newsml-g2-package.xml"), dir.resolve("package.xml"));
        Files.copy(FIXTURES.resolve("nitf-mislabelled.xml"), dir.resolve("mislabelled.xml"));
        CliTest.Run run = CliTest.run("check", "-q", dir.toString());
        assertThat(run.out()).contains(dir.resolve("mislabelled.xml") + ":1:1: warning: declared encoding"
                + " [ISO-8859-1] of UTF-8 bytes").contains(dir.resolve("package.xml") + ":7:5: warning: time without"
                + " a zone offset").contains("2 files checked: 0 with errors, 0 errors, 2 warnings");
        assertThat(run.status()).isZero();
    }

    @Test
    void ninjsOutputCarriesTheEnvelope() throws IOException {
        CliTest.Run run = CliTest.run("parse", "-q", "--format", "ninjs", FIXTURES.resolve("nitf-story.xml").toString());
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"uri\":\"nwx.20241114.0417\"")
                .contains("\"headlines\":[{\"role\":\"main\",\"value\":\"Mekong Delta rice harvest beats forecast\"}]")
                .contains("\"urgency\":4").contains("\"firstcreated\":\"2024-11-14T08:30:00+07:00\"")
                .contains("{\"name\":\"Agriculture\",\"uri\":\"http://cv.iptc.org/newscodes/subjectcode/04001000\"}"));
    }
}
