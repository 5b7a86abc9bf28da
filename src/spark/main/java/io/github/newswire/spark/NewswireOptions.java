package io.github.newswire.spark;

import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.SentenceSegmenter;
import io.github.newswire.parser.WireParser;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options of {@code format("newswire")} and {@code newswire_parse}, read and checked once on
 * the driver and sent to the tasks. Names are case-insensitive, as for Spark's own sources.
 */
final class NewswireOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a file or entry that cannot be parsed becomes: Spark's names for the three ways. */
    enum Mode {
        /** A row with {@code failure} set. */
        PERMISSIVE,
        /** No row. */
        DROPMALFORMED,
        /** The query fails, naming the file. */
        FAILFAST
    }

    /** One parser per JVM and options: building one loads the word lists. */
    private static final Map<List<Object>, CorpusParser> CORPUS_PARSERS = new ConcurrentHashMap<>();

    final Mode mode;
    final boolean strict;
    final String inputFormat;
    final boolean sentences;
    final String pathGlobFilter;
    final boolean recursiveFileLookup;
    final long maxPartitionBytes;
    final long openCostInBytes;
    final List<String> paths;
    /** Null: the session's {@code spark.sql.files.ignoreMissingFiles}. */
    private final Boolean ignoreMissingFiles;
    /** Null when not given; else local date-times, in the session's time zone. */
    final LocalDateTime modifiedBefore;
    final LocalDateTime modifiedAfter;

    private NewswireOptions(Map<String, String> options) {
        Map<String, String> lower = new java.util.HashMap<>();
        options.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        this.mode = mode(lower.get("mode"));
        this.strict = bool(lower, "strict", false);
        this.inputFormat = inputFormat(lower.get("inputformat"));
        this.sentences = bool(lower, "sentences", false);
        this.pathGlobFilter = lower.get("pathglobfilter");
        this.recursiveFileLookup = bool(lower, "recursiveFileLookup", true);
        this.maxPartitionBytes = bytes(lower, "maxPartitionBytes");
        this.openCostInBytes = bytes(lower, "openCostInBytes");
        this.paths = paths(lower.get("path"), lower.get("paths"));
        this.ignoreMissingFiles = lower.containsKey("ignoremissingfiles") ? bool(lower, "ignoreMissingFiles", false)
                : null;
        this.modifiedBefore = time(lower, "modifiedBefore");
        this.modifiedAfter = time(lower, "modifiedAfter");
    }

    /** Whether a file deleted between the listing and its reading is skipped, when the option says. */
    Optional<Boolean> ignoreMissingFiles() {
        return Optional.ofNullable(ignoreMissingFiles);
    }

    /**
     * Reads and checks the options.
     *
     * @param options as given to the reader
     * @return the options
     * @throws IllegalArgumentException naming the option, what was expected and what was found
     */
    static NewswireOptions of(Map<String, String> options) {
        return new NewswireOptions(options);
    }

    /** The corpus parser these options ask for, shared by the tasks of this JVM. */
    CorpusParser corpusParser() {
        return CORPUS_PARSERS.computeIfAbsent(List.of(strict, inputFormat), key -> {
            WireParser.Builder parser = WireParser.builder().strict(strict);
            if (!inputFormat.isEmpty()) {
                parser.inputFormat(WireFormat.fromId(inputFormat).orElseThrow());
            }
            return CorpusParser.of(parser.build());
        });
    }

    /** The sentence segmenter, when paragraphs are to carry sentences. */
    Optional<SentenceSegmenter> segmenter() {
        return sentences ? Optional.of(Segmenter.DEFAULT) : Optional.empty();
    }

    private static Mode mode(String value) {
        if (value == null) {
            return Mode.PERMISSIVE;
        }
        for (Mode mode : Mode.values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw invalid("mode", "PERMISSIVE, DROPMALFORMED or FAILFAST", value);
    }

    private static String inputFormat(String value) {
        if (value == null || value.equalsIgnoreCase("auto")) {
            return "";
        }
        Optional<WireFormat> format = WireFormat.fromId(value.toLowerCase(Locale.ROOT));
        if (format.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (WireFormat known : WireFormat.values()) {
                ids.add(known.id());
            }
            throw invalid("inputFormat", "auto or one of " + String.join(", ", ids), value);
        }
        return format.get().id();
    }

    /** A time as Spark's file sources take it: {@code 2024-11-14T08:00:00}. */
    private static LocalDateTime time(Map<String, String> options, String name) {
        String value = options.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "a date-time such as 2024-11-14T08:00:00, in the session's time zone", value);
        }
    }

    private static boolean bool(Map<String, String> options, String name, boolean otherwise) {
        String value = options.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            return otherwise;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        throw invalid(name, "true or false", value);
    }

    /** A size in bytes, with Spark's suffixes (b, k, kb, m, mb, g, gb, …); -1 when not given. */
    private static long bytes(Map<String, String> options, String name) {
        String value = options.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            return -1;
        }
        try {
            long bytes = org.apache.spark.network.util.JavaUtils.byteStringAsBytes(value);
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // Said below, with the option's name.
        }
        throw invalid(name, "a positive size in bytes (134217728, 128m, 1g)", value);
    }

    /** The paths given: {@code load(path)} sets "path", {@code load(a, b, …)} sets "paths" as a JSON array. */
    private static List<String> paths(String path, String paths) {
        List<String> all = new ArrayList<>();
        if (path != null) {
            all.add(path);
        }
        if (paths != null) {
            try {
                JsonNode array = JsonMapper.builder().build().readTree(paths);
                for (JsonNode element : array) {
                    all.add(element.asString());
                }
            } catch (JacksonException e) {
                throw invalid("paths", "a JSON array of paths", paths);
            }
        }
        return List.copyOf(all);
    }

    private static IllegalArgumentException invalid(String option, String expected, String found) {
        return new IllegalArgumentException("newswire: invalid option " + option + " [" + found + "]: expected "
                + expected);
    }

    /** The default segmenter, built on first use. */
    private static final class Segmenter {
        static final SentenceSegmenter DEFAULT = SentenceSegmenter.builder().build();
    }
}
