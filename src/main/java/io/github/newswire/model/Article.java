package io.github.newswire.model;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One news wire article: its date, byline, dateline, paragraphs and sign-off, the metadata its
 * format carries, and the problems found while parsing it.
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
 * @param item        the article's index in its file, from 0, when the file holds several items
 * @param format      the wire format it was read from
 * @param date        the date of the {@code date} preamble, if present and valid; in the
 *                    structured formats, the day of the dateline or of {@code firstcreated} as
 *                    written
 * @param byline      the author named in a {@code By …} line after the preamble, or the
 *                    byline element of a structured format, if any
 * @param dateline    the place that opens the lede, or the dateline element, if any
 * @param paragraphs  the body's paragraphs in order, the lede first
 * @param attribution the agency sign-off, if any
 * @param endMark     the end-of-story mark after the last paragraph, such as VNA's {@code ./.},
 *                    if any (the full stop it starts with stays in the paragraph)
 * @param envelope    the metadata the format carries: headline, slug, urgency, subjects, times
 *                    ({@link Envelope#EMPTY} for VNS text)
 * @param markup      the body as the file marks it up (NITF's {@code body.content}, NewsML-G2's
 *                    {@code inlineXML} content, ninjs {@code body_html}), if the format has markup
 * @param diagnostics the problems found, in the order found
 * @param translator  the translator a credit names apart from the author ({@code Translated by …}), if any
 * @param bylineSpan  where the byline stands in the text, when read from text: before the lede, or,
 *                    for an end-of-story byline ({@code By …  - Translated by …}), after the last paragraph
 * @since 0.1
 */
public record Article(
        Optional<String> source,
        Optional<Integer> item,
        WireFormat format,
        Optional<LocalDate> date,
        Optional<String> byline,
        Optional<Dateline> dateline,
        List<Paragraph> paragraphs,
        Optional<Attribution> attribution,
        Optional<String> endMark,
        Envelope envelope,
        Optional<String> markup,
        List<Diagnostic> diagnostics,
        Optional<String> translator,
        Optional<SourceSpan> bylineSpan) implements Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    /**
     * Checks the components and copies the lists.
     *
     * @param source      where the article was read from (a path as given), if known
     * @param item        the article's index in its file, from 0, when the file holds several items
     * @param format      the wire format it was read from
     * @param date        the date of the {@code date} preamble, if present and valid
     * @param byline      the author named in a byline, if any
     * @param dateline    the place that opens the lede, or the dateline element, if any
     * @param paragraphs  the body's paragraphs in order, the lede first
     * @param attribution the agency sign-off, if any
     * @param endMark     the end-of-story mark, such as {@code ./.}, if any
     * @param envelope    the metadata the format carries
     * @param markup      the body as the file marks it up, if the format has markup
     * @param diagnostics the problems found, in the order found
     * @param translator  the translator a credit names apart from the author ({@code Translated by …}), if any
     * @param bylineSpan  where the byline stands in the text, when it was read from text: before the
     *                    lede, or after the last paragraph for an end-of-story byline
     * @throws NullPointerException     if a component or a list element is null
     * @throws IllegalArgumentException if {@code item} is negative
     */
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(endMark, "endMark");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(markup, "markup");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(translator, "translator");
        Objects.requireNonNull(bylineSpan, "bylineSpan");
        if (item.isPresent() && item.get() < 0) {
            throw new IllegalArgumentException("an item index counts from 0, found " + item.get());
        }
    }

    /**
     * An article without a translator and without the byline's position, as every reader but
     * the VNS reader gives it.
     *
     * @param source      where the article was read from (a path as given), if known
     * @param item        the article's index in its file, from 0, when the file holds several items
     * @param format      the wire format it was read from
     * @param date        the date of the {@code date} preamble, if present and valid
     * @param byline      the author named in a byline, if any
     * @param dateline    the place that opens the lede, or the dateline element, if any
     * @param paragraphs  the body's paragraphs in order, the lede first
     * @param attribution the agency sign-off, if any
     * @param endMark     the end-of-story mark, such as {@code ./.}, if any
     * @param envelope    the metadata the format carries
     * @param markup      the body as the file marks it up, if the format has markup
     * @param diagnostics the problems found, in the order found
     * @throws NullPointerException     if a component or a list element is null
     * @throws IllegalArgumentException if {@code item} is negative
     */
    public Article(Optional<String> source, Optional<Integer> item, WireFormat format, Optional<LocalDate> date,
            Optional<String> byline, Optional<Dateline> dateline, List<Paragraph> paragraphs,
            Optional<Attribution> attribution, Optional<String> endMark, Envelope envelope, Optional<String> markup,
            List<Diagnostic> diagnostics) {
        this(source, item, format, date, byline, dateline, paragraphs, attribution, endMark, envelope, markup,
                diagnostics, Optional.empty(), Optional.empty());
    }

    /**
     * An article read from VNS text.
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
    public Article(Optional<String> source, Optional<LocalDate> date, Optional<String> byline,
            Optional<Dateline> dateline, List<Paragraph> paragraphs, Optional<Attribution> attribution,
            Optional<String> endMark, List<Diagnostic> diagnostics) {
        this(source, Optional.empty(), WireFormat.VNS, date, byline, dateline, paragraphs, attribution, endMark,
                Envelope.EMPTY, Optional.empty(), diagnostics);
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
     * Returns the headline, from the {@link #envelope() envelope}.
     *
     * @return the main headline, or empty if the format or file has none
     */
    public Optional<String> headline() {
        return envelope.headline();
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
     * Tells whether the item is a package: a structure of groups that refer to other items (a
     * NewsML-G2 {@code packageItem}), not a story, whose {@link Envelope#groups() groups} say
     * what it holds.
     *
     * <pre>{@code
     * NewsWire.parse(Path.of("src/test/resources/formats/newsml-g2-package.xml")).isPackage(); // true
     * }</pre>
     *
     * @return true for a package
     * @since 0.5
     */
    public boolean isPackage() {
        return !envelope.groups().isEmpty();
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
     * Tells whether the byline stood after the story, in an end-of-story credit
     * ({@code By Name - Translated by Name}): a translator is named, or the byline's span starts
     * after the lede's or the sign-off's.
     *
     * <pre>{@code
     * NewsWire.parse(" date 2024-11-14 Rain fell.\n\nBy An - Translated by Quân").isBylineAtEnd(); // true
     * }</pre>
     *
     * @return true for a byline at the end
     * @since 0.5
     */
    public boolean isBylineAtEnd() {
        if (translator.isPresent()) {
            return true;
        }
        if (bylineSpan.isEmpty()) {
            return false;
        }
        int start = bylineSpan.get().start();
        return !paragraphs.isEmpty() && start > paragraphs.get(0).span().start()
                || attribution.isPresent() && start > attribution.get().span().start();
    }

    /**
     * Returns a copy of this article that records where it was read from.
     *
     * @param newSource the path or other name of the source, or null for none
     * @return an article equal to this one but for its source
     */
    public Article withSource(String newSource) {
        return new Article(Optional.ofNullable(newSource), item, format, date, byline, dateline, paragraphs,
                attribution, endMark, envelope, markup, diagnostics, translator, bylineSpan);
    }

    /**
     * Returns a copy of this article that records its index among the items of its file.
     *
     * @param index the index, from 0
     * @return an article equal to this one but for its item index
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Article withItem(int index) {
        return new Article(source, Optional.of(index), format, date, byline, dateline, paragraphs, attribution,
                endMark, envelope, markup, diagnostics, translator, bylineSpan);
    }

    /**
     * Returns a copy of this article with more diagnostics after its own.
     *
     * @param more the diagnostics to add, in order
     * @return an article equal to this one but for its diagnostics
     */
    public Article withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new Article(source, item, format, date, byline, dateline, paragraphs, attribution, endMark, envelope,
                markup, all, translator, bylineSpan);
    }

    // Optional is not Serializable: the record travels as this form instead.
    @Serial
    private Object writeReplace() {
        return new SerializedForm(source.orElse(null), item.orElse(null), format, date.orElse(null),
                byline.orElse(null), dateline.orElse(null), paragraphs, attribution.orElse(null), endMark.orElse(null),
                envelope, markup.orElse(null), diagnostics, translator.orElse(null), bylineSpan.orElse(null));
    }

    private record SerializedForm(String source, Integer item, WireFormat format, LocalDate date, String byline,
            Dateline dateline, List<Paragraph> paragraphs, Attribution attribution, String endMark, Envelope envelope,
            String markup, List<Diagnostic> diagnostics, String translator, SourceSpan bylineSpan)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 3L;

        @Serial
        private Object readResolve() {
            return new Article(Optional.ofNullable(source), Optional.ofNullable(item), format,
                    Optional.ofNullable(date), Optional.ofNullable(byline), Optional.ofNullable(dateline), paragraphs,
                    Optional.ofNullable(attribution), Optional.ofNullable(endMark), envelope,
                    Optional.ofNullable(markup), diagnostics, Optional.ofNullable(translator),
                    Optional.ofNullable(bylineSpan));
        }
    }
}
