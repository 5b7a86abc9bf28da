package io.github.newswire.writer;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes an {@link Article} as an ANPA 1312 message, the form {@link NewsWire} reads back.
 *
 * <pre>{@code
 * String message = new Anpa1312Writer().write(NewsWire.parse(Path.of("story.xml")));
 * Files.write(Path.of("story.tst"), message.getBytes(StandardCharsets.ISO_8859_1));
 * }</pre>
 *
 * <p>The message: {@code SYN SYN SOH}, the service letter {@code a} and the four-digit
 * {@code sequence}, {@code US} and an empty selector; the priority letter ({@code f} for 1,
 * {@code u} for 2, {@code b} for 3, {@code r} otherwise), the first category's code, the format
 * identifier ({@code DC3 DC2}, tabular, when every paragraph is preformatted, else
 * {@code DC3 DC1}), the keyword {@code BC-SLUGLINE}, the take key, the filing date
 * ({@code MM-DD} of {@code firstcreated}) and the four-digit word count; {@code STX}, heading lines
 * ({@code ^BC-slug<}, {@code ^headline<}, {@code ^EDITOR'S NOTE _ ednote<}, {@code ^By byline=}),
 * the paragraphs (each after a tab and three spaces, the dateline before the lede as
 * {@code PLACE, COUNTRY (AGENCY) _ }; the lines of a preformatted paragraph each after the
 * tab-line indicator {@code BS}); {@code ETX} and the trailer {@code AP-WF-MM-DD-YY HHMMGMT<} of
 * {@code firstcreated} in GMT; {@code EOT}. Lines end in CRLF. What ANPA 1312 has no field for
 * (subjects, places, the body's markup, …) is not written. Instances are immutable and
 * thread-safe.
 *
 * @since 0.4
 */
public final class Anpa1312Writer {

    private static final String CRLF = "\r\n";

    /** Creates a writer. */
    public Anpa1312Writer() {
        // Stateless; a constructor leaves room for options.
    }

    /**
     * Writes an article as one ANPA 1312 message.
     *
     * @param article the article
     * @return the message, control characters included
     */
    public String write(Article article) {
        Envelope e = article.envelope();
        StringBuilder out = new StringBuilder(256 + article.bodyText().length());
        out.append("\u0016\u0016\u0001a").append(String.format(Locale.ROOT, "%04d", e.sequence().orElse(0) % 10_000))
                .append('\u001F').append("-----").append(CRLF);
        int priority = e.priority().orElse(6);
        out.append(priority == 1 ? 'f' : priority == 2 ? 'u' : priority == 3 ? 'b' : 'r').append(' ');
        String category = e.categories().isEmpty() ? "i" : e.categories().get(0).code().orElse("i");
        out.append(category.isEmpty() ? 'i' : category.charAt(0));
        boolean tabular = !article.paragraphs().isEmpty() && article.paragraphs().stream()
                .allMatch(p -> p.kind() == Paragraph.Kind.PREFORMATTED);
        out.append('\u0013').append(tabular ? '\u0012' : '\u0011').append(' ');
        out.append("BC-").append(e.slugline().orElse("Story"));
        e.takekey().ifPresent(take -> out.append(' ').append(take));
        OffsetDateTime created = e.firstcreated().map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)).orElse(null);
        out.append(' ').append(created == null ? "01-01" : String.format(Locale.ROOT, "%02d-%02d",
                created.getMonthValue(), created.getDayOfMonth()));
        e.wordcount().ifPresent(count -> out.append(' ').append(String.format(Locale.ROOT, "%04d", count)));
        out.append(CRLF).append('\u0002');
        e.slugline().ifPresent(slug -> out.append("^BC-").append(slug).append('<').append(CRLF));
        e.headline().ifPresent(headline -> out.append('^').append(headline).append('<').append(CRLF));
        e.ednote().ifPresent(note -> out.append("^EDITOR'S NOTE _ ").append(note).append('<').append(CRLF));
        article.byline().ifPresent(byline -> out.append("^By ").append(byline).append('=').append(CRLF));
        boolean first = true;
        for (Paragraph paragraph : article.paragraphs()) {
            if (paragraph.kind() == Paragraph.Kind.PREFORMATTED) {
                out.append('\b');
                String text = paragraph.text();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n') {
                        out.append(CRLF).append('\b');
                    } else {
                        out.append(c);
                    }
                }
                out.append(CRLF).append(CRLF);
            } else {
                out.append("\t   ");
                if (first) {
                    article.dateline().ifPresent(d -> out.append(dateline(d)));
                }
                out.append(paragraph.text()).append(CRLF);
            }
            first = false;
        }
        out.append("\t   \u0003");
        if (created != null) {
            out.append(String.format(Locale.ROOT, "AP-WF-%02d-%02d-%02d %02d%02dGMT<", created.getMonthValue(),
                    created.getDayOfMonth(), created.getYear() % 100, created.getHour(), created.getMinute()));
        }
        return out.append(CRLF).append('\u0004').toString();
    }

    private static String dateline(Dateline dateline) {
        StringBuilder out = new StringBuilder(dateline.place());
        dateline.country().ifPresent(country -> out.append(", ").append(country));
        dateline.agency().ifPresent(agency -> out.append(" (").append(agency).append(')'));
        return out.append(" _ ").toString();
    }
}
