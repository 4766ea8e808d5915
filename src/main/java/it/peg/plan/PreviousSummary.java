package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.PegFault;
import it.peg.domain.Severity;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedNumber;
import it.peg.xlsx.ExcelCell;
import it.peg.xlsx.ExcelFiles;
import it.peg.xlsx.ExcelRow;
import it.peg.xlsx.ExcelSheet;
import it.peg.xlsx.ExcelWorkbook;
import it.peg.xlsx.UnreadableWorkbookException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Last year's values, as baselines for relative targets ({@code --previous FILE}): the {@code Indicatori} sheet of a
 * summary (riepilogo.xlsx) that peg wrote, read by its headers {@code Codice}, {@code Verifica} and {@code Valore}.
 * For each indicator code the value of its latest verifica that has a number is taken; a percent-formatted value is
 * a percentage.
 *
 * @param file     the summary's file name, for messages ("" when none was given)
 * @param values   the baseline of each indicator code
 * @param findings problems reading the file (an ERRORE when it cannot be read at all)
 */
public record PreviousSummary(String file, Map<String, Baseline> values, List<Finding> findings) {
    /** A value of last year's summary and the verifica it was reported at. */
    public record Baseline(ParsedNumber value, LocalDate verifica) {
    }

    public PreviousSummary {
        values = Map.copyOf(values);
        findings = List.copyOf(findings);
    }

    /** No summary given. */
    public static PreviousSummary none() {
        return new PreviousSummary("", Map.of(), List.of());
    }

    public Optional<Baseline> of(String code) {
        return Optional.ofNullable(values.get(code));
    }

    public static PreviousSummary read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.isRegularFile(path) && Files.exists(path)) {
            // a folder or a named pipe (never opened: it would be waited on for ever): "non esiste" would send the
            // user looking for a file that is there
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_ILLEGGIBILE, "Il riepilogo dell'anno precedente '" + path
                    + "' non è un file: indicare con --previous il riepilogo.xlsx scritto da peg consolidate l'anno scorso.");
        }
        if (!Files.isRegularFile(path)) {
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_NON_TROVATO, "Il riepilogo dell'anno precedente '" + path
                    + "' non esiste: indicare con --previous il riepilogo.xlsx scritto da peg consolidate l'anno scorso.");
        }
        ExcelWorkbook wb;
        try {
            // streamed, one row at a time: a summary of 2,000 services (an Indicatori sheet of 64 MB of XML) read whole
            // by POI's usermodel needed 1.5 GB of heap, and every command with --previous failed at -Xmx512m
            wb = ExcelFiles.open(path);
        } catch (it.peg.xlsx.WorkbookPasswordException | UnreadableWorkbookException | RuntimeException | LinkageError e) {
            return unreadable(name);
        }
        try (wb) {
            return read(wb, name);
        } catch (it.peg.xlsx.BrokenWorkbookException | java.io.UncheckedIOException e) {
            return unreadable(name); // a part found damaged as it is streamed: the file's fault, not peg's
        } catch (RuntimeException | StackOverflowError e) {
            return new PreviousSummary(name, Map.of(), List.of(PegFault.finding(e, "la lettura del riepilogo precedente",
                    name, "Indicatori")));
        }
    }

    private static PreviousSummary read(ExcelWorkbook wb, String name) {
        Optional<ExcelSheet> sheet = wb.sheet("Indicatori");
        Iterator<ExcelRow> rows = sheet.map(ExcelSheet::rows).orElse(java.util.Collections.emptyIterator());
        Optional<ExcelRow> first = rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
        Map<String, Integer> cols = new HashMap<>(); // from row 1 only: without it, not a summary of peg
        first.filter(r -> r.index() == 0).ifPresent(header -> {
            for (int c : header.columns()) {
                header.cell(c).filter(PreviousSummary::isText)
                        .ifPresent(cell -> cols.put(Headers.normalise(cell.text()), c));
            }
        });
        if (!cols.containsKey("codice") || !cols.containsKey("verifica") || !cols.containsKey("valore")) {
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_NON_VALIDO, "Il file '" + name + "' non ha il foglio 'Indicatori'"
                    + " di un riepilogo di peg (colonne Codice, Verifica, Valore): indicare con --previous il riepilogo.xlsx"
                    + " scritto da peg consolidate.");
        }
        Map<String, Baseline> values = new HashMap<>();
        while (rows.hasNext()) { // the rows after the header, row 1
            ExcelRow row = rows.next();
            Optional<ExcelCell> code = row.cell(cols.get("codice")).filter(PreviousSummary::isText);
            Optional<ExcelCell> verifica = row.cell(cols.get("verifica")).filter(PreviousSummary::isNumber);
            Optional<ExcelCell> value = row.cell(cols.get("valore")).filter(PreviousSummary::isNumber)
                    .filter(c -> !c.isDateFormatted());
            if (code.isEmpty() || verifica.isEmpty() || value.isEmpty()) {
                continue;
            }
            LocalDate day = verifica.get().dateTime(wb.date1904()).toLocalDate();
            boolean percent = value.get().format().contains("%");
            Baseline b = new Baseline(new ParsedNumber(Decimals.of(value.get().number()), percent, Optional.empty()), day);
            values.merge(code.get().text().strip(), b, (old, now) -> now.verifica().isAfter(old.verifica()) ? now : old);
        }
        return new PreviousSummary(name, values, List.of());
    }

    /** A text typed in (a formula's text result does not count). */
    private static boolean isText(ExcelCell cell) {
        return cell.kind() == ExcelCell.Kind.TEXT && !cell.formula();
    }

    /** A number typed in (a formula's result does not count). */
    private static boolean isNumber(ExcelCell cell) {
        return cell.kind() == ExcelCell.Kind.NUMBER && !cell.formula();
    }

    private static PreviousSummary unreadable(String name) {
        return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_ILLEGGIBILE, "Il riepilogo dell'anno precedente '" + name
                + "' non è una cartella di lavoro .xlsx leggibile: indicare con"
                + " --previous il riepilogo.xlsx scritto da peg consolidate.");
    }

    private static PreviousSummary failed(String name, FindingCode code, String message) {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding(Severity.ERRORE, code, name, "", "", "", "", "un riepilogo.xlsx di peg", message));
        return new PreviousSummary(name, Map.of(), f);
    }
}
