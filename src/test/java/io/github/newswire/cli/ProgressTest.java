package io.github.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar's content, and where it is shown. */
class ProgressTest {

    @Test
    void theBarShowsFilesDoneOfTheTotalAndTheSpeed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = Progress.start(4, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 4; i++) {
                progress.step(1, 2_000_000, 2.0 * (i + 1));
            }
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf('\r') + 1).strip();
        assertThat(last).startsWith("parse 100%").contains("4/4 files").contains("1.0 MB/s");
    }

    @Test
    void onlyTerminalsCountAsTerminals() {
        assertThat(Progress.isTerminal("/dev/pts/3")).isTrue();
        assertThat(Progress.isTerminal("/dev/tty1")).isTrue();
        assertThat(Progress.isTerminal("/dev/console")).isTrue();
        assertThat(Progress.isTerminal("/dev/null")).isFalse();
        assertThat(Progress.isTerminal("/home/me/errors.log")).isFalse();
        assertThat(Progress.isTerminal("pipe:[123456]")).isFalse();
    }

    @Test
    void aTestRunsWithoutATerminalOnStandardError() {
        // Maven's test runner sends standard error to a pipe or a file, never a terminal.
        assertThat(Progress.standardErrorIsTerminal()).isFalse();
    }
}
