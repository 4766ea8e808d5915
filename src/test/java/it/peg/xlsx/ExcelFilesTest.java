package it.peg.xlsx;

import it.peg.testutil.Encrypted;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Excel boundary's reading surface: a workbook opens streamed (.xlsx) or whole (.xls, or on request), gives the
 * same sheets, rows and cells either way, and a file that does not open says whether a password is the reason.
 */
class ExcelFilesTest {
    @TempDir
    Path dir;

    private static void fill(Workbook wb) {
        Sheet s = wb.createSheet("Indicatori");
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row head = s.createRow(0);
        head.createCell(0).setCellValue("Codice");
        head.createCell(2).setCellValue(true);
        Row values = s.createRow(3);
        values.createCell(0).setCellValue(0.25);
        values.getCell(0).setCellStyle(percent);
        values.createCell(1).setCellValue(LocalDate.of(2024, 6, 30));
        values.getCell(1).setCellStyle(date);
        values.createCell(2).setCellFormula("1+1");
        wb.createSheet("Altro");
    }

    private Path xlsx() throws IOException {
        Path file = dir.resolve("cartella.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        return file;
    }

    private Path xls() throws IOException {
        Path file = dir.resolve("vecchia.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        return file;
    }

    /** Each row as its index and its cells' kinds and values, for comparing the readings. */
    private static List<String> shown(ExcelWorkbook wb) {
        List<String> lines = new ArrayList<>();
        ExcelSheet sheet = wb.sheet("indicatori").orElseThrow(); // case aside, as in Excel
        for (Iterator<ExcelRow> rows = sheet.rows(); rows.hasNext(); ) {
            ExcelRow row = rows.next();
            for (int c : row.columns()) {
                ExcelCell cell = row.cell(c).orElseThrow();
                lines.add(CellReferences.a1(row.index(), c) + " " + cell.kind() + (cell.formula() ? " =" + cell.formulaText() : "")
                        + " " + cell.text() + cell.number() + " " + cell.bool() + (cell.isDateFormatted() ? " date" : "")
                        + (cell.isPercentFormatted() ? " percent" : ""));
            }
        }
        return lines;
    }

    @Test
    void anXlsxReadsTheSameStreamedAndWhole() throws Exception {
        Path file = xlsx();
        List<String> expected = List.of("A1 TEXT Codice0.0 false", "C1 BOOLEAN 0.0 true", "A4 NUMBER 0.25 false percent",
                "B4 NUMBER 45473.0 false date", "C4 BLANK =1+1 0.0 false");
        try (ExcelWorkbook streamed = ExcelFiles.open(file)) {
            assertEquals(List.of("Indicatori", "Altro"), streamed.sheetNames());
            assertEquals(expected, shown(streamed));
            assertEquals(Optional.empty(), streamed.sheet("Manca").map(ExcelSheet::name));
            assertFalse(streamed.date1904());
        }
        try (ExcelWorkbook whole = ExcelFiles.openWhole(file)) {
            assertEquals(expected, shown(whole));
        }
    }

    @Test
    void anXlsOpensWhole() throws Exception {
        Path file = xls();
        try (ExcelWorkbook wb = ExcelFiles.open(file)) {
            assertEquals(List.of("A1 TEXT Codice0.0 false", "C1 BOOLEAN 0.0 true", "A4 NUMBER 0.25 false percent",
                    "B4 NUMBER 45473.0 false date", "C4 NUMBER =1+1 0.0 false"), shown(wb));
        }
        assertEquals(OleContainer.Content.EXCEL_97_WORKBOOK, OleContainer.content(file));
    }

    @Test
    void aPasswordIsToldApartFromAnUnreadableFile() throws Exception {
        Path protectedFile = Encrypted.copy(xlsx(), dir.resolve("protetto.xlsx"), "segreta");
        assertThrows(WorkbookPasswordException.class, () -> ExcelFiles.open(protectedFile));
        assertThrows(WorkbookPasswordException.class, () -> ExcelFiles.openWhole(protectedFile));
        assertEquals(OleContainer.Content.ENCRYPTED_PACKAGE, OleContainer.content(protectedFile));

        Path text = Files.writeString(dir.resolve("testo.xlsx"), "Codice;Valore\n");
        assertThrows(UnreadableWorkbookException.class, () -> ExcelFiles.open(text));
        assertEquals(OleContainer.Content.DAMAGED, OleContainer.content(text));
    }

    @Test
    void datesAndFormatsAreExcels() {
        assertEquals(45473.0, ExcelDates.serial(LocalDateTime.of(2024, 6, 30, 0, 0), false));
        assertEquals(LocalDateTime.of(2024, 6, 30, 12, 0), ExcelDates.dateTime(45473.5, false));
        assertEquals(LocalDateTime.of(2028, 7, 1, 0, 0), ExcelDates.dateTime(45473, true));
        assertEquals(Optional.of("0%"), ExcelNumberFormats.builtin(9));
        assertEquals(Optional.empty(), ExcelNumberFormats.builtin(200));
        assertTrue(ExcelNumberFormats.isDateFormat(14, "m/d/yy"));
        assertFalse(ExcelNumberFormats.isDateFormat(200, "#,##0.00"));
        assertEquals("AB12", CellReferences.a1(11, 27));
    }

    @Test
    void aCellLookIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> CellLook.plain().withBold(0));
        assertThrows(IllegalArgumentException.class, () -> CellLook.plain().withIndent(-1));
        assertThrows(NullPointerException.class, () -> new ExcelCell(null, false, "", 0, false, -1, ""));
    }
}
