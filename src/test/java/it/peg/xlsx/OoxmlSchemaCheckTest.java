package it.peg.xlsx;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks {@link OoxmlValidityIT} relies on find what they are meant to: a six-digit colour, an attribute the
 * schema does not allow, a part nobody maps, and each Excel limit, on a small workbook broken one way at a time.
 */
class OoxmlSchemaCheckTest {
    private static final String PROMPT = "Scegliere SI o NO";

    @TempDir
    Path dir;

    /** A small valid workbook: a text, a number, a list validation with an input message, a defined name. */
    private static byte[] base(XSSFColor fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Dati");
            sheet.createRow(0).createCell(0).setCellValue("testo");
            sheet.getRow(0).createCell(1).setCellValue(12.5);
            XSSFCellStyle style = wb.createCellStyle();
            style.setFillForegroundColor(fill);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sheet.getRow(0).getCell(0).setCellStyle(style);
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            XSSFDataValidation dv = (XSSFDataValidation) helper.createValidation(
                    helper.createExplicitListConstraint(new String[] {"SI", "NO"}), new CellRangeAddressList(0, 0, 2, 2));
            dv.createPromptBox("Risposta", PROMPT);
            dv.setShowPromptBox(true);
            sheet.addValidationData(dv);
            XSSFName name = wb.createName();
            name.setNameName("IN_X");
            name.setRefersToFormula("Dati!$A$1");
            return DeterministicXlsx.toBytes(wb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] base() {
        return base(ArgbColours.opaque("FFF2CC"));
    }

    private Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "wb", ".xlsx");
        Files.write(f, bytes);
        return f;
    }

    /** The package with one entry's text changed (or added, when absent). */
    private static byte[] edit(byte[] zip, String entry, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    found = true;
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.write(content);
                z.closeEntry();
            }
            if (!found) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(change.apply("").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String replaceOnce(String s, String from, String to) {
        assertTrue(s.contains(from), "not found: " + from + " in " + s);
        return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private List<String> errors(byte[] xlsx) throws IOException {
        return OoxmlSchemaCheck.check(file(xlsx)).errors();
    }

    private List<String> limits(byte[] xlsx) throws IOException {
        OoxmlSchemaCheck.Report r = OoxmlSchemaCheck.check(file(xlsx));
        assertEquals(List.of(), r.errors(), "the schema check first");
        return ExcelLimits.check(r);
    }

    @Test
    void aValidWorkbookHasNoErrorAndEveryPartIsParsed() throws IOException {
        OoxmlSchemaCheck.Report r = OoxmlSchemaCheck.check(file(base()));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), ExcelLimits.check(r));
        assertEquals(List.of("/_rels/.rels", "/docProps/app.xml", "/xl/sharedStrings.xml", "/xl/styles.xml",
                "/xl/workbook.xml", "/xl/_rels/workbook.xml.rels", "/xl/worksheets/sheet1.xml"),
                List.copyOf(r.parsed().keySet()));
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        assertEquals(Map.of(), r.allowed());
    }

    @Test
    void aColourOfSixHexDigitsIsAnError() throws IOException {
        String error = ": hexBinary encoded data has 3 bytes but requires 4 bytes required by length facet for "
                + "ST_UnsignedIntHex in namespace http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        // POI writes two fills with the colour: one as the colour is set (pattern still none), one made solid
        assertEquals(List.of("/xl/styles.xml:2:405" + error, "/xl/styles.xml:2:488" + error),
                errors(base(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, null))));
    }

    @Test
    void xmlSpaceIsAllowedOnTextOnly() throws IOException {
        byte[] onText = edit(base(), "xl/sharedStrings.xml", s -> replaceOnce(s, "<t>testo", "<t xml:space=\"preserve\">testo "));
        OoxmlSchemaCheck.Report r = OoxmlSchemaCheck.check(file(onText));
        assertEquals(List.of(), r.errors());
        assertEquals(Map.of("/xl/sharedStrings.xml", 1), r.allowed());

        byte[] onCell = edit(base(), "xl/worksheets/sheet1.xml", s -> replaceOnce(s, "<c r=\"A1\"",
                "<c xml:space=\"preserve\" r=\"A1\""));
        assertEquals(List.of("/xl/worksheets/sheet1.xml:2:281: Attribute not allowed (no wildcards allowed): "
                + "space@http://www.w3.org/XML/1998/namespace in element c@http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
                errors(onCell));
    }

    @Test
    void aPartWithoutContentTypeOrSchemaIsAnError() throws IOException {
        byte[] unmapped = edit(edit(base(), "[Content_Types].xml", s -> replaceOnce(s, "</Types>",
                "<Override PartName=\"/xl/extra.xml\" ContentType=\"application/x-extra+xml\"/></Types>")),
                "xl/extra.xml", s -> "<extra/>");
        assertEquals(List.of("/xl/extra.xml: content type application/x-extra+xml has no schema mapping in "
                + "OoxmlSchemaCheck: add its XMLBeans document type"), errors(unmapped));
        byte[] untyped = edit(base(), "xl/media/logo.png", s -> "png");
        assertEquals(List.of("/xl/media/logo.png: no content type in [Content_Types].xml"), errors(untyped));
    }

    /** A comment's VML shape: its elements are validated one by one, the wrapper skipped and said so. */
    @Test
    void theElementsOfAVmlDrawingAreValidated() throws IOException {
        byte[] withComment;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            var anchor = wb.getCreationHelper().createClientAnchor();
            var comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString("Nota"));
            sheet.getRow(0).getCell(0).setCellComment(comment);
            withComment = DeterministicXlsx.toBytes(wb);
        }
        OoxmlSchemaCheck.Report r = OoxmlSchemaCheck.check(file(withComment));
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.skipped().stream().filter(s -> s.startsWith("/xl/drawings/vmlDrawing")).count(),
                r.skipped().toString());
        assertTrue(r.parsed().containsKey("/xl/comments1.xml"), r.parsed().keySet().toString());
        String vml = r.types().keySet().stream().filter(p -> p.endsWith(".vml")).findFirst().orElseThrow();
        byte[] broken = edit(withComment, vml.substring(1), s -> replaceOnce(s, "<x:AutoFill>False</x:AutoFill>",
                "<x:AutoFill>Forse</x:AutoFill>"));
        List<String> errors = errors(broken);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(vml + ": <v:shape>: "), errors.get(0));
    }

    @Test
    void sheetNamesBeyondExcelsRulesAreFound() throws IOException {
        String long32 = "Indicatori di performance 2026 x"; // 32 characters
        assertEquals(32, long32.length());
        assertEquals(List.of("/xl/workbook.xml: sheet name '" + long32 + "' has 32 characters (1-31)"),
                limits(edit(base(), "xl/workbook.xml", s -> replaceOnce(s, "name=\"Dati\"", "name=\"" + long32 + "\""))));
        assertEquals(List.of("/xl/workbook.xml: sheet name 'Dati/2026' has a character Excel refuses"),
                limits(edit(base(), "xl/workbook.xml", s -> replaceOnce(s, "name=\"Dati\"", "name=\"Dati/2026\""))));
        assertEquals(List.of("/xl/workbook.xml: sheet name 'History' is reserved by Excel"),
                limits(edit(base(), "xl/workbook.xml", s -> replaceOnce(s, "name=\"Dati\"", "name=\"History\""))));
    }

    @Test
    void definedNamesExcelRefusesAreFound() throws IOException {
        String twice = "<definedName name=\"in_x\">Dati!$B$1</definedName></definedNames>";
        assertEquals(List.of("/xl/workbook.xml: defined name 'in_x' twice in the same scope (ignoring case)"),
                limits(edit(base(), "xl/workbook.xml", s -> replaceOnce(s, "</definedNames>", twice))));
        for (String bad : List.of("IN1", "R1C1", "C", "1X", "IN-X")) {
            assertEquals(List.of("/xl/workbook.xml: defined name '" + bad + "' is not a name Excel accepts"),
                    limits(edit(base(), "xl/workbook.xml", s -> replaceOnce(s, "name=\"IN_X\"", "name=\"" + bad + "\""))),
                    bad);
        }
    }

    @Test
    void validationListsAndMessagesBeyondExcelsLimitsAreFound() throws IOException {
        String list = "\"" + "Voce,".repeat(51) + "V\""; // 256 characters between the quotes
        assertEquals(List.of("/xl/worksheets/sheet1.xml: data validation C1 lists 256 characters (255)"),
                limits(edit(base(), "xl/worksheets/sheet1.xml", s -> replaceOnce(s, "\"SI,NO\"",
                        list.replace("\"", "&quot;")))));
        String prompt = "x".repeat(256);
        assertEquals(List.of("/xl/worksheets/sheet1.xml: data validation C1 input message has 256 characters (255)"),
                limits(edit(base(), "xl/worksheets/sheet1.xml", s -> replaceOnce(s, PROMPT, prompt))));
    }

    @Test
    void cellTextBeyond32767CharactersIsFound() throws IOException {
        String text = "a".repeat(32_768);
        assertEquals(List.of("/xl/sharedStrings.xml: string 0 has 32768 characters (32767)"),
                limits(edit(base(), "xl/sharedStrings.xml", s -> replaceOnce(s, "testo", text))));
    }

    @Test
    void tooManyCellFormatsOrFontsAreFound() throws IOException {
        String xfs = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>".repeat(64_000);
        byte[] formats = edit(base(), "xl/styles.xml", s -> s.replaceFirst("<cellXfs count=\"[0-9]+\">",
                "$0" + xfs).replaceFirst("<cellXfs count=\"[0-9]+\"", "<cellXfs count=\"64002\""));
        assertEquals(List.of("/xl/styles.xml: 64002 cell formats (fewer than 64000)"), limits(formats));
        String fonts = "<font><sz val=\"11\"/><name val=\"Arial\"/></font>".repeat(512);
        byte[] manyFonts = edit(base(), "xl/styles.xml", s -> s.replaceFirst("<fonts count=\"[0-9]+\">", "$0" + fonts)
                .replaceFirst("<fonts count=\"[0-9]+\"", "<fonts count=\"513\""));
        assertEquals(List.of("/xl/styles.xml: 513 fonts (512)"), limits(manyFonts));
    }
}
