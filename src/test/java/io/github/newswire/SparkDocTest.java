package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/spark.md shows the Spark job that the -Pspark test runs, unchanged. */
class SparkDocTest {

    @Test
    void theDocumentedJobIsTheTestedJob() throws IOException {
        String job = Files.readString(Path.of("src", "spark", "java", "io", "github", "newswire", "spark",
                "WireToJsonLines.java"));
        String doc = Files.readString(Path.of("docs", "spark.md"));
        assertThat(doc).contains("```java\n" + job + "```\n");
    }
}
