package io.github.newswire.writer;

import io.github.newswire.model.Article;
import io.github.newswire.model.Attribution;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.Subject;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an {@link Article} as an NITF 3.6 document, valid against the IPTC's schema, the form
 * {@link io.github.newswire.NewsWire} reads back.
 *
 * <pre>{@code
 * String nitf = new NitfWriter().write(NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt")));
 * }</pre>
 *
 * <p>Where each part goes ({@code docs/formats.md}, "Writing NITF", has the whole table): the
 * headline in {@code head/title} and {@code body.head/hedline/hl1}; the identifier, urgency,
 * times, status, version, editor's note, keywords, places and terms of use in {@code docdata}
 * ({@code doc-id}, {@code urgency ed-urg}, {@code date.issue}, {@code date.release} for the
 * embargo, {@code date.expire}, {@code management-status}, {@code du-key}, {@code ed-msg},
 * {@code key-list}, {@code evloc}, {@code doc.rights}); subjects and genres in {@code tobject};
 * the word count in {@code pubdata item-length}; slug, categories, sequence and take key, which
 * NITF has no element for, in {@code meta} elements named as the ANPA fields are; the byline,
 * dateline ({@code location/city}) and description ({@code abstract}) in {@code body.head};
 * paragraphs as {@code p}, headings as {@code hl2} and preformatted text as {@code pre}; the
 * agency sign-off as {@code body.end/tagline}. Text that XML cannot hold (control characters)
 * is left out. The document is written as it goes, never held as a tree. Instances are immutable
 * and thread-safe.
 *
 * @since 0.5
 */
public final class NitfWriter {

    /** The NITF 3.x namespace. */
    public static final String NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/";

    /** The {@code version} attribute NITF 3.6 fixes. */
    static final String VERSION = "-//IPTC//DTD NITF 3.6//EN";

    /** Creates a writer. */
    public NitfWriter() {
        // Stateless; a constructor leaves room for options.
    }

    /**
     * Writes an article as an NITF document.
     *
     * @param article the article
     * @return the document, with its XML declaration
     */
    public String write(Article article) {
        return XmlOut.asString(1024 + 2 * article.bodyText().length(), out -> write(article, out));
    }

    /**
     * Writes an article as an NITF document to a writer, as it goes; the writer is not closed.
     *
     * @param article the article
     * @param out     where the document goes; encode it as UTF-8, as its declaration says
     * @throws IOException if the writer fails
     */
    public void write(Article article, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        XmlOut.write(Objects.requireNonNull(out, "out"), xml -> {
            xml.openRoot("nitf", NAMESPACE).attribute("version", VERSION).lang(article.envelope().language().orElse(null));
            head(xml, article);
            body(xml, article, true);
            xml.close(true);
        });
    }

    private static void head(XmlOut xml, Article article) {
        Envelope e = article.envelope();
        xml.open("head");
        e.headline().ifPresent(headline -> xml.element("title", headline));
        e.slugline().ifPresent(slug -> meta(xml, "anpa-keyword", slug));
        for (Category category : e.categories()) {
            category.code().ifPresent(code -> meta(xml, "anpa-category", code));
        }
        e.sequence().ifPresent(sequence -> meta(xml, "anpa-sequence", sequence.toString()));
        e.takekey().ifPresent(take -> meta(xml, "anpa-takekey", take));
        if (!e.genres().isEmpty() || e.subjects().stream().anyMatch(s -> s.code().filter(XmlOut::isNmtoken).isPresent())) {
            xml.open("tobject").attribute("tobject.type", "news");
            for (Subject genre : e.genres()) {
                genre.name().or(genre::code).ifPresent(name -> xml.empty("tobject.property",
                        "tobject.property.type", name));
            }
            for (Subject subject : e.subjects()) {
                subject(xml, subject);
            }
            xml.close(true);
        }
        docdata(xml, article);
        e.wordcount().ifPresent(count -> {
            xml.open("pubdata").attribute("type", "web").attribute("item-length", count)
                    .attribute("unit-of-measure", "word");
            xml.close(false);
        });
        xml.close(true);
    }

    private static void meta(XmlOut xml, String name, String content) {
        xml.open("meta").attribute("name", name).attribute("content", content);
        xml.close(false);
    }

    /**
     * A subject with a code: an IPTC subject code ({@code subj}, eight digits) at the level its
     * zeros tell, any other under its scheme as {@code tobject.subject.ipr}. NITF requires the
     * code ({@code tobject.subject.refnum}, an {@code NMTOKEN}): a subject without one, or with a
     * code that has spaces, is not written.
     */
    private static void subject(XmlOut xml, Subject subject) {
        if (subject.code().isEmpty() || !XmlOut.isNmtoken(subject.code().get())) {
            return;
        }
        String code = subject.code().get();
        String scheme = subject.scheme().orElse("subj");
        boolean iptc = scheme.equals("subj");
        xml.open("tobject.subject");
        if (!iptc) {
            xml.attribute("tobject.subject.ipr", scheme);
        }
        xml.attribute("tobject.subject.refnum", code);
        String level = !iptc || !isIptcCode(code) ? "tobject.subject.detail"
                : code.endsWith("000000") ? "tobject.subject.type"
                : code.endsWith("000") ? "tobject.subject.matter" : "tobject.subject.detail";
        if (iptc && !isIptcCode(code)) {
            // A code of IPTC's that is not eight digits: NITF has no level for its name.
            level = null;
        }
        if (level != null) {
            xml.attribute(level, subject.name().orElse(null));
        }
        xml.close(false);
    }

    private static boolean isIptcCode(String code) {
        if (code.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void docdata(XmlOut xml, Article article) {
        Envelope e = article.envelope();
        xml.open("docdata").attribute("management-status", e.pubstatus().map(s -> s.id()).orElse(null));
        e.uri().ifPresent(uri -> xml.empty("doc-id", "id-string", uri));
        e.urgency().ifPresent(urgency -> xml.empty("urgency", "ed-urg", urgency));
        // NITF has one time of issue: the first creation, else this version's.
        e.firstcreated().or(e::versioncreated).ifPresent(time -> xml.empty("date.issue", "norm",
                XmlOut.nitfNorm(time)));
        e.embargoed().ifPresent(time -> xml.empty("date.release", "norm", XmlOut.nitfNorm(time)));
        e.expires().ifPresent(time -> xml.empty("date.expire", "norm", XmlOut.nitfNorm(time)));
        // du-key's version is an NMTOKEN: a version with spaces has no place in NITF.
        e.version().filter(XmlOut::isNmtoken).ifPresent(version -> xml.empty("du-key", "version", version));
        e.ednote().ifPresent(note -> xml.empty("ed-msg", "info", note));
        if (!e.keywords().isEmpty()) {
            xml.open("key-list");
            for (String keyword : e.keywords()) {
                xml.empty("keyword", "key", keyword);
            }
            xml.close(true);
        }
        for (Place place : e.places()) {
            xml.open("evloc").attribute("city", place.name().orElse(null)).attribute("iso-cc",
                    place.code().orElse(null));
            xml.close(false);
        }
        e.usageterms().ifPresent(terms -> xml.empty("doc.rights", "limitations", terms));
        xml.close(true);
    }

    /**
     * The {@code body}: its head (when {@code withHead}), the paragraphs and the sign-off. NewsML-G2
     * writes the same body inside its {@code inlineXML}, where the item's metadata stands apart.
     */
    static void body(XmlOut xml, Article article, boolean withHead) {
        Envelope e = article.envelope();
        xml.open("body");
        if (withHead) {
            xml.open("body.head");
            e.headline().ifPresent(headline -> {
                xml.open("hedline");
                xml.element("hl1", headline);
                xml.close(true);
            });
            article.byline().ifPresent(byline -> xml.element("byline", "By " + byline));
            article.dateline().ifPresent(dateline -> dateline(xml, dateline));
            e.description().ifPresent(description -> {
                xml.open("abstract");
                xml.element("p", description);
                xml.close(true);
            });
            xml.close(true);
        }
        xml.open("body.content");
        for (Paragraph paragraph : article.paragraphs()) {
            switch (paragraph.kind()) {
                case HEADING -> withBreaks(xml.open("hl2"), paragraph.text()).close(false);
                case PREFORMATTED -> xml.element("pre", paragraph.text());
                case PARAGRAPH -> withBreaks(xml.open("p"), paragraph.text()).close(false);
            }
        }
        xml.close(!article.paragraphs().isEmpty());
        article.attribution().map(Attribution::text).ifPresent(credit -> {
            xml.open("body.end");
            xml.element("tagline", credit);
            xml.close(true);
        });
        xml.close(true);
    }

    /**
     * Text whose line breaks are {@code <br/>}: inside {@code p} and {@code hl2} a reader collapses
     * white space, so a break the text holds (a VNS paragraph's wrapped lines, a ninjs
     * {@code <br>}) is written as the element that keeps it.
     */
    private static XmlOut withBreaks(XmlOut xml, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                xml.text(text.substring(start, i)).openInline("br").closeInline();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return xml.text(text.substring(start));
    }

    /** The dateline as written, its place marked as the city of a {@code location}. */
    private static void dateline(XmlOut xml, Dateline dateline) {
        String text = datelineText(dateline);
        xml.open("dateline");
        int at = text.indexOf(dateline.place());
        if (dateline.place().isEmpty() || at < 0) {
            xml.text(text);
        } else {
            xml.text(text.substring(0, at)).openInline("location").openInline("city").text(dateline.place())
                    .closeInline().closeInline().text(text.substring(at + dateline.place().length()));
        }
        xml.close(false);
    }

    /**
     * The dateline's text as the file wrote it, or, for one built from its parts, as a wire writes
     * it: {@code PLACE, COUNTRY, DATE (AGENCY) -}.
     */
    static String datelineText(Dateline dateline) {
        Optional<String> written = dateline.text();
        if (written.isPresent()) {
            return written.get();
        }
        StringBuilder text = new StringBuilder(dateline.place());
        dateline.country().ifPresent(country -> text.append(", ").append(country));
        dateline.date().ifPresent(date -> text.append(", ").append(date));
        dateline.agency().ifPresent(agency -> text.append(" (").append(agency).append(')'));
        dateline.dash().ifPresent(dash -> text.append(' ').append(dash.symbol()));
        return text.toString();
    }
}
