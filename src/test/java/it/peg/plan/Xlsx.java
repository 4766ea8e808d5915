package it.peg.plan;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny builder of real .xlsx fixtures: strings, numbers, dates (date cells), percent cells, formulas. */
final class Xlsx {
    /** A percent-formatted number cell (0.2 shows as 20%). */
    record Pct(double value) {
    }

    /** A serial number without date format. */
    record Serial(double value) {
    }

    /** A formula with its cached numeric value. */
    record Formula(String formula, double cached) {
    }

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    Xlsx sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    Xlsx without(String name) {
        sheets.remove(name);
        return this;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Sheet s = wb.createSheet(e.getKey());
                int r = 0;
                for (Object[] values : e.getValue()) {
                    Row row = s.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        Object v = values[c];
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        if (v instanceof String str) {
                            cell.setCellValue(str);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Pct p) {
                            cell.setCellValue(p.value());
                            cell.setCellStyle(pct);
                        } else if (v instanceof Serial sr) {
                            cell.setCellValue(sr.value());
                        } else if (v instanceof Formula f) {
                            cell.setCellFormula(f.formula());
                            cell.setCellValue(f.cached());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** A minimal valid plan; tests add or replace sheets. */
    static Xlsx minimal() {
        return new Xlsx()
                .sheet("Impostazioni", row("Voce", "Valore"), row("Ente", "Comune di Prova"), row("Anno", 2024),
                        row("Verifiche", "30/06; 31/12"), row("Scadenze consegna", "15/07; 31/01"))
                .sheet("Servizi", row("Codice", "Servizio"), row("S1", "Servizi sociali"))
                .sheet("Obiettivi", row("Codice", "Servizio", "Titolo", "Peso"), row("O1", "S1", "Obiettivo uno", 100))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Descrizione", "Target", "Peso"),
                        row("I1", "O1", "Pratiche", "24000", 60), row("I2", "O1", "Rapporto", "1200/3", 40));
    }
}
