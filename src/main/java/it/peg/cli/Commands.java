package it.peg.cli;

import java.util.List;

/** The registry of subcommands, in the order {@code peg --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static List<Command> all() {
        return List.of(
                // one line per command; keep the SPEC's order: demo, init, check, generate, validate, consolidate, merge
                new DemoCommand(),
                new InitCommand(),
                new CheckCommand(),
                new GenerateCommand(),
                new ValidateCommand(),
                new ConsolidateCommand(),
                new MergeCommand(it.peg.merge.Stages::real),
                // bench is a developer's tool, listed last
                new BenchCommand()
        );
    }
}
