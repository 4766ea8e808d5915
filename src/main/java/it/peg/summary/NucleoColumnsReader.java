package it.peg.summary;

import it.peg.domain.Finding;
import it.peg.domain.Severity;
import it.peg.scoring.NucleoOverride;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the Nucleo's columns ({@code Valutazione Nucleo %}, {@code Note Nucleo}) from the Obiettivi sheet
 * of an existing summary, so that consolidate and the nightly merge carry the Nucleo's work into the next
 * summary. Columns are found by header; a value nobody can read becomes a {@link Finding}, never an exception.
 */
public final class NucleoColumnsReader {
    /** Highest accepted Valutazione Nucleo % (a fraction): the plan's cap may let scores exceed 100%. */
    static final BigDecimal MAX = BigDecimal.valueOf(2);
    private static final String EXPECTED = "una percentuale tra 0% e 200%, ad esempio 85% oppure 0,85";

    /**
     * Reads the Nucleo's overrides. A missing file gives an empty result (the first run has no summary yet).
     */
    public static NucleoReadResult read(Path riepilogo) {
        if (!Files.isRegularFile(riepilogo)) {
            return NucleoReadResult.empty();
        }
        String file = riepilogo.getFileName().toString();
        try (InputStream in = Files.newInputStream(riepilogo);
             Workbook wb = WorkbookFactory.create(in)) {
            return read(wb, file);
        } catch (IOException | RuntimeException e) {
            return new NucleoReadResult(Map.of(), List.of(new Finding(Severity.ERRORE, "NUCLEO_RIEPILOGO_ILLEGGIBILE",
                    file, "", "", "", String.valueOf(e.getMessage()), "un riepilogo .xlsx scritto da peg",
                    "Impossibile leggere le valutazioni del Nucleo dal riepilogo esistente: ripristinare il file "
                            + "da una copia (in Excel o LibreOffice salvarlo come .xlsx) e rilanciare il comando.")));
        }
    }

    static NucleoReadResult read(Workbook wb, String file) {
        List<Finding> findings = new ArrayList<>();
        Sheet sheet = null;
        for (Sheet s : wb) {
            if (ObjectiveColumn.normalize(s.getSheetName()).equals(ObjectiveColumn.normalize(ObiettiviSheet.NAME))) {
                sheet = s;
            }
        }
        if (sheet == null) {
            findings.add(new Finding(Severity.ERRORE, "NUCLEO_FOGLIO_MANCANTE", file, ObiettiviSheet.NAME, "", "", "",
                    "il foglio " + ObiettiviSheet.NAME, "Il riepilogo non ha il foglio " + ObiettiviSheet.NAME
                    + ": le valutazioni del Nucleo non sono state lette. Ripristinare il foglio (non rinominarlo)."));
            return new NucleoReadResult(Map.of(), findings);
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        int code = column(header, ObjectiveColumn.CODE);
        int score = column(header, ObjectiveColumn.NUCLEO_SCORE);
        int notes = column(header, ObjectiveColumn.NUCLEO_NOTES);
        if (code < 0 || score < 0 && notes < 0) {
            findings.add(new Finding(Severity.ERRORE, "NUCLEO_COLONNE_MANCANTI", file, sheet.getSheetName(), "1", "",
                    "", ObjectiveColumn.CODE.header + ", " + ObjectiveColumn.NUCLEO_SCORE.header + ", "
                    + ObjectiveColumn.NUCLEO_NOTES.header,
                    "Nel foglio " + sheet.getSheetName() + " mancano le colonne Codice, Valutazione Nucleo % e Note "
                            + "Nucleo (riga 1): ripristinare le intestazioni, senza rinominarle."));
            return new NucleoReadResult(Map.of(), findings);
        }
        Map<String, NucleoOverride> overrides = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ITALY);
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String objective = text(row.getCell(code), formatter);
            if (objective.isEmpty()) {
                continue;
            }
            String note = notes < 0 ? "" : text(row.getCell(notes), formatter);
            Cell scoreCell = score < 0 ? null : row.getCell(score);
            Optional<BigDecimal> value = Optional.empty();
            if (!isBlank(scoreCell)) {
                value = percent(scoreCell, formatter);
                if (value.isEmpty() || value.get().signum() < 0 || value.get().compareTo(MAX) > 0) {
                    findings.add(new Finding(Severity.ERRORE, "NUCLEO_VALORE_NON_VALIDO", file, sheet.getSheetName(),
                            scoreCell.getAddress().formatAsString(), objective, formatter.formatCellValue(scoreCell),
                            EXPECTED, "Valutazione Nucleo % non valida per l'obiettivo " + objective + ": scrivere "
                            + EXPECTED + ", oppure lasciare vuota la cella per mantenere il punteggio calcolato."));
                    value = Optional.empty();
                }
            }
            if (value.isEmpty() && note.isEmpty()) {
                continue;
            }
            if (overrides.containsKey(objective)) {
                findings.add(new Finding(Severity.AVVISO, "NUCLEO_CODICE_DUPLICATO", file, sheet.getSheetName(),
                        row.getCell(code).getAddress().formatAsString(), objective, objective, "un codice per riga",
                        "L'obiettivo " + objective + " compare più volte nel foglio " + sheet.getSheetName()
                                + ": vale l'ultima riga. Lasciare una sola riga per obiettivo."));
            }
            overrides.put(objective, new NucleoOverride(objective, value, note));
        }
        return new NucleoReadResult(overrides, findings);
    }

    private static int column(Row header, ObjectiveColumn wanted) {
        if (header == null) {
            return -1;
        }
        String target = ObjectiveColumn.normalize(wanted.header);
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING
                    && ObjectiveColumn.normalize(c.getStringCellValue()).equals(target)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static boolean isBlank(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return true;
        }
        return cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = type(cell);
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        if (type == CellType.NUMERIC && cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell).strip();
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return "";
    }

    /**
     * A numeric cell in a % format holds the fraction (Excel and Calc turn a typed 85 into 0.85 there), unless it
     * is beyond any plausible fraction (85 pasted into the cell); otherwise the typed-number rule of
     * {@link PercentText}.
     */
    private static Optional<BigDecimal> percent(Cell cell, DataFormatter formatter) {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()), MathContext.DECIMAL64);
            String format = cell.getCellStyle().getDataFormatString();
            if (format != null && format.contains("%") && value.compareTo(MAX) <= 0) {
                return Optional.of(value.stripTrailingZeros());
            }
            return Optional.of(PercentText.fromNumber(value));
        }
        if (type == CellType.STRING) {
            return PercentText.parse(cell.getStringCellValue());
        }
        return Optional.empty();
    }
}
