package io.github.newswire.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.WireFormat;
import io.github.newswire.writer.Anpa1312Writer;
import io.github.newswire.writer.Iptc7901Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Each transmission writer's message, read back by its reader, gives the article written: what
 * the format has a field for, for any article the format can express.
 */
class TransmissionRoundTripTest {

    private static final java.util.Set<String> MONTHS = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    @Property(tries = 300)
    void anpa1312(@ForAll("anpaArticles") Article article) {
        assertReadsBack(article, new Anpa1312Writer().write(article), WireFormat.ANPA_1312);
    }

    @Property(tries = 300)
    void iptc7901(@ForAll("iptcArticles") Article article) {
        assertReadsBack(article, new Iptc7901Writer().write(article), WireFormat.IPTC_7901);
    }

    /** The written message is detected as its format, parses without a problem but the encoding guess, and gives the article. */
    private static void assertReadsBack(Article article, String message, WireFormat format) {
        Article back = NewsWire.parse(message.getBytes(StandardCharsets.UTF_8));
        assertThat(back.format()).isEqualTo(format);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).isSubsetOf(DiagnosticCode.ENCODING_GUESS);
        assertSame(article, back);
    }

    private static void assertSame(Article article, Article back) {
        Envelope sent = article.envelope();
        Envelope expected = sent.toBuilder().type("text").urgency(sent.priority().orElse(null))
                .versioncreated(sent.firstcreated().orElse(null)).build();
        assertThat(back.envelope()).isEqualTo(expected);
        assertThat(back.byline()).isEqualTo(article.byline());
        assertThat(back.dateline().map(Dateline::place)).isEqualTo(article.dateline().map(Dateline::place));
        assertThat(back.dateline().flatMap(Dateline::agency)).isEqualTo(article.dateline().flatMap(Dateline::agency));
        assertThat(back.dateline().flatMap(Dateline::country)).isEqualTo(article.dateline().flatMap(Dateline::country));
        assertThat(back.paragraphs()).extracting(Paragraph::text)
                .isEqualTo(article.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Provide
    Arbitrary<Article> anpaArticles() {
        Arbitrary<Envelope> envelopes = Combinators.combine(token(), token().optional(), Arbitraries.of(1, 2, 3, 6),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1), Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 9999).optional(), times(1930, 2026).optional(), words().optional())
                .as((slug, take, priority, category, sequence, words, created, headline) -> Envelope.builder()
                        .slugline(slug).takekey(take.orElse(null)).priority(priority)
                        .addCategory(new Category(Optional.of(category), Optional.empty())).sequence(sequence)
                        .wordcount(words.orElse(null)).firstcreated(created.orElse(null))
                        .headline(headline.orElse(null)).build())
                .flatMap(e -> words().optional().map(note -> e.toBuilder().ednote(note.orElse(null)).build()));
        return article(envelopes, Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(9)
                .list().ofMinSize(1).ofMaxSize(2).map(w -> String.join(" ", w)), true);
    }

    @Provide
    Arbitrary<Article> iptcArticles() {
        Arbitrary<Envelope> envelopes = Combinators.combine(words().map(w -> w.replace(' ', '/')),
                words().optional(), Arbitraries.integers().between(1, 6),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 9999),
                times(1930, 2026).optional(), words())
                .as((slug, take, priority, category, sequence, words, created, headline) -> Envelope.builder()
                        .slugline(slug).takekey(take.orElse(null)).priority(priority)
                        .addCategory(new Category(Optional.of(category), Optional.empty())).sequence(sequence)
                        .wordcount(words).firstcreated(created.orElse(null)).headline(headline).build())
                .flatMap(e -> words().optional().map(note -> e.toBuilder().ednote(note.orElse(null)).build()));
        return article(envelopes, Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
                .flatMap(initial -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                        .map(rest -> initial + rest)), false);
    }

    private static Arbitrary<Article> article(Arbitrary<Envelope> envelopes, Arbitrary<String> places,
            boolean countries) {
        Arbitrary<Optional<Dateline>> datelines = Combinators.combine(places,
                // A country that is a month's name would be read as the day ("PARIS, DEC" is not a country).
                countries ? names().filter(n -> !MONTHS.contains(n.split(" ")[0].toLowerCase(java.util.Locale.ROOT)))
                        .optional() : Arbitraries.just(Optional.<String>empty()),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(4))
                .as((place, country, agency) -> new Dateline(place, country, Optional.empty(), Optional.of(agency),
                        Optional.empty(), Optional.empty()))
                .optional();
        Arbitrary<List<Paragraph>> paragraphs = words().map(text -> new Paragraph(text, new SourceSpan(0, 0, 1, 1)))
                .list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(envelopes, paragraphs, names().optional(), datelines)
                .as((envelope, body, byline, dateline) -> new Article(Optional.empty(), Optional.empty(),
                        WireFormat.NITF, Optional.empty(), byline, dateline, body, Optional.empty(), Optional.empty(),
                        envelope, Optional.empty(), List.of()));
    }

    /** Sentences of plain words, with letters beyond ASCII, never a keyword line or a By line. */
    private static Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéüđơ").ofMinLength(2).ofMaxLength(9)
                .list().ofMinSize(1).ofMaxSize(8).map(list -> "The " + String.join(" ", list));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8).list().ofMinSize(1)
                .ofMaxSize(3).map(list -> String.join(" ", list));
    }

    /** A one-word ANPA keyword or take key: letters, digits and hyphens. */
    private static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-').ofMinLength(3).ofMaxLength(12).filter(t -> Character.isLetter(t.charAt(0))
                        && !t.endsWith("-"));
    }

    /** Times to the minute, in UTC, as the trailers write them, within the century a two-digit year reads as. */
    private static Arbitrary<OffsetDateTime> times(int fromYear, int toYear) {
        long from = OffsetDateTime.of(fromYear, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond() / 60;
        long to = OffsetDateTime.of(toYear, 12, 31, 23, 59, 0, 0, ZoneOffset.UTC).toEpochSecond() / 60;
        return Arbitraries.longs().between(from, to).map(minutes -> OffsetDateTime.ofInstant(
                Instant.ofEpochSecond(minutes * 60).truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC));
    }
}
