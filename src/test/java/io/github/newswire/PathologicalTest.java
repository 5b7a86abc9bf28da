package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input: each case is a few megabytes built to make a careless parser go quadratic or
 * recurse deeply. Surefire runs with a 256k stack; the timeouts only guard against a hang.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalTest {

    private static final int SIZE = 4_000_000;

    @Test
    void newlines() {
        Article article = NewsWire.parse(" date 2024-11-14 A." + "\n".repeat(SIZE) + "B. VNS");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.attribution()).isPresent();
    }

    @Test
    void spaces() {
        assertThat(NewsWire.parse(" date 2024-11-14" + " ".repeat(SIZE)).diagnostics())
                .extracting(Diagnostic::code).containsExactly(DiagnosticCode.EMPTY_BODY);
    }

    @Test
    void dashes() {
        Article article = NewsWire.parse(" date 2024-11-14 HÀ NỘI " + "- ".repeat(SIZE / 2) + "VNS");
        assertThat(article.dateline()).isPresent();
    }

    @Test
    void signOffLookalikes() {
        Article article = NewsWire.parse(" date 2024-11-14 " + "VNS ".repeat(SIZE / 4) + "VNS");
        assertThat(article.attribution()).isEmpty();
        Article slashes = NewsWire.parse(" date 2024-11-14 Done. " + "VNS/".repeat(SIZE / 4) + "VNS");
        assertThat(slashes.attribution()).isEmpty();
    }

    @Test
    void oneLongLine() {
        Article article = NewsWire.parse(" date 2024-11-14 " + "x".repeat(SIZE) + ". VNS");
        assertThat(article.paragraphs()).hasSize(1);
        assertThat(article.attribution().orElseThrow().span().column()).isEqualTo(SIZE + 20);
    }

    @Test
    void manyTinyParagraphs() {
        Article article = NewsWire.parse(" date 2024-11-14 " + "a\n\n".repeat(SIZE / 3) + "VNS");
        assertThat(article.paragraphs()).hasSize(SIZE / 3);
    }

    @Test
    void datelineLikeCapitalWords() {
        Article article = NewsWire.parse(" date 2024-11-14 " + "HÀ NỘI ".repeat(SIZE / 7) + "— text. VNS");
        assertThat(article.dateline()).isEmpty();
    }

    @Test
    void bylineLikeWords() {
        Article article = NewsWire.parse(" date 2024-11-14 By " + "Thu ".repeat(SIZE / 4) + "\n\nText. VNS");
        assertThat(article.byline()).isEmpty();
    }
}
