package io.github.newswire.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.bench.SyntheticCorpus;
import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.internal.SourceBytes;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paragraphs written from the bytes they were parsed from (the corpus path of {@code parseAll}
 * and the CLI) give the very bytes that encoding their text gives: for generated articles of
 * every shape and for the cases the byte walk treats apart (a byte order mark, four-byte
 * characters, chars that JSON escapes, Vietnamese, CR line ends), and for the files whose text
 * is not their bytes (mojibake repaired, malformed sequences replaced), which must not take it.
 */
class SourceBytesJsonTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"default", "repairMojibake", "replaceMalformedInput"})
    void paragraphsFromTheBytesAreTheParagraphsEncoded(String option) throws IOException {
        List<byte[]> files = new ArrayList<>(new SyntheticCorpus(7).files(400));
        files.add(bytes("\uFEFF date 2024-11-14 HA NOI – A line with \uD83D\uDE00 and \uD83C\uDF89 in it.\n\n"
                + "Quotes \"here\", a back\\slash, a\ttab and\u0001a control.\n\nViệt Nam đã ký. VNS"));
        files.add(bytes(" date 2024-11-14 HUẾ – Đà Nẵng và Huế.\r\rLine two\r\nstill two. — VNA"));
        files.add(bytes(" date 2024-11-14 HA NOI – Chá»§ tá»‹ch nÆ°á»›c said so. VNS"));
        // Chars that JSON escapes, and a four-byte char, at every place against eight-byte words.
        StringBuilder shifted = new StringBuilder(" date 2024-11-14 HA NOI – Opening line.");
        for (int k = 0; k < 17; k++) {
            shifted.append("\n\n").append("é".repeat(k % 3)).append("a".repeat(k)).append(k % 2 == 0 ? "\"" : "\\")
                    .append("b".repeat(16 - k)).append(k % 4 == 0 ? "\uD83D\uDE00" : "\t").append("c");
        }
        files.add(bytes(shifted.append("\n\nThe end. VNS").toString()));
        byte[] malformed = bytes(" date 2024-11-14 HA NOI – Bad X byte here. VNS");
        malformed[malformed.length - 12] = (byte) 0xFF;
        files.add(malformed);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = folder.resolve(String.format("%04d.txt", i));
            Files.write(file, files.get(i));
            paths.add(file);
        }
        WireParser parser = switch (option) {
            case "repairMojibake" -> WireParser.builder().repairMojibake(true).build();
            case "replaceMalformedInput" -> WireParser.builder().replaceMalformedInput(true).build();
            default -> WireParser.builder().build();
        };
        AtomicInteger fromBytes = new AtomicInteger();
        List<Object[]> written = CorpusParser.builder(parser).threads(2).build().parseAll(paths.stream(), result -> {
            if (!result.articles().isEmpty() && SourceBytes.of(result.articles().get(0)) != null) {
                fromBytes.incrementAndGet();
            }
            return new Object[] {result, json(result)};
        }).toList();

        for (Object[] pair : written) {
            FileResult result = (FileResult) pair[0];
            assertThat(new String((byte[]) pair[1], StandardCharsets.UTF_8)).as(result.path().toString())
                    .isEqualTo(new String(json(result), StandardCharsets.UTF_8));
        }
        // Every file but the malformed one (failed, or its bytes replaced) and, when repaired, the mojibake one.
        assertThat(fromBytes.get()).isEqualTo(files.size() - (option.equals("repairMojibake") ? 2 : 1));
    }

    private static byte[] json(FileResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = ArticleJson.jsonLinesWriter(out)) {
            for (Article article : result.articles()) {
                writer.write(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
