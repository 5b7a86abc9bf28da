package io.github.newswire.cli;

import picocli.CommandLine.Option;

/** {@code -j N}, shared by the commands that read many files. */
final class JobsOption {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Work on N threads (default: the number of cores). Output order does not depend on N.")
    int jobs = Runtime.getRuntime().availableProcessors();
}
