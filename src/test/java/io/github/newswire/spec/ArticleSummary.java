package io.github.newswire.spec;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article as the summary lines that the spec's examples expect: one line per part,
 * absent parts left out, invisible characters shown with the spec's markers.
 */
public final class ArticleSummary {

    private ArticleSummary() {
    }

    public static String render(Article article) {
        List<String> lines = new ArrayList<>();
        article.date().ifPresent(date -> lines.add("date: " + date));
        boolean atEnd = article.isBylineAtEnd();
        if (!atEnd) {
            article.byline().ifPresent(byline -> lines.add("byline: " + visible(byline)));
        }
        article.dateline().ifPresent(dateline -> lines.add("dateline: " + render(dateline)));
        for (Paragraph paragraph : article.paragraphs()) {
            lines.add("paragraph: " + visible(paragraph.text()));
        }
        article.attribution().ifPresent(attribution -> lines.add("attribution: " + render(attribution)));
        article.endMark().ifPresent(mark -> lines.add("end mark: [" + mark + "]"));
        if (atEnd) {
            article.byline().ifPresent(byline -> lines.add("byline: " + visible(byline) + " (at the end)"));
        }
        article.translator().ifPresent(translator -> lines.add("translator: " + visible(translator)));
        for (Diagnostic diagnostic : article.diagnostics()) {
            lines.add(render(diagnostic));
        }
        return String.join("\n", lines);
    }

    public static String render(Diagnostic d) {
        return d.severity().label() + " " + d.code().id() + " " + d.line() + ":" + d.column() + ": " + d.message();
    }

    private static String render(Dateline dateline) {
        return "[" + dateline.place() + "]"
                + dateline.country().map(country -> " country [" + country + "]").orElse("")
                + dateline.date().map(day -> " date [" + day + "]").orElse("")
                + dateline.agency().map(agency -> " agency [" + agency + "]").orElse("")
                + dateline.dash().map(dash -> " dash [" + dash.symbol() + "]").orElse("");
    }

    private static String render(Attribution attribution) {
        return "[" + attribution.text() + "] agencies " + attribution.agencies()
                + attribution.dash().map(dash -> " dash [" + dash.symbol() + "]").orElse("");
    }

    static String visible(String text) {
        return text.replace("\r", "␍").replace("\n", "↵").replace("\t", "→");
    }
}
