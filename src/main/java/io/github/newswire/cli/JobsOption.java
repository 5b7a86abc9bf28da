package io.github.newswire.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -j N}, shared by the commands that read many files, checked alike for each. */
final class JobsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Work on N threads (default: the number of cores; 1: one thread does all)."
                    + " Output order does not depend on N.")
    void setJobs(int jobs) {
        if (jobs < 1) {
            throw new ParameterException(command.commandLine(), "--jobs must be at least 1, found " + jobs);
        }
        this.jobs = jobs;
    }
}
