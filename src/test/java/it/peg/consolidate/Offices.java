package it.peg.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fills generated schede through the contract's defined names, as an office's spreadsheet program would
 * store what is typed: with POI, or with the system Python's openpyxl (a writer that is not POI).
 */
final class Offices {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Offices() {
    }

    /** Writes the entries with POI, keeping the cells' styles (number formats) from the generator. */
    static void fillWithPoi(Path file, List<FillCsv.Entry> entries) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            for (FillCsv.Entry e : entries) {
                Cell cell = cell(wb, e.name());
                if (e.value() instanceof Double d) {
                    cell.setCellValue(d);
                } else if (e.value() instanceof LocalDate d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) e.value());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Cell cell(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        if (n == null) {
            throw new IllegalArgumentException("the scheda has no defined name " + name);
        }
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        Sheet sheet = wb.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return c == null ? row.createCell(ref.getCol()) : c;
    }

    /** Writes the entries with openpyxl (set_with_openpyxl.py): numbers, datetimes and strings. */
    static void fillWithOpenpyxl(Path file, List<FillCsv.Entry> entries) throws IOException, InterruptedException {
        Path script = Files.createTempFile("set_with_openpyxl", ".py");
        try (InputStream s = Offices.class.getResourceAsStream("/it/peg/validation/set_with_openpyxl.py")) {
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), file.toString(),
                file.toString()));
        for (FillCsv.Entry e : entries) {
            String spec = e.value() instanceof Double d ? "n:" + d
                    : e.value() instanceof LocalDate d ? "d:" + d.format(FillCsv.DMY) : "s:" + e.value();
            cmd.add(e.name() + "=" + spec);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        Files.deleteIfExists(script);
        if (!done || p.exitValue() != 0) {
            throw new IOException("set_with_openpyxl.py failed: " + output);
        }
    }
}
