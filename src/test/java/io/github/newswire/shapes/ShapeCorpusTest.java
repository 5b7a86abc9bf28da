package io.github.newswire.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every shape of the field survey, generated in every line-end and encoding variant, parsed and
 * checked field by field; prints the accuracy per shape. Negative shapes (acronym ledes, last
 * sentences that name an agency) must give no dateline and no sign-off.
 */
class ShapeCorpusTest {

    private static final int FILES_PER_SHAPE = 40;

    @Test
    void everyShapeOfTheSurveyIsReadExactly() {
        Random random = new Random(20241114);
        Map<String, int[]> accuracy = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (ShapeCorpus.Shape shape : ShapeCorpus.shapes()) {
            int[] counts = accuracy.computeIfAbsent(shape.name(), name -> new int[2]);
            for (int i = 0; i < FILES_PER_SHAPE; i++) {
                ShapeCorpus.Draft draft = shape.writer().apply(random);
                for (String variant : ShapeCorpus.VARIANTS) {
                    ShapeCorpus.Sample sample = ShapeCorpus.variant(shape.name(), draft, variant);
                    Article article = NewsWire.parse(sample.bytes());
                    for (Map.Entry<String, Boolean> field : compare(article, sample.expected()).entrySet()) {
                        counts[1]++;
                        if (field.getValue()) {
                            counts[0]++;
                        } else if (misses.size() < 20) {
                            misses.add(shape.name() + " / " + variant + " / " + field.getKey() + ": "
                                    + article + "\n  expected " + sample.expected());
                        }
                    }
                }
            }
        }
        int right = 0;
        int all = 0;
        System.out.println("Shape corpus (" + FILES_PER_SHAPE + " files a shape, each in " + ShapeCorpus.VARIANTS
                + "): fields right");
        for (Map.Entry<String, int[]> entry : accuracy.entrySet()) {
            int[] counts = entry.getValue();
            right += counts[0];
            all += counts[1];
            System.out.printf("  %6.2f %%  %5d/%-5d  %s%n", 100.0 * counts[0] / counts[1], counts[0], counts[1],
                    entry.getKey());
        }
        System.out.printf("  %6.2f %%  %5d/%-5d  all shapes%n", 100.0 * right / all, right, all);
        assertThat(misses).as("fields read wrong").isEmpty();
        assertThat(right).isEqualTo(all);
    }

    /** Each field of the expectation, and whether the article has it right. */
    private static Map<String, Boolean> compare(Article article, ShapeCorpus.Expected expected) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        Optional<Dateline> dateline = article.dateline();
        fields.put("date", article.date().equals(Optional.of(expected.date())));
        fields.put("place", dateline.map(Dateline::place).equals(expected.place()));
        fields.put("country", dateline.flatMap(Dateline::country).equals(expected.country()));
        fields.put("day", dateline.flatMap(Dateline::date).equals(expected.day()));
        fields.put("agency", dateline.flatMap(Dateline::agency).equals(expected.agency()));
        fields.put("dash", dateline.flatMap(Dateline::dash).map(Dash::symbol).equals(expected.dash()));
        fields.put("lede", article.lede().map(Paragraph::text).filter(t -> t.startsWith(expected.ledeStart()))
                .isPresent());
        fields.put("paragraphs", article.paragraphs().size() == expected.paragraphs());
        fields.put("last paragraph", !article.paragraphs().isEmpty()
                && article.paragraphs().get(article.paragraphs().size() - 1).text().endsWith(expected.lastEnd()));
        fields.put("sign-off", article.attribution().map(Attribution::agencies).equals(expected.credit()));
        fields.put("sign-off dash", article.attribution().flatMap(Attribution::dash).map(Dash::symbol)
                .equals(expected.creditDash()));
        fields.put("end mark", article.endMark().equals(expected.endMark()));
        fields.put("diagnostics", article.diagnostics().stream().map(d -> d.code().id()).toList()
                .equals(expected.codes()));
        return fields;
    }
}
