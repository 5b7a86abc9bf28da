package io.github.newswire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users take: newswire-spark-VERSION.jar alone beside Spark's class path reads
 * format("newswire") and registers newswire_parse; it holds no Spark or Scala class, and Jackson 3
 * only relocated.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("newswire.spark.jar"));

    @TempDir
    Path dir;

    @Test
    void theJarHoldsNewswireAndRelocatedJacksonButNoSparkOrScala() throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().forEach(entry -> names.add(entry.getName()));
        }
        assertThat(names).contains("io/github/newswire/spark/NewswireDataSource.class",
                "io/github/newswire/parser/WireParser.class",
                "io/github/newswire/internal/vns/places.txt",
                "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister");
        assertThat(names).anyMatch(name -> name.startsWith("io/github/newswire/spark/shaded/tools/jackson/databind/"));
        // Jackson anywhere but under the relocated prefix (Java-version-specific copies included) would meet the user's.
        assertThat(names).noneMatch(name -> name.contains("tools/jackson/")
                && !name.startsWith("io/github/newswire/spark/shaded/tools/jackson/"));
        assertThat(names).noneMatch(name -> name.startsWith("com/fasterxml/") || name.startsWith("org/apache/spark/")
                || name.startsWith("scala/") || name.startsWith("org/slf4j/") || name.startsWith("io/github/newswire/cli/"));
        // The licenses: newswire's Apache-2.0 text, and the third-party texts Jackson ships.
        assertThat(names).contains("META-INF/LICENSE", "META-INF/NOTICE", "META-INF/FastDoubleParser-LICENSE");
    }

    @Test
    void sparksClassPathAndTheJarAreAllFormatNewswireNeeds() throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // Neither the classes the jar was made from nor the Jackson 3 it holds.
            if (!entry.contains("tools" + File.separator + "jackson") && !entry.endsWith("classes")
                    && !entry.equals(JAR.toString())) {
                classPath.add(entry);
            }
        }
        classPath.add(JAR.toString());
        classPath.add(Path.of(ShadedJarSmoke.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : System.getProperty("newswire.spark.argLine").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        Path archives = Files.createDirectories(dir.resolve("archives"));
        Files.write(archives.resolve("formats.zip"), LocalSpark.zip(LocalSpark.wireFiles()));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), ShadedJarSmoke.class.getName(),
                Path.of("seeds").toAbsolutePath().toString(),
                Path.of("src", "test", "resources", "formats").toAbsolutePath().toString(), archives.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=2 first=2024-11-14 function=2");
        assertThat(output).contains("formats=[anpa1312, iptc7901, newsml, newsml-g2, ninjs, nitf, vns]");
        assertThat(output).containsPattern("zip-entries=[1-9][0-9]");
    }
}
