package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java example of the README and of the Javadoc overview compiles against the library and
 * runs, so the documentation cannot go stale.
 */
class DocExamplesTest {

    /** One example: where it is, and its code. */
    record Example(String where, String code) {
        @Override
        public String toString() {
            return where;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        String readme = Files.readString(Path.of("README.md"));
        collect(examples, "README.md", readme, "```java\n", "```");
        String overview = Files.readString(Path.of("src", "main", "javadoc", "overview.html"));
        collect(examples, "overview.html", overview, "<pre>{@code\n", "}</pre>");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        return examples.stream();
    }

    private static void collect(List<Example> examples, String file, String text, String open, String close) {
        int at = 0;
        while ((at = text.indexOf(open, at)) >= 0) {
            int start = at + open.length();
            int end = text.indexOf(close, start);
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            examples.add(new Example(file + ":" + line, text.substring(start, end)));
            at = end;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void compilesAndRuns(Example example, @TempDir Path dir) throws Exception {
        String source = """
                import io.github.newswire.*;
                import io.github.newswire.corpus.*;
                import io.github.newswire.json.*;
                import io.github.newswire.model.*;
                import io.github.newswire.parser.*;
                import io.github.newswire.writer.*;
                import java.io.*;
                import java.nio.file.*;
                import java.util.*;
                import java.util.stream.*;

                public class Example {
                    public static void run() throws Exception {
                %s
                    }
                }
                """.formatted(example.code());
        Path file = Files.writeString(dir.resolve("Example.java"), source);
        String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter messages = new StringWriter();
        int status = javac.run(new PrintWriter(messages), new PrintWriter(messages), "-classpath", classPath, "-d",
                dir.toString(), "-proc:none", file.toString());
        assertThat(status).as("%s does not compile:%n%s%n%s", example, messages, source).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                DocExamplesTest.class.getClassLoader())) {
            Method run = loader.loadClass("Example").getMethod("run");
            run.invoke(null);
        }
    }
}
