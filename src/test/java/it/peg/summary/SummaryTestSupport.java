package it.peg.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the fixture's summary once per test JVM and finds cells by header and row code. */
final class SummaryTestSupport {
    private static byte[] cached;

    private SummaryTestSupport() {
    }

    static synchronized byte[] fixtureBytes() {
        if (cached == null) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SummaryWorkbookWriter.write(SummaryFixture.result(), out);
                cached = out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    static XSSFWorkbook fixtureWorkbook() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(fixtureBytes()));
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    /** The first row whose column {@code keyHeader} holds {@code key} (and, when given, column 2 matches). */
    static Row row(Sheet sheet, String keyHeader, String key) {
        int c = column(sheet, keyHeader);
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(c) != null && key.equals(r.getCell(c).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
    }

    static Cell cell(Sheet sheet, String keyHeader, String key, String header) {
        return row(sheet, keyHeader, key).getCell(column(sheet, header));
    }

    /** Row whose label (column A) is {@code label}: the Sintesi key figures. */
    static Cell labelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.toString().equals(label)) {
                return r.getCell(1);
            }
        }
        throw new AssertionError("no label " + label);
    }
}
