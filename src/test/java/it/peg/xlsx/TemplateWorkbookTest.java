package it.peg.xlsx;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template's reading surface on its own: what a sheet holds, in Excel's terms, and the styles it extends. */
class TemplateWorkbookTest {
    private static byte[] template() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("Scheda");
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            s.createRow(0).createCell(0).setCellValue("Titolo");
            s.getRow(0).setHeightInPoints(30);
            s.getRow(0).createCell(1).setCellValue(2.5);
            s.getRow(0).getCell(1).setCellStyle(percent);
            s.getRow(0).createCell(2).setCellFormula("B1*2");
            s.getRow(0).createCell(3).setCellValue(true);
            s.createRow(2).createCell(4);
            s.setColumnWidth(1, 20 * 256);
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            var cf = s.getSheetConditionalFormatting();
            cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A1:B1")},
                    cf.createConditionalFormattingRule("TRUE"), cf.createConditionalFormattingRule("FALSE"));
            s.getPrintSetup().setLandscape(true);
            s.getHeader().setCenter("Intestazione");
            wb.createSheet("Nascosto");
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            var name = wb.createName();
            name.setNameName("Totale");
            name.setRefersToFormula("Scheda!$B$1");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsASheetsCellsSizesMergesPrintSetupAndExtras() throws Exception {
        try (TemplateWorkbook wb = TemplateWorkbook.open(template())) {
            assertEquals(List.of("Scheda", "Nascosto"), wb.sheetNames());
            assertFalse(wb.hasSheet("Stili"));
            assertEquals(Optional.empty(), wb.sheet("Stili", 1));
            TemplateSheet s = wb.sheet("Scheda", Locale.ITALY, 100).orElseThrow();
            TemplateSheet.Row first = s.rows().get(0);
            assertEquals(Optional.of(30f), first.height());
            assertEquals(List.of(TemplateSheet.Kind.TEXT, TemplateSheet.Kind.NUMBER, TemplateSheet.Kind.FORMULA,
                    TemplateSheet.Kind.NUMBER), first.cells().stream().map(TemplateSheet.Cell::kind).toList());
            assertEquals("Titolo", first.cell(0).orElseThrow().text());
            assertEquals(Optional.of("250%"), first.cell(1).orElseThrow().shown());
            assertEquals("B1*2", first.cell(2).orElseThrow().text());
            assertEquals(1.0, first.cell(3).orElseThrow().number());
            assertEquals("D1", first.cell(3).orElseThrow().ref());
            assertEquals(Optional.empty(), first.cell(9));
            assertEquals(TemplateSheet.Kind.BLANK, s.rows().get(1).cells().get(0).kind());
            assertEquals(Optional.empty(), wb.sheet("Scheda", 100).orElseThrow().rows().get(0).cells().get(1).shown());
            assertEquals(List.of(new TemplateSheet.Width(1, 20 * 256)), s.widths());
            assertEquals(List.of(new SheetModel.Area(1, 1, 0, 3)), s.merges());
            assertTrue(s.page().landscape());
            assertEquals("&CIntestazione", s.page().oddHeader());
            assertEquals(1, s.extras().conditionalFormats().size());
            assertEquals("A1:B1", s.extras().conditionalFormats().get(0).sqref());
            String xml = s.extras().conditionalFormats().get(0).xml();
            assertTrue(xml.contains("priority=\"100\"") && xml.contains("priority=\"101\""), xml);
            assertEquals(TemplateSheet.Visibility.VERY_HIDDEN, wb.sheet("Nascosto", 1).orElseThrow().visibility());
            assertEquals(List.of(new TemplateWorkbook.DefinedName("Totale", "", "Scheda!$B$1")), wb.names());
            assertEquals(List.of("C1"), wb.formulaCells("Scheda").stream().map(TemplateSheet.Cell::ref).toList());
        }
    }

    @Test
    void extendsTheStylesTable() throws Exception {
        try (TemplateWorkbook wb = TemplateWorkbook.open(template())) {
            TemplateSheet s = wb.sheet("Scheda", 1).orElseThrow();
            int percent = s.rows().get(0).cell(1).orElseThrow().style();
            assertEquals(Optional.of("0%"), wb.numberFormat(percent));
            wb.numberFormat(percent, "0.0%");
            assertEquals(Optional.of("0.0%"), wb.numberFormat(percent));
            assertTrue(wb.locked(percent));
            int twin = wb.lockedTwinFilledAs(percent, 0);
            assertTrue(twin > percent && wb.locked(twin));
            assertEquals(Optional.of("0.0%"), wb.numberFormat(twin));
            assertEquals(2, wb.differentialStylesLike(List.of(percent, twin)).size());
            assertEquals(List.of("Scheda", "Nascosto"), wb.sheetNames());
            wb.removeSheet("Nascosto");
            assertEquals(List.of("Scheda"), wb.sheetNames());
            assertTrue(new String(wb.stylesPart(), java.nio.charset.StandardCharsets.UTF_8).contains("0.0%"));
        }
    }
}
