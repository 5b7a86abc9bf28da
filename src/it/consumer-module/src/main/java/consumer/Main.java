package consumer;

import io.github.newswire.NewsWire;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import java.nio.file.Path;
import java.util.List;

/** Uses the public API only, as a user's project would, and checks what it gets. */
public final class Main {

    public static void main(String[] args) throws Exception {
        Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
        check(article.date().orElseThrow().toString(), "2024-11-14");
        check(article.dateline().orElseThrow().place(), "LIMA");
        check(String.valueOf(article.paragraphs().size()), "11");
        check(article.attribution().orElseThrow().agencies().toString(), "[VNS]");
        Article strict = WireParser.builder().strict(true).addAgencies(List.of("VOV")).build()
                .parse(Path.of("seeds/003_7daabe1ce4688c7f.txt"));
        check(ArticleJson.fromJson(ArticleJson.toJson(strict)).equals(strict) ? "equal" : "different", "equal");
        System.out.println("consumer: newswire works as a dependency (" + Main.class.getModule() + ")");
    }

    private static void check(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new AssertionError("expected " + expected + ", found " + actual);
        }
    }
}
