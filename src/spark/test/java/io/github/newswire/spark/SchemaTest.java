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
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema mirrors the JSON contract and docs/spark.md; packing follows Spark's rule. No Spark session. */
class SchemaTest {

    @Test
    void everyJsonPropertyIsAColumnOfAMatchingTypeAtEveryDepth() throws IOException {
        JsonNode jsonSchema = JsonMapper.builder().build().readTree(Path.of("docs", "article.schema.json").toFile());
        StructType columns = NewswireSchema.schema(true);
        StructType withoutFailure = new StructType(java.util.Arrays.stream(columns.fields())
                .filter(field -> !field.name().equals("failure")).toArray(StructField[]::new));
        List<String> mismatches = new ArrayList<>();
        compare("", jsonSchema, withoutFailure, jsonSchema, mismatches);
        assertThat(mismatches).isEmpty();
    }

    /** Walks the JSON schema and the Spark type together, noting every difference by its path. */
    private static void compare(String path, JsonNode json, DataType spark, JsonNode root, List<String> mismatches) {
        JsonNode node = resolve(json, root);
        Set<String> types = new LinkedHashSet<>();
        if (node.has("type")) {
            if (node.get("type").isArray()) {
                node.get("type").forEach(type -> types.add(type.asString()));
            } else {
                types.add(node.get("type").asString());
            }
        }
        if (node.has("properties")) {
            if (!(spark instanceof StructType struct)) {
                mismatches.add(path + ": an object in JSON, " + spark.simpleString() + " in Spark");
                return;
            }
            Set<String> jsonNames = new LinkedHashSet<>(names(node.get("properties")));
            Set<String> sparkNames = new LinkedHashSet<>(List.of(struct.fieldNames()));
            if (!jsonNames.equals(sparkNames)) {
                mismatches.add(path + ": JSON " + jsonNames + ", Spark " + sparkNames);
                return;
            }
            for (StructField field : struct.fields()) {
                compare(path + "." + field.name(), node.get("properties").get(field.name()), field.dataType(), root,
                        mismatches);
            }
        } else if (node.has("items") || types.contains("array")) {
            if (!(spark instanceof ArrayType array)) {
                mismatches.add(path + ": an array in JSON, " + spark.simpleString() + " in Spark");
                return;
            }
            compare(path + "[]", node.get("items"), array.elementType(), root, mismatches);
        } else if (types.contains("integer")) {
            if (!(spark instanceof IntegerType) && !(spark instanceof LongType)) {
                mismatches.add(path + ": an integer in JSON, " + spark.simpleString() + " in Spark");
            }
        } else if (!(spark instanceof StringType) && !(spark instanceof DateType) && !(spark instanceof TimestampType)) {
            mismatches.add(path + ": a string in JSON, " + spark.simpleString() + " in Spark");
        }
    }

    /** A schema with its reference followed and, for "an object or null", the object. */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode at = node;
        for (int hops = 0; hops < 8; hops++) {
            if (at.has("$ref")) {
                at = root.at(at.get("$ref").asString().substring(1));
            } else if ((at.has("oneOf") || at.has("anyOf")) && !at.has("properties") && !at.has("type")) {
                JsonNode chosen = null;
                for (JsonNode option : at.has("oneOf") ? at.get("oneOf") : at.get("anyOf")) {
                    JsonNode resolved = resolve(option, root);
                    if (chosen == null || resolved.has("properties") || resolved.has("items")) {
                        chosen = resolved.path("type").asString("").equals("null") && chosen != null ? chosen : resolved;
                    }
                }
                at = chosen;
            } else {
                return at;
            }
        }
        return at;
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
            files.add(new FileListing.ListedFile(String.format("f%03d.txt", i), 3_000, 0));
        }
        files.add(new FileListing.ListedFile("big.tar.gz", 500_000_000L, 0));
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
