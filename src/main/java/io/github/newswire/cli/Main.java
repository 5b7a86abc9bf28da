package io.github.newswire.cli;

import io.github.newswire.corpus.FileFailure;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code newswire} command: {@code parse} wire files into JSON Lines, {@code check} them for
 * problems. Data goes to standard output, problems to standard error, never a stack trace; the
 * exit status is 0 when all went well, 1 when an input failed, 2 for a usage error.
 */
@Command(name = "newswire",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Parse news wire files (VNS text, NITF, NewsML-G2, NewsML 1.2, ninjs, ANPA 1312, IPTC 7901)"
                + " into JSON.",
        subcommands = {ParseCommand.class, CheckCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /**
     * The reader of standard output (or of a FIFO named by {@code -o}) went away, as in
     * {@code parse corpus | head}: the status of a program ended by SIGPIPE, 128 + 13, which is
     * what {@code find} or {@code grep} give in the same pipeline.
     */
    static final int EXIT_BROKEN_PIPE = 141;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final GuardedOutput data;

    private Main(GuardedOutput data) {
        this.data = data;
    }

    /** Where commands write their data: standard output as bytes, buffered by the caller. */
    GuardedOutput data() {
        return data;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command with the given streams and returns its exit status; for tests and embedding.
     * Data (JSON) goes to {@code out} as UTF-8 bytes, reports and help as text through a writer on it.
     */
    static int run(String[] args, OutputStream out, PrintWriter err) {
        GuardedOutput data = new GuardedOutput(out);
        PrintWriter text = new PrintWriter(new OutputStreamWriter(data, StandardCharsets.UTF_8), false);
        CommandLine commandLine = new CommandLine(new Main(data));
        commandLine.setOut(text);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof OutputFailure failure) {
                return reportOutputFailure(failure, err);
            }
            err.println("newswire: error: " + describe(e));
            return EXIT_FAILED;
        });
        int status = commandLine.execute(args);
        text.flush();
        try {
            data.flush();
        } catch (IOException e) {
            status = reportOutputFailure(e instanceof OutputFailure f ? f : new OutputFailure(describe(e), e), err);
        }
        err.flush();
        return status;
    }

    private static int reportOutputFailure(OutputFailure failure, PrintWriter err) {
        if (failure.brokenPipe()) {
            return EXIT_BROKEN_PIPE;
        }
        err.println(standardOutputFailure(failure));
        return EXIT_FAILED;
    }

    /** The one line that says standard output could not be written. */
    static String standardOutputFailure(IOException failure) {
        return "newswire: error: cannot write to standard output: " + failure.getMessage() + " ["
                + FileFailure.IO_ERROR + "]";
    }

    private static String describe(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: expected parse, check or help");
    }

    /** Reads the version that the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"newswire " + properties.getProperty("version", "unknown")};
        }
    }
}
