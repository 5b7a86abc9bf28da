package io.github.newswire.internal.formats;

/**
 * What the first kilobytes of a file show, found once for all readers: whether it is XML (and
 * its root element and namespace), a JSON object (and whether its head names ninjs properties),
 * or neither.
 *
 * @param kind          what the head looks like
 * @param rootName      the local name of the XML root element, or "" if not XML
 * @param rootNamespace the namespace URI the root element declares by default or by its
 *                      prefix, or "" if none is visible in the head
 * @param ninjsKeys     how many property names typical of ninjs appear in the head of a JSON object
 * @param schemaNinjs   whether the JSON head names a ninjs {@code $schema} or {@code profile}
 * @param header        for a transmission, its first header: the chars after {@code SOH} up to
 *                      {@code STX} (at most 512); "" otherwise
 */
public record Sniff(Kind kind, String rootName, String rootNamespace, int ninjsKeys, boolean schemaNinjs,
        String header) {

    /** The kinds of head. */
    public enum Kind {
        /** Markup that opens with {@code <}: an XML declaration, a comment, a doctype or an element. */
        XML,
        /** A JSON object: opens with <code>{</code>. */
        JSON,
        /** A transmission framed by control characters: {@code SOH}, possibly after {@code SYN}s (ANPA 1312, IPTC 7901). */
        TRANSMISSION,
        /** Anything else, such as VNS text. */
        TEXT
    }

    /** How many chars of the head are looked at: enough for a long prolog of comments. */
    public static final int HEAD = 16_384;

    private static final String[] NINJS_KEYS = {"\"uri\"", "\"headline\"", "\"headlines\"", "\"body_html\"",
        "\"body_text\"", "\"bodies\"", "\"versioncreated\"", "\"firstcreated\"", "\"pubstatus\"", "\"urgency\"",
        "\"slugline\"", "\"byline\"", "\"subject\"", "\"subjects\"", "\"associations\"", "\"located\"",
        "\"descriptions\"", "\"description_text\"", "\"guid\"", "\"type\""};

    /**
     * Looks at the head of a file.
     *
     * @param head the first chars of the file (a byte order mark and leading whitespace allowed)
     * @return what the head shows
     */
    public static Sniff of(CharSequence head) {
        int length = Math.min(head.length(), HEAD);
        int at = 0;
        if (at < length && head.charAt(at) == '\uFEFF') {
            at++;
        }
        while (at < length && isXmlSpace(head.charAt(at))) {
            at++;
        }
        if (at >= length) {
            return new Sniff(Kind.TEXT, "", "", 0, false, "");
        }
        char first = head.charAt(at);
        if (first == Transmission.SYN || first == Transmission.SOH) {
            return transmission(head, at, length);
        }
        if (first == '{') {
            return json(head, at, length);
        }
        if (first == '<') {
            return xml(head, at, length);
        }
        return new Sniff(Kind.TEXT, "", "", 0, false, "");
    }

    private static Sniff transmission(CharSequence head, int at, int length) {
        boolean syn = false;
        while (at < length && head.charAt(at) == Transmission.SYN) {
            syn = true;
            at++;
        }
        if (at >= length || head.charAt(at) != Transmission.SOH) {
            return new Sniff(Kind.TEXT, "", "", 0, false, "");
        }
        int end = at + 1;
        while (end < length && end - at <= 512 && head.charAt(end) != Transmission.STX) {
            end++;
        }
        return new Sniff(Kind.TRANSMISSION, syn ? "SYN" : "", "", 0, false,
                head.subSequence(at + 1, end).toString());
    }

    private static Sniff json(CharSequence head, int at, int length) {
        // The first 4 KB of an object name its properties; scanning more would cost more than it tells.
        String text = head.subSequence(at, Math.min(length, at + 4096)).toString();
        int keys = 0;
        for (String key : NINJS_KEYS) {
            if (text.contains(key)) {
                keys++;
            }
        }
        boolean schema = text.contains("ninjs");
        return new Sniff(Kind.JSON, "", "", keys, schema, "");
    }

    /** Skips the prolog (declaration, comments, processing instructions, doctype) to the root element's start tag. */
    private static Sniff xml(CharSequence head, int at, int length) {
        while (at < length) {
            if (startsWith(head, at, length, "<?")) {
                at = indexOf(head, "?>", at + 2, length);
            } else if (startsWith(head, at, length, "<!--")) {
                at = indexOf(head, "-->", at + 4, length);
            } else if (startsWith(head, at, length, "<!")) {
                int end = endOfDoctype(head, at + 2, length);
                if (end < 0) {
                    // A doctype longer than the head (a long internal subset) still names the root.
                    return doctypeName(head, at + 2, length);
                }
                at = end;
            } else if (head.charAt(at) == '<') {
                return rootElement(head, at + 1, length);
            } else if (isXmlSpace(head.charAt(at))) {
                at++;
            } else {
                break;
            }
            if (at < 0) {
                break;
            }
        }
        // Not markup after all (text that opens with "<", or a prolog longer than the head): not XML to us.
        return new Sniff(Kind.TEXT, "", "", 0, false, "");
    }

    private static Sniff doctypeName(CharSequence head, int at, int length) {
        int start = at;
        while (start < length && !isXmlSpace(head.charAt(start))) {
            start++;
        }
        while (start < length && isXmlSpace(head.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < length && isNameChar(head.charAt(end)) && head.charAt(end) != '[') {
            end++;
        }
        String qualified = head.subSequence(start, end).toString();
        return new Sniff(Kind.XML, qualified.substring(qualified.indexOf(':') + 1), "", 0, false, "");
    }

    private static Sniff rootElement(CharSequence head, int at, int length) {
        if (at >= length || !Character.isLetter(head.charAt(at)) && head.charAt(at) != '_') {
            return new Sniff(Kind.TEXT, "", "", 0, false, "");
        }
        int nameEnd = at;
        while (nameEnd < length && isNameChar(head.charAt(nameEnd))) {
            nameEnd++;
        }
        String qualified = head.subSequence(at, nameEnd).toString();
        int colon = qualified.indexOf(':');
        String prefix = colon < 0 ? "" : qualified.substring(0, colon);
        String local = qualified.substring(colon + 1);
        int tagEnd = indexOf(head, ">", nameEnd, length);
        String tag = head.subSequence(nameEnd, tagEnd < 0 ? length : tagEnd).toString();
        String namespace = attribute(tag, prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
        return new Sniff(Kind.XML, local, namespace, 0, false, "");
    }

    /** The value of an attribute in a start tag's text, or "" if absent. */
    private static String attribute(String tag, String name) {
        int from = 0;
        while (true) {
            int at = tag.indexOf(name, from);
            if (at < 0) {
                return "";
            }
            int after = at + name.length();
            boolean startsName = at == 0 || isXmlSpace(tag.charAt(at - 1));
            int eq = after;
            while (eq < tag.length() && isXmlSpace(tag.charAt(eq))) {
                eq++;
            }
            if (startsName && eq < tag.length() && tag.charAt(eq) == '=') {
                int quote = eq + 1;
                while (quote < tag.length() && isXmlSpace(tag.charAt(quote))) {
                    quote++;
                }
                if (quote < tag.length() && (tag.charAt(quote) == '"' || tag.charAt(quote) == '\'')) {
                    int end = tag.indexOf(tag.charAt(quote), quote + 1);
                    return end < 0 ? "" : tag.substring(quote + 1, end);
                }
            }
            from = after;
        }
    }

    /** Skips a doctype, whose internal subset may hold {@code >} inside brackets. */
    private static int endOfDoctype(CharSequence head, int at, int length) {
        int brackets = 0;
        for (int i = at; i < length; i++) {
            char c = head.charAt(i);
            if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence text, int at, int length, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, String target, int from, int length) {
        for (int i = from; i + target.length() <= length; i++) {
            if (startsWith(text, i, length, target)) {
                return i + target.length();
            }
        }
        return -1;
    }

    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameChar(char c) {
        return c > ' ' && c != '>' && c != '/' && c != '=' && c != '"' && c != '\'';
    }
}
