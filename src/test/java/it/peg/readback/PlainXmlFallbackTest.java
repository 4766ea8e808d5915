package it.peg.readback;

import it.peg.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worksheet the narrow cursor gives way on late (a comment before the end of its data) is read again by the full
 * parser and gives the same cells as one it reads to the end; the bytes read twice count once against the caps.
 */
class PlainXmlFallbackTest {
    @TempDir
    Path dir;

    private static final int ROWS = 3000;

    private static String rows(String beforeEnd) {
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r <= ROWS; r++) {
            sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7)
                    .append("</v></c><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>riga &amp; ")
                    .append(r).append(" è</t></is></c></row>");
        }
        return sb.append(beforeEnd).toString();
    }

    private static final String NAMES = "<definedName name=\"PRIMA\">Foglio!$A$1</definedName>"
            + "<definedName name=\"TESTO\">Foglio!$B$1500</definedName>"
            + "<definedName name=\"ULTIMA\">Foglio!$A$" + ROWS + "</definedName>";

    private Path workbook(String name, String beforeEnd) throws Exception {
        return RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {rows(beforeEnd), RawPackage.META_ROWS}, NAMES, null, null).write(dir.resolve(name));
    }

    @Test
    void aSheetReadAgainByTheFullParserGivesTheSameCells() throws Exception {
        ReadResult plain = new XlsxReturnedWorkbookReader().read(workbook("plain.xlsx", ""));
        ReadResult again = new XlsxReturnedWorkbookReader().read(workbook("again.xlsx", "<!-- a comment -->"));
        assertEquals(List.of(), plain.findings());
        assertEquals(List.of(), again.findings());
        RawWorkbook a = plain.workbook().orElseThrow();
        RawWorkbook b = again.workbook().orElseThrow();
        assertEquals(a.cellsView(), b.cellsView());
        assertEquals(a.metadata(), b.metadata());
        assertEquals("riga & 1500 è", b.cell("TESTO").orElseThrow().text());
        assertEquals(21000.0, b.cell("ULTIMA").orElseThrow().number().orElseThrow());
    }

    @Test
    void theBytesOfAPartReadTwiceCountOnceTowardTheTotalCap() throws Exception {
        Path file = workbook("again.xlsx", "<!-- a comment -->");
        long total = 0;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            total = z.stream().mapToLong(java.util.zip.ZipEntry::getSize).sum();
        }
        ReadLimits d = ReadLimits.defaults();
        // room for every part once, not for the worksheet twice
        ReadLimits tight = new ReadLimits(d.maxFileBytes(), d.maxZipEntries(), d.maxEntryBytes(), total + 1024,
                d.maxInflateRatio(), d.ratioGraceBytes(), Duration.ofSeconds(30), d.maxMetadataRows());
        ReadResult r = new XlsxReturnedWorkbookReader(tight).read(file);
        assertEquals(List.of(), r.findings().stream().map(Finding::message).toList());
        assertTrue(r.workbook().isPresent());
    }
}
