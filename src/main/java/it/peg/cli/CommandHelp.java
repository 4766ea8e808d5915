package it.peg.cli;

import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's Italian help ({@code peg <command> --help}) and the Italian wording of command-line mistakes.
 * Written here rather than by Commons CLI's formatter, whose headings are English ("usage:"); options are
 * always named as the user types them ({@code --plan}), never by their internal key.
 */
final class CommandHelp {
    private static final int WIDTH = 28;

    private CommandHelp() {
    }

    static void print(Console console, Command command, Options options) {
        for (String line : lines(command, options)) {
            console.result(line);
        }
    }

    static List<String> lines(Command command, Options options) {
        List<String> lines = new ArrayList<>();
        lines.add("Uso: peg " + command.name() + " " + command.synopsis());
        lines.add("");
        lines.add(Character.toUpperCase(command.summary().charAt(0)) + command.summary().substring(1) + ".");
        lines.add("");
        lines.add("Opzioni:");
        for (Option o : options.getOptions()) {
            String left = "  " + (o.getOpt() == null ? "" : "-" + o.getOpt() + ", ") + "--" + o.getLongOpt()
                    + (o.hasArg() ? " " + o.getArgName() : "");
            String right = o.getDescription() + (o.isRequired() ? " (obbligatoria)" : "");
            lines.add(left.length() < WIDTH ? String.format("%-" + WIDTH + "s%s", left, right) : left + "  " + right);
        }
        lines.add("");
        lines.add("Date: gg/mm/aaaa oppure aaaa-mm-gg. Codici di uscita: 'peg --help'.");
        return lines;
    }

    /** How the user typed an option: {@code --plan} (or {@code -q} for the one-letter common options). */
    static String typed(Option o) {
        return o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
    }

    /** A parse failure in Italian, naming the options as the user types them. */
    static String italian(ParseException e, Options options) {
        if (e instanceof MissingOptionException missing) {
            List<String> names = new ArrayList<>();
            for (Object key : missing.getMissingOptions()) {
                Option o = options.getOption(String.valueOf(key));
                names.add(o == null ? String.valueOf(key) : typed(o) + (o.hasArg() ? " " + o.getArgName() : ""));
            }
            return names.size() == 1 ? "manca l'opzione obbligatoria " + names.get(0) + "."
                    : "mancano le opzioni obbligatorie " + String.join(", ", names) + ".";
        }
        if (e instanceof AmbiguousOptionException ambiguous) {
            return "l'opzione '" + ambiguous.getOption() + "' è ambigua: può essere "
                    + String.join(", ", ambiguous.getMatchingOptions().stream().map(n -> "--" + n).toList()) + ".";
        }
        if (e instanceof UnrecognizedOptionException unknown) {
            return "opzione sconosciuta '" + unknown.getOption() + "'.";
        }
        if (e instanceof MissingArgumentException missingValue) {
            Option o = missingValue.getOption();
            return "manca il valore dell'opzione " + typed(o) + " (" + o.getArgName() + ").";
        }
        if (e instanceof AlreadySelectedException) {
            return "due opzioni che si escludono a vicenda.";
        }
        return "argomenti non riconosciuti.";
    }
}
