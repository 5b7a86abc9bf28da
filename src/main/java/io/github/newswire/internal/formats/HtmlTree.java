package io.github.newswire.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds an {@link Element} tree from an HTML fragment (a ninjs {@code body_html}, a NewsML 1.2
 * {@code DataContent} that holds escaped markup), leniently and in one pass: void elements need
 * no end tag, an end tag closes up to its start tag, a stray end tag is ignored, and nothing is
 * ever an error. Entities are decoded from HTML's table and numeric references.
 */
final class HtmlTree {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");

    /** Elements that end an open {@code <p>} when they start, as browsers do. */
    private static final Set<String> CLOSES_P = Set.of("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "blockquote", "section", "article", "aside", "figure", "header", "footer", "hr", "dl");

    private static final Set<String> RAW_TEXT = Set.of("script", "style");

    private HtmlTree() {
    }

    /**
     * Parses a fragment.
     *
     * @param html the markup
     * @return a synthetic root element (named "") holding the fragment
     */
    static Element parse(String html) {
        LineCounter positions = new LineCounter(html);
        Element root = new Element("", "", null, 0, 1, 1);
        root.contentStart(0);
        List<Element> open = new ArrayList<>();
        open.add(root);
        int length = html.length();
        int at = 0;
        int textStart = 0;
        // Where the next '&' is, searched again only once the text has passed it.
        int[] nextAmp = {html.indexOf('&')};
        while (at < length) {
            char c = html.charAt(at);
            if (c != '<' || at + 1 >= length) {
                at++;
                continue;
            }
            char next = html.charAt(at + 1);
            int tagEnd;
            if (next == '!' || next == '?') {
                addText(html, textStart, at, open, nextAmp);
                tagEnd = skipComment(html, at);
            } else if (next == '/' && at + 2 < length && isNameStart(html.charAt(at + 2))) {
                addText(html, textStart, at, open, nextAmp);
                int nameEnd = nameEnd(html, at + 2);
                String name = html.substring(at + 2, nameEnd).toLowerCase(Locale.ROOT);
                tagEnd = tagEnd(html, nameEnd);
                close(open, name, at, tagEnd);
            } else if (isNameStart(next)) {
                addText(html, textStart, at, open, nextAmp);
                int nameEnd = nameEnd(html, at + 1);
                String name = html.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
                List<String> attributes = new ArrayList<>();
                tagEnd = attributes(html, nameEnd, attributes);
                boolean selfClosing = tagEnd >= 2 && html.charAt(tagEnd - 2) == '/';
                if (CLOSES_P.contains(name) && hasOpen(open, "p")) {
                    close(open, "p", at, at);
                }
                Element element = new Element(name, "", attributes.isEmpty() ? null : attributes.toArray(new String[0]),
                        at, positions.line(at), positions.column(at));
                element.contentStart(tagEnd);
                open.get(open.size() - 1).add(element);
                if (RAW_TEXT.contains(name)) {
                    int close = indexOfIgnoreCase(html, "</" + name, tagEnd);
                    int end = close < 0 ? length : tagEnd(html, close + 2 + name.length());
                    element.close(close < 0 ? length : close, end);
                    tagEnd = end;
                } else if (VOID.contains(name) || selfClosing) {
                    element.close(tagEnd, tagEnd);
                } else if (open.size() <= XmlTree.MAX_DEPTH) {
                    open.add(element);
                }
            } else {
                at++;
                continue;
            }
            at = tagEnd;
            textStart = tagEnd;
        }
        addText(html, textStart, length, open, nextAmp);
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close(length, length);
        }
        return root;
    }

    private static boolean hasOpen(List<Element> open, String name) {
        for (int i = open.size() - 1; i > 0; i--) {
            if (open.get(i).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void close(List<Element> open, String name, int contentEnd, int end) {
        for (int i = open.size() - 1; i > 0; i--) {
            if (open.get(i).name().equals(name)) {
                while (open.size() > i) {
                    open.remove(open.size() - 1).close(contentEnd, end);
                }
                return;
            }
        }
    }

    private static void addText(String html, int start, int end, List<Element> open, int[] nextAmp) {
        if (start < end) {
            if (nextAmp[0] >= 0 && nextAmp[0] < start) {
                nextAmp[0] = html.indexOf('&', start);
            }
            open.get(open.size() - 1).add(decode(html, start, end, nextAmp[0]));
        }
    }

    /** Decodes character references: named (HTML 4), decimal and hexadecimal; others stay as written. */
    static String decode(String html, int start, int end) {
        return decode(html, start, end, html.indexOf('&', start));
    }

    /**
     * Decodes a range, given where the next {@code &} at or after its start is (-1 for none):
     * callers that decode ranges in order keep that position, so the text is searched once.
     */
    static String decode(String html, int start, int end, int nextAmp) {
        int amp = nextAmp;
        if (amp < 0 || amp >= end) {
            return html.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        int at = start;
        while (at < end) {
            char c = html.charAt(at);
            if (c != '&') {
                out.append(c);
                at++;
                continue;
            }
            int semicolon = -1;
            for (int i = at + 1; i < end && i < at + 34; i++) {
                char d = html.charAt(i);
                if (d == ';') {
                    semicolon = i;
                    break;
                }
                if (!Character.isLetterOrDigit(d) && d != '#') {
                    break;
                }
            }
            String decoded = semicolon < 0 ? null : reference(html.substring(at + 1, semicolon));
            if (decoded == null) {
                out.append('&');
                at++;
            } else {
                out.append(decoded);
                at = semicolon + 1;
            }
        }
        return out.toString();
    }

    private static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return switch (name) {
            case "apos" -> "'";
            default -> XmlTree.htmlEntity(name);
        };
    }

    private static int skipComment(String html, int at) {
        if (html.startsWith("<!--", at)) {
            int end = html.indexOf("-->", at + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int end = html.indexOf('>', at);
        return end < 0 ? html.length() : end + 1;
    }

    /** Reads attributes up to the tag's end; returns the offset after {@code >}. */
    private static int attributes(String html, int at, List<String> attributes) {
        int length = html.length();
        while (at < length) {
            char c = html.charAt(at);
            if (c == '>') {
                return at + 1;
            }
            if (c == '/' || Text.isSpace(c)) {
                at++;
                continue;
            }
            int nameStart = at;
            while (at < length && !Text.isSpace(html.charAt(at)) && html.charAt(at) != '=' && html.charAt(at) != '>'
                    && !(html.charAt(at) == '/' && at + 1 < length && html.charAt(at + 1) == '>')) {
                at++;
            }
            String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            while (at < length && Text.isSpace(html.charAt(at))) {
                at++;
            }
            String value = "";
            if (at < length && html.charAt(at) == '=') {
                at++;
                while (at < length && Text.isSpace(html.charAt(at))) {
                    at++;
                }
                if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                    char quote = html.charAt(at);
                    int close = html.indexOf(quote, at + 1);
                    int valueEnd = close < 0 ? length : close;
                    value = decode(html, at + 1, valueEnd);
                    at = close < 0 ? length : close + 1;
                } else {
                    int valueStart = at;
                    while (at < length && !Text.isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                        at++;
                    }
                    value = decode(html, valueStart, at);
                }
            }
            if (!name.isEmpty()) {
                int colon = name.indexOf(':');
                attributes.add(colon < 0 ? name : name.substring(colon + 1));
                attributes.add(value);
            }
        }
        return length;
    }

    private static int tagEnd(String html, int from) {
        int end = html.indexOf('>', from);
        return end < 0 ? html.length() : end + 1;
    }

    private static int nameEnd(String html, int from) {
        int at = from;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (Text.isSpace(c) || c == '>' || c == '/') {
                break;
            }
            at++;
        }
        return at;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfIgnoreCase(String text, String target, int from) {
        for (int i = from; i + target.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, target, 0, target.length())) {
                return i;
            }
        }
        return -1;
    }
}
