package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Spark build's versions are the library's: its pom repeats them, since it has no parent. */
class VersionsTest {

    @Test
    void theSparkPomHasTheLibrarysVersionAndJackson() throws IOException {
        String root = Files.readString(Path.of("pom.xml"));
        String spark = Files.readString(Path.of("src", "spark", "pom.xml"));
        for (String tag : new String[] {"version", "jackson.version", "junit.version", "assertj.version"}) {
            assertThat(first(spark, tag)).as(tag).isEqualTo(first(root, tag));
        }
    }

    /** The first element of that name after the project's own artifactId. */
    private static String first(String pom, String tag) {
        int from = pom.indexOf("</artifactId>");
        int start = pom.indexOf("<" + tag + ">", from) + tag.length() + 2;
        return pom.substring(start, pom.indexOf("</" + tag + ">", start));
    }
}
