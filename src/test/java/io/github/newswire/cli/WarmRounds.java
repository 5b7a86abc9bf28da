package io.github.newswire.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * Runs one command line many times in one JVM and prints each round's wall time, to tell the
 * cost of the work from the cost of a cold JVM (class loading and JIT compilation) that a single
 * run of the tool pays. Each round starts after {@code sync}. Used by
 * {@code scripts/corpus-benchmark.sh}.
 *
 * <pre>
 * java -cp … io.github.newswire.cli.WarmRounds ROUNDS parse -q -j 2 -o out.jsonl corpus
 * </pre>
 */
public final class WarmRounds {

    private WarmRounds() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintWriter err = new PrintWriter(System.err, true);
        for (int round = 1; round <= rounds; round++) {
            // As in the script: no earlier round's output still being written to disk meanwhile.
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            long start = System.nanoTime();
            int status = Main.run(command, OutputStream.nullOutputStream(), err);
            if (status != Main.EXIT_OK) {
                throw new IllegalStateException("round " + round + " exited with " + status);
            }
            System.out.printf("round %d %.2f%n", round, (System.nanoTime() - start) / 1e9);
        }
    }
}
