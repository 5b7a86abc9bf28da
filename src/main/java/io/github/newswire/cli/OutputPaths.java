package io.github.newswire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code convert} writes the documents of one input: the input's path below the output
 * folder, mirrored from the argument it was found under ({@code corpus/a/b.xml} of the argument
 * {@code corpus} goes to {@code DIR/corpus/a/}), an archive's entries in a folder named after the
 * archive ({@code day.tar.gz!/x/y.txt} goes to {@code DIR/day.tar.gz/x/}), and the file's items as
 * {@code NAME.EXT}, or {@code NAME.ITEM.EXT} when it holds several; standard input is
 * {@code stdin.EXT}. Entry names never lead out of the output folder: {@code ..}, {@code .} and
 * empty segments are dropped.
 */
final class OutputPaths {

    private final Path folder;
    private final List<Path> arguments;

    OutputPaths(Path folder, List<Path> arguments) {
        this.folder = folder;
        this.arguments = arguments;
    }

    /**
     * The path of one item's document.
     *
     * @param input     the input's path, {@code ARCHIVE!/ENTRY} for an archive entry
     * @param item      the item's index
     * @param items     how many items the input holds
     * @param extension the target format's extension, without its dot
     * @return the document's path, inside the output folder
     */
    Path of(Path input, int item, int items, String extension) {
        List<String> parts = split(input.toString(), "!/");
        List<String> segments = new ArrayList<>(outer(Path.of(parts.get(0))));
        for (int i = 1; i < parts.size(); i++) {
            for (String segment : split(parts.get(i), "/")) {
                safeAdd(segments, segment);
            }
        }
        if (segments.isEmpty()) {
            segments.add("stdin");
        }
        String name = segments.remove(segments.size() - 1);
        String file = baseName(name) + (items > 1 ? "." + item : "") + "." + extension;
        Path path = folder;
        for (String segment : segments) {
            path = path.resolve(segment);
        }
        return path.resolve(file);
    }

    /** The segments of a file's path as mirrored: from the name of the argument it was found under. */
    private List<String> outer(Path file) {
        List<String> segments = new ArrayList<>();
        if (file.equals(Inputs.STDIN)) {
            segments.add("stdin");
            return segments;
        }
        for (Path argument : arguments) {
            if (!argument.equals(Inputs.STDIN) && file.startsWith(argument)) {
                Path name = argument.toAbsolutePath().normalize().getFileName();
                if (name != null && !argument.equals(file)) {
                    safeAdd(segments, name.toString());
                }
                for (Path segment : argument.relativize(file)) {
                    safeAdd(segments, segment.toString());
                }
                if (argument.equals(file)) {
                    safeAdd(segments, file.getFileName() == null ? "" : file.getFileName().toString());
                }
                return segments;
            }
        }
        // A file named in a list: its own relative path when it stays below the folder, else its name.
        if (!file.isAbsolute()) {
            for (Path segment : file.normalize()) {
                safeAdd(segments, segment.toString());
            }
            if (!file.normalize().startsWith("..")) {
                return segments;
            }
            segments.clear();
        }
        if (file.getFileName() != null) {
            safeAdd(segments, file.getFileName().toString());
        }
        return segments;
    }

    /** The text's parts between separators (the library uses no regular expressions, not even here). */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
            parts.add(text.substring(start, at));
            start = at + separator.length();
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static void safeAdd(List<String> segments, String segment) {
        if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
            segments.add(segment.replace('\\', '_'));
        }
    }

    /** A file name without {@code .gz} and then its extension: {@code story.txt.gz} is {@code story}. */
    static String baseName(String name) {
        String base = name.endsWith(".gz") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
