package io.github.newswire.writer;

import io.github.newswire.NewsWire;
import io.github.newswire.model.Article;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes an {@link Article} as an IPTC 7901 message, the form {@link NewsWire} reads back.
 *
 * <pre>{@code
 * String message = new Iptc7901Writer().write(NewsWire.parse(Path.of("story.xml")));
 * Files.write(Path.of("story.txt"), message.getBytes(StandardCharsets.ISO_8859_1));
 * }</pre>
 *
 * <p>The message: {@code SOH}, the header line ({@code nwx} and the three-digit {@code sequence},
 * the priority 1 to 6, the first category's code, the word count, the source {@code nwx}); a blank
 * line and the keyword line {@code SLUGLINE/}; {@code STX}, the take key on a line of its own, the
 * headline, a {@code By} line, the last ending in {@code  =}; a blank line and the paragraphs, each
 * indented by three spaces, a blank line between them, the dateline before the lede as
 * {@code Place (AGENCY) - }; the notes block ({@code The following information is not for
 * publication} and the editor's note); {@code ETX}, the time {@code DDHHMM GMT Mon YY} of
 * {@code firstcreated}; {@code EOT}. Lines end in CRLF. Instances are immutable and thread-safe.
 *
 * @since 0.4
 */
public final class Iptc7901Writer {

    private static final String CRLF = "\r\n";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** Creates a writer. */
    public Iptc7901Writer() {
        // Stateless; a constructor leaves room for options.
    }

    /**
     * Writes an article as one IPTC 7901 message.
     *
     * @param article the article
     * @return the message, control characters included
     */
    public String write(Article article) {
        Envelope e = article.envelope();
        StringBuilder out = new StringBuilder(256 + article.bodyText().length());
        int priority = e.priority().filter(p -> p >= 1 && p <= 6).orElse(4);
        String category = e.categories().isEmpty() ? "i" : e.categories().get(0).code().orElse("i");
        out.append('\u0001').append("nwx").append(String.format(Locale.ROOT, "%03d", e.sequence().orElse(0)))
                .append(' ').append(priority).append(' ').append(category).append(' ')
                .append(e.wordcount().orElse(0)).append("  nwx").append(CRLF).append(CRLF);
        e.slugline().ifPresent(slug -> out.append(slug).append('/').append(CRLF));
        out.append('\u0002');
        e.takekey().ifPresent(take -> out.append(take).append(CRLF));
        out.append(e.headline().orElse(""));
        article.byline().ifPresent(byline -> out.append(CRLF).append("By ").append(byline));
        out.append(" =").append(CRLF).append(CRLF);
        boolean first = true;
        for (Paragraph paragraph : article.paragraphs()) {
            if (!first) {
                out.append(CRLF);
            }
            out.append("   ");
            if (first) {
                article.dateline().ifPresent(d -> {
                    out.append(d.place());
                    d.agency().ifPresent(agency -> out.append(" (").append(agency).append(')'));
                    out.append(" - ");
                });
            }
            out.append(paragraph.text()).append(CRLF);
            first = false;
        }
        e.ednote().ifPresent(note -> out.append(CRLF).append("The following information is not for publication")
                .append(CRLF).append(note).append(CRLF));
        out.append('\u0003');
        e.firstcreated().map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)).ifPresent((OffsetDateTime t) ->
                out.append(String.format(Locale.ROOT, "%02d%02d%02d GMT %s %02d", t.getDayOfMonth(), t.getHour(),
                        t.getMinute(), MONTHS[t.getMonthValue() - 1], t.getYear() % 100)));
        return out.append(CRLF).append('\u0004').toString();
    }
}
