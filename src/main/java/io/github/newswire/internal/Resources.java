package io.github.newswire.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists shipped as resource files: one entry a line, {@code #} lines and blank lines skipped. */
public final class Resources {

    private Resources() {
    }

    /**
     * Reads a list.
     *
     * @param owner    the class whose package holds the resource
     * @param resource the file name, such as {@code places.txt}
     * @return the entries, stripped, in file order
     * @throws IllegalStateException if the resource is missing from the jar
     */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
