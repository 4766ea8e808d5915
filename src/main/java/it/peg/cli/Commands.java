package it.peg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry of subcommands, in the order {@code peg --help} lists them. */
public final class Commands {
    /** Keep the SPEC's order: demo, init, check, generate, validate, consolidate, merge; bench, a developer's tool, last. */
    static final List<String> NAMES = List.of("demo", "init", "check", "generate", "validate", "consolidate", "merge",
            "bench");

    private Commands() {
    }

    public static List<Command> all() {
        List<Command> all = new ArrayList<>(NAMES.size());
        for (String name : NAMES) {
            all.add(named(name).orElseThrow());
        }
        return List.copyOf(all);
    }

    /**
     * The command of that name, made alone: a command's set-up (the readers, clocks and caches its constructor makes,
     * their classes loaded and initialised) is not paid by the others' runs; every command's was a few ms of a night
     * with nothing new (issue 21).
     */
    public static Optional<Command> named(String name) {
        return Optional.ofNullable(switch (name) {
            case "demo" -> new DemoCommand();
            case "init" -> new InitCommand();
            case "check" -> new CheckCommand();
            case "generate" -> new GenerateCommand();
            case "validate" -> new ValidateCommand();
            case "consolidate" -> new ConsolidateCommand();
            case "merge" -> new MergeCommand(it.peg.merge.Stages::real);
            case "bench" -> new BenchCommand();
            default -> null;
        });
    }

    /**
     * What {@link Main} needs for these arguments: the command named first alone, else (help, an unknown command,
     * none) every command, which the help and the message naming the available ones list.
     */
    static List<Command> forArguments(String[] args) {
        if (args.length > 0) {
            Optional<Command> named = named(args[0]);
            if (named.isPresent()) {
                return List.of(named.get());
            }
        }
        return all();
    }
}
