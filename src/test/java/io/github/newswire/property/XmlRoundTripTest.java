package io.github.newswire.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.formats.WrittenFormats;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dash;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Diagnostic;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.SourceSpan;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParser;
import io.github.newswire.writer.NewsMlG2Writer;
import io.github.newswire.writer.NitfWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Each XML writer's document, read back by its reader, gives the article written, as far as the
 * format carries it ({@link WrittenFormats}), for articles with every part of the envelope.
 */
class XmlRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private static final WireParser PARSER = WireParser.builder().clock(CLOCK).build();
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    @Property(tries = 300)
    void nitf(@ForAll("articles") Article article) {
        Article back = PARSER.parse(new NitfWriter().write(article).getBytes(StandardCharsets.UTF_8));
        assertThat(back.format()).isEqualTo(WireFormat.NITF);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).isEmpty();
        WrittenFormats.assertReadsBack(article, back, WireFormat.NITF, CLOCK);
    }

    @Property(tries = 300)
    void newsMlG2(@ForAll("articles") Article article) {
        Article back = PARSER.parse(NewsMlG2Writer.withClock(CLOCK).write(article).getBytes(StandardCharsets.UTF_8));
        assertThat(back.format()).isEqualTo(WireFormat.NEWSML_G2);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).isEmpty();
        WrittenFormats.assertReadsBack(article, back, WireFormat.NEWSML_G2, CLOCK);
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<Envelope> envelopes = Builders.withBuilder(Envelope::builder)
                .use(token().map(t -> "urn:test:" + t)).withProbability(0.7).in((b, v) -> b.uri(v))
                .use(Arbitraries.of("1", "2", "17", "v2")).withProbability(0.5).in((b, v) -> b.version(v))
                .use(Arbitraries.of("text", "picture")).withProbability(0.3).in((b, v) -> b.type(v))
                .use(words()).withProbability(0.9).in((b, v) -> b.headline(v))
                .use(token()).withProbability(0.6).in((b, v) -> b.slugline(v))
                .use(words()).withProbability(0.5).in((b, v) -> b.description(v))
                .use(words()).withProbability(0.4).in((b, v) -> b.ednote(v))
                .use(Arbitraries.integers().between(1, 9)).withProbability(0.6).in((b, v) -> b.urgency(v))
                .use(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3)).withProbability(0.4)
                .in((b, v) -> b.addCategory(new Category(Optional.of(v), Optional.empty())))
                .use(iptcSubjects()).withProbability(0.6).in((b, v) -> {
                    v.forEach(b::addSubject);
                    return b;
                })
                .use(Arbitraries.of("Current", "Analysis", "Interview")).withProbability(0.4)
                .in((b, v) -> b.addGenre(new Subject(Optional.of(v), Optional.of(v), Optional.of("genre"))))
                .use(word().list().ofMinSize(1).ofMaxSize(3).uniqueElements()).withProbability(0.4)
                .in((b, v) -> {
                    v.forEach(b::addKeyword);
                    return b;
                })
                .use(Combinators.combine(name().optional(), Arbitraries.of("VN", "FR", "JP").optional())
                        .filter((n, c) -> n.isPresent() || c.isPresent()).as((n, c) -> new Place(n, c)))
                .withProbability(0.4).in((b, v) -> b.addPlace(v))
                .use(Arbitraries.of("en", "vi", "en-US")).withProbability(0.5).in((b, v) -> b.language(v))
                .use(times()).withProbability(0.7).in((b, v) -> b.firstcreated(v))
                .use(times()).withProbability(0.5).in((b, v) -> b.versioncreated(v))
                .use(times()).withProbability(0.3).in((b, v) -> b.embargoed(v))
                .use(times()).withProbability(0.3).in((b, v) -> b.expires(v))
                .use(Arbitraries.of(PubStatus.class)).withProbability(0.5).in((b, v) -> b.pubstatus(v))
                .use(Arbitraries.integers().between(0, 5000)).withProbability(0.5).in((b, v) -> b.wordcount(v))
                .use(token()).withProbability(0.3).in((b, v) -> b.takekey(v))
                .use(Arbitraries.integers().between(0, 9999)).withProbability(0.3).in((b, v) -> b.sequence(v))
                .use(words()).withProbability(0.3).in((b, v) -> b.usageterms(v))
                .build(Envelope.Builder::build);
        Arbitrary<Paragraph> paragraphs = Arbitraries.oneOf(
                words().map(text -> paragraph(text, Paragraph.Kind.PARAGRAPH)),
                Combinators.combine(words(), words()).as((a, b) -> paragraph(a + "\n" + b, Paragraph.Kind.PARAGRAPH)),
                words().map(text -> paragraph(text, Paragraph.Kind.HEADING)),
                Combinators.combine(word(), word()).as((a, b) -> paragraph(a + "    " + b + "\n" + b + "  1,200",
                        Paragraph.Kind.PREFORMATTED)));
        Arbitrary<Optional<Dateline>> datelines = Combinators.combine(name(),
                name().filter(n -> !MONTHS.contains(n.split(" ")[0].toLowerCase(java.util.Locale.ROOT))).optional(),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(4).optional(),
                Arbitraries.of(Dash.EM_DASH, Dash.EN_DASH, Dash.HYPHEN).optional())
                .as((place, country, agency, dash) -> new Dateline(place, country, Optional.empty(), agency, dash,
                        Optional.empty()))
                .optional();
        Arbitrary<Article> stories = Combinators.combine(envelopes, paragraphs.list().ofMinSize(0).ofMaxSize(6),
                name().optional(), datelines, Arbitraries.of(LocalDate.of(2024, 11, 14)).optional())
                .as((envelope, body, byline, dateline, date) -> new Article(Optional.empty(), Optional.empty(),
                        WireFormat.VNS, date, byline, dateline, body, Optional.empty(), Optional.empty(), envelope,
                        Optional.empty(), List.of()));
        // A package: groups instead of a body (NITF has no form for it; NewsML-G2 keeps it).
        Arbitrary<Article> packages = Combinators.combine(envelopes, groups())
                .as((envelope, groups) -> {
                    Envelope.Builder b = envelope.toBuilder();
                    groups.forEach(b::addGroup);
                    return new Article(Optional.empty(), Optional.empty(), WireFormat.NEWSML_G2, Optional.empty(),
                            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                            b.build(), Optional.empty(), List.of());
                });
        return Arbitraries.frequencyOf(Tuple.of(6, stories), Tuple.of(1, packages));
    }

    /** A package's groups: a root that refers to the others, each of which refers to items. */
    private static Arbitrary<List<Group>> groups() {
        Arbitrary<GroupRef> items = Combinators.combine(token(), words().optional())
                .as((id, headline) -> new GroupRef(GroupRef.Kind.ITEM, "urn:test:item:" + id,
                        Optional.of("application/vnd.iptc.g2.newsitem+xml"), headline, Optional.empty()));
        return Combinators.combine(items.list().ofMinSize(1).ofMaxSize(3), items.list().ofMaxSize(2),
                Arbitraries.of("group:main", "grpRole:main").optional())
                .as((main, side, role) -> List.of(
                        new Group("root", Optional.empty(), List.of(
                                new GroupRef(GroupRef.Kind.GROUP, "main", Optional.empty(), Optional.empty(),
                                        Optional.empty()),
                                new GroupRef(GroupRef.Kind.GROUP, "side", Optional.empty(), Optional.empty(),
                                        Optional.empty()))),
                        new Group("main", role, main), new Group("side", Optional.empty(), side)));
    }

    private static Paragraph paragraph(String text, Paragraph.Kind kind) {
        return new Paragraph(text, new SourceSpan(0, 0, 1, 1), kind);
    }

    /** IPTC subject codes at their three levels, with or without names, each code once. */
    private static Arbitrary<List<Subject>> iptcSubjects() {
        return Combinators.combine(Arbitraries.of("04000000", "04001000", "04001002", "20000385", "medtop:20000151"),
                name().optional())
                .as((code, label) -> code.startsWith("medtop:")
                        ? new Subject(Optional.of(code.substring(7)), label, Optional.of("medtop"))
                        : new Subject(Optional.of(code), label, Optional.of("subj")))
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(s -> s.code().orElseThrow());
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéüđơ").ofMinLength(2).ofMaxLength(9);
    }

    /** Sentences of plain words, with letters beyond ASCII and characters XML escapes. */
    private static Arbitrary<String> words() {
        return Combinators.combine(word().list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("", " & co", " <b>", " \"q\""))
                .as((list, tail) -> "The " + String.join(" ", list) + tail);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8).list().ofMinSize(1)
                .ofMaxSize(3).map(list -> String.join(" ", list));
    }

    private static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMinLength(3)
                .ofMaxLength(12).filter(t -> Character.isLetter(t.charAt(0)));
    }

    /** Times to the second, at offsets east and west, as both formats write them. */
    private static Arbitrary<OffsetDateTime> times() {
        return Combinators.combine(Arbitraries.longs().between(0, 2_000_000_000L),
                Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-3, -30)))
                .as((seconds, offset) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), offset));
    }
}
