package it.peg.generate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookTemplateBuilderTest {
    private static final Path COMMITTED = Path.of("workbook-templates", WorkbookTemplate.FILE_NAME);

    @Test
    void committedTemplatesAreWhatTheBuilderProduces() throws Exception {
        for (TemplateVariant v : TemplateVariant.ALL) {
            Path committed = v.file(Path.of(WorkbookTemplate.FOLDER));
            byte[] built = WorkbookTemplateBuilder.build(v);
            if (Boolean.getBoolean("peg.rebuildTemplates")) {
                Files.createDirectories(committed.getParent());
                Files.write(committed, built);
            }
            // compare the unzipped parts, not the zip bytes: another JDK's deflater may compress differently
            assertEquals(parts(built), parts(Files.readAllBytes(committed)),
                    committed + " is stale: rerun with -Dpeg.rebuildTemplates=true");
        }
    }

    @Test
    void everyShippedTemplateIsOneOfTheBuiltOnesAndReadsItsLayout() {
        assertEquals(WorkbookTemplate.SHIPPED, TemplateVariant.ALL.stream().map(TemplateVariant::name)
                .filter(n -> !n.isEmpty()).toList());
        assertEquals(Layout.DEFAULT, WorkbookTemplate.load(COMMITTED).layout(), "the default's Struttura is the built-in");
        for (String name : WorkbookTemplate.SHIPPED) {
            WorkbookTemplate t = WorkbookTemplate.locate(Optional.empty(), Optional.of(name), Path.of("."));
            assertEquals("classpath:/workbook-templates/" + name + "/scheda.xlsx", t.source());
        }
        assertTrue(WorkbookTemplate.locate(Optional.empty(), Optional.of("trezzo"), Path.of(".")).layout()
                .verificheInColumns());
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
