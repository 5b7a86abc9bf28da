package io.github.newswire.internal.formats;

import io.github.newswire.model.Article;
import io.github.newswire.model.WireFormat;
import java.util.List;

/**
 * Reads one wire format, from its bytes to its items. Adding a format is one class implementing
 * this and one line in {@link FormatReaders}: the parser sniffs the file's head once, asks each
 * reader how sure it is that the file is its format, and hands the file to the surest, which
 * decodes and reads it. Readers are stateless; the parser's options come with each {@link Input}.
 */
public interface FormatReader {

    /**
     * Returns the format this reader reads.
     *
     * @return the format
     */
    WireFormat format();

    /**
     * Tells how sure the reader is that a file with this head is its format.
     *
     * @param sniff what the head of the file shows
     * @return 0 if it is not, up to 100 if the head names the format unambiguously
     */
    int detect(Sniff sniff);

    /**
     * Decodes a file given as bytes into the text that spans index, as the format defines its
     * encoding; problems of the bytes go to the input's file problems.
     *
     * @param input a file given as bytes
     * @return the text
     * @throws io.github.newswire.parser.WireParseException if the bytes cannot be read as text
     */
    String decode(Input input);

    /**
     * Reads every item of a file.
     *
     * @param input the file
     * @return the items in file order; at least one (an item with an error when there is none)
     * @throws io.github.newswire.parser.WireParseException in strict mode on the first error
     */
    List<Article> read(Input input);
}
