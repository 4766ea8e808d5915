package it.peg.cli;

import it.peg.domain.Finding;
import it.peg.domain.Plural;
import it.peg.domain.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints findings for people, grouped by file, one finding per line in a stable, grep-friendly shape:
 * {@code   ERRORE [CODICE] Foglio!B12 (IND01): messaggio (trovato: 'x'; atteso: y)}.
 */
public final class FindingsPrinter {
    private FindingsPrinter() {
    }

    /** With {@code -q} only the ERRORE lines, each with its file: what a scheduler's mail needs. */
    public static void print(Console console, List<Finding> findings) {
        if (console.verbosity() == Console.Verbosity.QUIET) {
            // a loop, not a stream: merge -q prints this after every night, mostly an empty list, and a stream's
            // pipeline loads and links some 30 classes in a process of 0.15 s (issue 21)
            for (Finding f : findings) {
                if (f.isError()) {
                    console.result((f.file().isEmpty() ? "" : f.file() + ": ") + line(f));
                }
            }
            return;
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file().isEmpty() ? "(generale)" : f.file(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            long errors = e.getValue().stream().filter(Finding::isError).count();
            long warnings = e.getValue().size() - errors;
            console.result(e.getKey() + ": " + Plural.errors(errors) + ", " + Plural.warnings(warnings));
            for (Finding f : e.getValue()) {
                console.result("  " + line(f));
            }
        }
    }

    /** One finding on one line, without the file name. */
    public static String line(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.severity() == Severity.ERRORE ? "ERRORE" : "AVVISO").append(" [").append(f.code()).append(']');
        String where = f.sheet().isEmpty() ? f.cell() : f.cell().isEmpty() ? f.sheet() : f.sheet() + "!" + f.cell();
        if (!where.isEmpty()) {
            sb.append(' ').append(where);
        }
        if (!f.subject().isEmpty()) {
            sb.append(" (").append(f.subject()).append(')');
        }
        sb.append(": ").append(f.message());
        if (!f.value().isEmpty() || !f.expected().isEmpty()) {
            sb.append(" (");
            if (!f.value().isEmpty()) {
                sb.append("trovato: '").append(f.value().replace('\n', ' ')).append('\'');
            }
            if (!f.expected().isEmpty()) {
                sb.append(f.value().isEmpty() ? "" : "; ").append("atteso: ").append(f.expected());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** "N errori, M avvisi" for a closing line. */
    public static String totals(List<Finding> findings) {
        return Plural.totals(findings);
    }
}
