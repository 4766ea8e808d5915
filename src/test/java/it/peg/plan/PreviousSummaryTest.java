package it.peg.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Last year's summary (--previous) as a person may have left it: edited by hand. */
class PreviousSummaryTest {
    @TempDir
    Path dir;

    /**
     * Regression: once the plan package read workbooks through xlsx's rows, every cell of a row was converted, so a
     * number stored wrongly in a column the reading does not use (here Note, {@code <v>abc</v>}) turned a readable
     * summary into peg's internal error; only Codice, Verifica and Valore are read, as before.
     */
    @Test
    void aValueStoredWronglyInAColumnNotReadDoesNotFailTheReading() throws IOException {
        Path file = summary("<c r=\"D2\"><v>abc</v></c>");
        PreviousSummary read = PreviousSummary.read(file);
        assertEquals(List.of(), read.findings());
        assertEquals(LocalDate.of(2024, 12, 31), read.of("IND1").orElseThrow().verifica());
    }

    @Test
    void theSameSummaryWithoutTheEditReadsTheSame() throws IOException {
        PreviousSummary read = PreviousSummary.read(summary(""));
        assertEquals(List.of(), read.findings());
        assertTrue(read.of("IND1").isPresent());
    }

    /**
     * Regression: a folder or a named pipe given as --previous was reported as missing ("non esiste"), sending the user
     * to look for a file that is there; {@code peg merge --previous} hashes only regular files, leaving these to this
     * reading.
     */
    @Test
    void aFolderOrANamedPipeIsNoFileRatherThanMissing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("riepilogo-2024.xlsx"));
        Path fifo = dir.resolve("tubo.xlsx");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        for (Path notAFile : List.of(folder, fifo)) {
            List<it.peg.domain.Finding> findings = PreviousSummary.read(notAFile).findings();
            assertEquals(1, findings.size(), findings::toString);
            assertEquals("RIEPILOGO_PRECEDENTE_ILLEGGIBILE", findings.get(0).code());
            assertEquals("Il riepilogo dell'anno precedente '" + notAFile + "' non è un file: indicare con --previous il"
                    + " riepilogo.xlsx scritto da peg consolidate l'anno scorso.", findings.get(0).message());
        }
    }

    /** An Indicatori sheet with Codice, Verifica (31/12/2024), Valore (12.5) and Note, plus {@code extra} in row 2. */
    private Path summary(String extra) throws IOException {
        Path file = dir.resolve("riepilogo-" + extra.length() + ".xlsx");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + text("A1", "Codice") + text("B1", "Verifica") + text("C1", "Valore")
                + text("D1", "Note") + "</row>"
                + "<row r=\"2\">" + text("A2", "IND1") + "<c r=\"B2\"><v>45657</v></c><c r=\"C2\"><v>12.5</v></c>" + extra
                + "</row></sheetData></worksheet>";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Indicatori\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return file;
    }

    private static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
