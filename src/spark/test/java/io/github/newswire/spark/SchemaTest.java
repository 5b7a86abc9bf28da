package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema mirrors the JSON contract and docs/spark.md; packing follows Spark's rule. No Spark session. */
class SchemaTest {

    @Test
    void everyJsonPropertyIsAColumnAndEveryColumnButFailureAJsonProperty() throws IOException {
        JsonNode schema = JsonMapper.builder().build().readTree(Path.of("docs", "article.schema.json").toFile());
        Set<String> json = new LinkedHashSet<>(names(schema.get("properties")));
        Set<String> columns = new LinkedHashSet<>(List.of(NewswireSchema.schema(false).fieldNames()));
        columns.remove("failure");
        assertThat(columns).containsExactlyInAnyOrderElementsOf(json);
        StructType paragraph = (StructType) ((ArrayType) NewswireSchema.schema(true).apply("paragraphs").dataType())
                .elementType();
        assertThat(paragraph.fieldNames()).containsExactlyInAnyOrderElementsOf(
                names(schema.get("properties").get("paragraphs").get("items").get("properties")));
    }

    @Test
    void docsSparkMdNamesEveryColumn() throws IOException {
        String doc = Files.readString(Path.of("docs", "spark.md"));
        String table = doc.substring(doc.indexOf("## The schema"), doc.indexOf("## Options"));
        for (String column : NewswireSchema.schema(true).fieldNames()) {
            assertThat(table).as(column).contains("`" + column + "`");
        }
    }

    @Test
    void smallFilesShareTasksAndALargeArchiveHasOneToItself() {
        List<FileListing.ListedFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(new FileListing.ListedFile(String.format("f%03d.txt", i), 3_000));
        }
        files.add(new FileListing.ListedFile("big.tar.gz", 500_000_000L));
        List<NewswirePartition> tasks = FileListing.pack(files, 128L << 20, 4L << 20, 2);
        assertThat(tasks.get(0).paths()).containsExactly("big.tar.gz");
        // A file joins a task while the task's bytes plus its length fit 128 MiB; each counts 4 MiB + 3 kB: 32 a task.
        assertThat(tasks.subList(1, tasks.size())).extracting(task -> task.paths().length)
                .containsExactly(32, 32, 32, 4);
        assertThat(tasks.get(1).paths()[0]).isEqualTo("f000.txt");
        assertThat(tasks.stream().mapToInt(task -> task.paths().length).sum()).isEqualTo(101);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }
}
