package io.github.newswire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error (files done of total, MB/s, ETA), or nothing. */
abstract class Progress implements AutoCloseable {

    /** One result: {@code files} is 1 for a file and for an archive's first entry, 0 for its others. */
    abstract void step(int files, long bytes, double seconds);

    @Override
    public abstract void close();

    /**
     * Whether standard error is a terminal, where a bar belongs. JDK 17 has no call for it
     * ({@code System.console()} looks at standard input and output, so {@code parse corpus > out}
     * would lose the bar and {@code parse -o out corpus 2> log} would write it to the log); on
     * Linux {@code /proc} tells where file descriptor 2 leads, elsewhere the console has to do.
     */
    static boolean standardErrorIsTerminal() {
        try {
            return isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether a device path names a terminal: a pseudo-terminal, a tty or the console. */
    static boolean isTerminal(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    static Progress none() {
        return new Progress() {
            @Override
            void step(int files, long bytes, double seconds) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on standard error. */
    static Progress start(long files) {
        return start(files, new PrintStream(System.err, true));
    }

    static Progress start(long files, PrintStream out) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("parse")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
        return new Progress() {
            private long bytes;

            @Override
            void step(int files, long size, double seconds) {
                bytes += size;
                bar.stepBy(files);
                bar.setExtraMessage(String.format(" %.1f MB/s", seconds > 0 ? bytes / 1e6 / seconds : 0.0));
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
