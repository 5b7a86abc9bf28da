package io.github.newswire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison point for the benchmarks: a straightforward parser of the kind a user would write
 * with regular expressions (a header regex, a dateline regex, a sign-off regex, {@code split}).
 * It is less careful than newswire (no positions, no diagnostics, no CR line ends, no NFD), which
 * only flatters it.
 */
public final class RegexParser {

    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .,'-]*?|[\\p{Lu}][\\p{L}\\p{M} .'-]*? \\(([A-Za-z]+)\\))\\s+(—|–|--|-)\\s+");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?<=[.!?”\"’])\\s+(?:(—|–|-)\\s*)?((?:VNS|VNA|Bizhub|Reuters|AFP|AP|Xinhua|Kyodo|Yonhap|Bernama|Antara|PNA|TASS)"
                    + "(?:/(?:VNS|VNA|Bizhub|Reuters|AFP|AP|Xinhua|Kyodo|Yonhap|Bernama|Antara|PNA|TASS))*)\\s*$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n\\s*\\r?\\n");

    /** What the regex parser finds. */
    public record Result(String date, String place, String agency, List<String> paragraphs, String signOff) {
    }

    private RegexParser() {
    }

    /**
     * Parses a wire file.
     *
     * @param text the file
     * @return what it found
     */
    public static Result parse(String text) {
        String date = null;
        String rest = text;
        Matcher header = HEADER.matcher(rest);
        if (header.find()) {
            date = header.group(1);
            rest = rest.substring(header.end());
        }
        String place = null;
        String agency = null;
        Matcher dateline = DATELINE.matcher(rest);
        if (dateline.find()) {
            place = dateline.group(1);
            agency = dateline.group(2);
            rest = rest.substring(dateline.end());
        }
        String signOff = null;
        Matcher end = SIGN_OFF.matcher(rest);
        if (end.find()) {
            signOff = end.group(2);
            rest = rest.substring(0, end.start());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(rest)) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        return new Result(date, place, agency, paragraphs, signOff);
    }
}
