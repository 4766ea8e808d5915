package it.peg.readback;

import it.peg.testutil.Encrypted;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Large and slow-to-make files: a million-row sheet read with a small heap, a really encrypted workbook. */
class LargeSheetIT {
    private static final int ROWS = 1_000_000;

    @TempDir
    static Path dir;
    static Path million;

    @BeforeAll
    static void writeMillionRows() throws IOException {
        million = dir.resolve("un milione di righe.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("Dati");
            for (int r = 0; r < ROWS; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("riga");
            }
            Sheet m = wb.createSheet("_peg");
            m.createRow(0).createCell(0).setCellValue("tipo");
            m.getRow(0).createCell(1).setCellValue("peg-scheda");
            name(wb, "IN_PRIMA", "Dati!$A$3");
            name(wb, "IN_ULTIMA", "Dati!$A$" + ROWS);
            try (OutputStream out = Files.newOutputStream(million)) {
                wb.write(out);
            }
        }
    }

    private static void name(org.apache.poi.ss.usermodel.Workbook wb, String n, String ref) {
        Name name = wb.createName();
        name.setNameName(n);
        name.setRefersToFormula(ref);
    }

    /** Runs {@link ReadOneFile} in a JVM with a 64 MB heap: the whole workbook could never fit. */
    private static String readWithSmallHeap(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ReadOneFile.class.getName(), file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "reader did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        String line = text.lines().filter(l -> l.startsWith("cells[")).findFirst().orElse(text);
        System.out.println(file.getFileName() + ": " + line);
        return line;
    }

    @Test
    void millionRowSheetIsStreamedWithASmallHeap() throws Exception {
        String line = readWithSmallHeap(million);
        assertTrue(line.startsWith("cells[IN_PRIMA=NUMBER:3.0,IN_ULTIMA=NUMBER:" + ROWS + ".0] findings[] meta[{tipo=peg-scheda}]"), line);
    }

    @Test
    void reallyEncryptedWorkbook() throws Exception {
        Path plain = dir.resolve("chiaro.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("_peg").createRow(0).createCell(0).setCellValue("tipo");
            wb.write(out);
        }
        Path file = Encrypted.copy(plain, dir.resolve("protetta con password.xlsx"), "segreta");
        ReadResult r = new XlsxReturnedWorkbookReader().read(file);
        assertEquals(List.of("FILE_PROTETTO_PASSWORD"), r.findings().stream().map(f -> f.code()).toList());
        assertEquals("protetta con password.xlsx", r.findings().get(0).file());
    }
}
