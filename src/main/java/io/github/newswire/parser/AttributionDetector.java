package io.github.newswire.parser;

import io.github.newswire.internal.vns.SignOff;
import io.github.newswire.model.Attribution;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agency sign-off, such as {@code VNS} or {@code — VNA/VNS}, at the end of a text.
 *
 * <pre>{@code
 * AttributionDetector detector = AttributionDetector.withDefaultAgencies();
 * detector.detect("… in the country. — VNS").map(Attribution::agencies); // Optional[[VNS]]
 * detector.detect("… first reported by VNS.");                          // Optional.empty
 * }</pre>
 *
 * <p>A sign-off is an optional dash ({@code —}, {@code –}, {@code -} or {@code --}, with or
 * without a space after it) and a credit: one or more agency names from the detector's list,
 * joined by {@code /}. It stands at the very end of the text, either after the end of a sentence
 * ({@code .}, {@code !} or {@code ?}, or a closing quote after one) and whitespace, or, with a
 * dash, right after the end of a sentence ({@code … on Monday.-VNA}, as Vietnam+ writes it), or at
 * the start of a line of its own; on a line of its own it may also be written {@code Source: VNA}.
 * Agency names match case-sensitively. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AttributionDetector {

    /**
     * The agencies and outlets recognised by default: Viet Nam's agencies (VNS, VNA, VNP, Bizhub),
     * its English-language outlets that sign their own copy (VOV and VOV World, SGGP, Tuoi Tre
     * News, Hanoi Times, VietNamNet, The Saigon Times, Nhan Dan, VIR, VnExpress) and the foreign
     * agencies whose copy they carry (Reuters, AFP, AP, Xinhua, Kyodo, Yonhap, Bernama, Antara, PNA,
     * TASS), as they write them; the list is the resource {@code outlets.txt} of the library.
     */
    public static final List<String> DEFAULT_AGENCIES = SignOff.DEFAULT_AGENCIES;

    private static final AttributionDetector DEFAULT = new AttributionDetector(new SignOff(DEFAULT_AGENCIES));

    // The matching itself is the VNS reader's part, shared so that this detector finds what a parse finds.
    private final SignOff signOff;

    private AttributionDetector(SignOff signOff) {
        this.signOff = signOff;
    }

    /**
     * Returns a detector for the {@link #DEFAULT_AGENCIES}.
     *
     * @return the shared default detector
     */
    public static AttributionDetector withDefaultAgencies() {
        return DEFAULT;
    }

    /**
     * Returns a detector for the given agencies.
     *
     * @param agencies agency or outlet names, words of letters and digits with one space between
     *                 words, such as {@code "VNS"} or {@code "Tuoi Tre News"}
     * @return a new detector
     * @throws IllegalArgumentException if the collection is empty or a name is not such words
     */
    public static AttributionDetector withAgencies(Collection<String> agencies) {
        return new AttributionDetector(new SignOff(agencies));
    }

    /**
     * Returns the agency names this detector recognises.
     *
     * @return an unmodifiable set of names
     */
    public Set<String> agencies() {
        return signOff.agencies();
    }

    /**
     * Finds the sign-off at the end of {@code text}; trailing whitespace is ignored.
     *
     * @param text any text, such as an article or its last paragraph
     * @return the sign-off, with a span into {@code text}, or empty if the text does not end in one
     */
    public Optional<Attribution> detect(CharSequence text) {
        return signOff.detect(text);
    }
}
