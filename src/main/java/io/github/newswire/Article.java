package io.github.newswire;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One news wire article: its date, byline, dateline, paragraphs and sign-off, with the problems
 * found while parsing it.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * article.date();                          // Optional[2024-11-14]
 * article.dateline().map(Dateline::place); // Optional[LIMA]
 * article.lede().map(Paragraph::text);     // Optional[Vietnamese State President …]
 * article.attribution().map(Attribution::agencies); // Optional[[VNS]]
 * }</pre>
 *
 * <p>Articles are immutable and thread-safe; absent parts are empty {@link Optional}s, never
 * {@code null}. The lede is the first paragraph; the dateline and the sign-off are not part of
 * any paragraph, and neither is the byline.
 *
 * @param source      where the article was read from (a path as given), if known
 * @param date        the date of the {@code date} preamble, if present and valid
 * @param byline      the author named in a {@code By …} line after the preamble, if any
 * @param dateline    the place that opens the lede, if any
 * @param paragraphs  the body's paragraphs in order, the lede first
 * @param attribution the agency sign-off, if any
 * @param endMark     the end-of-story mark after the last paragraph, such as VNA's {@code ./.},
 *                    if any (the full stop it starts with stays in the paragraph)
 * @param diagnostics the problems found, in the order found
 * @since 0.1
 */
public record Article(
        Optional<String> source,
        Optional<LocalDate> date,
        Optional<String> byline,
        Optional<Dateline> dateline,
        List<Paragraph> paragraphs,
        Optional<Attribution> attribution,
        Optional<String> endMark,
        List<Diagnostic> diagnostics) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /**
     * Checks the components and copies the lists.
     *
     * @param source      where the article was read from (a path as given), if known
     * @param date        the date of the {@code date} preamble, if present and valid
     * @param byline      the author named in a {@code By …} line after the preamble, if any
     * @param dateline    the place that opens the lede, if any
     * @param paragraphs  the body's paragraphs in order, the lede first
     * @param attribution the agency sign-off, if any
     * @param endMark     the end-of-story mark, such as {@code ./.}, if any
     * @param diagnostics the problems found, in the order found
     * @throws NullPointerException if a component or a list element is null
     */
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(endMark, "endMark");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * An article without an end-of-story mark.
     *
     * @param source      where the article was read from (a path as given), if known
     * @param date        the date of the {@code date} preamble, if present and valid
     * @param byline      the author named in a {@code By …} line after the preamble, if any
     * @param dateline    the place that opens the lede, if any
     * @param paragraphs  the body's paragraphs in order, the lede first
     * @param attribution the agency sign-off, if any
     * @param diagnostics the problems found, in the order found
     * @throws NullPointerException if a component or a list element is null
     */
    public Article(Optional<String> source, Optional<LocalDate> date, Optional<String> byline,
            Optional<Dateline> dateline, List<Paragraph> paragraphs, Optional<Attribution> attribution,
            List<Diagnostic> diagnostics) {
        this(source, date, byline, dateline, paragraphs, attribution, Optional.empty(), diagnostics);
    }

    /**
     * Returns the lede, the first paragraph.
     *
     * @return the first paragraph, or empty if the article has none
     */
    public Optional<Paragraph> lede() {
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(paragraphs.get(0));
    }

    /**
     * Returns the body as plain text: the paragraphs' texts separated by a blank line, without
     * the dateline and the sign-off.
     *
     * @return the body text, empty if there are no paragraphs
     */
    public String bodyText() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }

    /**
     * Tells whether any diagnostic is an {@link Severity#ERROR error}.
     *
     * @return true if the input broke the wire format somewhere
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Returns a copy of this article that records where it was read from.
     *
     * @param newSource the path or other name of the source, or null for none
     * @return an article equal to this one but for its source
     */
    public Article withSource(String newSource) {
        return new Article(Optional.ofNullable(newSource), date, byline, dateline, paragraphs, attribution, endMark,
                diagnostics);
    }

    // Optional is not Serializable: the record travels as this form instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(source.orElse(null), date.orElse(null), byline.orElse(null),
                dateline.orElse(null), paragraphs, attribution.orElse(null), endMark.orElse(null), diagnostics);
    }

    private record SerializedForm(String source, LocalDate date, String byline, Dateline dateline,
            List<Paragraph> paragraphs, Attribution attribution, String endMark, List<Diagnostic> diagnostics)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;

        @Serial
        private Object readResolve() {
            return new Article(Optional.ofNullable(source), Optional.ofNullable(date), Optional.ofNullable(byline),
                    Optional.ofNullable(dateline), paragraphs, Optional.ofNullable(attribution),
                    Optional.ofNullable(endMark), diagnostics);
        }
    }
}
