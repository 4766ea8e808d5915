package it.peg.xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The sheets a reader wants, streamed by name; whatever goes wrong in the file is an unreadable workbook, and a bug of
 * the reader is passed on as one.
 */
class WorksheetStreamsTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheWantedSheetsAreReadInTheWorkbooksOrder() throws Exception {
        Path file = dir.resolve("due-fogli.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Intro").createRow(0).createCell(0).setCellValue("non letto");
            var dati = wb.createSheet("Dati");
            dati.createRow(0).createCell(0).setCellValue("Codice");
            dati.createRow(2).createCell(1).setCellValue(42.5);
            wb.createSheet("Altri dati").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        List<String> seen = new ArrayList<>();
        WorksheetStreams.read(file, new Collect(seen, name -> name.endsWith("ati")));
        assertEquals(List.of("Dati", "A1=Codice", "B3=42.5", "Altri dati", "A1=x"), seen);
    }

    @Test
    void anEmptyFileATextFileAndAHostileValueAreUnreadableWorkbooks() throws Exception {
        Path empty = Files.write(dir.resolve("vuoto.xlsx"), new byte[0]);
        Path text = Files.writeString(dir.resolve("testo.xlsx"), "non un file excel");
        List<String> seen = new ArrayList<>();
        assertThrows(UnreadableWorkbookException.class, () -> WorksheetStreams.read(empty, new Collect(seen, n -> true)));
        assertThrows(UnreadableWorkbookException.class, () -> WorksheetStreams.read(text, new Collect(seen, n -> true)));

        Path file = dir.resolve("valore.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Dati").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        // what the file's XML makes fail (the cursor's XMLStreamException) is the file's
        WorksheetStreams.SheetVisitor brokenXml = visitor(() -> {
            throw new XMLStreamException("riga 5a");
        });
        assertThrows(UnreadableWorkbookException.class, () -> WorksheetStreams.read(file, brokenXml));
    }

    @Test
    void aBugOfTheReaderIsPassedOnNotCalledAnUnreadableFile() throws Exception {
        // the Nucleo's summary was told "danneggiato, ripristinarlo da una copia" for any exception of peg's own
        // reading; the readers now parse hostile values themselves (ExcelCell.storedNumber), so what they throw is a bug
        Path file = dir.resolve("valore.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Dati").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        IllegalStateException bug = new IllegalStateException("a bug");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> WorksheetStreams.read(file, visitor(() -> {
                    throw bug;
                })));
        assertEquals(bug, thrown);
    }

    /** What a visitor does with every sheet. */
    @FunctionalInterface
    private interface Reading {
        void run() throws XMLStreamException;
    }

    private static WorksheetStreams.SheetVisitor visitor(Reading reading) {
        return new WorksheetStreams.SheetVisitor() {
            @Override
            public boolean wants(String sheetName) {
                return true;
            }

            @Override
            public void read(String sheetName, WorksheetCells cells) throws XMLStreamException {
                reading.run();
            }
        };
    }

    private record Collect(List<String> seen, java.util.function.Predicate<String> names)
            implements WorksheetStreams.SheetVisitor {
        @Override
        public boolean wants(String sheetName) {
            return names.test(sheetName);
        }

        @Override
        public void read(String sheetName, WorksheetCells cells) throws XMLStreamException {
            seen.add(sheetName);
            while (cells.nextRow()) {
                for (Optional<WorksheetCell> c = cells.nextCell(); c.isPresent(); c = cells.nextCell()) {
                    seen.add(CellReferences.a1(c.get().row(), c.get().col()) + "="
                            + c.get().text().orElse(c.get().value().orElse("")));
                }
            }
        }
    }
}
