package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.model.Article;
import io.github.newswire.model.Dateline;
import io.github.newswire.parser.WireParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places the gazetteer must know whatever their spelling (diacritics, case, spaces, hyphens), so
 * that short places are not taken for acronyms and datelines without a dash are read; and short
 * acronyms it must not know.
 */
class GazetteerTest {

    @ParameterizedTest
    @CsvSource({"SAPA, SAPA", "SA PA, SA PA", "HALONG, HALONG", "HẠ LONG, HẠ LONG", "HUE, HUE", "KOBE, KOBE",
        "HCMCITY, HCMCITY", "THUA THIEN HUE, THUA THIEN HUE", "BARIA-VUNGTAU, BARIA-VUNGTAU"})
    void shortAndFoldedPlacesAreDatelines(String place, String expected) {
        Article article = NewsWire.parse(" date 2024-11-14 " + place + " — Tourists came back. VNS");
        assertThat(article.dateline().map(Dateline::place)).contains(expected);
        Article withoutDash = NewsWire.parse(" date 2024-11-14 " + place + " Tourists came back. VNS");
        assertThat(withoutDash.dateline().map(Dateline::place)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNDP", "WHO", "ASEAN", "APEC", "EVN", "FDI"})
    void shortAcronymsAreNot(String acronym) {
        for (String dash : List.of(" – ", " ")) {
            Article article = NewsWire.parse(" date 2024-11-14 " + acronym + dash + "The agency met. VNS");
            assertThat(article.dateline()).as(acronym + dash).isEmpty();
            assertThat(article.diagnostics()).as(acronym + dash).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"BÌNH PHƯỚC PROVINCE", "LONG THÀNH DISTRICT"})
    void placesCanBeAdded(String place) {
        WireParser parser = WireParser.builder().addPlaces(List.of(place.toLowerCase(java.util.Locale.ROOT))).build();
        assertThat(parser.parse(" date 2024-11-14 " + place + " The road opened. VNS").dateline().map(Dateline::place))
                .contains(place);
        assertThat(NewsWire.parse(" date 2024-11-14 " + place + " The road opened. VNS").dateline()).isEmpty();
    }
}
