package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Article;
import io.github.newswire.model.Envelope;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.Place;
import io.github.newswire.model.PubStatus;
import io.github.newswire.model.Subject;
import io.github.newswire.model.WireFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads NewsML 1.x ({@code <NewsML>}): each {@code NewsItem} of the envelope is an article, its
 * metadata from {@code Identification}, {@code NewsManagement} and the {@code NewsComponent}
 * tree, its body from the first text {@code ContentItem}.
 */
public final class NewsMlReader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.NEWSML;
    }

    @Override
    public String decode(Input input) {
        // As its XML declaration says.
        return XmlBytes.decode(input.bytes(), input.options().replaceMalformedInput(), input.fileProblems());
    }

    @Override
    public int detect(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.XML && sniff.rootName().equals("NewsML") ? 100 : 0;
    }

    @Override
    public List<Article> read(Input input) {
        Problems fileProblems = input.problemsFor(0);
        Element document = XmlTree.parse(input.text(), fileProblems);
        Element newsMl = document.child("NewsML");
        List<Element> items = newsMl == null ? List.of() : newsMl.children("NewsItem");
        if (items.isEmpty()) {
            return List.of(Items.noItems(input, WireFormat.NEWSML, "a NewsItem in a <NewsML> envelope", fileProblems));
        }
        Element envelopeElement = newsMl.child("NewsEnvelope");
        List<Article> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Problems problems = input.problemsFor(i);
            articles.add(item(input, envelopeElement, items.get(i), problems));
        }
        return Items.numbered(articles);
    }

    private static Article item(Input input, Element newsEnvelope, Element item, Problems problems) {
        Envelope.Builder envelope = Envelope.builder().type("text");
        if (newsEnvelope != null) {
            Element priority = newsEnvelope.child("Priority");
            if (priority != null) {
                envelope.priority(Items.number(formalOrText(priority), "Priority", priority, problems));
            }
            Element transmission = newsEnvelope.child("TransmissionId");
            if (transmission != null) {
                envelope.sequence(Items.number(transmission.text(), "TransmissionId", transmission, problems));
            }
        }
        Element identifier = item.path("Identification", "NewsIdentifier");
        if (identifier != null) {
            Element publicId = identifier.child("PublicIdentifier");
            envelope.uri(publicId == null ? null : publicId.textOrNull());
            Element revision = identifier.child("RevisionId");
            envelope.version(revision == null ? null : revision.textOrNull());
        }
        Element management = item.child("NewsManagement");
        if (management != null) {
            Element created = management.child("FirstCreated");
            if (created != null) {
                envelope.firstcreated(Times.parse(created.text(), "FirstCreated", created, problems));
            }
            Element revised = management.child("ThisRevisionCreated");
            if (revised != null) {
                envelope.versioncreated(Times.parse(revised.text(), "ThisRevisionCreated", revised, problems));
            }
            Element status = management.child("Status");
            if (status != null && status.value("FormalName") != null) {
                envelope.pubstatus(PubStatus.parse(status.value("FormalName")).orElse(null));
            }
            Element urgency = management.child("Urgency");
            if (urgency != null) {
                envelope.urgency(Items.number(formalOrText(urgency), "Urgency", urgency, problems));
            }
            Element change = management.child("StatusWillChange");
            if (change != null && change.path("FutureStatus") != null && change.child("DateAndTime") != null) {
                Element when = change.child("DateAndTime");
                String future = change.child("FutureStatus").value("FormalName");
                if (future != null && future.equalsIgnoreCase("Usable")) {
                    envelope.embargoed(Times.parse(when.text(), "StatusWillChange", when, problems));
                }
            }
        }
        String byline = null;
        String datelineText = null;
        ComponentWalk walk = new ComponentWalk();
        Element component = item.child("NewsComponent");
        if (component != null) {
            walk.walk(component);
        }
        Element lines = walk.newsLines;
        if (lines != null) {
            envelope.headline(textOf(lines, "HeadLine"));
            envelope.slugline(textOf(lines, "SlugLine"));
            byline = NitfReader.withoutBy(textOf(lines, "ByLine"));
            datelineText = textOf(lines, "DateLine");
            for (Element keywordLine : lines.children("KeywordLine")) {
                String keyword = keywordLine.textOrNull();
                if (keyword != null) {
                    envelope.addKeyword(keyword);
                }
            }
        }
        Set<String> seenSubjects = new HashSet<>();
        boolean[] language = {false};
        for (Element descriptive : walk.descriptive) {
            descriptive(descriptive, envelope, seenSubjects, language);
        }
        if (walk.usage != null) {
            envelope.usageterms(walk.usage);
        }
        List<Paragraph> paragraphs = List.of();
        String markup = null;
        if (walk.content != null) {
            Element characteristics = walk.content.child("Characteristics");
            if (characteristics != null) {
                for (Element property : characteristics.children("Property")) {
                    String name = property.value("FormalName");
                    if (name != null && (name.equals("Words") || name.equals("WordCount"))) {
                        envelope.wordcount(Items.number(property.attribute("Value"), name, property, problems));
                    }
                }
            }
            Element data = walk.content.child("DataContent");
            if (data != null) {
                Element container = container(data);
                if (container == data && data.elements().isEmpty()) {
                    String text = data.text().isEmpty() ? "" : rawText(data);
                    if (text.indexOf('<') >= 0) {
                        Element fragment = HtmlTree.parse(text);
                        Element body = fragment.find("body");
                        paragraphs = Blocks.of(body == null ? fragment : body, input.maxParagraphs(), problems);
                        markup = text.strip();
                    } else {
                        paragraphs = PlainText.paragraphs(text, 0, 1, 1, input.maxParagraphs(), problems);
                    }
                } else {
                    paragraphs = Blocks.of(container, input.maxParagraphs(), problems);
                    markup = Text.strip(input.text().substring(container.contentStart(), container.contentEnd()));
                }
            }
        }
        return Items.article(input, WireFormat.NEWSML, byline, Items.dateline(datelineText, null), paragraphs,
                envelope.build(), markup, problems);
    }

    /** The element whose children are the body's blocks: NITF's body.content, HTML's body, or DataContent itself. */
    private static Element container(Element data) {
        Element nitf = data.child("nitf");
        if (nitf != null && NitfReader.bodyContent(nitf) != null) {
            return NitfReader.bodyContent(nitf);
        }
        Element html = data.child("html");
        if (html != null && html.child("body") != null) {
            return html.child("body");
        }
        Element body = data.find("body.content");
        return body != null ? body : data;
    }

    private static String rawText(Element element) {
        StringBuilder out = new StringBuilder();
        for (Object node : element.children()) {
            if (node instanceof String text) {
                out.append(text);
            }
        }
        return out.toString();
    }

    private static void descriptive(Element descriptive, Envelope.Builder envelope, Set<String> seen,
            boolean[] languageSet) {
        Element language = descriptive.child("Language");
        if (language != null && language.value("FormalName") != null && !languageSet[0]) {
            envelope.language(language.value("FormalName"));
            languageSet[0] = true;
        }
        for (Element genre : descriptive.children("Genre")) {
            String name = genre.value("FormalName");
            if (name != null) {
                envelope.addGenre(new Subject(Optional.empty(), Optional.of(name), Optional.ofNullable(
                        genre.value("Scheme"))));
            }
        }
        for (Element subjectCode : descriptive.children("SubjectCode")) {
            for (Element subject : subjectCode.elements()) {
                String code = subject.value("FormalName");
                if (code != null && seen.add(code)) {
                    String scheme = subject.value("Scheme");
                    envelope.addSubject(new Subject(Optional.of(code), Optional.empty(),
                            Optional.of(scheme == null || scheme.equals("IptcSubjectCodes") ? "subj" : scheme)));
                }
            }
        }
        for (Element property : descriptive.children("Property")) {
            String name = property.value("FormalName");
            String value = Text.clean(property.attribute("Value"));
            if (name == null || value == null) {
                continue;
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "keyword" -> envelope.addKeyword(value);
                case "location", "city", "country", "countrycode" -> envelope.addPlace(
                        new Place(name.equalsIgnoreCase("CountryCode") ? Optional.empty() : Optional.of(value),
                                name.equalsIgnoreCase("CountryCode") ? Optional.of(value) : Optional.empty()));
                default -> {
                    // Other properties are the sender's own.
                }
            }
        }
    }

    private static String textOf(Element parent, String child) {
        Element element = parent.child(child);
        return element == null ? null : element.textOrNull();
    }

    private static String formalOrText(Element element) {
        String formal = element.value("FormalName");
        return formal != null ? formal : element.text();
    }

    /** Walks the NewsComponent tree without recursion: its first NewsLines, its metadata, its first text ContentItem. */
    private static final class ComponentWalk {
        Element newsLines;
        final List<Element> descriptive = new ArrayList<>();
        String usage;
        Element content;

        void walk(Element root) {
            List<Element> stack = new ArrayList<>();
            stack.add(root);
            while (!stack.isEmpty()) {
                Element component = stack.remove(stack.size() - 1);
                if (newsLines == null) {
                    newsLines = component.child("NewsLines");
                }
                Element descriptiveMetadata = component.child("DescriptiveMetadata");
                if (descriptiveMetadata != null) {
                    descriptive.add(descriptiveMetadata);
                }
                Element usageType = component.path("RightsMetadata", "UsageRights", "UsageType");
                if (usage == null && usageType != null) {
                    usage = usageType.textOrNull();
                }
                for (Element contentItem : component.children("ContentItem")) {
                    if (content == null && isText(contentItem)) {
                        content = contentItem;
                    }
                }
                List<Element> children = component.children("NewsComponent");
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.add(children.get(i));
                }
            }
        }

        private static boolean isText(Element contentItem) {
            Element mediaType = contentItem.child("MediaType");
            String type = mediaType == null ? null : mediaType.value("FormalName");
            return (type == null || type.equalsIgnoreCase("Text")) && contentItem.child("DataContent") != null;
        }
    }
}
