package io.github.newswire.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Plain text from elements: whitespace runs made one space, block boundaries made spaces. */
final class Text {

    /** Elements that run inside a line of text; every other element starts and ends a run of words. */
    static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "dfn",
            "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
            "time", "tt", "u", "var", "ins", "del",
            // NITF's inline elements
            "chron", "copyrite", "event", "function", "location", "money", "num", "object.title", "org", "person",
            "postaddr", "virtloc", "lang", "pronounce", "alt-code", "classifier", "frac", "numer", "denom",
            "city", "state", "region", "country", "sublocation", "addressee", "care.of", "delivery.point",
            "postcode", "delivery.office");

    private Text() {
    }

    /** Appends the text of an element's descendants, collapsed, without recursion. */
    static void appendCollapsed(Element element, StringBuilder out) {
        List<Object> stack = new ArrayList<>();
        pushChildren(element, stack);
        while (!stack.isEmpty()) {
            Object node = stack.remove(stack.size() - 1);
            if (node instanceof String text) {
                appendCollapsed(text, out);
            } else if (node instanceof Element child) {
                boolean block = !INLINE.contains(child.name());
                if (block) {
                    space(out);
                    stack.add(" ");
                }
                pushChildren(child, stack);
            }
        }
    }

    private static void pushChildren(Element element, List<Object> stack) {
        List<Object> children = element.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.add(children.get(i));
        }
    }

    /**
     * Appends text with each run of whitespace made one space (none at the very start). Text as
     * written, single spaces between words, is copied in one piece; only where whitespace needs
     * collapsing is it cut, since each append has a cost of its own.
     */
    static void appendCollapsed(CharSequence text, StringBuilder out) {
        int length = text.length();
        int runStart = 0;
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (c > ' ' && c < 0xA0 || !isSpace(c)) {
                at++;
                continue;
            }
            if (c == ' ' && at > runStart && at + 1 < length && !isSpace(text.charAt(at + 1))) {
                // One space between words, as space() would write it: it stays in the run.
                at++;
                continue;
            }
            if (at > runStart) {
                out.append(text, runStart, at);
            }
            space(out);
            while (at < length && isSpace(text.charAt(at))) {
                at++;
            }
            runStart = at;
        }
        if (length > runStart) {
            out.append(text, runStart, length);
        }
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
    }

    /**
     * Whitespace as Java's {@code strip} and {@code isBlank} see it, and the no-break spaces too:
     * the controls Java counts as whitespace, and Unicode's space, line and paragraph separators.
     * Written out, since it runs on every char of every body.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f' || c >= 0x1C;
        }
        if (c < 0xA0) {
            return false;
        }
        return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** The text without whitespace (spaces and line breaks) at either end. */
    static String strip(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    /** Collapses and strips a string; null for a blank or null one. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        appendCollapsed(text, out);
        String clean = strip(out);
        return clean.isEmpty() ? null : clean;
    }
}
