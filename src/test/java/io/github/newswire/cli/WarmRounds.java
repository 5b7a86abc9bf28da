package io.github.newswire.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * Runs one command line many times in one JVM and prints each round's wall time, to tell the
 * cost of the work from the cost of a cold JVM (class loading and JIT compilation) that a single
 * run of the tool pays. Used by {@code scripts/corpus-benchmark.sh}.
 *
 * <pre>
 * java -cp … io.github.newswire.cli.WarmRounds ROUNDS parse -q -j 2 -o out.jsonl corpus
 * </pre>
 */
public final class WarmRounds {

    private WarmRounds() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintWriter err = new PrintWriter(System.err, true);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int status = Main.run(command, OutputStream.nullOutputStream(), err);
            if (status != Main.EXIT_OK) {
                throw new IllegalStateException("round " + round + " exited with " + status);
            }
            System.out.printf("round %d %.2f%n", round, (System.nanoTime() - start) / 1e9);
        }
    }
}
