package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.newswire.model.Article;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.spec.ArticleContent;
import io.github.newswire.spec.SpecExample;
import io.github.newswire.spec.SpecReader;
import io.github.newswire.writer.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for every spec example, whatever its expected summary. */
class InvariantsTest {

    static List<SpecExample> examples() {
        return SpecReader.readExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everySpanSlicesTheInputToItsText(SpecExample example) {
        String input = example.input();
        Article article = NewsWire.parse(input);
        for (Paragraph paragraph : article.paragraphs()) {
            assertThat(input.substring(paragraph.span().start(), paragraph.span().end())).isEqualTo(paragraph.text());
            assertPositionIsRight(input, paragraph.span());
        }
        article.attribution().ifPresent(signOff -> {
            assertThat(input.substring(signOff.span().start(), signOff.span().end())).isEqualTo(signOff.text());
            assertPositionIsRight(input, signOff.span());
        });
    }

    /** Line and column recomputed the slow, obvious way. */
    private static void assertPositionIsRight(String input, SourceSpan span) {
        String before = input.substring(0, span.start()).replace("\r\n", "\n").replace('\r', '\n');
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lineSoFar = before.substring(before.lastIndexOf('\n') + 1);
        if (line == 1 && lineSoFar.startsWith("\uFEFF")) {
            lineSoFar = lineSoFar.substring(1);
        }
        assertThat(span.line()).as("line of %s", span).isEqualTo(line);
        assertThat(span.column()).as("column of %s", span).isEqualTo(lineSoFar.codePointCount(0, lineSoFar.length()) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsingWhatTheWriterWroteGivesTheSameArticle(SpecExample example) {
        Article article = NewsWire.parse(example.input());
        String written = new ArticleWriter().write(article);
        Article again = NewsWire.parse(written);
        assertThat(ArticleContent.withoutPositions(again)).isEqualTo(ArticleContent.withoutPositions(article));
        if (!article.hasErrors()) {
            // A bare dash is taken off the lede and not written back, and so is its warning.
            assertThat(again.diagnostics()).extracting(Diagnostic::code)
                    .isEqualTo(article.diagnostics().stream().map(Diagnostic::code)
                            .filter(code -> code != DiagnosticCode.MISSING_PLACE).toList());
        }
        assertThat(new ArticleWriter().write(again)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void articlesSurviveJavaSerialization(SpecExample example) throws IOException, ClassNotFoundException {
        Article article = NewsWire.parse(example.input()).withSource("spec/" + example.number());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(article);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(article);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void lenientParsingOfEveryPrefixNeverThrows(SpecExample example) {
        String input = example.input();
        for (int end = 0; end <= input.length(); end++) {
            String prefix = input.substring(0, end);
            assertThatCode(() -> NewsWire.parse(prefix)).as("prefix of length %d", end).doesNotThrowAnyException();
        }
    }
}
