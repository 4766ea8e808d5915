package it.peg.cli;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.consolidate.FileRecord;
import it.peg.domain.Finding;
import it.peg.domain.Plural;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What consolidate prints, sized for a controllo that runs it over a thousand workbooks:
 * <ul>
 * <li>{@code -q}: every ERRORE on one line, then the summary line (1 line when nothing blocks);</li>
 * <li>default: one line per service (its file's counts of findings) and one per file that does not count, the
 * ENTE line and the summary line; the findings themselves are in the summary's Anomalie sheet;</li>
 * <li>{@code -v}: every finding, grouped by file, before the table.</li>
 * </ul>
 */
final class ConsolidateReport {
    private ConsolidateReport() {
    }

    /**
     * What {@link #print} prints, as one text (its lines, each ended as {@code println} ends it): made on a thread of its
     * own while the outputs are written, and printed once they are, in one go. Printed line by line at the end, the
     * table of a thousand services was a write to stdout per line on the main thread, with the other core idle.
     * Every line of the report is a {@link Console#result}: nothing goes to stderr.
     */
    static String text(ConsolidationResult result, Path out, int filesRead, Console.Verbosity verbosity) {
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(64 * 1024);
        java.io.PrintStream nowhere = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        print(result, out, filesRead, new Console(new java.io.PrintStream(kept, false, java.nio.charset.StandardCharsets.UTF_8),
                nowhere, verbosity, false));
        return kept.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static void print(ConsolidationResult result, Path out, int filesRead, Console console) {
        List<Finding> findings = result.findings();
        switch (console.verbosity()) {
            case QUIET -> findings.stream().filter(Finding::isError)
                    .forEach(f -> console.result(where(f) + FindingsPrinter.line(f)));
            case NORMAL -> table(result, console);
            case VERBOSE -> {
                FindingsPrinter.print(console, findings);
                table(result, console);
            }
        }
        console.result(summaryLine(out, filesRead, findings, console.verbosity()));
    }

    /** The one line every verbosity ends with. */
    static String summaryLine(Path out, int filesRead, List<Finding> findings, Console.Verbosity verbosity) {
        String details = findings.isEmpty() || verbosity == Console.Verbosity.VERBOSE ? ""
                : " Dettagli nel foglio Anomalie del riepilogo" + (verbosity == Console.Verbosity.NORMAL ? " o con -v." : ".");
        return "Riepilogo scritto in " + out + " (" + Plural.count(filesRead, "file letto", "file letti") + ", "
                + Plural.totals(findings) + ")." + details;
    }

    private static void table(ConsolidationResult result, Console console) {
        ScoreTable.print(result, console);
        // the files that are not a service's delivery: superseded, rejected, not a workbook at all
        Set<String> counted = result.deliveries().stream().map(Delivery::fileName)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        Map<String, List<Finding>> byFile = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::file, LinkedHashMap::new, Collectors.toList()));
        Set<String> listed = new java.util.HashSet<>(counted);
        for (FileRecord r : result.registry()) {
            if (listed.add(r.fileName())) {
                console.result(r.fileName() + ": " + r.status().italian() + "; "
                        + ScoreTable.findings(byFile.getOrDefault(r.fileName(), List.of())));
            }
        }
        byFile.forEach((file, fs) -> {
            if (listed.add(file)) {
                console.result((file.isEmpty() ? "(generale)" : file) + ": " + ScoreTable.findings(fs));
            }
        });
    }

    private static String where(Finding f) {
        return f.file().isEmpty() ? "" : f.file() + ": ";
    }
}
