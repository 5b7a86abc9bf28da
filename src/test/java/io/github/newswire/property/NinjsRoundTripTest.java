package io.github.newswire.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.json.NinjsWriter;
import io.github.newswire.model.Article;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ninjs out, ninjs in: any article with an envelope, written by {@link NinjsWriter} and read back
 * by the ninjs reader, has the same envelope (the parts ninjs 2.2 can carry; the writer gives a
 * uri and a type where the article has none), byline, place and paragraphs.
 */
class NinjsRoundTripTest {

    @Property(tries = 400)
    void whatTheWriterWritesTheReaderReadsBack(@ForAll("articles") Article article) {
        String ninjs = NinjsWriter.standard().toJson(article);
        Article back = NewsWire.parse(ninjs);
        assertThat(back.format()).isEqualTo(WireFormat.NINJS);
        assertThat(back.diagnostics()).isEmpty();
        // ninjs requires a uri, and newswire's export always gives a type: the writer's defaults;
        // a pubstatus left out is read as ninjs defines it, usable.
        Envelope sent = article.envelope();
        Envelope expected = sent.toBuilder().uri(sent.uri().orElseGet(() -> NinjsWriter.uri(article)))
                .type(sent.type().orElse("text")).pubstatus(sent.pubstatus().orElse(PubStatus.USABLE)).build();
        assertThat(back.envelope()).isEqualTo(expected);
        assertThat(back.byline()).isEqualTo(article.byline());
        assertThat(back.dateline().map(Dateline::place)).isEqualTo(article.dateline().map(Dateline::place));
        assertThat(back.paragraphs()).extracting(Paragraph::kind, Paragraph::text).isEqualTo(article.paragraphs()
                .stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.kind(), p.text())).toList());
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<Envelope> envelopes = Combinators.combine(
                text().optional(0.8), text().optional(), Arbitraries.of("text", "picture", "graphic").optional(),
                text().optional(), text().optional(), Arbitraries.integers().between(1, 9).optional(),
                concepts().list().ofMaxSize(3), places().list().ofMaxSize(2))
                .as((uri, headline, type, slug, description, urgency, subjects, places) -> {
                    Envelope.Builder b = Envelope.builder().uri(uri.orElse(null)).headline(headline.orElse(null))
                            .type(type.orElse(null)).slugline(slug.orElse(null))
                            .description(description.orElse(null)).urgency(urgency.orElse(null));
                    subjects.forEach(b::addSubject);
                    places.forEach(b::addPlace);
                    return b;
                })
                .flatMap(b -> Combinators.combine(times().optional(), times().optional(),
                        Arbitraries.of(PubStatus.class).optional(), text().optional(),
                        Arbitraries.of("en", "vi", "de-CH").optional(), concepts().list().ofMaxSize(2))
                        .as((first, version, status, ednote, language, genres) -> {
                            b.firstcreated(first.orElse(null)).versioncreated(version.orElse(null))
                                    .pubstatus(status.orElse(null)).ednote(ednote.orElse(null))
                                    .language(language.orElse(null));
                            genres.forEach(b::addGenre);
                            return b.build();
                        }));
        Arbitrary<List<Paragraph>> paragraphs = Combinators.combine(text(), Arbitraries.of(Paragraph.Kind.class))
                .as((text, kind) -> new Paragraph(kind == Paragraph.Kind.PREFORMATTED ? text : text, new SourceSpan(0,
                        0, 1, 1), kind)).list().ofMaxSize(4);
        return Combinators.combine(envelopes, paragraphs, name().optional(), text().optional())
                .as((envelope, body, byline, place) -> new Article(Optional.empty(), Optional.empty(), WireFormat.NITF,
                        Optional.empty(), byline, place.map(p -> new Dateline(p, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())), new ArrayList<>(body),
                        Optional.empty(), Optional.empty(), envelope, Optional.empty(), List.of()));
    }

    /** Words with the characters that HTML and JSON escape, and letters beyond ASCII. */
    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcxyzÀĐơữ&<>\"'é—").ofMinLength(1).ofMaxLength(7);
        return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withChars("ABCĐÂabcđâ").ofMinLength(2).ofMaxLength(6).list().ofMinSize(1)
                .ofMaxSize(3).map(words -> String.join(" ", words));
    }

    private static Arbitrary<Subject> concepts() {
        Arbitrary<String> code = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(code, text().optional(), Arbitraries.of("medtop", "subj", "genre", "nwx").optional())
                .as((c, name, scheme) -> new Subject(Optional.of(c), name, scheme));
    }

    private static Arbitrary<Place> places() {
        return Combinators.combine(text(), Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(5).optional())
                .as((name, code) -> new Place(Optional.of(name), code));
    }

    private static Arbitrary<OffsetDateTime> times() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L),
                Arbitraries.integers().between(-12, 14))
                .as((seconds, hours) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds),
                        ZoneOffset.ofHours(hours)));
    }
}
