package io.github.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import io.github.newswire.writer.ArticleWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each XML writer carries, as the envelope an article gives after a write and a read: the
 * tests' statement of docs/formats.md's "what the format cannot carry". Round-trip tests compare
 * the envelope read back with this projection, and the headline, byline, dateline, paragraph texts
 * and kinds with the article's.
 */
public final class WrittenFormats {

    private WrittenFormats() {
    }

    /**
     * Checks that an article written in a format and read back is the article, as far as the
     * format carries it.
     *
     * @param written the article written
     * @param back    what the reader gave for the document
     * @param format  the format written, NITF or NewsML-G2
     * @param clock   the writer's clock
     */
    public static void assertReadsBack(Article written, Article back, WireFormat format, Clock clock) {
        // Field by field, so that a failure names the parts that differ.
        assertThat(back.envelope()).as("envelope of %s", format).usingRecursiveComparison()
                .isEqualTo(expected(written, format, clock));
        assertThat(back.byline()).isEqualTo(written.byline());
        assertThat(back.dateline().map(Dateline::place)).isEqualTo(written.dateline().map(Dateline::place));
        assertThat(back.dateline().flatMap(Dateline::agency)).isEqualTo(written.dateline().flatMap(Dateline::agency));
        assertThat(back.dateline().flatMap(Dateline::dash)).isEqualTo(written.dateline().flatMap(Dateline::dash));
        if (written.dateline().flatMap(Dateline::text).isPresent()) {
            assertThat(back.dateline().flatMap(Dateline::text)).isEqualTo(written.dateline().flatMap(Dateline::text));
        }
        assertThat(back.paragraphs()).extracting(Paragraph::text)
                .isEqualTo(written.paragraphs().stream().map(p -> p.kind() == Paragraph.Kind.PREFORMATTED ? p.text()
                        : asRead(p.text())).toList());
        assertThat(back.paragraphs()).extracting(Paragraph::kind)
                .isEqualTo(written.paragraphs().stream().map(Paragraph::kind).toList());
    }

    /** A paragraph's text as a reader of markup gives it: white space runs as one space, line breaks kept. */
    static String asRead(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                space = false;
                while (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The envelope an article gives after a write in {@code format} and a read.
     *
     * @param article the article written
     * @param format  NITF or NewsML-G2
     * @param clock   the writer's clock
     * @return the envelope expected back
     */
    public static Envelope expected(Article article, WireFormat format, Clock clock) {
        Envelope e = article.envelope();
        // Metadata text is read with its white space collapsed: line breaks in a note become spaces.
        Envelope.Builder b = Envelope.builder().uri(e.uri().orElse(null)).headline(collapsed(e.headline()))
                .slugline(collapsed(e.slugline())).description(collapsed(e.description()))
                .ednote(collapsed(e.ednote())).urgency(e.urgency().orElse(null)).language(e.language().orElse(null))
                .firstcreated(e.firstcreated().orElse(null)).embargoed(e.embargoed().orElse(null))
                .expires(e.expires().orElse(null)).pubstatus(e.pubstatus().orElse(null))
                .usageterms(collapsed(e.usageterms()));
        e.keywords().forEach(b::addKeyword);
        if (format == WireFormat.NITF) {
            b.type("text").version(e.version().filter(WrittenFormats::isNmtoken).orElse(null))
                    .versioncreated(seconds(e.firstcreated().or(e::versioncreated)))
                    .firstcreated(seconds(e.firstcreated().or(e::versioncreated)))
                    .embargoed(seconds(e.embargoed())).expires(seconds(e.expires()))
                    .wordcount(e.wordcount().orElse(null)).takekey(e.takekey().orElse(null))
                    .sequence(e.sequence().orElse(null));
            e.categories().stream().filter(c -> c.code().isPresent())
                    .forEach(c -> b.addCategory(new Category(c.code(), Optional.empty())));
            nitfSubjects(e.subjects()).forEach(b::addSubject);
            e.genres().stream().map(g -> g.name().or(g::code)).flatMap(Optional::stream)
                    .forEach(name -> b.addGenre(new Subject(Optional.empty(), Optional.of(name), Optional.empty())));
            e.places().forEach(b::addPlace);
        } else {
            b.uri(e.uri().orElseGet(() -> ArticleWriter.uri(article)))
                    // NewsML-G2's own defaults: version 1, pubStatus usable.
                    .type(e.type().orElse(article.isPackage() ? "composite" : "text")).version(e.version().filter(WrittenFormats::isPositive).orElse("1"))
                    .pubstatus(e.pubstatus().orElse(PubStatus.USABLE))
                    .versioncreated(e.versioncreated().or(e::firstcreated)
                            .orElseGet(() -> article.date().map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC))
                                    .orElseGet(() -> OffsetDateTime.now(clock))))
                    .wordcount(article.paragraphs().isEmpty() ? null : e.wordcount().orElse(null));
            e.subjects().stream().map(WrittenFormats::g2Concept).flatMap(Optional::stream).forEach(b::addSubject);
            e.genres().stream().map(WrittenFormats::g2Concept).flatMap(Optional::stream).forEach(b::addGenre);
            e.places().forEach(b::addPlace);
            // A package written alone: its references keep their targets, not their index in a file.
            for (Group group : e.groups()) {
                b.addGroup(new Group(group.id(), group.role(), group.refs().stream()
                        .map(r -> new GroupRef(r.kind(), r.ref(), r.contentType(), r.headline(), Optional.empty()))
                        .toList()));
            }
        }
        return b.build();
    }

    /** Subjects as NITF's {@code tobject.subject} carries them: coded only, IPTC's by level. */
    private static List<Subject> nitfSubjects(List<Subject> subjects) {
        Set<String> seen = new LinkedHashSet<>();
        List<Subject> out = new ArrayList<>();
        for (Subject s : subjects) {
            if (s.code().isEmpty() || !isNmtoken(s.code().get())) {
                continue;
            }
            String code = s.code().get();
            String scheme = s.scheme().orElse("subj");
            boolean eightDigits = code.length() == 8 && code.chars().allMatch(c -> c >= '0' && c <= '9');
            if (scheme.equals("subj") && (!eightDigits || code.equals("00000000"))) {
                if (!code.equals("00000000") && seen.add(code)) {
                    out.add(new Subject(Optional.of(code), Optional.empty(), Optional.of("subj")));
                }
                continue;
            }
            if (seen.add(scheme.equals("subj") ? code : scheme + ":" + code)) {
                out.add(new Subject(Optional.of(code), s.name(), Optional.of(scheme)));
            }
        }
        return out;
    }

    /** A concept as NewsML-G2 carries it: a qcode split at its first colon, or only its name. */
    private static Optional<Subject> g2Concept(Subject s) {
        String qcode = s.code().map(code -> s.scheme().map(scheme -> scheme + ":" + code).orElse(code)).orElse(null);
        if (qcode != null && qcode.indexOf(':') > 0 && qcode.indexOf(':') < qcode.length() - 1
                && qcode.chars().noneMatch(Character::isWhitespace)) {
            int colon = qcode.indexOf(':');
            return Optional.of(new Subject(Optional.of(qcode.substring(colon + 1)), s.name(),
                    Optional.of(qcode.substring(0, colon))));
        }
        return s.name().map(name -> new Subject(Optional.empty(), Optional.of(name), Optional.empty()));
    }

    private static String collapsed(Optional<String> text) {
        return text.map(s -> String.join(" ", s.strip().split("\\s+"))).orElse(null);
    }

    /** A time as NITF's {@code norm} keeps it: to the second. */
    private static OffsetDateTime seconds(Optional<OffsetDateTime> time) {
        return time.map(t -> t.truncatedTo(ChronoUnit.SECONDS)).orElse(null);
    }

    private static boolean isNmtoken(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c)
                || ".-_:".indexOf(c) >= 0);
    }

    private static boolean isPositive(String value) {
        return value.length() < 10 && !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(value) > 0;
    }

}
