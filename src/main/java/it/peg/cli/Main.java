package it.peg.cli;

import ch.qos.logback.classic.Logger;
import it.peg.version.Version;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point: {@code peg <command> [options]}. */
public final class Main {
    static {
        // before the first logger (the field below): SLF4J is told peg's provider instead of looking for providers on
        // the class path, where a run from the build's classes (the tests) also finds logback's and said so on stderr
        // (the release's jar lists peg's alone); its notice that it took the one named is an INFO, not shown
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", LogProvider.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /** Main's logger, set up when first used: a command that logs nothing never sets logging up (issue 21). */
    private static final class Log {
        static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Main.class);
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(List<Command> available) {
        for (Command c : available) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        System.exit(new Main(Commands.forArguments(args)).run(args, null));
    }

    /** Runs and returns the exit code; {@code console} null means the system console with the chosen verbosity. */
    public int run(String[] args, Console given) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printGlobalHelp(given == null ? Console.system(Console.Verbosity.NORMAL) : given);
            return args.length == 0 ? ExitCode.USAGE_OR_PLAN.code() : ExitCode.OK.code();
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            (given == null ? Console.system(Console.Verbosity.NORMAL) : given).result("peg " + Version.current());
            return ExitCode.OK.code();
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            Console c = given == null ? Console.system(Console.Verbosity.NORMAL) : given;
            c.problem("Comando sconosciuto: '" + args[0] + "'. Comandi disponibili: "
                    + String.join(", ", commands.keySet()) + ". Vedere 'peg --help'.");
            return ExitCode.USAGE_OR_PLAN.code();
        }
        Options options = withCommonOptions(command.options());
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("-h") || rest.contains("--help")) {
            // before parsing: help must not need the required options
            CommandHelp.print(given == null ? Console.system(Console.Verbosity.NORMAL) : given, command, options);
            return ExitCode.OK.code();
        }
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, Arrays.copyOfRange(args, 1, args.length));
        } catch (ParseException e) {
            Console c = given == null ? Console.system(Console.Verbosity.NORMAL) : given;
            c.problem("Errore negli argomenti di 'peg " + command.name() + "': " + CommandHelp.italian(e, options)
                    + "\nUso: peg " + command.name() + " " + command.synopsis() + "\nVedere 'peg " + command.name()
                    + " --help'.");
            return ExitCode.USAGE_OR_PLAN.code();
        }
        Console.Verbosity verbosity = line.hasOption("q") ? Console.Verbosity.QUIET
                : line.hasOption("v") ? Console.Verbosity.VERBOSE : Console.Verbosity.NORMAL;
        Console console = given == null ? Console.system(verbosity) : given;
        configureLogging(verbosity);
        try {
            return command.run(line, console).code();
        } catch (UsageException e) {
            console.problem(e.getMessage());
            return ExitCode.USAGE_OR_PLAN.code();
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            // peg's own fault, unless the machine stopped it (a full disk, a folder it may not write: SystemFailure):
            // the stack trace is for whoever maintains peg (console with -v; merge's log file)
            Log.LOG.debug("unexpected failure in {}", command.name(), e);
            console.problem(SystemFailure.explain(command.name(), e).orElseGet(() -> unexpected(command.name(), verbosity)));
            return ExitCode.FAILURE.code();
        }
    }

    /** What the user reads when peg itself failed: never the exception's class, never "your file is unreadable". */
    static String unexpected(String command, Console.Verbosity verbosity) {
        return "Errore imprevisto di peg durante '" + command + "': è un difetto del programma, non dei file indicati."
                + " Ogni file di output è stato scritto per intero oppure lasciato com'era. "
                + (verbosity == Console.Verbosity.VERBOSE ? "I dettagli tecnici sono qui sopra: inviarli"
                : "Rilanciare lo stesso comando con -v per vedere i dettagli tecnici e inviarli")
                + " a chi cura peg nel vostro ente.";
    }

    static Options withCommonOptions(Options own) {
        Options options = new Options();
        own.getOptions().forEach(options::addOption);
        options.addOption(Option.builder("q").longOpt("quiet").desc("stampa solo gli ERRORI e la riga di riepilogo").get());
        options.addOption(Option.builder("v").longOpt("verbose")
                .desc("stampa anche ogni avviso e i dettagli tecnici di un errore imprevisto").get());
        options.addOption(Option.builder("h").longOpt("help").desc("questo aiuto").get());
        return options;
    }

    /**
     * The level and console pattern for the verbosity: through peg's provider, applied when logging is set up, at the
     * first logger (a night with nothing new logs through none: issue 21); with another provider, set up now.
     */
    private static void configureLogging(Console.Verbosity verbosity) {
        if (!LogProvider.verbosity(verbosity)
                && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            LogConfigurator.apply(root.getLoggerContext(), verbosity);
        }
    }

    private void printGlobalHelp(Console console) {
        console.result("peg " + Version.current() + " - ciclo della performance (PEG / Piano della Performance / PIAO)");
        console.result("");
        console.result("Uso: peg <comando> [opzioni]     peg <comando> --help     peg --version");
        console.result("");
        console.result("Comandi:");
        for (Command c : commands.values()) {
            console.result(String.format("  %-12s %s", c.name(), c.summary()));
        }
        console.result("");
        console.result("Opzioni comuni: -q (solo ERRORI e riepilogo), -v (dettagliato), -h (aiuto del comando).");
        console.result("Date: gg/mm/aaaa oppure aaaa-mm-gg.");
        console.result("Codici di uscita: 0 ok, 1 output scritto ma con ERRORI negli input, 2 uso errato o piano non valido,");
        console.result("3 merge già in corso, 4 errore imprevisto (output lasciati come prima).");
    }
}
