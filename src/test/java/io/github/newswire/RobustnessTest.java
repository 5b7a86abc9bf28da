package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.newswire.model.Article;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.parser.WireParser;
import io.github.newswire.spec.ArticleContent;
import io.github.newswire.spec.SpecExample;
import io.github.newswire.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec's examples under other line ends and with a byte order mark, from many threads; and no regex. */
class RobustnessTest {

    static List<SpecExample> examples() {
        return SpecReader.readExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void crlfLineEndsGiveTheSameArticle(SpecExample example) {
        String lf = example.input();
        String crlf = lf.replace("\r\n", "\n").replace("\n", "\r\n");
        Article expected = NewsWire.parse(lf.replace("\r\n", "\n"));
        Article actual = NewsWire.parse(crlf);
        assertThat(summaryWithLf(actual)).isEqualTo(summaryWithLf(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aByteOrderMarkChangesNothingButOffsets(SpecExample example) {
        String input = example.input();
        if (input.startsWith("\uFEFF")) {
            return;
        }
        Article plain = NewsWire.parse(input);
        Article withBom = NewsWire.parse("\uFEFF" + input);
        assertThat(ArticleContent.withoutPositions(withBom)).isEqualTo(ArticleContent.withoutPositions(plain));
        assertThat(withBom.diagnostics()).isEqualTo(plain.diagnostics());
        for (int i = 0; i < plain.paragraphs().size(); i++) {
            SourceSpan a = plain.paragraphs().get(i).span();
            SourceSpan b = withBom.paragraphs().get(i).span();
            assertThat(b).isEqualTo(new SourceSpan(a.start() + 1, a.end() + 1, a.line(), a.column()));
        }
        byte[] bytes = ("\uFEFF" + input).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatCode(() -> NewsWire.parse(bytes)).doesNotThrowAnyException();
        assertThat(NewsWire.parse(bytes)).isEqualTo(plain);
    }

    private static String summaryWithLf(Article article) {
        return io.github.newswire.spec.ArticleSummary.render(article).replace("␍↵", "↵");
    }

    @Test
    void oneParserSharedByEightThreadsGivesWhatOneThreadGives() throws Exception {
        WireParser parser = WireParser.builder().build();
        List<SpecExample> examples = examples();
        List<Article> expected = new ArrayList<>();
        for (SpecExample example : examples) {
            expected.add(parser.parse(example.input()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Article>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                Callable<List<Article>> task = () -> {
                    List<Article> articles = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        articles.clear();
                        for (SpecExample example : examples) {
                            articles.add(parser.parse(example.input()));
                        }
                    }
                    return articles;
                };
                results.add(pool.submit(task));
            }
            for (Future<List<Article>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The parser must not backtrack on input, so the library uses no regular expressions at all:
     * not java.util.regex, nor the String methods that compile one.
     */
    @Test
    void theLibraryUsesNoRegularExpressions() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                // File-name globs (WireFiles) use the JDK's PathMatcher: file names, not parsed text.
                String code = Files.readString(source).replace("matcher.matches(", "");
                for (String regexUse : List.of("java.util.regex", ".matches(", ".replaceAll(", ".replaceFirst(",
                        ".split(", "Pattern.")) {
                    if (code.contains(regexUse)) {
                        offenders.add(source + " uses " + regexUse);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
