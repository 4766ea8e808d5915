package it.peg.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of one summary sheet under its header row: numbers as Double, text as String, blanks absent. */
final class SheetRows {
    private SheetRows() {
    }

    static List<Map<String, Object>> read(Path xlsx, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError("no sheet " + sheetName + " in " + xlsx);
            }
            Row header = sheet.getRow(0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (Cell h : header) {
                    Cell c = row.getCell(h.getColumnIndex());
                    if (c == null) {
                        continue;
                    }
                    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                    if (t == CellType.NUMERIC) {
                        values.put(h.getStringCellValue(), c.getNumericCellValue());
                    } else if (t == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                        values.put(h.getStringCellValue(), c.getStringCellValue());
                    }
                }
                if (!values.isEmpty()) {
                    rows.add(values);
                }
            }
            return rows;
        }
    }

    /** The text of one cell, e.g. {@code text(x, "Sintesi", "A2")}. */
    static String text(Path xlsx, String sheetName, String address) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
            Row row = wb.getSheet(sheetName).getRow(ref.getRow());
            Cell c = row == null ? null : row.getCell(ref.getCol());
            return c == null ? "" : c.getStringCellValue();
        }
    }

    static Optional<Map<String, Object>> byCode(List<Map<String, Object>> rows, String column, String code) {
        return rows.stream().filter(r -> code.equals(r.get(column))).findFirst();
    }
}
