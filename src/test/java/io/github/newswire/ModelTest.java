package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Severity;
import io.github.newswire.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The records: immutable, never null, checked. */
class ModelTest {

    private static final SourceSpan SPAN = new SourceSpan(0, 3, 1, 1);

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph("One", SPAN)));
        Article article = new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                paragraphs, Optional.empty(), List.of());
        paragraphs.clear();
        assertThat(article.paragraphs()).hasSize(1);
        assertThatThrownBy(() -> article.paragraphs().add(new Paragraph("Two", SPAN)))
                .isInstanceOf(UnsupportedOperationException.class);
        List<String> agencies = new ArrayList<>(List.of("VNS"));
        Attribution attribution = new Attribution("VNS", agencies, Optional.empty(), SPAN);
        agencies.add("VNA");
        assertThat(attribution.agencies()).containsExactly("VNS");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> new Paragraph(null, SPAN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Article(null, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Dateline("LIMA", null, Dash.EN_DASH)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new SourceSpan(5, 4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceSpan(0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dateline(" ", Optional.empty(), Dash.EN_DASH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attribution("VNS", List.of(), Optional.empty(), SPAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnostic(Severity.ERROR, DiagnosticCode.INVALID_DATE, "m", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convenienceAccessors() {
        Article article = NewsWire.parse(" date 2024-11-14 LIMA – One.\n\nTwo. VNS");
        assertThat(article.lede()).map(Paragraph::text).contains("One.");
        assertThat(article.bodyText()).isEqualTo("One.\n\nTwo.");
        assertThat(article.hasErrors()).isFalse();
        assertThat(article.withSource("a.txt").source()).contains("a.txt");
        assertThat(article.withSource(null).source()).isEmpty();
        Article empty = NewsWire.parse("");
        assertThat(empty.lede()).isEmpty();
        assertThat(empty.bodyText()).isEmpty();
        assertThat(empty.hasErrors()).isTrue();
    }

    @Test
    void codesAndDashesHaveStableNames() {
        assertThat(DiagnosticCode.fromId("invalid-date")).contains(DiagnosticCode.INVALID_DATE);
        assertThat(DiagnosticCode.fromId("nope")).isEmpty();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(code.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(DiagnosticCode.fromId(code.id())).contains(code);
        }
        assertThat(Dash.fromSymbol("—")).contains(Dash.EM_DASH);
        assertThat(Dash.fromSymbol("--")).contains(Dash.DOUBLE_HYPHEN);
        assertThat(Dash.fromSymbol("~")).isEmpty();
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
    }
}
