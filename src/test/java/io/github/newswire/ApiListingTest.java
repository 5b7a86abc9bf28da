package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md lists the public API, as javap prints it, of the exported packages. Run with
 * -Dnewswire.api.update=true after a deliberate change of the API to rewrite the listing.
 */
class ApiListingTest {

    private static final Path API = Path.of("docs", "api.md");
    private static final String BEGIN = "<!-- javap listing: begin -->\n";
    private static final String END = "<!-- javap listing: end -->";

    @Test
    void docsListTheCurrentPublicApi() throws IOException {
        String listing = "```java\n" + listing() + "```\n";
        String doc = Files.readString(API);
        int begin = doc.indexOf(BEGIN) + BEGIN.length();
        int end = doc.indexOf(END);
        if (Boolean.getBoolean("newswire.api.update")) {
            Files.writeString(API, doc.substring(0, begin) + listing + doc.substring(end));
            doc = Files.readString(API);
        }
        assertThat(doc.substring(begin, doc.indexOf(END)))
                .as("docs/api.md is out of date: run ./mvnw test -Dtest=ApiListingTest -Dnewswire.api.update=true")
                .isEqualTo(listing);
    }

    private static String listing() throws IOException {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringBuilder listing = new StringBuilder();
        for (String pkg : List.of("io/github/newswire", "io/github/newswire/model", "io/github/newswire/parser",
                "io/github/newswire/corpus", "io/github/newswire/writer", "io/github/newswire/json")) {
            List<Path> classes;
            try (Stream<Path> files = Files.list(Path.of("target", "classes").resolve(pkg))) {
                classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path type : classes) {
                StringWriter out = new StringWriter();
                javap.run(new PrintWriter(out), new PrintWriter(out), "-public", type.toString());
                String text = out.toString().replaceAll("(?m)^Compiled from .*\\n", "");
                if (text.startsWith("public ")) {
                    listing.append(text).append('\n');
                }
            }
        }
        return listing.toString();
    }
}
