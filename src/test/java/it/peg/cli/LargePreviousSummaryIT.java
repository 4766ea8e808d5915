package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (found in review): last year's summary was read whole by POI's usermodel, so a summary of a large comune
 * (2,000 services: an Indicatori sheet of 64 MB of XML) needed about 1.5 GB of heap, and {@code check}, {@code
 * consolidate}, {@code generate} and the nightly {@code merge} with {@code --previous} ended in "Errore imprevisto" at
 * the documented -Xmx256m and -Xmx512m. It is now streamed: here a summary of 120,000 Indicatori rows (about 30 MB of
 * sheet XML, written by hand as Excel stores it, shared strings included) gives its baseline in a 64 MB heap.
 */
class LargePreviousSummaryIT {
    private static final Path JAR = Path.of("target/peg-app.jar");
    private static final int ROWS = 120_000;

    @TempDir
    Path dir;

    @Test
    void aLargeSummaryGivesItsBaselinesInASmallHeap() throws Exception {
        Path plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        Path summary = largeSummary(dir.resolve("riepilogo-2025.xlsx"));
        assertTrue(Files.isRegularFile(JAR), "run after 'mvn package': " + JAR.toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", JAR.toString(), "it.peg.cli.Main", "check", "--plan",
                plan.toString(), "--previous", summary.toString()));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "peg did not end");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stdout + stderr);
        assertTrue(stdout.lines().anyMatch(l -> l.equals("  FI01 (riga 55): '+5%' → numero >= 210 (+5% su 200)")),
                stdout + stderr);
    }

    /**
     * A summary's Indicatori sheet (Servizio, Obiettivo, Codice, Verifica, Valore): {@link #ROWS} rows of other
     * indicators, FI01 among them at 31/12/2025 with 200, texts in the shared strings table as Excel keeps them.
     */
    private static Path largeSummary(Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
                    + " PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sharedStrings+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Indicatori\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\""
                    + "sharedStrings.xml\"/></Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\""
                    + " formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/>"
                    + "</fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\">");
            for (String t : List.of("Servizio", "Obiettivo", "Codice", "Verifica", "Valore", "FI", "FI_OB")) {
                w.write("<si><t>" + t + "</t></si>");
            }
            for (int i = 0; i < ROWS; i++) {
                w.write("<si><t>" + code(i) + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (int c = 0; c < 5; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            for (int i = 0; i < ROWS; i++) {
                int r = i + 2;
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>5</v></c><c r=\"B" + r + "\" t=\"s\"><v>6</v></c>"
                        + "<c r=\"C" + r + "\" t=\"s\"><v>" + (7 + i) + "</v></c><c r=\"D" + r + "\" s=\"1\"><v>46022</v></c>"
                        + "<c r=\"E" + r + "\"><v>" + (i == ROWS / 2 ? 200 : i % 1000) + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** The codes of the rows: FI01 half way down, other indicators' codes around it. */
    private static String code(int i) {
        return i == ROWS / 2 ? "FI01" : "X" + i;
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
