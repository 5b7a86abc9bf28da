package io.github.newswire.shapes;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates wire files in every shape of the field survey ({@code docs/real-world.md}), in our own
 * words, each with the fields a correct parser must find. Every file also comes in each line-end
 * and encoding variant real feeds have: LF, CRLF, CR, a byte order mark, NFD text, a final newline.
 */
final class ShapeCorpus {

    /** What a parser must find in a generated file; empty where the part is absent. */
    record Expected(LocalDate date, Optional<String> place, Optional<String> country, Optional<String> day,
            Optional<String> agency, Optional<String> dash, String ledeStart, int paragraphs, String lastEnd,
            Optional<List<String>> credit, Optional<String> creditDash, Optional<String> endMark,
            List<String> codes) {
    }

    /** One generated file: its shape, the bytes, what must be found. */
    record Sample(String shape, String variant, byte[] bytes, Expected expected) {
    }

    /** A shape of the survey: a name and how to write a file of that shape. */
    record Shape(String name, Function<Random, Draft> writer) {
    }

    /** A file before its variant is applied: the text (LF line ends, NFC) and what must be found. */
    record Draft(String text, Expected expected) {

        /** For openings that are not datelines: they stay at the start of the lede. */
        Draft withOpeningInLede() {
            String lede = text.substring(" date 2019-01-01 ".length());
            Expected e = expected;
            return new Draft(text, new Expected(e.date(), e.place(), e.country(), e.day(), e.agency(), e.dash(),
                    lede.substring(0, 12), e.paragraphs(), e.lastEnd(), e.credit(), e.creditDash(), e.endMark(),
                    e.codes()));
        }

        /** For a last line that stays a paragraph of its own after the sign-off. */
        Draft withLastParagraph(String text) {
            Expected e = expected;
            String end = text.length() > 12 ? text.substring(text.length() - 12) : text;
            return new Draft(this.text, new Expected(e.date(), e.place(), e.country(), e.day(), e.agency(), e.dash(),
                    e.ledeStart(), e.paragraphs() + 1, end, e.credit(), e.creditDash(), e.endMark(), e.codes()));
        }

        /** For endings that are not sign-offs: they stay at the end of the last paragraph. */
        Draft withLastEnd(String lastEnd) {
            Expected e = expected;
            return new Draft(text, new Expected(e.date(), e.place(), e.country(), e.day(), e.agency(), e.dash(),
                    e.ledeStart(), e.paragraphs(), lastEnd, e.credit(), e.creditDash(), e.endMark(), e.codes()));
        }
    }

    private static final String[] VN_PLACES = {"HÀ NỘI", "HCM CITY", "ĐÀ NẴNG", "HẢI PHÒNG", "CẦN THƠ", "QUẢNG NINH",
        "THỪA THIÊN-HUẾ", "BÌNH DƯƠNG", "KHÁNH HÒA", "LÂM ĐỒNG", "BẮC NINH", "NGHỆ AN"};
    private static final String[] MIXED_PLACES = {"Hanoi", "HCM City", "Da Nang", "Can Tho", "Quang Ngai", "Vinh Phuc",
        "Phnom Penh", "Vientiane", "Bangkok", "Tokyo", "Berlin", "Geneva"};
    private static final String[] FOLDED_PLACES = {"HA NOI", "HANOI", "DA NANG", "HO CHI MINH CITY", "HAI PHONG"};
    private static final String[] WORLD_PLACES = {"PARIS", "TOKYO", "SEOUL", "BEIJING", "MOSCOW", "BANGKOK", "LIMA"};
    private static final String[] COUNTRIES = {"VIETNAM", "Vietnam", "VIET NAM", "FRANCE", "JAPAN"};
    private static final String[] DAYS = {"March 3", "July 1", "Sept. 13", "June 10", "Nov. 14", "December 25"};
    private static final String[] SUBJECTS = {"The provincial People's Committee", "The ministry", "Local farmers",
        "The city's transport department", "Tourist arrivals", "The central bank", "Seafood exporters",
        "The national football team", "Hospital staff", "The two delegations"};
    private static final String[] VERBS = {"approved a plan to", "agreed to", "said they would", "are expected to",
        "moved quickly to", "decided to"};
    private static final String[] OBJECTS = {"upgrade the coastal road", "expand rice exports", "build a new school",
        "cut waiting times at clinics", "open two new flight routes", "plant forests on the hills",
        "train young engineers", "raise the minimum wage"};
    private static final String[] TAILS = {"by the end of the year", "next month", "in the coming years",
        "before the rainy season", "as soon as possible", "within two years"};
    private static final String[] ACRONYM_LEDES = {"ASEAN Secretary-General", "APEC Economic Leaders", "UNESCO Director",
        "WHO Representative", "VNA General Director", "EVN Chairman"};

    private ShapeCorpus() {
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** A sentence of our own, from the word lists above. */
    static String sentence(Random random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, TAILS) + ".";
    }

    private static List<String> body(Random random, int paragraphs) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            texts.add(sentence(random) + (random.nextBoolean() ? " " + sentence(random) : ""));
        }
        return texts;
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2000));
    }

    /** The parts a shape varies; the rest is common to all. */
    private record Parts(String opening, String signOff, Expected partial) {
    }

    /**
     * Puts a file together: the preamble, the opening (dateline) before the lede, paragraphs
     * separated by blank lines, the ending glued to the last paragraph.
     */
    private static Draft assemble(Random random, String opening, String ending, Optional<String> place,
            Optional<String> country, Optional<String> day, Optional<String> agency, Optional<String> dash,
            Optional<List<String>> credit, Optional<String> creditDash, Optional<String> endMark, List<String> codes) {
        LocalDate date = date(random);
        List<String> paragraphs = body(random, 2 + random.nextInt(4));
        String lede = paragraphs.get(0);
        String last = paragraphs.get(paragraphs.size() - 1);
        String text = " date " + date + " " + opening + String.join("\n\n", paragraphs) + ending;
        String lastEnd = last.substring(last.length() - 12);
        return new Draft(text, new Expected(date, place, country, day, agency, dash, lede.substring(0, 12),
                paragraphs.size(), lastEnd, credit, creditDash, endMark, codes));
    }

    private static final Optional<String> NONE = Optional.empty();

    /** Every shape of the census, and the negative shapes that must give no dateline and no sign-off. */
    static List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("VNS capitals, dash, sign-off after the last full stop", r -> {
            String place = pick(r, VN_PLACES);
            String dash = pick(r, new String[] {"—", "–", "-"});
            return assemble(r, place + " " + dash + " ", " VNS", Optional.of(place), NONE, NONE, NONE,
                    Optional.of(dash), Optional.of(List.of("VNS")), NONE, NONE, List.of());
        }));
        shapes.add(new Shape("VNS dashed sign-off (— VNS, — VNA/VNS, — BIZHUB/VNS)", r -> {
            String place = pick(r, VN_PLACES);
            String credit = pick(r, new String[] {"VNS", "VNA/VNS", "BIZHUB/VNS"});
            return assemble(r, place + " — ", " — " + credit, Optional.of(place), NONE, NONE, NONE, Optional.of("—"),
                    Optional.of(List.of(credit.split("/"))), Optional.of("—"), NONE, List.of());
        }));
        shapes.add(new Shape("VNA mixed-case place and agency, sign-off glued to the last full stop (.-VNA)", r -> {
            String place = pick(r, MIXED_PLACES);
            String dash = pick(r, new String[] {"–", "-"});
            String agency = pick(r, new String[] {"VNA", "VNS/VNA"});
            String glue = pick(r, new String[] {"-", "- ", " -"});
            return assemble(r, place + " (" + agency + ") " + dash + " ", glue + "VNA", Optional.of(place), NONE,
                    NONE, Optional.of(agency), Optional.of(dash), Optional.of(List.of("VNA")), Optional.of("-"), NONE,
                    List.of());
        }));
        shapes.add(new Shape("glued sign-off with the agency again on the last line", r -> {
            String place = pick(r, MIXED_PLACES);
            String sep = pick(r, new String[] {"\n", "\n\n"});
            return assemble(r, place + " (VNA) – ", "-VNA" + sep + "VNA", Optional.of(place), NONE, NONE,
                    Optional.of("VNA"), Optional.of("–"), Optional.of(List.of("VNA")), Optional.of("-"), NONE,
                    List.of());
        }));
        shapes.add(new Shape("end-of-story mark ./. (no credit, or a credit after it)", r -> {
            String place = pick(r, MIXED_PLACES);
            int form = r.nextInt(3);
            String ending = form == 0 ? "/." : form == 1 ? "/.\n\nVNA" : "/. - VNA";
            Optional<List<String>> credit = form == 0 ? Optional.empty() : Optional.of(List.of("VNA"));
            Optional<String> creditDash = form == 2 ? Optional.of("-") : NONE;
            return assemble(r, place + " (VNA) - ", ending, Optional.of(place), NONE, NONE, Optional.of("VNA"),
                    Optional.of("-"), credit, creditDash, Optional.of("./."),
                    form == 0 ? List.of("missing-attribution") : List.of());
        }));
        shapes.add(new Shape("dateline without a dash, a place the parser knows", r -> {
            String place = pick(r, new String[] {"HCM CITY", "CENTRAL REGION", "MEKONG DELTA", "BẮC NINH", "HÀ NỘI",
                "CENTRAL HIGHLANDS"});
            return assemble(r, place + " ", " VNS", Optional.of(place), NONE, NONE, NONE, NONE,
                    Optional.of(List.of("VNS")), NONE, NONE, List.of());
        }));
        shapes.add(new Shape("dateline with a country and a day (PARIS, VIETNAM, March 3 -)", r -> {
            String place = pick(r, WORLD_PLACES);
            String country = pick(r, COUNTRIES);
            String day = pick(r, DAYS);
            int form = r.nextInt(3);
            String opening = form == 0 ? place + ", " + country + ", " + day + " - "
                    : form == 1 ? place + ", " + day + " (Xinhua) -- " : place + ", " + country + " — ";
            return assemble(r, opening, " VNS", Optional.of(place), form == 1 ? NONE : Optional.of(country),
                    form == 2 ? NONE : Optional.of(day), form == 1 ? Optional.of("Xinhua") : NONE,
                    Optional.of(form == 0 ? "-" : form == 1 ? "--" : "—"), Optional.of(List.of("VNS")), NONE, NONE,
                    List.of());
        }));
        shapes.add(new Shape("distributor's country and day before the wire's dateline", r -> {
            String place = pick(r, VN_PLACES);
            String day = pick(r, DAYS);
            String sep = pick(r, new String[] {" ", "\n"});
            return assemble(r, "VIETNAM, " + day + " -" + sep + place + " — ", " — VNS", Optional.of(place),
                    Optional.of("VIETNAM"), Optional.of(day), NONE, Optional.of("—"), Optional.of(List.of("VNS")),
                    Optional.of("—"), NONE, List.of());
        }));
        shapes.add(new Shape("lede opening with a bare dash, the place lost", r -> {
            String dash = pick(r, new String[] {"–", "-", "—"});
            return assemble(r, dash + " ", "-VNA", NONE, NONE, NONE, NONE, NONE, Optional.of(List.of("VNA")),
                    Optional.of("-"), NONE, List.of("missing-place"));
        }));
        shapes.add(new Shape("ASCII-folded and mixed-case places", r -> {
            boolean folded = r.nextBoolean();
            String place = folded ? pick(r, FOLDED_PLACES) : pick(r, new String[] {"Hanoi", "Da Nang", "Singapore"});
            return assemble(r, place + " – ", " VNS", Optional.of(place), NONE, NONE, NONE, Optional.of("–"),
                    Optional.of(List.of("VNS")), NONE, NONE, List.of());
        }));
        shapes.add(new Shape("no dateline", r -> assemble(r, "", " VNS", NONE, NONE, NONE, NONE, NONE,
                Optional.of(List.of("VNS")), NONE, NONE, List.of())));
        shapes.add(new Shape("Source: VNA line", r -> assemble(r, "", "\n\nSource: VNA", NONE, NONE, NONE, NONE, NONE,
                Optional.of(List.of("VNA")), NONE, NONE, List.of())));
        // The second census (docs/real-world.md): the wider press.
        shapes.add(new Shape("broadcaster's tag alone, any spacing around the dash, an outlet's credit", r -> {
            String tag = pick(r, new String[] {"VOVWORLD", "VOVworld", "VOVWorld", "VOV"});
            String dash = pick(r, new String[] {"-", "–"});
            String opening = pick(r, new String[] {"(" + tag + ") " + dash + " ", "(" + tag + ")" + dash + " ",
                "(" + tag + ") " + dash});
            String credit = pick(r, new String[] {"VOV", "VOV World"});
            String ending = r.nextBoolean() ? " " + credit : "\n\n" + credit;
            return assemble(r, opening, ending, Optional.of(""), NONE, NONE, Optional.of(tag), Optional.of(dash),
                    Optional.of(List.of(credit)), NONE, NONE, List.of());
        }));
        shapes.add(new Shape("VNA dateline with the lede on the next line, a credit glued to ./.", r -> {
            String place = pick(r, MIXED_PLACES);
            String dash = pick(r, new String[] {"-", "–"});
            return assemble(r, place + " (VNA) " + dash + "\n", "/.VNA", Optional.of(place), NONE, NONE,
                    Optional.of("VNA"), Optional.of(dash), Optional.of(List.of("VNA")), NONE, Optional.of("./."),
                    List.of());
        }));
        shapes.add(new Shape("an outlet's name where the dateline stands", r -> {
            String outlet = pick(r, new String[] {"VietNamNet Bridge", "VOV.VN", "THE HANOI TIMES"});
            String dash = pick(r, new String[] {"–", "-", "—"});
            return assemble(r, outlet + " " + dash + " ", " VNS", Optional.of(""), NONE, NONE, Optional.of(outlet),
                    Optional.of(dash), Optional.of(List.of("VNS")), NONE, NONE, List.of());
        }));
        shapes.add(new Shape("an outlet's name alone on the last line", r -> {
            String outlet = pick(r, new String[] {"Tuoi Tre News", "Hanoi Times", "SGGP", "The Saigon Times", "VOV"});
            return assemble(r, "", "\n\n" + outlet, NONE, NONE, NONE, NONE, NONE, Optional.of(List.of(outlet)), NONE,
                    NONE, List.of());
        }));
        shapes.add(new Shape("author and translator credited at the end (By Name - Translated by Name)", r -> {
            String author = pick(r, new String[] {"Nguyễn Văn An", "Lê Thu and Phạm Hà", "Minh Quân"});
            String sep = pick(r, new String[] {" - ", "- ", " – ", "– "});
            boolean credit = r.nextBoolean();
            String ending = (credit ? " SGGP" : "") + "\n\nBy " + author + sep + "Translated by " + pick(r,
                    new String[] {"Trần Bình", "Anh Quân", "Hoàng Yến"});
            return assemble(r, "", ending, NONE, NONE, NONE, NONE, NONE,
                    credit ? Optional.of(List.of("SGGP")) : Optional.empty(), NONE, NONE,
                    credit ? List.of() : List.of("missing-attribution"));
        }));
        shapes.add(new Shape("a name alone after a glued sign-off, kept as text with a warning", r -> {
            String name = pick(r, new String[] {"Nguyễn Văn An", "Minh Quân", "Lê Thu Hà"});
            return assemble(r, "", "-VNA\n\n" + name, NONE, NONE, NONE, NONE, NONE, Optional.of(List.of("VNA")),
                    Optional.of("-"), NONE, List.of("trailing-name")).withLastParagraph(name);
        }));
        shapes.add(new Shape("negative: last sentence that names an outlet, no sign-off", r -> {
            String ending = pick(r, new String[] {" The minister told VOV on Monday.",
                " The figures were first reported by Tuoi Tre News.", " He spoke to The Saigon Times."});
            return assemble(r, "", ending, NONE, NONE, NONE, NONE, NONE, Optional.empty(), NONE, NONE,
                    List.of("missing-attribution")).withLastEnd(ending.substring(ending.length() - 12));
        }));
        shapes.add(new Shape("negative: lede opening with an outlet as its subject, no dateline", r -> assemble(r,
                pick(r, new String[] {"VietNamNet reported that ", "VOV World said ", "Tuoi Tre News learned that "}),
                " VNS", NONE, NONE, NONE, NONE, NONE, Optional.of(List.of("VNS")), NONE, NONE, List.of())
                .withOpeningInLede()));
        shapes.add(new Shape("negative: lede opening with an acronym, no dateline", r -> assemble(r,
                pick(r, ACRONYM_LEDES) + " ", " VNS", NONE, NONE, NONE, NONE, NONE, Optional.of(List.of("VNS")), NONE,
                NONE, List.of()).withOpeningInLede()));
        shapes.add(new Shape("negative: acronym before a dash, no dateline", r -> assemble(r,
                pick(r, new String[] {"ASEAN", "APEC", "WHO", "UNDP", "FAO"}) + " – ", " VNS", NONE, NONE, NONE, NONE,
                NONE, Optional.of(List.of("VNS")), NONE, NONE, List.of()).withOpeningInLede()));
        shapes.add(new Shape("negative: last sentence that names an agency, no sign-off", r -> {
            String ending = pick(r, new String[] {" The figures were released by VNA.", " He told VNS.",
                " The report cited Reuters and AFP."});
            return assemble(r, "", ending, NONE, NONE, NONE, NONE, NONE, Optional.empty(), NONE, NONE,
                    List.of("missing-attribution")).withLastEnd(ending.substring(ending.length() - 12));
        }));
        return shapes;
    }

    /** The variants every file comes in. */
    static final List<String> VARIANTS = List.of("LF", "CRLF", "CR", "BOM", "NFD", "final newline");

    static Sample variant(String shape, Draft draft, String variant) {
        String text = draft.text();
        Expected expected = draft.expected();
        byte[] bytes;
        switch (variant) {
            case "CRLF" -> bytes = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case "CR" -> bytes = text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
            case "BOM" -> {
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                bytes = new byte[body.length + 3];
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
                System.arraycopy(body, 0, bytes, 3, body.length);
            }
            case "NFD" -> {
                bytes = nfd(text).getBytes(StandardCharsets.UTF_8);
                expected = new Expected(expected.date(), expected.place().map(ShapeCorpus::nfd),
                        expected.country().map(ShapeCorpus::nfd), expected.day(), expected.agency(), expected.dash(),
                        nfd(expected.ledeStart()), expected.paragraphs(), nfd(expected.lastEnd()), expected.credit(),
                        expected.creditDash(), expected.endMark(), expected.codes());
            }
            case "final newline" -> bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
            default -> bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        return new Sample(shape, variant, bytes, expected);
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
