package it.peg.generate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkbookTemplateBuilderTest {
    private static final Path COMMITTED = Path.of("workbook-templates", WorkbookTemplate.FILE_NAME);

    @Test
    void committedTemplateIsWhatTheBuilderProduces() throws Exception {
        byte[] built = WorkbookTemplateBuilder.build();
        if (Boolean.getBoolean("peg.rebuildTemplates")) {
            Files.write(COMMITTED, built);
        }
        // compare the unzipped parts, not the zip bytes: another JDK's deflater may compress differently
        assertEquals(parts(built), parts(Files.readAllBytes(COMMITTED)),
                "workbook-templates/scheda.xlsx is stale: rerun with -Dpeg.rebuildTemplates=true");
    }

    private static java.util.Map<String, String> parts(byte[] zip) throws java.io.IOException {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                m.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @Test
    void aFormulaIntoASheetPegRemovesIsRefusedOnceNamingTheCell() throws Exception {
        byte[] restyled;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(Files.readAllBytes(COMMITTED)))) {
            // a municipality restyling the template in Excel: a title that repeats a label
            wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(0).createCell(20).setCellFormula("'Etichette'!B2");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            restyled = out.toByteArray();
        }
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> WorkbookTemplate.parse("scheda.xlsx", restyled));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Scheda!U1")
                && e.getMessage().contains("usa il foglio 'Etichette'"), e.getMessage());
    }

    @Test
    void committedTemplateDefinesEveryStyleAndLabel() {
        WorkbookTemplate t = WorkbookTemplate.load(COMMITTED);
        for (Label l : Label.values()) {
            assertEquals(l.defaultText(), t.label(l));
        }
        for (StyleKey k : StyleKey.values()) {
            t.styleIndex(k);
        }
    }
}
