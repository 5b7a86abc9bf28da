package io.github.newswire.cli;

import io.github.newswire.corpus.WireFiles;
import io.github.newswire.model.WireFormat;
import io.github.newswire.parser.WireParser;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What to read, shared by the commands that read many files: paths, globs, a list, links. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In directories, read files whose names match GLOB (repeatable; default *.txt, *.xml,"
                    + " *.json, *.tst, their .gz, names without an extension, and archives: *.tar, *.tar.gz, *.tgz,"
                    + " *.zip). Globs also select the entries of archives.")
    private List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "In directories, skip files whose names match GLOB (repeatable).")
    private List<String> excludes = List.of();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also read the files named in LIST, one path a line, in that order (- for standard input).")
    private Path filesFrom;

    @Option(names = {"-L", "--follow"},
            description = "Follow symbolic links to directories (each directory is still read once; loops are"
                    + " reported and skipped). Links to files are always read.")
    private boolean follow;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "How to read the files: auto (the default: found from each file's content), vns, nitf,"
                    + " newsml-g2, newsml, ninjs, anpa (ANPA 1312) or iptc7901.")
    private String inputFormat;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Wire files and archives (read whatever their names), - for standard input, or"
                    + " directories to search at any depth for the names of --include.")
    private List<Path> paths = List.of();

    /** A parser builder that reads the chosen input format; a usage error for a format that does not exist. */
    WireParser.Builder parser() {
        if (inputFormat.equals("auto")) {
            return WireParser.builder();
        }
        return WireParser.builder().inputFormat(WireFormat.fromId(inputFormat).orElseThrow(() -> new ParameterException(
                command.commandLine(), "Invalid value for option '--input-format': expected auto, vns, nitf, newsml-g2,"
                        + " newsml, ninjs, anpa or iptc7901, found [" + inputFormat + "]")));
    }

    /** The inputs; a usage error when there are none. */
    Inputs inputs() {
        if (paths.isEmpty() && filesFrom == null) {
            throw new ParameterException(command.commandLine(), "Missing required parameter: expected PATH or --files-from");
        }
        if (filesFrom != null && filesFrom.equals(Inputs.STDIN) && paths.contains(Inputs.STDIN)) {
            throw new ParameterException(command.commandLine(),
                    "standard input can hold the list (--files-from -) or a file (-), not both");
        }
        WireFiles.Walker walker = WireFiles.walker().followLinks(follow).exclude(excludes);
        if (!includes.isEmpty()) {
            walker = walker.include(includes);
        }
        return new Inputs(paths, filesFrom, walker);
    }
}
