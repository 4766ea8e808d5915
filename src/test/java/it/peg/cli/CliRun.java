package it.peg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code peg} in-process with every real command, capturing what the user would read. */
final class CliRun {
    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return run(Commands.all(), args);
    }

    static CliRun run(List<Command> commands, String... args) {
        Console.Verbosity v = List.of(args).contains("-q") ? Console.Verbosity.QUIET
                : List.of(args).contains("-v") ? Console.Verbosity.VERBOSE : Console.Verbosity.NORMAL;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), v, false);
        int exit = new Main(commands).run(args, console);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A command that fails with {@code failure}, as a command meeting it would. */
    static Command failing(String name, Exception failure) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "fallisce sempre";
            }

            @Override
            public String synopsis() {
                return "";
            }

            @Override
            public org.apache.commons.cli.Options options() {
                return new org.apache.commons.cli.Options();
            }

            @Override
            public ExitCode run(org.apache.commons.cli.CommandLine line, Console console) throws Exception {
                throw failure;
            }
        };
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
