package io.github.newswire.spec;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares articles by content: the writer's canonical form moves text around. */
public final class ArticleContent {

    private ArticleContent() {
    }

    /**
     * The article without positions and diagnostics: the writer's canonical form moves text
     * around, and cannot write an invalid date back, but must keep every part and its text.
     */
    public static Article withoutPositions(Article article) {
        SourceSpan nowhere = new SourceSpan(0, 0, 1, 1);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            paragraphs.add(new Paragraph(paragraph.text(), nowhere));
        }
        Optional<Attribution> attribution = article.attribution()
                .map(a -> new Attribution(a.text(), a.agencies(), a.dash(), nowhere));
        return new Article(article.source(), article.date(), article.byline(), article.dateline(), paragraphs,
                attribution, article.endMark(), List.of());
    }
}
