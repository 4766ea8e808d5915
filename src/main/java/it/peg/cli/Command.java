package it.peg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One {@code peg} subcommand. */
public interface Command {
    /** The word typed after {@code peg}. */
    String name();

    /** One Italian line for {@code peg --help}. */
    String summary();

    /** Usage synopsis after the command name, e.g. {@code --plan FILE --out DIR}. */
    String synopsis();

    /** The command's options (common options -q, -v, -h are added by {@link Main}). */
    Options options();

    /**
     * Runs the command.
     *
     * @throws UsageException when the arguments are wrong (exit 2)
     * @throws Exception      anything unexpected (exit 4)
     */
    ExitCode run(CommandLine line, Console console) throws Exception;
}
