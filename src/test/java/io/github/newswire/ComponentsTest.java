package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Severity;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.parser.AttributionDetector;
import io.github.newswire.parser.BodySegmenter;
import io.github.newswire.parser.Header;
import io.github.newswire.parser.HeaderParser;
import io.github.newswire.parser.WireParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The header parser, body segmenter and attribution detector, each used on its own. */
class ComponentsTest {

    @Test
    void headerParserReadsThePreambleAlone() {
        Header header = new HeaderParser().parse(" date 2024-11-14 LIMA – text");
        assertThat(header.date()).contains(LocalDate.of(2024, 11, 14));
        assertThat(header.span()).contains(new SourceSpan(1, 16, 1, 2));
        assertThat(header.bodyStart()).isEqualTo(17);
        assertThat(header.diagnostics()).isEmpty();
    }

    @Test
    void headerParserReportsAnInvalidDate() {
        Header header = new HeaderParser().parse(" date 2024-02-30 text");
        assertThat(header.date()).isEmpty();
        assertThat(header.diagnostics()).containsExactly(new Diagnostic(Severity.ERROR, DiagnosticCode.INVALID_DATE,
                "invalid date [2024-02-30]: February 2024 has 29 days", 1, 7));
    }

    @Test
    void headerParserWithoutAPreamble() {
        Header header = new HeaderParser().parse("  text");
        assertThat(header.span()).isEmpty();
        assertThat(header.bodyStart()).isEqualTo(2);
        assertThat(header.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MISSING_HEADER);
    }

    @Test
    void bodySegmenterSplitsAnyText() {
        List<Paragraph> paragraphs = new BodySegmenter().segment("  One\r\n  \r\nTwo,\nstill two.\r\r\rThree ");
        assertThat(paragraphs).containsExactly(
                new Paragraph("One", new SourceSpan(2, 5, 1, 3)),
                new Paragraph("Two,\nstill two.", new SourceSpan(11, 26, 3, 1)),
                new Paragraph("Three", new SourceSpan(29, 34, 7, 1)));
        assertThat(new BodySegmenter().segment(" \n\t\n")).isEmpty();
    }

    @Test
    void attributionDetectorFindsASignOffInAnyText() {
        String text = "The report ends here. — VNA/VNS\n";
        Attribution signOff = AttributionDetector.withDefaultAgencies().detect(text).orElseThrow();
        assertThat(signOff).isEqualTo(new Attribution("VNA/VNS", List.of("VNA", "VNS"), Optional.of(Dash.EM_DASH),
                new SourceSpan(24, 31, 1, 25)));
        assertThat(AttributionDetector.withDefaultAgencies().detect("first reported by VNS.")).isEmpty();
        assertThat(AttributionDetector.withDefaultAgencies().detect("")).isEmpty();
        assertThat(AttributionDetector.withDefaultAgencies().detect("VNS")).map(Attribution::text).contains("VNS");
    }

    @Test
    void theAgencyListIsConfigurable() {
        AttributionDetector vov = AttributionDetector.withAgencies(List.of("VOV", "VTV1"));
        assertThat(vov.detect("It rained. VOV/VTV1")).map(Attribution::agencies).contains(List.of("VOV", "VTV1"));
        assertThat(vov.detect("It rained. VNS")).isEmpty();
        assertThat(AttributionDetector.withDefaultAgencies().agencies())
                .containsExactlyInAnyOrderElementsOf(AttributionDetector.DEFAULT_AGENCIES)
                .contains("VNS", "VNA", "Bizhub", "Reuters", "AFP", "AP", "Xinhua", "Kyodo", "Yonhap", "Bernama",
                        "Antara", "PNA", "TASS");

        WireParser parser = WireParser.builder().addAgencies(List.of("VOV")).build();
        assertThat(parser.parse(" date 2024-11-14 It rained. — VOV").attribution().map(Attribution::agencies))
                .contains(List.of("VOV"));
        WireParser only = WireParser.builder().agencies(List.of("VOV")).build();
        assertThat(only.parse(" date 2024-11-14 It rained. VNS").attribution()).isEmpty();
        assertThat(only.agencies()).containsExactly("VOV");
    }

    @Test
    void agencyNamesAreChecked() {
        assertThatThrownBy(() -> AttributionDetector.withAgencies(List.of("VNA/VNS")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an agency name is words of letters and digits with one space between them, found [VNA/VNS]");
        assertThatThrownBy(() -> AttributionDetector.withAgencies(List.of("Tuoi  Tre"))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributionDetector.withAgencies(List.of(" VOV"))).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(AttributionDetector.withAgencies(List.of("Tuoi Tre News", "VOV")).detect("Last line.\nTuoi Tre News"))
                .map(a -> a.agencies()).contains(List.of("Tuoi Tre News"));
        assertThatThrownBy(() -> AttributionDetector.withAgencies(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WireParser.builder().agencies(List.of("")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WireParser.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreditOfMoreThanEightAgenciesIsNotASignOff() {
        AttributionDetector detector = AttributionDetector.withDefaultAgencies();
        assertThat(detector.detect("Done. VNS/VNS/VNS/VNS/VNS/VNS/VNS/VNS")).isPresent();
        assertThat(detector.detect("Done. VNS/VNS/VNS/VNS/VNS/VNS/VNS/VNS/VNS")).isEmpty();
    }

    @Test
    void builderDefaults() {
        WireParser parser = WireParser.builder().build();
        assertThat(parser.isStrict()).isFalse();
        assertThat(parser.maxInputBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(WireParser.builder().strict(true).build().isStrict()).isTrue();
    }
}
