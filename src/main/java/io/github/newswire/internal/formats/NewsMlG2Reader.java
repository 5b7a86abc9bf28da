package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Dateline;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads NewsML-G2: a {@code newsItem} or {@code packageItem}, or a {@code newsMessage} whose
 * {@code itemSet} holds several, each an article in document order. The body comes from
 * {@code contentSet}: XHTML or NITF in {@code inlineXML}, text in {@code inlineData}.
 */
public final class NewsMlG2Reader implements FormatReader {

    /** The namespace of NewsML-G2 (the IPTC's "nar" namespace). */
    public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

    @Override
    public WireFormat format() {
        return WireFormat.NEWSML_G2;
    }

    @Override
    public String decode(Input input) {
        // As its XML declaration says.
        return XmlBytes.decode(input.bytes(), input.options().replaceMalformedInput(), input.fileProblems());
    }

    @Override
    public int detect(Sniff sniff) {
        if (sniff.kind() != Sniff.Kind.XML) {
            return 0;
        }
        boolean root = switch (sniff.rootName()) {
            case "newsMessage", "newsItem", "packageItem" -> true;
            default -> false;
        };
        if (!root) {
            return 0;
        }
        return sniff.rootNamespace().equals(NAMESPACE) ? 100 : 60;
    }

    @Override
    public List<Article> read(Input input) {
        Problems fileProblems = input.problemsFor(0);
        Element document = XmlTree.parse(input.text(), fileProblems);
        List<Element> items = new ArrayList<>();
        Integer priority = null;
        Element message = document.child("newsMessage");
        if (message != null) {
            Element header = message.child("header");
            Element priorityElement = header == null ? null : header.child("priority");
            if (priorityElement != null) {
                priority = Items.number(priorityElement.text(), "priority", priorityElement, fileProblems);
            }
            for (Element itemSet : message.children("itemSet")) {
                for (Element item : itemSet.elements()) {
                    if (item.name().equals("newsItem") || item.name().equals("packageItem")) {
                        items.add(item);
                    }
                }
            }
        } else {
            for (Element root : document.elements()) {
                if (root.name().equals("newsItem") || root.name().equals("packageItem")) {
                    items.add(root);
                }
            }
        }
        if (items.isEmpty()) {
            return List.of(Items.noItems(input, WireFormat.NEWSML_G2,
                    "a newsItem or packageItem, alone or in a newsMessage's itemSet", fileProblems));
        }
        // A package's references to items of the same file keep their link: the guid names the index.
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String guid = items.get(i).value("guid");
            if (guid != null) {
                indexes.putIfAbsent(guid, i);
            }
        }
        List<Article> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            articles.add(item(input, items.get(i), priority, indexes, input.problemsFor(i)));
        }
        return Items.numbered(articles);
    }

    private static Article item(Input input, Element item, Integer priority, Map<String, Integer> indexes,
            Problems problems) {
        Envelope.Builder envelope = Envelope.builder()
                .uri(item.value("guid"))
                .version(item.value("version"))
                .language(item.value("lang"))
                .priority(priority);
        Element itemMeta = item.child("itemMeta");
        if (itemMeta != null) {
            itemMeta(itemMeta, envelope, problems);
        }
        String byline = null;
        io.github.newswire.model.Dateline dateline = null;
        Element contentMeta = item.child("contentMeta");
        if (contentMeta != null) {
            contentMeta(contentMeta, envelope, problems);
            Element by = contentMeta.child("by");
            byline = by == null ? null : NitfReader.withoutBy(by.textOrNull());
            Element datelineElement = contentMeta.child("dateline");
            Element located = contentMeta.child("located");
            String place = located == null ? null : Text.clean(textOfName(located));
            String text = datelineElement == null ? null : datelineElement.textOrNull();
            dateline = Items.dateline(text, text == null ? place : null);
        }
        Element rights = item.child("rightsInfo");
        if (rights != null && rights.child("usageTerms") != null) {
            envelope.usageterms(rights.child("usageTerms").textOrNull());
        }
        List<Paragraph> paragraphs = List.of();
        String markup = null;
        Element contentSet = item.child("contentSet");
        if (contentSet != null) {
            Body body = body(input, contentSet, envelope, problems);
            if (body != null) {
                paragraphs = body.paragraphs();
                markup = body.markup();
            }
        }
        Element groupSet = item.child("groupSet");
        if (groupSet != null) {
            groups(groupSet, indexes).forEach(envelope::addGroup);
        }
        // The defaults NewsML-G2 2.35 itself gives: an item's version attribute defaults to 1
        // (schema line 885), and pubStatus, when absent, "is usable by default" (line 1318).
        Envelope read = envelope.build();
        if (read.version().isEmpty()) {
            envelope.version("1");
        }
        if (read.pubstatus().isEmpty()) {
            envelope.pubstatus(PubStatus.USABLE);
        }
        return Items.article(input, WireFormat.NEWSML_G2, byline, dateline, paragraphs, envelope.build(), markup,
                problems);
    }

    private static void itemMeta(Element itemMeta, Envelope.Builder envelope, Problems problems) {
        Element itemClass = itemMeta.child("itemClass");
        if (itemClass != null && itemClass.value("qcode") != null) {
            String qcode = itemClass.value("qcode");
            envelope.type(qcode.substring(qcode.indexOf(':') + 1));
        }
        Element firstCreated = itemMeta.child("firstCreated");
        if (firstCreated != null) {
            envelope.firstcreated(Times.parse(firstCreated.text(), "firstCreated", firstCreated, problems));
        }
        Element versionCreated = itemMeta.child("versionCreated");
        if (versionCreated != null) {
            envelope.versioncreated(Times.parse(versionCreated.text(), "versionCreated", versionCreated, problems));
        }
        Element embargoed = itemMeta.child("embargoed");
        if (embargoed != null) {
            envelope.embargoed(Times.parse(embargoed.text(), "embargoed", embargoed, problems));
        }
        Element pubStatus = itemMeta.child("pubStatus");
        if (pubStatus != null && pubStatus.value("qcode") != null) {
            envelope.pubstatus(PubStatus.parse(pubStatus.value("qcode")).orElse(null));
        }
        Element edNote = itemMeta.child("edNote");
        if (edNote != null) {
            envelope.ednote(edNote.textOrNull());
        }
        Element expires = itemMeta.child("expires");
        if (expires != null) {
            envelope.expires(Times.parse(expires.text(), "expires", expires, problems));
        }
    }

    private static void contentMeta(Element contentMeta, Envelope.Builder envelope, Problems problems) {
        Element urgency = contentMeta.child("urgency");
        if (urgency != null) {
            envelope.urgency(Items.number(urgency.text(), "urgency", urgency, problems));
        }
        Envelope built = envelope.build();
        if (built.firstcreated().isEmpty() && contentMeta.child("contentCreated") != null) {
            Element created = contentMeta.child("contentCreated");
            envelope.firstcreated(Times.parse(created.text(), "contentCreated", created, problems));
        }
        if (built.versioncreated().isEmpty() && contentMeta.child("contentModified") != null) {
            Element modified = contentMeta.child("contentModified");
            envelope.versioncreated(Times.parse(modified.text(), "contentModified", modified, problems));
        }
        Element headline = contentMeta.child("headline");
        if (headline != null) {
            envelope.headline(headline.textOrNull());
        }
        Element slugline = contentMeta.child("slugline");
        if (slugline != null) {
            envelope.slugline(slugline.textOrNull());
        }
        for (Element description : contentMeta.children("description")) {
            String role = description.value("role");
            if (role == null || role.endsWith(":summary") || role.endsWith(":abstract")) {
                envelope.description(description.textOrNull());
                break;
            }
        }
        Element language = contentMeta.child("language");
        if (language != null && language.value("tag") != null) {
            envelope.language(language.value("tag"));
        }
        for (Element keyword : contentMeta.children("keyword")) {
            String text = keyword.textOrNull();
            if (text != null) {
                envelope.addKeyword(text);
            }
        }
        for (Element subject : contentMeta.children("subject")) {
            String type = subject.value("type");
            String name = textOfName(subject);
            if (type != null && isPlaceType(type)) {
                // A place's code: its qcode, else its literal ("VN"); its name only from a name.
                String code = subject.value("qcode") != null ? subject.value("qcode")
                        : Text.clean(subject.value("literal"));
                Element nameElement = subject.child("name");
                String label = nameElement == null ? null : Text.clean(nameElement.textOrNull());
                if (code != null || label != null) {
                    envelope.addPlace(new Place(Optional.ofNullable(label), Optional.ofNullable(code)));
                }
                continue;
            }
            Subject parsed = Items.qcode(subject.value("qcode"), name);
            if (parsed != null) {
                envelope.addSubject(parsed);
            }
        }
        for (Element genre : contentMeta.children("genre")) {
            Subject parsed = Items.qcode(genre.value("qcode"), textOfName(genre));
            if (parsed != null) {
                envelope.addGenre(parsed);
            }
        }
    }

    /**
     * A package's groups, the root ({@code groupSet/@root}) first, then the others in file order;
     * each group's {@code itemRef}s and {@code groupRef}s in file order. A group without an id,
     * or a reference without its target, is left out (the schema requires both).
     */
    private static List<Group> groups(Element groupSet, Map<String, Integer> indexes) {
        String root = groupSet.value("root");
        List<Group> groups = new ArrayList<>();
        for (Element group : groupSet.children("group")) {
            String id = Text.clean(group.value("id"));
            if (id == null) {
                continue;
            }
            List<GroupRef> refs = new ArrayList<>();
            for (Element ref : group.elements()) {
                if (ref.name().equals("groupRef")) {
                    String idref = Text.clean(ref.value("idref"));
                    if (idref != null) {
                        refs.add(new GroupRef(GroupRef.Kind.GROUP, idref, Optional.empty(), Optional.empty(),
                                Optional.empty()));
                    }
                } else if (ref.name().equals("itemRef")) {
                    String residref = Text.clean(ref.value("residref"));
                    if (residref == null) {
                        continue;
                    }
                    Element headline = ref.child("headline");
                    if (headline == null) {
                        headline = ref.child("title");
                    }
                    refs.add(new GroupRef(GroupRef.Kind.ITEM, residref,
                            Optional.ofNullable(Text.clean(ref.value("contenttype"))),
                            Optional.ofNullable(headline == null ? null : headline.textOrNull()),
                            Optional.ofNullable(indexes.get(residref))));
                }
            }
            Group read = new Group(id, Optional.ofNullable(Text.clean(group.value("role"))), refs);
            if (id.equals(root)) {
                groups.add(0, read);
            } else {
                groups.add(read);
            }
        }
        return groups;
    }

    private static boolean isPlaceType(String type) {
        return type.endsWith(":geoArea") || type.endsWith(":poi") || type.equals("cptType:5");
    }

    /** The text of a concept's first {@code name}, or null. */
    private static String textOfName(Element concept) {
        Element name = concept.child("name");
        return name == null ? concept.value("literal") : name.textOrNull();
    }

    private record Body(List<Paragraph> paragraphs, String markup) {
    }

    private static Body body(Input input, Element contentSet, Envelope.Builder envelope, Problems problems) {
        for (Element content : contentSet.elements()) {
            String wordcount = content.attribute("wordcount");
            if (content.name().equals("inlineXML")) {
                envelope.wordcount(Items.number(wordcount, "wordcount", content, problems));
                Element nitf = content.child("nitf");
                Element container = null;
                if (nitf != null) {
                    container = NitfReader.bodyContent(nitf);
                } else {
                    Element html = content.child("html");
                    container = html == null ? null : html.child("body");
                }
                if (container == null) {
                    container = content;
                }
                return new Body(Blocks.of(container, input.maxParagraphs(), problems),
                        Text.strip(input.text().substring(container.contentStart(), container.contentEnd())));
            }
            if (content.name().equals("inlineData")) {
                envelope.wordcount(Items.number(wordcount, "wordcount", content, problems));
                StringBuilder text = new StringBuilder();
                for (Object node : content.children()) {
                    if (node instanceof String part) {
                        text.append(part);
                    }
                }
                String contentType = content.value("contenttype");
                if (contentType != null && contentType.contains("html")) {
                    Element fragment = HtmlTree.parse(text.toString());
                    return new Body(Blocks.of(fragment, input.maxParagraphs(), problems), text.toString());
                }
                return new Body(PlainText.paragraphs(text.toString(), 0, 1, 1, input.maxParagraphs(), problems), null);
            }
        }
        return null;
    }
}
