package io.github.newswire.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error (files done of total, MB/s, ETA), or nothing. */
abstract class Progress implements AutoCloseable {

    abstract void step(long bytes, double seconds);

    @Override
    public abstract void close();

    static Progress none() {
        return new Progress() {
            @Override
            void step(long bytes, double seconds) {
            }

            @Override
            public void close() {
            }
        };
    }

    static Progress start(long files) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("parse")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
        return new Progress() {
            private long bytes;

            @Override
            void step(long size, double seconds) {
                bytes += size;
                bar.step();
                bar.setExtraMessage(String.format(" %.1f MB/s", seconds > 0 ? bytes / 1e6 / seconds : 0.0));
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
