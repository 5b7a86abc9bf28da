package io.github.newswire.internal.formats;

import io.github.newswire.model.Article;
import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.model.WireFormat;
import java.util.List;
import java.util.Optional;

/**
 * XML that no reader knows: an article with an {@code unknown-format} error and nothing else, so
 * that an XML file is never read as VNS text. Chosen by detection only, never by a forced format.
 */
final class UnknownXmlReader implements FormatReader {

    @Override
    public WireFormat format() {
        return WireFormat.VNS;
    }

    @Override
    public int detect(Sniff sniff) {
        // Below every reader of a known root, above none: the fallback for XML.
        return sniff.kind() == Sniff.Kind.XML ? 1 : 0;
    }

    @Override
    public String decode(Input input) {
        return XmlBytes.decode(input.bytes(), input.options().replaceMalformedInput(), input.fileProblems());
    }

    @Override
    public List<Article> read(Input input) {
        Sniff sniff = Sniff.of(input.text());
        input.fileProblems().report(DiagnosticCode.UNKNOWN_FORMAT, "unknown XML root element ["
                + (sniff.rootName().isEmpty() ? "none" : "<" + sniff.rootName() + ">")
                + "]: expected <nitf>, a NewsML-G2 newsItem, packageItem or newsMessage, or <NewsML>", 1, 1, 0);
        return List.of(new Article(Optional.ofNullable(input.source()), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), input.fileProblems().toList()));
    }
}
