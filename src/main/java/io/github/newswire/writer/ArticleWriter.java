package io.github.newswire.writer;

import io.github.newswire.internal.Chars;
import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Renders an {@link Article} back into wire text, in the canonical form of the Viet Nam News files.
 *
 * <pre>{@code
 * String text = Files.readString(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * String written = new ArticleWriter().write(NewsWire.parse(text));
 * assert written.equals(text); // the seeds are in canonical form
 * }</pre>
 *
 * <p>The canonical form is: a space, {@code date}, a space and the date; a space and
 * {@code By NAME} followed by a blank line, if there is a byline; a space (or, after a byline,
 * nothing) and the dateline as {@code PLACE, COUNTRY, DAY (AGENCY) DASH } (each part only if
 * present), then the lede; the other paragraphs, each after a blank line ({@code \n\n}); the
 * end-of-story mark right after the last paragraph; the sign-off after a space at the end of the last
 * paragraph, written {@code DASH CREDIT} or {@code CREDIT}, or as a paragraph of its own when it
 * is a {@code Source:} line, the last paragraph does not end a sentence or there are no
 * paragraphs; no final newline. Parsing what this
 * writes gives the same article again, spans aside. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ArticleWriter {

    private static final String URI_PREFIX = "urn:newswire:sha256:";

    private static final String PARAGRAPH_BREAK = "\n\n";

    /** Creates a writer. */
    public ArticleWriter() {
        // Stateless; a constructor rather than static methods leaves room for options.
    }

    /**
     * Renders an article as wire text.
     *
     * @param article the article
     * @return the wire text, without a final newline
     */
    public String write(Article article) {
        StringBuilder out = new StringBuilder(article.bodyText().length() + 64);
        String separator = "";
        if (article.date().isPresent()) {
            out.append(" date ").append(article.date().get());
            separator = " ";
        }
        // A byline the text gave after the story (SGGP's "By … - Translated by …") goes back there.
        boolean bylineAtEnd = article.isBylineAtEnd();
        if (article.byline().isPresent() && !bylineAtEnd) {
            out.append(separator).append("By ").append(article.byline().get());
            separator = PARAGRAPH_BREAK;
        }
        List<Paragraph> paragraphs = article.paragraphs();
        // A sign-off that stood before the last paragraphs (a name left after it) goes back there.
        int endAfter = paragraphs.size();
        if (article.attribution().isPresent() && article.attribution().get().span().start() > 0) {
            int signOff = article.attribution().get().span().start();
            while (endAfter > 1 && paragraphs.get(endAfter - 1).span().start() > signOff) {
                endAfter--;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == endAfter) {
                appendEnd(out, article, paragraphs.subList(0, i), separator);
            }
            out.append(separator);
            if (i == 0) {
                article.dateline().filter(d -> d.place().isEmpty() && d.text().isPresent())
                        // A broadcaster's tag alone ("(VOVWORLD) -") is written as it was.
                        .ifPresent(tag -> out.append(tag.text().get()).append(' '));
                article.dateline().filter(d -> !d.place().isEmpty() || d.text().isEmpty()).ifPresent(dateline -> {
                    out.append(dateline.place());
                    dateline.country().ifPresent(country -> out.append(", ").append(country));
                    dateline.date().ifPresent(day -> out.append(", ").append(day));
                    dateline.agency().ifPresent(agency -> out.append(" (").append(agency).append(')'));
                    out.append(' ');
                    dateline.dash().ifPresent(dash -> out.append(dash.symbol()).append(' '));
                });
            }
            out.append(paragraphs.get(i).text());
            separator = PARAGRAPH_BREAK;
        }
        if (endAfter == paragraphs.size()) {
            appendEnd(out, article, paragraphs, separator);
        }
        if (bylineAtEnd && (article.byline().isPresent() || article.translator().isPresent())) {
            out.append(PARAGRAPH_BREAK);
            article.byline().ifPresent(byline -> out.append("By ").append(byline)
                    .append(article.translator().isPresent() ? " - " : ""));
            article.translator().ifPresent(translator -> out.append("Translated by ").append(translator));
        }
        return out.toString();
    }

    /** The end-of-story mark and the sign-off, after the paragraphs they follow. */
    private static void appendEnd(StringBuilder out, Article article, List<Paragraph> paragraphs, String separator) {
        // The mark's full stop is the last sentence's own, kept in the paragraph.
        article.endMark().ifPresent(mark -> out.append(mark.startsWith(".") && out.length() > 0
                && out.charAt(out.length() - 1) == '.' ? mark.substring(1) : mark));
        if (article.attribution().isPresent()) {
            Attribution attribution = article.attribution().get();
            boolean ownParagraph = paragraphs.isEmpty() || attribution.text().startsWith("Source:")
                    || !endsSentence(paragraphs.get(paragraphs.size() - 1).text());
            out.append(ownParagraph ? separator : " ");
            attribution.dash().ifPresent(dash -> out.append(dash.symbol()).append(' '));
            out.append(attribution.text());
        }
    }

    /** Inline, a sign-off must follow the end of a sentence; elsewhere it takes a paragraph of its own. */
    private static boolean endsSentence(String text) {
        return !text.isEmpty() && Chars.endsSentence(text, 0, text.length());
    }

    /**
     * Returns the identifier newswire gives an article that has none, as the ninjs and NewsML-G2
     * writers do: {@code urn:newswire:sha256:} and the lower-case hex SHA-256 of the article's
     * canonical wire text ({@link #write(Article)}) in UTF-8, followed for a package by its groups'
     * ids, roles and references. It depends on the content only, not
     * on the file's name, line ends, byte order mark or spacing, so it is the same on every run
     * and machine, and equal for copies of an article.
     *
     * <pre>{@code
     * String uri = ArticleWriter.uri(NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt")));
     * }</pre>
     *
     * @param article the article
     * @return the URN
     * @since 0.5
     */
    public static String uri(Article article) {
        StringBuilder text = new StringBuilder(new ArticleWriter().write(article));
        // A package has no text: its identity is its structure, never the hash of nothing.
        for (Group group : article.envelope().groups()) {
            text.append("\ngroup ").append(group.id()).append(' ').append(group.role().orElse(""));
            for (GroupRef ref : group.refs()) {
                text.append('\n').append(ref.kind()).append(' ').append(ref.ref());
            }
        }
        byte[] canonical = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            StringBuilder uri = new StringBuilder(URI_PREFIX.length() + 64).append(URI_PREFIX);
            for (byte b : digest) {
                uri.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return uri.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
