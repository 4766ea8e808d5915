package it.peg.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetModelXmlTest {
    private static final byte[] STYLES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns="
            + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font><sz val=\"10\"/>"
            + "<name val=\"Arial\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill>"
            + "<patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/>"
            + "<bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
            + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
            + " xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyProtection=\"1\">"
            + "<protection locked=\"0\"/></xf></cellXfs></styleSheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static WorkbookPackage sample() {
        WorkbookPackage pkg = new WorkbookPackage(STYLES);
        SheetModel sheet = new SheetModel("Scheda d'esempio");
        pkg.sheet(sheet);
        sheet.cell(0, 0).text("Comune di A & B <sud>\u0001");
        sheet.cell(0, 2).number(2024);
        sheet.cell(2, 1).number(3.5);
        sheet.cell(2, 1).style(1);
        sheet.cell(2, 27).formula("IF(ISNUMBER(B3),B3*2,\"\")");
        sheet.row(2).height(18.3f);
        sheet.merge(0, 0, 0, 1);
        sheet.width(1, 20 * 256);
        sheet.freeze(0, 1);
        sheet.protect(true);
        sheet.validation("<dataValidation type=\"list\" allowBlank=\"1\" sqref=\"B3\"><formula1>\"SI,NO\"</formula1>"
                + "</dataValidation>");
        sheet.print().setup = true;
        sheet.print().landscape = true;
        sheet.print().fitToPage = true;
        sheet.print().fitHeight = 0;
        sheet.print().oddHeader = "&LA && B";
        sheet.rowBreaks().add(1);
        pkg.name(new WorkbookPackage.Name("IN_X", -1, "'Scheda d''esempio'!$B$3"));
        pkg.name(new WorkbookPackage.Name("_xlnm.Print_Area", 0, "'Scheda d''esempio'!$A$1:$AB$3"));
        SheetModel hidden = new SheetModel("_peg");
        hidden.veryHidden(true);
        pkg.sheet(hidden);
        return pkg;
    }

    @Test
    void poiReadsBackWhatTheModelHolds() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sample().toBytes()))) {
            XSSFSheet s = wb.getSheet("Scheda d'esempio");
            assertEquals("Comune di A & B <sud>\u0001", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(2024, s.getRow(0).getCell(2).getNumericCellValue());
            assertEquals(3.5, s.getRow(2).getCell(1).getNumericCellValue());
            assertTrue(!s.getRow(2).getCell(1).getCellStyle().getLocked());
            assertEquals(CellType.FORMULA, s.getRow(2).getCell(27).getCellType());
            assertEquals("IF(ISNUMBER(B3),B3*2,\"\")", s.getRow(2).getCell(27).getCellFormula());
            assertEquals(18.3f, s.getRow(2).getHeightInPoints());
            assertEquals(new CellRangeAddress(0, 0, 0, 1), s.getMergedRegion(0));
            assertEquals(20 * 256, s.getColumnWidth(1));
            assertTrue(s.getProtect());
            assertEquals(1, s.getDataValidations().size());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals("A && B", s.getHeader().getLeft());
            assertArrayEquals(new int[] {1}, s.getRowBreaks());
            assertEquals("'Scheda d''esempio'!$B$3", wb.getName("IN_X").getRefersToFormula());
            assertEquals(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(1));
            assertTrue(s.isSelected());
        }
    }

    @Test
    void sameModelSameBytes() {
        assertArrayEquals(sample().toBytes(), sample().toBytes());
    }

    @Test
    void heightsAreWholeTwentiethsOfAPointAsTheFileStoresThem() {
        SheetModel s = new SheetModel("x");
        s.row(0).height(27.43f);
        assertEquals(27.4, s.row(0).exactHeight(), 1e-12);
        assertEquals(27.4f, s.heightOf(0));
        assertEquals(15f, s.heightOf(1));
    }

    @Test
    void columnsAndReferences() {
        assertEquals("A", SheetModelXml.column(0));
        assertEquals("Z", SheetModelXml.column(25));
        assertEquals("AA", SheetModelXml.column(26));
        assertEquals("XFD", SheetModelXml.column(16383));
        assertEquals("$B$3", SheetModelXml.absolute(2, 1));
        assertEquals("A1:B2", SheetModelXml.ref(new SheetModel.Area(0, 1, 0, 1)));
    }
}
