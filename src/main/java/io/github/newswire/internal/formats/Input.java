package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import java.time.LocalDate;

/**
 * One file handed to its reader: its bytes or its text, where it came from, and the parser's
 * options. A reader given bytes decodes them itself, as its format defines ({@link #text()} asks
 * the reader once, when first needed); a reader that parses bytes itself (ninjs, with Jackson)
 * takes {@link #bytes()}. Confined to the thread that reads the file.
 */
public final class Input {

    private final FormatReader reader;
    private final byte[] bytes;
    private CharSequence chars;
    private String text;
    private final String source;
    private final Problems fileProblems;
    private final ReadOptions options;
    private LocalDate today;
    private int exactTextStart = -1;

    private Input(FormatReader reader, byte[] bytes, CharSequence chars, String source, Problems fileProblems,
            ReadOptions options) {
        this.reader = reader;
        this.bytes = bytes;
        this.chars = chars;
        this.source = source;
        this.fileProblems = fileProblems;
        this.options = options;
    }

    /**
     * A file given as bytes.
     *
     * @param reader       the reader that will read it, and decode it
     * @param bytes        the file's bytes
     * @param source       where it was read from, or null
     * @param fileProblems where problems of the file as a whole go; also the first item's problems
     * @param options      the parser's options
     * @return the input
     */
    public static Input ofBytes(FormatReader reader, byte[] bytes, String source, Problems fileProblems,
            ReadOptions options) {
        return new Input(reader, bytes, null, source, fileProblems, options);
    }

    /**
     * A file given as text.
     *
     * @param reader       the reader that will read it
     * @param text         the file's text
     * @param source       where it was read from, or null
     * @param fileProblems where problems of the file as a whole go; also the first item's problems
     * @param options      the parser's options
     * @return the input
     */
    public static Input ofText(FormatReader reader, CharSequence text, String source, Problems fileProblems,
            ReadOptions options) {
        return new Input(reader, null, text, source, fileProblems, options);
    }

    /**
     * Returns the file as the text that spans index, decoded by its reader if it was given as bytes.
     *
     * @return the text
     */
    public String text() {
        if (text == null) {
            text = chars().toString();
        }
        return text;
    }

    /**
     * Returns the file's text as it was given ({@code StringBuilder} or {@code String}), or decoded.
     *
     * @return the text
     */
    public CharSequence chars() {
        if (chars == null) {
            chars = reader.decode(this);
        }
        return chars;
    }

    /**
     * Returns the file's bytes, if it was given as bytes.
     *
     * @return the bytes, or null
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * Returns where the file was read from.
     *
     * @return the path as given, or null
     */
    public String source() {
        return source;
    }

    /**
     * Returns where problems of the file as a whole go.
     *
     * @return the sink, also the first item's
     */
    public Problems fileProblems() {
        return fileProblems;
    }

    /**
     * Returns the parser's options.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Returns the most paragraphs read for one item.
     *
     * @return the limit
     */
    public int maxParagraphs() {
        return options.maxParagraphs();
    }

    /**
     * Returns the parser's reference day, for dates written without a year; asked of its clock once.
     *
     * @return today, by the parser's clock
     */
    public LocalDate today() {
        if (today == null) {
            today = LocalDate.now(options.clock());
        }
        return today;
    }

    /**
     * Returns where an item's problems go.
     *
     * @param index the item's index in the file
     * @return the file's sink for the first item, a new one for each other
     */
    public Problems problemsFor(int index) {
        return index == 0 ? fileProblems : new Problems(options.strict());
    }

    /**
     * Notes that the text read is exactly the UTF-8 decoding of the bytes from {@code start} (so
     * that JSON may copy paragraphs from the bytes); readers that cannot say so never call it.
     *
     * @param start where the text starts in the bytes
     */
    public void exactTextStart(int start) {
        this.exactTextStart = start;
    }

    /**
     * Returns where the text read starts in the bytes, if it is exactly their decoding.
     *
     * @return the offset, or -1
     */
    public int exactTextStart() {
        return exactTextStart;
    }
}
