package io.github.newswire.writer;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Place;
import io.github.newswire.model.Subject;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes {@link Article}s as NewsML-G2 2.35, valid against the IPTC's schema: one article as a
 * {@code newsItem}, several as a {@code newsMessage}. {@link io.github.newswire.NewsWire} reads
 * both back.
 *
 * <pre>{@code
 * NewsMlG2Writer writer = NewsMlG2Writer.standard();
 * String item = writer.write(NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt")));
 * String message = writer.writeMessage(NewsWire.parser().parseItems(Path.of("src/test/resources/formats/ninjs-1.json")));
 * }</pre>
 *
 * <p>Where each part goes ({@code docs/formats.md}, "Writing NewsML-G2", has the whole table):
 * the identifier as the item's {@code guid} (an article without one gets
 * {@link ArticleWriter#uri(Article)}), its version as {@code version} when it is a whole number,
 * its language as {@code xml:lang} and {@code language}; in {@code itemMeta} the type as
 * {@code itemClass} ({@code ninat:text} by default), the provider (the sign-off's first agency,
 * else the dateline's, else {@code unknown}: the element is required and no part of the model is
 * the provider), {@code versionCreated} (else {@code firstcreated}, else the article's date at
 * midnight UTC, else the writer's clock: the element is required), {@code firstCreated},
 * {@code embargoed}, {@code pubStatus}, {@code edNote}, {@code expires}; in {@code contentMeta}
 * the urgency, the dateline's place as {@code located}, genres, keywords, subjects and places
 * (as {@code subject type="cpnat:geoArea"}), slugline, headline, dateline, byline ({@code by}),
 * the agency sign-off ({@code creditline}) and the description
 * ({@code description role="drol:summary"}); the terms of use in {@code rightsInfo}; the body as
 * NITF in {@code inlineXML}, with the word count. A message's header holds the priority when its
 * items share one. Categories, the take key and the sequence have no place in NewsML-G2 and are
 * not written. Text that XML cannot hold (control characters) is left out. Documents are written
 * as they go, never held as a tree. Instances are immutable and thread-safe.
 *
 * @since 0.5
 */
public final class NewsMlG2Writer {

    /** The NewsML-G2 namespace. */
    public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

    /** The IPTC catalog the qcodes' schemes ({@code ninat}, {@code stat}, {@code medtop}, …) are defined in. */
    static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml";

    private static final NewsMlG2Writer STANDARD = new NewsMlG2Writer(Clock.systemUTC());

    private final Clock clock;

    private NewsMlG2Writer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns the writer whose clock, for the times NewsML-G2 requires and the article lacks, is
     * the system's, in UTC.
     *
     * @return the shared writer
     */
    public static NewsMlG2Writer standard() {
        return STANDARD;
    }

    /**
     * Returns a writer with its own clock, for reproducible output: it gives a message's
     * {@code sent} time and the {@code versionCreated} of an article with no time and no date.
     *
     * @param clock the clock
     * @return a new writer
     */
    public static NewsMlG2Writer withClock(Clock clock) {
        return new NewsMlG2Writer(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Writes an article as a {@code newsItem}.
     *
     * @param article the article
     * @return the document, with its XML declaration
     */
    public String write(Article article) {
        return XmlOut.asString(2048 + 2 * article.bodyText().length(), out -> write(article, out));
    }

    /**
     * Writes an article as a {@code newsItem} to a writer, as it goes; the writer is not closed.
     *
     * @param article the article
     * @param out     where the document goes; encode it as UTF-8, as its declaration says
     * @throws IOException if the writer fails
     */
    public void write(Article article, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        XmlOut.write(Objects.requireNonNull(out, "out"), xml -> {
            xml.openRoot(article.isPackage() ? "packageItem" : "newsItem", NAMESPACE);
            item(xml, article);
        });
    }

    /**
     * Writes articles as one {@code newsMessage}, such as the items of one file.
     *
     * @param articles the articles, at least one
     * @return the document, with its XML declaration
     * @throws IllegalArgumentException if there is no article (NewsML-G2's {@code itemSet} needs one)
     */
    public String writeMessage(List<Article> articles) {
        return XmlOut.asString(4096, out -> writeMessage(articles, out));
    }

    /**
     * Writes articles as one {@code newsMessage} to a writer, as it goes; the writer is not closed.
     *
     * @param articles the articles, at least one
     * @param out      where the document goes; encode it as UTF-8, as its declaration says
     * @throws IOException              if the writer fails
     * @throws IllegalArgumentException if there is no article
     */
    public void writeMessage(List<Article> articles, Writer out) throws IOException {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a newsMessage holds at least one item, found none");
        }
        XmlOut.write(Objects.requireNonNull(out, "out"), xml -> {
            xml.openRoot("newsMessage", NAMESPACE);
            xml.open("header");
            xml.element("sent", XmlOut.dateTime(OffsetDateTime.now(clock)));
            sharedPriority(articles).ifPresent(priority -> xml.element("priority", priority.toString()));
            xml.close(true);
            xml.open("itemSet");
            for (Article article : articles) {
                xml.open(article.isPackage() ? "packageItem" : "newsItem");
                item(xml, article);
            }
            xml.close(true);
            xml.close(true);
        });
    }

    /** The priority every item has, if they all have the same: the header's is the whole message's. */
    private static Optional<Integer> sharedPriority(List<Article> articles) {
        Optional<Integer> first = articles.get(0).envelope().priority();
        for (Article article : articles) {
            if (!article.envelope().priority().equals(first)) {
                return Optional.empty();
            }
        }
        return first.filter(p -> p >= 1 && p <= 9);
    }

    /** The item's attributes and children, its element already open; closes it. */
    private void item(XmlOut xml, Article article) {
        Envelope e = article.envelope();
        xml.attribute("guid", e.uri().orElseGet(() -> ArticleWriter.uri(article)))
                .attribute("version", e.version().filter(NewsMlG2Writer::isPositiveInteger).orElse(null))
                .attribute("standard", "NewsML-G2").attribute("standardversion", "2.35")
                .attribute("conformance", "power").lang(e.language().orElse(null));
        xml.empty("catalogRef", "href", CATALOG);
        e.usageterms().ifPresent(terms -> {
            xml.open("rightsInfo");
            xml.element("usageTerms", terms);
            xml.close(true);
        });
        itemMeta(xml, article);
        contentMeta(xml, article);
        if (article.isPackage()) {
            groupSet(xml, e.groups());
        } else if (!article.paragraphs().isEmpty()) {
            xml.open("contentSet");
            xml.open("inlineXML").attribute("contenttype", "application/nitf+xml")
                    .attribute("wordcount", e.wordcount().filter(count -> count >= 0).orElse(null));
            xml.openNested("nitf", NitfWriter.NAMESPACE);
            NitfWriter.body(xml, withoutSignOff(article), false);
            xml.close(true);
            xml.close(true);
            xml.close(true);
        }
        xml.close(true);
    }

    /**
     * A package's groups: the first is the root; item references with their content type and
     * headline, group references by id.
     */
    private static void groupSet(XmlOut xml, List<Group> groups) {
        xml.open("groupSet").attribute("root", groups.get(0).id());
        for (Group group : groups) {
            xml.open("group").attribute("id", group.id()).attribute("role", group.role().orElse(null));
            for (GroupRef ref : group.refs()) {
                if (ref.kind() == GroupRef.Kind.GROUP) {
                    xml.empty("groupRef", "idref", ref.ref());
                } else {
                    xml.open("itemRef").attribute("residref", ref.ref())
                            .attribute("contenttype", ref.contentType().orElse(null));
                    ref.headline().ifPresent(headline -> xml.element("headline", headline));
                    xml.close(ref.headline().isPresent());
                }
            }
            xml.close(!group.refs().isEmpty());
        }
        xml.close(true);
    }

    /** The sign-off is the item's {@code creditline}, not repeated in the body. */
    private static Article withoutSignOff(Article article) {
        return article.attribution().isEmpty() ? article
                : new Article(article.source(), article.item(), article.format(), article.date(), article.byline(),
                        article.dateline(), article.paragraphs(), Optional.empty(), article.endMark(),
                        article.envelope(), article.markup(), article.diagnostics());
    }

    private void itemMeta(XmlOut xml, Article article) {
        Envelope e = article.envelope();
        xml.open("itemMeta");
        xml.empty("itemClass", "qcode", "ninat:" + e.type().filter(NewsMlG2Writer::isQcodePart)
                .orElse(article.isPackage() ? "composite" : "text"));
        xml.empty("provider", "literal", provider(article));
        xml.element("versionCreated", XmlOut.dateTime(e.versioncreated().or(e::firstcreated)
                .orElseGet(() -> article.date().map(day -> day.atStartOfDay().atOffset(ZoneOffset.UTC))
                        .orElseGet(() -> OffsetDateTime.now(clock)))));
        e.firstcreated().ifPresent(time -> xml.element("firstCreated", XmlOut.dateTime(time)));
        e.embargoed().ifPresent(time -> xml.element("embargoed", XmlOut.dateTime(time)));
        e.pubstatus().ifPresent(status -> xml.empty("pubStatus", "qcode", "stat:" + status.id()));
        e.ednote().ifPresent(note -> xml.element("edNote", note));
        e.expires().ifPresent(time -> xml.element("expires", XmlOut.dateTime(time)));
        xml.close(true);
    }

    /** Who provides the item: the model has no such part, and NewsML-G2 requires one. */
    private static String provider(Article article) {
        return article.attribution().flatMap(a -> a.agencies().stream().findFirst())
                .or(() -> article.dateline().flatMap(Dateline::agency))
                .filter(name -> !name.isBlank()).orElse("unknown");
    }

    private static void contentMeta(XmlOut xml, Article article) {
        Envelope e = article.envelope();
        xml.open("contentMeta");
        e.urgency().filter(u -> u >= 1 && u <= 9).ifPresent(urgency -> xml.element("urgency", urgency.toString()));
        article.dateline().filter(d -> !d.place().isBlank()).ifPresent(dateline -> {
            xml.open("located");
            xml.element("name", dateline.place());
            xml.close(true);
        });
        e.language().map(XmlOut::languageTag).ifPresent(language -> xml.empty("language", "tag", language));
        for (Subject genre : e.genres()) {
            concept(xml, "genre", genre, null);
        }
        for (String keyword : e.keywords()) {
            xml.element("keyword", keyword);
        }
        for (Subject subject : e.subjects()) {
            concept(xml, "subject", subject, null);
        }
        for (Place place : e.places()) {
            concept(xml, "subject", new Subject(place.code(), place.name(), Optional.empty()), "cpnat:geoArea");
        }
        e.slugline().ifPresent(slug -> xml.element("slugline", slug));
        e.headline().ifPresent(headline -> xml.element("headline", headline));
        article.dateline().ifPresent(dateline -> xml.element("dateline", NitfWriter.datelineText(dateline)));
        article.byline().ifPresent(byline -> xml.element("by", byline));
        article.attribution().map(Attribution::text).ifPresent(credit -> xml.element("creditline", credit));
        e.description().ifPresent(description -> {
            xml.open("description").attribute("role", "drol:summary").text(description);
            xml.close(false);
        });
        xml.close(true);
    }

    /**
     * A concept: its code as a {@code qcode} when it has a scheme ({@code medtop:04000000}), a
     * code already in that form as it is, another code as a {@code literal}, and its name as
     * {@code name}.
     */
    private static void concept(XmlOut xml, String element, Subject concept, String type) {
        String qcode = concept.code().map(code -> concept.scheme().map(scheme -> scheme + ":" + code).orElse(code))
                .filter(NewsMlG2Writer::isQcode).orElse(null);
        // A code that is no qcode (a place's "VN") is kept as the concept's literal.
        String literal = qcode == null ? concept.code().filter(code -> !code.isBlank()).orElse(null) : null;
        if (qcode == null && literal == null && concept.name().isEmpty()) {
            return;
        }
        xml.open(element).attribute("type", type).attribute("qcode", qcode).attribute("literal", literal);
        concept.name().ifPresent(name -> xml.element("name", name));
        xml.close(concept.name().isPresent());
    }

    /** Whether a value is a NewsML-G2 qcode: a scheme, a colon and a code, no white space. */
    private static boolean isQcode(String value) {
        int colon = value.indexOf(':');
        return colon > 0 && colon < value.length() - 1 && isQcodePart(value);
    }

    private static boolean isQcodePart(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPositiveInteger(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(value) > 0;
    }
}
