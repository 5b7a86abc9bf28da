package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.Paragraph;
import io.github.newswire.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a body's markup (NITF {@code body.content}, XHTML, an HTML fragment) into paragraphs:
 * one per {@code <p>}, heading, list item, preformatted block or table row, with text outside
 * any block gathered into paragraphs of its own. Walks the tree with a stack, not recursion.
 */
final class Blocks {

    /** Blocks whose text is one paragraph. */
    private static final Set<String> LEAVES = Set.of("p", "li", "dt", "dd", "caption", "figcaption", "address",
            "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "bq", "credit", "tagline");

    private static final Set<String> HEADINGS = Set.of("hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements whose content is not body text. */
    private static final Set<String> SKIPPED = Set.of("media", "img", "script", "style", "head", "object", "iframe",
            "video", "audio", "embed", "noscript", "svg", "math", "button", "form", "input", "select", "textarea",
            "fn", "media-reference", "media-caption", "media-producer", "media-metadata", "media-object",
            "template");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final int maxParagraphs;
    private final Problems problems;
    private final StringBuilder loose = new StringBuilder();
    private Element looseOwner;
    private boolean full;

    private Blocks(int maxParagraphs, Problems problems) {
        this.maxParagraphs = maxParagraphs;
        this.problems = problems;
    }

    /**
     * Reads the paragraphs of a container.
     *
     * @param container     the body element, such as {@code body.content}
     * @param maxParagraphs the most paragraphs read
     * @param problems      where a paragraph overflow is reported
     * @return the paragraphs in order
     */
    static List<Paragraph> of(Element container, int maxParagraphs, Problems problems) {
        Blocks blocks = new Blocks(maxParagraphs, problems);
        blocks.walk(container);
        blocks.flushLoose();
        return blocks.paragraphs;
    }

    /** A marker on the stack: the container it names has ended. */
    private record End(Element element) {
    }

    private void walk(Element container) {
        List<Object> stack = new ArrayList<>();
        List<Element> containers = new ArrayList<>();
        containers.add(container);
        push(container.children(), stack);
        while (!stack.isEmpty() && !full) {
            Object node = stack.remove(stack.size() - 1);
            if (node instanceof String text) {
                if (looseOwner == null) {
                    looseOwner = containers.get(containers.size() - 1);
                }
                Text.appendCollapsed(text, loose);
            } else if (node instanceof End) {
                // Text inside a container never runs on into the text after it.
                flushLoose();
                containers.remove(containers.size() - 1);
            } else if (node instanceof Element element) {
                String name = element.name();
                if (SKIPPED.contains(name)) {
                    continue;
                }
                if (name.equals("br")) {
                    lineBreak(loose);
                } else if (Text.INLINE.contains(name)) {
                    push(element.children(), stack);
                } else if (LEAVES.contains(name) || HEADINGS.contains(name)) {
                    flushLoose();
                    leaf(element);
                } else {
                    // A container (div, blockquote, block, table, ul): its text runs are paragraphs of their own.
                    flushLoose();
                    stack.add(new End(element));
                    containers.add(element);
                    push(element.children(), stack);
                }
            }
        }
    }

    private static void push(List<Object> children, List<Object> stack) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.add(children.get(i));
        }
    }

    private void leaf(Element element) {
        String name = element.name();
        Paragraph.Kind kind;
        String text;
        if (name.equals("pre")) {
            kind = Paragraph.Kind.PREFORMATTED;
            text = preformatted(element);
        } else if (name.equals("tr")) {
            kind = Paragraph.Kind.PREFORMATTED;
            text = row(element);
        } else {
            kind = HEADINGS.contains(name) ? Paragraph.Kind.HEADING : Paragraph.Kind.PARAGRAPH;
            StringBuilder out = new StringBuilder();
            appendWithBreaks(element, out);
            text = Text.strip(out);
        }
        add(text, element, kind);
    }

    private void add(String text, Element element, Paragraph.Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        if (paragraphs.size() >= maxParagraphs) {
            Items.tooManyParagraphs(problems, maxParagraphs, element.line(), element.column(), element.start());
            full = true;
            return;
        }
        paragraphs.add(new Paragraph(text, new SourceSpan(element.start(), element.end(), element.line(),
                element.column()), kind));
    }

    private void flushLoose() {
        if (looseOwner != null) {
            add(Text.strip(loose), looseOwner, Paragraph.Kind.PARAGRAPH);
        }
        loose.setLength(0);
        looseOwner = null;
    }

    /** Text with {@code <br>} kept as a line break and every other element's text run in. */
    private static void appendWithBreaks(Element element, StringBuilder out) {
        List<Object> stack = new ArrayList<>();
        push(element.children(), stack);
        while (!stack.isEmpty()) {
            Object node = stack.remove(stack.size() - 1);
            if (node instanceof String text) {
                Text.appendCollapsed(text, out);
            } else if (node instanceof Element child && !SKIPPED.contains(child.name())) {
                if (child.name().equals("br")) {
                    lineBreak(out);
                } else {
                    if (!Text.INLINE.contains(child.name())) {
                        Text.appendCollapsed(" ", out);
                        stack.add(" ");
                    }
                    push(child.children(), stack);
                }
            }
        }
    }

    private static void lineBreak(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    /** A {@code <pre>} block: its text as written, blank lines at either end taken off. */
    private static String preformatted(Element element) {
        StringBuilder out = new StringBuilder();
        List<Object> stack = new ArrayList<>();
        push(element.children(), stack);
        while (!stack.isEmpty()) {
            Object node = stack.remove(stack.size() - 1);
            if (node instanceof String text) {
                out.append(text);
            } else if (node instanceof Element child) {
                if (child.name().equals("br")) {
                    out.append('\n');
                } else {
                    push(child.children(), stack);
                }
            }
        }
        int start = 0;
        int lineStart = 0;
        while (start < out.length() && Text.isSpace(out.charAt(start))) {
            if (out.charAt(start) == '\n') {
                lineStart = start + 1;
            }
            start++;
        }
        int end = out.length();
        while (end > lineStart && Text.isSpace(out.charAt(end - 1))) {
            end--;
        }
        return start >= end ? "" : out.substring(lineStart, end).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A table row: its cells' texts joined by tabs. */
    private static String row(Element element) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Element cell : element.elements()) {
            if (!cell.name().equals("td") && !cell.name().equals("th")) {
                continue;
            }
            if (!first) {
                out.append('\t');
            }
            first = false;
            out.append(cell.text());
        }
        return Text.strip(out);
    }
}
