package io.github.newswire.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the numbered examples out of {@code docs/format.md}. An example is a fenced block that
 * opens with {@code ````example N [options]}; a line holding a single {@code .} separates the
 * input from the expected summary.
 */
public final class SpecReader {

    public static final Path SPEC = Path.of("docs", "format.md");

    private static final String OPEN = "````example";
    private static final String CLOSE = "````";

    private SpecReader() {
    }

    public static List<SpecExample> readExamples() {
        try {
            return readExamples(Files.readAllLines(SPEC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SpecExample> readExamples(List<String> lines) {
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            }
            if (!line.startsWith(OPEN)) {
                continue;
            }
            int fenceLine = i + 1;
            String[] words = line.substring(OPEN.length()).trim().split("\\s+");
            int number = Integer.parseInt(words[0]);
            Set<String> options = new LinkedHashSet<>(List.of(words).subList(1, words.length));
            List<String> input = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            List<String> current = input;
            for (i++; !lines.get(i).equals(CLOSE); i++) {
                if (lines.get(i).equals(".") && current == input) {
                    current = expected;
                } else {
                    current.add(lines.get(i));
                }
            }
            if (current != expected) {
                throw new IllegalStateException("example " + number + " at line " + fenceLine + " has no '.' line");
            }
            examples.add(new SpecExample(number, section, fenceLine, options, unescape(String.join("\n", input)),
                    String.join("\n", expected)));
        }
        return examples;
    }

    /** Replaces the spec's markers for characters that cannot be seen or kept in Markdown. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '→' -> out.append('\t');
                case '␍' -> out.append('\r');
                case '␊' -> out.append('\n');
                case '␠' -> out.append(' ');
                case '⟨' -> {
                    int close = text.indexOf('⟩', i);
                    String code = text.substring(i + 1, close);
                    if (!code.startsWith("U+")) {
                        throw new IllegalArgumentException("unknown marker ⟨" + code + "⟩");
                    }
                    out.appendCodePoint(Integer.parseInt(code.substring(2), 16));
                    i = close;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
