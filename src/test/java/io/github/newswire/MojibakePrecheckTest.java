package io.github.newswire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.internal.Mojibake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte test that spares the mojibake scan must never spare a text that holds mojibake. */
class MojibakePrecheckTest {

    /** Leads, every Windows-1252 follower, Vietnamese letters, ASCII and U+FFFD. */
    private static final String POOL;

    static {
        StringBuilder pool = new StringBuilder("aeiou tdhn.,–ệộôươđăâêấầẩẫậ\uFFFD");
        for (char c = '\u00C2'; c <= '\u00F4'; c++) {
            pool.append(c);
        }
        for (int b = 0x80; b <= 0xBF; b++) {
            pool.append(new String(new byte[] {(byte) b}, java.nio.charset.Charset.forName("windows-1252")));
        }
        POOL = pool.toString();
    }

    @Test
    void everyTextWithMojibakePassesTheByteTest() {
        Random random = new Random(11);
        int withMojibake = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (Mojibake.scan(text, (start, end, codePoint) -> { }) > 0) {
                withMojibake++;
                assertThat(Utf8.mayHoldMojibake(bytes)).as("[%s]", text).isTrue();
            }
        }
        assertThat(withMojibake).as("generated texts with mojibake").isGreaterThan(1_000);
    }

    @Test
    void theSeedsNeedNoScan() throws IOException {
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                assertThat(Utf8.mayHoldMojibake(Files.readAllBytes(seed))).as(seed.toString()).isFalse();
            }
        }
        byte[] broken = "Chủ tịch nÆ°á»›c".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.mayHoldMojibake(broken)).isTrue();
    }
}
