package io.github.newswire.internal.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of a parsed XML or HTML document: the small tree the readers walk. Names are local
 * names (without prefix); text children are {@link String}s, entities already decoded. Positions
 * are char offsets into the decoded input.
 */
public final class Element {

    private static final String[] NO_ATTRIBUTES = {};

    private final String name;
    private final String namespace;
    private final String[] attributes;
    private List<Object> children = List.of();
    private final int start;
    private final int line;
    private final int column;
    private int contentStart;
    private int contentEnd;
    private int end;

    Element(String name, String namespace, String[] attributes, int start, int line, int column) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
        this.attributes = attributes == null ? NO_ATTRIBUTES : attributes;
        this.start = start;
        this.line = line;
        this.column = column;
        this.contentStart = start;
        this.contentEnd = start;
        this.end = start;
    }

    /** Adds a child; adjacent texts stay apart (joining them each time would cost the square of their number). */
    void add(Object child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(2);
        }
        children.add(child);
    }

    void contentStart(int offset) {
        contentStart = offset;
        contentEnd = offset;
        end = offset;
    }

    void close(int contentEndOffset, int endOffset) {
        contentEnd = Math.max(contentStart, contentEndOffset);
        end = Math.max(contentEnd, endOffset);
    }

    /**
     * Returns the local name.
     *
     * @return the local name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the namespace URI, or "" for none.
     *
     * @return the namespace URI, or "" for none
     */
    public String namespace() {
        return namespace;
    }

    /**
     * Returns the char offset where the start tag opens.
     *
     * @return the char offset where the start tag opens
     */
    public int start() {
        return start;
    }

    /**
     * Returns the char offset after the end tag (after the start tag for an empty element).
     *
     * @return the char offset after the end tag (after the start tag for an empty element)
     */
    public int end() {
        return end;
    }

    /**
     * Returns the char offset after the start tag.
     *
     * @return the char offset after the start tag
     */
    public int contentStart() {
        return contentStart;
    }

    /**
     * Returns the char offset where the end tag opens.
     *
     * @return the char offset where the end tag opens
     */
    public int contentEnd() {
        return contentEnd;
    }

    /**
     * Returns the line of the start tag, from 1.
     *
     * @return the line of the start tag, from 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the start tag, from 1.
     *
     * @return the column of the start tag, from 1
     */
    public int column() {
        return column;
    }

    /**
     * Returns the children in order: elements and text.
     *
     * @return the children in order: elements and text
     */
    public List<Object> children() {
        return children;
    }

    /**
     * Returns an attribute's value by local name.
     *
     * @param attribute the local name
     * @return the value, or null if absent
     */
    public String attribute(String attribute) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(attribute)) {
                return attributes[i + 1];
            }
        }
        return null;
    }

    /**
     * Returns an attribute's value, stripped, or null if absent or blank.
     *
     * @param attribute the local name
     * @return the value, or null
     */
    public String value(String attribute) {
        String value = attribute(attribute);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Returns the first child element with a local name.
     *
     * @param child the local name
     * @return the element, or null if none
     */
    public Element child(String child) {
        for (Object node : children) {
            if (node instanceof Element element && element.name.equals(child)) {
                return element;
            }
        }
        return null;
    }

    /**
     * Follows a path of child names.
     *
     * @param path local names, one per level
     * @return the element at the end of the path, or null if a step is missing
     */
    public Element path(String... path) {
        Element at = this;
        for (String step : path) {
            at = at.child(step);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /**
     * Returns the child elements with a local name.
     *
     * @param child the local name
     * @return the elements in order
     */
    public List<Element> children(String child) {
        List<Element> found = new ArrayList<>(2);
        for (Object node : children) {
            if (node instanceof Element element && element.name.equals(child)) {
                found.add(element);
            }
        }
        return found;
    }

    /**
     * Returns the child elements.
     *
     * @return the elements in order
     */
    public List<Element> elements() {
        List<Element> found = new ArrayList<>(children.size());
        for (Object node : children) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /**
     * Returns the first descendant with a local name, in document order.
     *
     * @param descendant the local name
     * @return the element, or null
     */
    public Element find(String descendant) {
        List<Element> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            Element at = stack.remove(stack.size() - 1);
            if (at != this && at.name.equals(descendant)) {
                return at;
            }
            List<Object> nodes = at.children;
            for (int i = nodes.size() - 1; i >= 0; i--) {
                if (nodes.get(i) instanceof Element element) {
                    stack.add(element);
                }
            }
        }
        return null;
    }

    /**
     * Returns all the text inside, runs of whitespace made one space, stripped.
     *
     * @return the text, "" if none
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        Text.appendCollapsed(this, out);
        return Text.strip(out);
    }

    /**
     * Returns the text inside, or null if it is blank.
     *
     * @return the text, or null
     */
    public String textOrNull() {
        String text = text();
        return text.isEmpty() ? null : text;
    }

    @Override
    public String toString() {
        return "<" + name + "> at " + line + ":" + column;
    }
}
