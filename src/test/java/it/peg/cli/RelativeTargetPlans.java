package it.peg.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A plan whose relative target has no baseline of its own, and last year's summary that gives it one: the
 * {@code targets-2026.xlsx} fixture with FI01's Baseline (200) removed, so that its {@code +5%} needs {@code --previous}.
 */
final class RelativeTargetPlans {
    private RelativeTargetPlans() {
    }

    static Path resource(String name) throws Exception {
        return Path.of(RelativeTargetPlans.class.getResource("/plans/" + name).toURI());
    }

    /** {@code targets-2026.xlsx} with FI01's Baseline cell removed, written as {@code senza-baseline.xlsx} in {@code dir}. */
    static Path withoutFi01Baseline(Path dir) throws Exception {
        Path plan = dir.resolve("senza-baseline.xlsx");
        try (InputStream in = Files.newInputStream(resource("targets-2026.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Indicatori");
            sheet.getRow(54).removeCell(sheet.getRow(54).getCell(6)); // FI01 '+5%': its Baseline 200 removed
            try (OutputStream o = Files.newOutputStream(plan)) {
                wb.write(o);
            }
        }
        return plan;
    }

    /**
     * Last year's summary as peg's Indicatori sheet has it (Servizio, Obiettivo, Codice, Verifica, Valore): FI01 at
     * 150 on 30/06/2025 and {@code yearEnd} on 31/12/2025, the value a relative target starts from.
     */
    static Path lastYearsSummary(Path file, double yearEnd) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = wb.createSheet("Indicatori");
            var head = sh.createRow(0);
            String[] headers = {"Servizio", "Obiettivo", "Codice", "Verifica", "Valore"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {{"FI", "FI_OB", "FI01", LocalDate.of(2025, 6, 30), 150.0},
                {"FI", "FI_OB", "FI01", LocalDate.of(2025, 12, 31), yearEnd}};
            for (int r = 0; r < rows.length; r++) {
                var row = sh.createRow(r + 1);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
                row.createCell(3).setCellValue((LocalDate) rows[r][3]);
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue((Double) rows[r][4]);
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        return file;
    }
}
