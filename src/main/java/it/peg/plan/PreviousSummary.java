package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.PegFault;
import it.peg.domain.Severity;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedNumber;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
        if (!Files.isRegularFile(path)) {
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_NON_TROVATO, "Il riepilogo dell'anno precedente '" + path
                    + "' non esiste: indicare con --previous il riepilogo.xlsx scritto da peg consolidate l'anno scorso.");
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(OPCPackage.open(path.toFile(), PackageAccess.READ));
        } catch (Exception | LinkageError e) {
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_ILLEGGIBILE, "Il riepilogo dell'anno precedente '" + name
                    + "' non è una cartella di lavoro .xlsx leggibile: indicare con"
                    + " --previous il riepilogo.xlsx scritto da peg consolidate.");
        }
        try {
            return read(wb, name);
        } catch (RuntimeException | StackOverflowError e) {
            return new PreviousSummary(name, Map.of(), List.of(PegFault.finding(e, "la lettura del riepilogo precedente",
                    name, "Indicatori")));
        } finally {
            try {
                wb.getPackage().revert();
            } catch (RuntimeException e) {
                // read-only: nothing to save
            }
        }
    }

    private static PreviousSummary read(XSSFWorkbook wb, String name) {
        Sheet sheet = wb.getSheet("Indicatori");
        Row header = sheet == null ? null : sheet.getRow(0);
        Map<String, Integer> cols = new HashMap<>();
        if (header != null) {
            for (Cell c : header) {
                if (c.getCellType() == CellType.STRING) {
                    cols.put(Headers.normalise(c.getStringCellValue()), c.getColumnIndex());
                }
            }
        }
        if (!cols.containsKey("codice") || !cols.containsKey("verifica") || !cols.containsKey("valore")) {
            return failed(name, FindingCode.RIEPILOGO_PRECEDENTE_NON_VALIDO, "Il file '" + name + "' non ha il foglio 'Indicatori'"
                    + " di un riepilogo di peg (colonne Codice, Verifica, Valore): indicare con --previous il riepilogo.xlsx"
                    + " scritto da peg consolidate.");
        }
        Map<String, Baseline> values = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cell code = row.getCell(cols.get("codice"));
            Cell verifica = row.getCell(cols.get("verifica"));
            Cell value = row.getCell(cols.get("valore"));
            if (code == null || code.getCellType() != CellType.STRING || verifica == null
                    || verifica.getCellType() != CellType.NUMERIC || value == null
                    || value.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(value)) {
                continue;
            }
            LocalDate day = verifica.getLocalDateTimeCellValue().toLocalDate();
            boolean percent = value.getCellStyle().getDataFormatString().contains("%");
            Baseline b = new Baseline(new ParsedNumber(Decimals.of(value.getNumericCellValue()), percent, Optional.empty()), day);
            values.merge(code.getStringCellValue().strip(), b, (old, now) -> now.verifica().isAfter(old.verifica()) ? now : old);
        }
        return new PreviousSummary(name, values, List.of());
    }

    private static PreviousSummary failed(String name, FindingCode code, String message) {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding(Severity.ERRORE, code, name, "", "", "", "", "un riepilogo.xlsx di peg", message));
        return new PreviousSummary(name, Map.of(), f);
    }
}
