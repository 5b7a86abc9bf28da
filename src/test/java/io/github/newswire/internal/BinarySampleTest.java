package io.github.newswire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newswire.model.DiagnosticCode;
import io.github.newswire.parser.WireParseException;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The binary check looks at eight bytes at a time; it must decide exactly as a check of each byte
 * would, wherever the control characters, DEL and NUL fall within and across the eight-byte words.
 */
class BinarySampleTest {

    private static final int SAMPLE = 4096;

    @Test
    void decidesAsAByteByByteCheckWould() {
        Random random = new Random(20261123);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = text(random, 1 + random.nextInt(round % 10 == 0 ? 6_000 : 200));
            String expected = byteByByte(bytes);
            WireParseException thrown = catchThrowableOfType(WireParseException.class,
                    () -> Utf8.decode(bytes, bytes.length, false, new Problems(false)));
            if (expected == null) {
                assertThat(thrown).as("round %d", round).isNull();
            } else {
                assertThat(thrown).as("round %d", round).isNotNull();
                assertThat(thrown.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
                assertThat(thrown.getMessage()).as("round %d", round).contains(expected);
            }
        }
    }

    /** Printable ASCII and "é", with each kind of control byte now and then. */
    private static byte[] text(Random random, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('a');
        int controlEvery = 1 + random.nextInt(60);
        while (out.size() < length) {
            int kind = random.nextInt(controlEvery);
            if (kind == 0) {
                byte[] rare = {0x01, 0x08, 0x1F, 0x7F, 0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x0B, 0x0C};
                out.write(rare[random.nextInt(random.nextInt(10) == 0 ? rare.length : 4)]);
            } else if (kind == 1) {
                out.write(0xC3);
                out.write(0xA9);
            } else {
                out.write(0x20 + random.nextInt(0x5F));
            }
        }
        return out.toByteArray();
    }

    /** What the check must find, as a part of its message, or null for text. */
    private static String byteByByte(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "[00] at byte " + i + ":";
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        if (controls >= 4 && controls * 32 > sample) {
            return "[" + controls + " control characters in the first " + sample + "]";
        }
        for (int i = sample; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "[00] at byte " + i + ":";
            }
        }
        return null;
    }
}
