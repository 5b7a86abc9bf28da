package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Category;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads NITF 3.x ({@code <nitf>}): the metadata of {@code head} and {@code body.head}, the
 * paragraphs of {@code body.content}. {@code docs/formats.md} has the mapping table.
 */
public final class NitfReader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.NITF;
    }

    @Override
    public String decode(Input input) {
        // As its XML declaration says.
        return XmlBytes.decode(input.bytes(), input.options().replaceMalformedInput(), input.fileProblems());
    }

    @Override
    public int detect(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.XML && sniff.rootName().equals("nitf") ? 100 : 0;
    }

    @Override
    public List<Article> read(Input input) {
        Problems problems = input.problemsFor(0);
        Element document = XmlTree.parse(input.text(), problems);
        Element nitf = document.child("nitf");
        if (nitf == null) {
            return List.of(Items.noItems(input, WireFormat.NITF, "a <nitf> root element", problems));
        }
        return List.of(read(input, nitf, problems));
    }

    private static Article read(Input input, Element nitf, Problems problems) {
        Envelope.Builder envelope = Envelope.builder().type("text");
        metadata(nitf, envelope, problems);
        Element body = nitf.child("body");
        Element bodyHead = body == null ? null : body.child("body.head");
        String byline = null;
        io.github.newswire.model.Dateline dateline = null;
        if (bodyHead != null) {
            Element hl1 = bodyHead.path("hedline", "hl1");
            if (hl1 != null) {
                envelope.headline(hl1.textOrNull());
            }
            byline = byline(bodyHead.child("byline"));
            Element abstractElement = bodyHead.child("abstract");
            if (abstractElement != null) {
                envelope.description(abstractElement.textOrNull());
            }
            dateline = dateline(input, bodyHead.child("dateline"));
        }
        Element head = nitf.child("head");
        if (envelope.build().headline().isEmpty() && head != null && head.child("title") != null) {
            envelope.headline(head.child("title").textOrNull());
        }
        Element content = body == null ? null : body.child("body.content");
        List<Paragraph> paragraphs = content == null ? List.of() : Blocks.of(content, input.maxParagraphs(), problems);
        String markup = content == null ? null : Text.strip(input.text().substring(content.contentStart(), content.contentEnd()));
        return Items.article(input, WireFormat.NITF, byline, dateline, paragraphs, envelope.build(), markup, problems);
    }

    /** The body of an NITF document held inside another format (NewsML-G2, NewsML 1.2), with its markup. */
    static Element bodyContent(Element nitf) {
        return nitf.path("body", "body.content");
    }

    /** Reads {@code head} and {@code nitf} attributes into the envelope. */
    static void metadata(Element nitf, Envelope.Builder envelope, Problems problems) {
        envelope.language(firstNonNull(nitf.value("lang"), firstNonNull(nitf.value("baselang"),
                nitf.child("body") == null ? null : nitf.child("body").value("lang"))));
        Element head = nitf.child("head");
        if (head == null) {
            return;
        }
        String duKeySlug = null;
        for (Element meta : head.children("meta")) {
            String name = meta.value("name");
            String content = meta.value("content");
            if (name == null || content == null) {
                continue;
            }
            switch (name) {
                case "anpa-keyword" -> envelope.slugline(Text.clean(content));
                case "anpa-category" -> envelope.addCategory(new Category(Optional.of(content), Optional.empty()));
                case "anpa-sequence" -> envelope.sequence(Items.number(content, "anpa-sequence", meta, problems));
                case "anpa-wordcount" -> envelope.wordcount(Items.number(content, "anpa-wordcount", meta, problems));
                case "anpa-takekey", "anpa-take-key" -> envelope.takekey(Text.clean(content));
                default -> {
                    // Other meta names are private to their senders.
                }
            }
        }
        subjects(head, envelope);
        for (Element tobject : head.children("tobject")) {
            for (Element property : tobject.children("tobject.property")) {
                String type = property.value("tobject.property.type");
                if (type != null) {
                    envelope.addGenre(new Subject(Optional.empty(), Optional.of(type), Optional.empty()));
                }
            }
        }
        Element docdata = head.child("docdata");
        if (docdata != null) {
            Element docId = docdata.child("doc-id");
            if (docId != null) {
                envelope.uri(docId.value("id-string"));
            }
            String status = docdata.value("management-status");
            if (status != null) {
                envelope.pubstatus(PubStatus.parse(status).orElse(null));
            }
            Element urgency = docdata.child("urgency");
            if (urgency != null) {
                envelope.urgency(Items.number(urgency.attribute("ed-urg"), "urgency", urgency, problems));
            }
            Element issue = docdata.child("date.issue");
            if (issue != null) {
                envelope.firstcreated(Times.parse(issue.attribute("norm"), "date.issue", issue, problems));
                envelope.versioncreated(envelope.build().firstcreated().orElse(null));
            }
            Element release = docdata.child("date.release");
            if (release != null) {
                envelope.embargoed(Times.parse(release.attribute("norm"), "date.release", release, problems));
            }
            Element expire = docdata.child("date.expire");
            if (expire != null) {
                envelope.expires(Times.parse(expire.attribute("norm"), "date.expire", expire, problems));
            }
            Element duKey = docdata.child("du-key");
            if (duKey != null) {
                duKeySlug = duKey.value("key");
                envelope.version(duKey.value("version"));
            }
            Element message = docdata.child("ed-msg");
            if (message != null) {
                envelope.ednote(Text.clean(message.attribute("info")));
            }
            Element keys = docdata.child("key-list");
            if (keys != null) {
                for (Element keyword : keys.children("keyword")) {
                    String key = Text.clean(keyword.attribute("key"));
                    if (key != null) {
                        envelope.addKeyword(key);
                    }
                }
            }
            for (Element evloc : docdata.children("evloc")) {
                String city = Text.clean(evloc.attribute("city"));
                String country = Text.clean(evloc.attribute("iso-cc"));
                if (city != null || country != null) {
                    envelope.addPlace(new Place(Optional.ofNullable(city), Optional.ofNullable(country)));
                }
            }
            Element rights = docdata.child("doc.rights");
            if (rights != null) {
                envelope.usageterms(Text.clean(rights.attribute("limitations")));
            }
        }
        for (Element pubdata : head.children("pubdata")) {
            String unit = pubdata.value("unit-of-measure");
            if (pubdata.value("item-length") != null && envelope.build().wordcount().isEmpty()
                    && (unit == null || unit.equalsIgnoreCase("word") || unit.equalsIgnoreCase("words"))) {
                envelope.wordcount(Items.number(pubdata.value("item-length"), "item-length", pubdata, problems));
            }
        }
        if (envelope.build().slugline().isEmpty() && duKeySlug != null) {
            envelope.slugline(duKeySlug);
        }
    }

    /**
     * IPTC subject codes of {@code tobject.subject}: the code the {@code refnum} gives at each
     * level the element names ({@code type} is the first two digits, {@code matter} the first
     * five, {@code detail} all eight), each with the name the element gives it; a code of
     * another provider ({@code tobject.subject.ipr}) is kept as it is, under that scheme.
     */
    private static void subjects(Element head, Envelope.Builder envelope) {
        Set<String> seen = new HashSet<>();
        for (Element tobject : head.children("tobject")) {
            for (Element subject : tobject.children("tobject.subject")) {
                String refnum = subject.value("tobject.subject.refnum");
                String ipr = subject.value("tobject.subject.ipr");
                String type = Text.clean(subject.attribute("tobject.subject.type"));
                String matter = Text.clean(subject.attribute("tobject.subject.matter"));
                String detail = Text.clean(subject.attribute("tobject.subject.detail"));
                if (refnum == null) {
                    if (detail != null || matter != null || type != null) {
                        envelope.addSubject(new Subject(Optional.empty(),
                                Optional.of(firstNonNull(detail, firstNonNull(matter, type))), Optional.empty()));
                    }
                    continue;
                }
                boolean iptc = ipr == null || ipr.equalsIgnoreCase("IPTC");
                if (!iptc) {
                    if (seen.add(ipr + ":" + refnum)) {
                        envelope.addSubject(new Subject(Optional.of(refnum),
                                Optional.ofNullable(firstNonNull(detail, firstNonNull(matter, type))), Optional.of(ipr)));
                    }
                    continue;
                }
                boolean eightDigits = refnum.length() == 8 && isDigits(refnum);
                boolean levels = eightDigits && (type != null || matter != null || detail != null);
                if (levels) {
                    addLevel(envelope, seen, type == null ? null : refnum.substring(0, 2) + "000000", type);
                    addLevel(envelope, seen, matter == null ? null : refnum.substring(0, 5) + "000", matter);
                    addLevel(envelope, seen, detail == null ? null : refnum, detail);
                } else {
                    addLevel(envelope, seen, refnum, null);
                }
            }
        }
    }

    private static void addLevel(Envelope.Builder envelope, Set<String> seen, String code, String name) {
        if (code == null || code.equals("00000000") || !seen.add(code)) {
            return;
        }
        envelope.addSubject(new Subject(Optional.of(code), Optional.ofNullable(name), Optional.of("subj")));
    }

    /** The byline's words without its title ({@code byttl}) and without a leading "By". */
    static String byline(Element byline) {
        if (byline == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Object node : byline.children()) {
            if (node instanceof String text) {
                Text.appendCollapsed(text, out);
            } else if (node instanceof Element element && !element.name().equals("byttl")) {
                Text.appendCollapsed(" ", out);
                Text.appendCollapsed(element.text(), out);
            }
        }
        return withoutBy(Text.strip(out));
    }

    /** A byline without its leading "By" ({@code By Alan Karben} is Alan Karben), as VNS bylines are read. */
    static String withoutBy(String byline) {
        if (byline == null) {
            return null;
        }
        String text = byline.strip();
        if (text.length() > 3 && text.regionMatches(true, 0, "by", 0, 2) && Text.isSpace(text.charAt(2))) {
            text = text.substring(3).strip();
        }
        return text.isEmpty() ? null : text;
    }

    private static io.github.newswire.model.Dateline dateline(Input input, Element dateline) {
        if (dateline == null) {
            return null;
        }
        String text = dateline.textOrNull();
        Element location = dateline.child("location");
        String place = null;
        if (location != null) {
            Element city = location.find("city");
            place = city != null ? city.textOrNull() : location.textOrNull();
        }
        return Items.dateline(text, place);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
