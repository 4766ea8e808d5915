package it.peg.xlsx;

import it.peg.xlsx.WorkbookTables.NumberFormat;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared worksheet reader on a hand-written package, so that every XML form it meets is spelled out. */
class WorksheetCellsTest {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final String SHEET = "<worksheet xmlns=\"" + NS + "\"><sheetData>"
            + "<row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>Ciao &amp; _x0041_</t></is></c>"
            + "<c r=\"B1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"C1\" t=\"s\"><v> 1 </v></c>"
            + "<c r=\"D1\" t=\"b\"><v>1</v></c>"
            + "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c>"
            + "<c r=\"F1\" t=\"s\"/>"
            + "</row>"
            + "<row r=\"3\">"
            + "<c t=\"str\"><f>A1&amp;\"x\"</f><v>abc</v></c>"
            + "<c><f>1+1</f><v>2</v></c>"
            + "<c r=\"E3\" s=\"1\"><v>45000</v></c>"
            + "<c r=\"F3\" s=\" 2\"><v>0.85</v></c>"
            + "<c r=\"G3\" s=\"1\"/>"
            + "<c r=\"H3\" t=\"inlineStr\"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> b</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></is></c>"
            + "<c r=\"I3\" s=\"7\"><f t=\"shared\" si=\"0\"/><v>4</v></c>"
            + "<c r=\"J3\" t=\"inlineStr\"/>"
            + "</row>"
            + "<row/>"
            + "<row r=\"6\"><c r=\"A6\"><v>1</v></c><c r=\"B6\"><v>2</v></c></row>"
            + "<row r=\"7\"><c r=\"A7\"><v>3</v></c></row>"
            + "</sheetData><mergeCells count=\"0\"/></worksheet>";

    private static final String SHARED = "<sst xmlns=\"" + NS + "\" count=\"2\" uniqueCount=\"2\">"
            + "<si><t>Piano_x000D_</t></si>"
            + "<si><r><t>Valutazione </t></r><r><rPr><i/></rPr><t>Nucleo</t></r><rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></si>"
            + "</sst>";

    private static final String STYLES = "<styleSheet xmlns=\"" + NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    @TempDir
    Path dir;

    @Test
    void readsEveryFormOfCell() throws Exception {
        Map<String, WorksheetCell> cells = new LinkedHashMap<>();
        List<Integer> rows = new ArrayList<>();
        read(write(true), cells, rows);

        assertEquals(List.of(0, 2, 3, 5, 6), rows, "rows as numbered, an empty <row/> counts after the previous");
        WorksheetCell a1 = cells.get("A1");
        assertEquals("inlineStr", a1.type());
        assertEquals(Optional.of("Ciao & _x0041_"), a1.text(), "inline text as written: escapes are the caller's");
        assertEquals(Optional.empty(), a1.value());
        assertEquals(Optional.of("Piano\r"), cells.get("B1").text(), "shared strings decode _xHHHH_");
        assertEquals(Optional.of("Valutazione Nucleo"), cells.get("C1").text(), "rich-text runs joined, no phonetic");
        assertEquals(Optional.of(" 1 "), cells.get("C1").value());
        assertEquals("b", cells.get("D1").type());
        assertEquals(Optional.of("1"), cells.get("D1").value());
        assertEquals("e", cells.get("E1").type());
        assertEquals(Optional.of("#DIV/0!"), cells.get("E1").value());
        assertEquals(Optional.empty(), cells.get("F1").text(), "a shared-string cell without value has no text");

        WorksheetCell a3 = cells.get("A3");
        assertEquals("str", a3.type(), "a cell without r follows the previous one");
        assertEquals(Optional.of("A1&\"x\""), a3.formula());
        assertEquals(Optional.of("abc"), a3.text(), "a formula's cached string");
        WorksheetCell b3 = cells.get("B3");
        assertEquals("n", b3.type());
        assertEquals(Optional.of("1+1"), b3.formula());
        assertEquals(Optional.of("2"), b3.value());
        assertEquals("", b3.formulaType());

        WorksheetCell e3 = cells.get("E3");
        assertEquals(1, e3.style());
        NumberFormat date = e3.format().orElseThrow();
        assertEquals(14, date.index());
        assertTrue(DateUtil.isADateFormat(date.index(), date.code().orElseThrow()), date.toString());
        assertEquals(new NumberFormat(164, Optional.of("0.0%")), cells.get("F3").format().orElseThrow(),
                "a custom format, style index with blanks around");
        assertEquals(new NumberFormat(0, Optional.of("General")), cells.get("A1").format().orElseThrow(),
                "no s: the default style");

        WorksheetCell g3 = cells.get("G3");
        assertEquals(Optional.empty(), g3.value(), "self-closing <c/>");
        assertEquals(Optional.empty(), g3.formula());
        assertEquals(Optional.of("a b"), cells.get("H3").text());
        WorksheetCell i3 = cells.get("I3");
        assertEquals(Optional.of(""), i3.formula(), "a shared formula's dependent has a formula without text");
        assertEquals("shared", i3.formulaType());
        assertEquals(Optional.empty(), i3.format(), "a style the workbook does not have");
        assertEquals(Optional.empty(), cells.get("J3").text(), "an inline string without <is> nor <v>");
        assertEquals(List.of("A1", "B1", "C1", "D1", "E1", "F1", "A3", "B3", "E3", "F3", "G3", "H3", "I3", "J3",
                "A6", "B6", "A7"), List.copyOf(cells.keySet()));
    }

    @Test
    void withoutStylesNoCellHasAFormat() throws Exception {
        Map<String, WorksheetCell> cells = new LinkedHashMap<>();
        read(write(false), cells, new ArrayList<>());
        assertEquals(Optional.empty(), cells.get("E3").format());
        assertEquals(Optional.of("Ciao & _x0041_"), cells.get("A1").text());
    }

    @Test
    void nextRowSkipsTheCellsNotRead() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(write(true).toFile(), PackageAccess.READ);
             InputStream in = new XSSFReader(pkg).getSheet("rId1")) {
            try (WorksheetCells sheet = WorksheetCells.open(in, WorkbookTables.read(pkg))) {
                assertTrue(sheet.nextRow());
                assertEquals("A1", name(sheet.nextCell().orElseThrow()));
                assertTrue(sheet.nextRow());
                assertTrue(sheet.nextRow());
                assertTrue(sheet.nextRow());
                assertEquals(5, sheet.row());
                assertEquals("A6", name(sheet.nextCell().orElseThrow()));
                assertEquals("B6", name(sheet.nextCell().orElseThrow()));
                assertEquals(Optional.empty(), sheet.nextCell());
                assertEquals(Optional.empty(), sheet.nextCell(), "still at the row's end");
                assertTrue(sheet.nextRow());
                assertEquals(6, sheet.row());
                assertFalse(sheet.nextRow());
                assertFalse(sheet.nextRow(), "after </sheetData>");
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>20&x;25</v></c></row></sheetData></worksheet>",
            "<!DOCTYPE worksheet [<!ENTITY e \"99\">]><worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\"><v>1&e;34</v></c></row></sheetData></worksheet>",
            "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&x;b</t></is></c>"
                    + "</row></sheetData></worksheet>"})
    void anEntityOtherThanThePredefinedOnesIsAnErrorNotTextDropped(String sheetXml) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(write(true).toFile(), PackageAccess.READ)) {
            WorkbookTables tables = WorkbookTables.read(pkg);
            try (WorksheetCells sheet = WorksheetCells.open(
                    new java.io.ByteArrayInputStream(sheetXml.getBytes(StandardCharsets.UTF_8)), tables)) {
                org.junit.jupiter.api.Assertions.assertThrows(javax.xml.stream.XMLStreamException.class, () -> {
                    while (sheet.nextRow()) {
                        while (sheet.nextCell().isPresent()) {
                            // reading is what must fail
                        }
                    }
                });
            }
        }
    }

    @Test
    void aLyingStringCountDoesNotSizeAnything() throws Exception {
        Path file = write(true, SHARED.replace("uniqueCount=\"2\"", "uniqueCount=\"2000000000\""), "lying.xlsx");
        Map<String, WorksheetCell> cells = new LinkedHashMap<>();
        read(file, cells, new ArrayList<>()); // an OutOfMemoryError here ended the whole command
        assertEquals(Optional.of("Piano\r"), cells.get("B1").text());
        assertEquals(Optional.of("Valutazione Nucleo"), cells.get("C1").text());
    }

    @Test
    void columnsAreReadAsExcelNumbersThem() {
        assertEquals(0, WorksheetCells.column("A1"));
        assertEquals(27, WorksheetCells.column("AB12"));
        assertEquals(16_383, WorksheetCells.column("XFD1048576"));
        assertEquals(-1, WorksheetCells.column("XFE1"), "beyond the limit");
        assertEquals(27, WorksheetCells.column("ab12"), "either case");
        assertEquals(-1, WorksheetCells.column("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1"), "no wrap-around");
        assertEquals(-1, WorksheetCells.column("ZZZZZZ1"), "POI's CellReference wraps it to column 14,933");
        assertEquals(-1, WorksheetCells.column("12"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>",
            "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", "<row r=\"1048577\"><c><v>1</v></c></row>",
            "<row r=\"0\"><c><v>1</v></c></row>"})
    void aCellBeyondExcelsLimitsIsAnError(String row) throws Exception {
        String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + row + "</sheetData></worksheet>";
        try (OPCPackage pkg = OPCPackage.open(write(true).toFile(), PackageAccess.READ);
             WorksheetCells sheet = WorksheetCells.open(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                     WorkbookTables.read(pkg))) {
            org.junit.jupiter.api.Assertions.assertThrows(javax.xml.stream.XMLStreamException.class, () -> {
                while (sheet.nextRow()) {
                    while (sheet.nextCell().isPresent()) {
                        // reading is what must fail
                    }
                }
            });
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "<row r=\"5a\"><c><v>1</v></c></row>|numero di riga non valido nel file: '5a'",
            "<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row>|numero di stile non valido nel file: 'x'",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>z</v></c></row>|indice di stringa condivisa non valido nel file: 'z'",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>|stringa condivisa 99 assente nel file"})
    void aBrokenNumberInTheFileIsAnErrorOfTheFile(String row, String reason) throws Exception {
        // was a NumberFormatException (or POI's own), which the plan's reader reports as a fault of peg's
        String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + row + "</sheetData></worksheet>";
        try (OPCPackage pkg = OPCPackage.open(write(true).toFile(), PackageAccess.READ);
             WorksheetCells sheet = WorksheetCells.open(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                     WorkbookTables.read(pkg))) {
            javax.xml.stream.XMLStreamException e = org.junit.jupiter.api.Assertions.assertThrows(
                    javax.xml.stream.XMLStreamException.class, () -> {
                        while (sheet.nextRow()) {
                            while (sheet.nextCell().isPresent()) {
                                // reading is what must fail
                            }
                        }
                    });
            // the parser puts its location before the reason (for the log, with -v: Italian, as peg's own words)
            assertEquals(reason, e.getMessage().substring(e.getMessage().indexOf("Message: ") + "Message: ".length()));
        }
    }

    @Test
    void thePredefinedEntitiesAreText() throws Exception {
        String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                + "<t>a &amp; b &lt;c&gt; &#65;</t></is></c></row></sheetData></worksheet>";
        try (OPCPackage pkg = OPCPackage.open(write(true).toFile(), PackageAccess.READ);
             WorksheetCells sheet = WorksheetCells.open(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                     WorkbookTables.read(pkg))) {
            assertTrue(sheet.nextRow());
            assertEquals(Optional.of("a & b <c> A"), sheet.nextCell().orElseThrow().text());
        }
    }

    private static void read(Path file, Map<String, WorksheetCell> cells, List<Integer> rows) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             InputStream in = new XSSFReader(pkg).getSheet("rId1");
             WorksheetCells sheet = WorksheetCells.open(in, WorkbookTables.read(pkg))) {
            while (sheet.nextRow()) {
                rows.add(sheet.row());
                for (Optional<WorksheetCell> c = sheet.nextCell(); c.isPresent(); c = sheet.nextCell()) {
                    assertEquals(sheet.row(), c.get().row());
                    cells.put(name(c.get()), c.get());
                }
            }
        }
    }

    private static String name(WorksheetCell c) {
        return new org.apache.poi.ss.util.CellReference(c.row(), c.col()).formatAsString(false);
    }

    /** A minimal package: workbook, one sheet, shared strings, and styles when asked. */
    private Path write(boolean styles) throws IOException {
        return write(styles, SHARED, styles ? "styles.xlsx" : "plain.xlsx");
    }

    private Path write(boolean styles, String shared, String name) throws IOException {
        Path file = dir.resolve(name);
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/xl/workbook.xml", "sheet.main")
                + override("/xl/worksheets/sheet1.xml", "worksheet")
                + override("/xl/sharedStrings.xml", "sharedStrings")
                + (styles ? override("/xl/styles.xml", "styles") : "")
                + "</Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"Obiettivi\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\">" + rel("rId1", "worksheet", "worksheets/sheet1.xml")
                + rel("rId2", "sharedStrings", "sharedStrings.xml")
                + (styles ? rel("rId3", "styles", "styles.xml") : "") + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", SHEET);
        parts.put("xl/sharedStrings.xml", shared);
        if (styles) {
            parts.put("xl/styles.xml", STYLES);
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + p.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml." + type + "+xml\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }
}
