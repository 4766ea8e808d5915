package it.peg.readback;

import it.peg.domain.Finding;
import it.peg.domain.Severity;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxReturnedWorkbookReaderTest {
    @TempDir
    Path dir;

    private final XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader();

    // ---- workbooks that are read ------------------------------------------------------------

    /** A peg-like scheda written by POI: every kind of cell, names quoted or not, absolute or relative. */
    private Path poiScheda(Path file, boolean withMetadata) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Scheda 1");
            Sheet odd = wb.createSheet("L'ufficio & co (2)");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Row r = s.createRow(11);
            r.createCell(5).setCellValue(1200);
            r.getCell(5).setCellStyle(thousands);
            r.createCell(6).setCellValue("1.200");
            r.createCell(7).setCellValue(true);
            r.createCell(8).setCellErrorValue(FormulaError.DIV0.getCode());
            r.createCell(9).setCellFormula("F12*2");
            r.getCell(9).setCellValue(2400);
            r.createCell(10).setCellValue(43373);
            r.getCell(10).setCellStyle(date);
            r.createCell(11).setCellFormula("\"a\"&\"b\"");
            r.getCell(11).setCellValue("ab");
            odd.createRow(2).createCell(1).setCellValue("Sì, raggiunto");
            name(wb, "IN_IND1_0630", "'Scheda 1'!$F$12");
            name(wb, "in_testo", "'Scheda 1'!G12");
            name(wb, "IN_BOOL", "'Scheda 1'!$H$12");
            name(wb, "IN_ERR", "'Scheda 1'!$I$12");
            name(wb, "IN_FORMULA", "'Scheda 1'!$J$12");
            name(wb, "IN_DATA", "'Scheda 1'!$K$12");
            name(wb, "IN_FSTR", "'Scheda 1'!$L$12");
            name(wb, "IN_VUOTA", "'Scheda 1'!$Z$99");
            name(wb, "IN_ODD", "'L''ufficio & co (2)'!$B$3");
            name(wb, "IN_RANGE", "'Scheda 1'!$A$1:$B$2");
            name(wb, "IN_REF", "#REF!");
            name(wb, "IN_CONST", "42");
            Name local = wb.createName();
            local.setNameName("LOCALE");
            local.setSheetIndex(0);
            local.setRefersToFormula("'Scheda 1'!$F$12");
            if (withMetadata) {
                Sheet m = wb.createSheet(MetadataSheet.SHEET);
                String[][] kv = {{MetadataSheet.KEY_KIND, MetadataSheet.KIND_VALUE}, {MetadataSheet.KEY_FORMAT, "1"},
                        {MetadataSheet.KEY_ENTE, "Comune di Trezzo sull'Adda"}};
                for (int i = 0; i < kv.length; i++) {
                    Row mr = m.createRow(i);
                    mr.createCell(0).setCellValue(kv[i][0]);
                    mr.createCell(1).setCellValue(kv[i][1]);
                }
                m.createRow(3).createCell(0).setCellValue(MetadataSheet.KEY_YEAR);
                m.getRow(3).createCell(1).setCellValue(2024);
                wb.setSheetVisibility(wb.getSheetIndex(m), SheetVisibility.VERY_HIDDEN);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void name(XSSFWorkbook wb, String name, String ref) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(ref);
    }

    @Test
    void readsEveryKindOfCellWrittenByPoi() throws Exception {
        Path file = poiScheda(dir.resolve("scheda.xlsx"), true);
        ReadResult result = reader.read(file);
        assertEquals(List.of(), result.findings());
        RawWorkbook wb = result.workbook().orElseThrow();
        assertEquals("scheda.xlsx", wb.fileName());
        assertEquals(Files.size(file), wb.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))), wb.sha256());
        assertFalse(wb.date1904());
        assertEquals(Optional.of("peg-scheda"), wb.meta("tipo"));
        assertEquals(Optional.of("Comune di Trezzo sull'Adda"), wb.meta("ente"));
        assertEquals(Optional.of("2024"), wb.meta("anno"));

        RawCell n = wb.cell("IN_IND1_0630").orElseThrow();
        assertEquals(new RawCell("Scheda 1", "F12", CellKind.NUMBER, "", Optional.of(1200.0), "#,##0", false, Optional.empty()), n);
        assertEquals(CellKind.TEXT, wb.cell("IN_TESTO").orElseThrow().kind());
        assertEquals("1.200", wb.cell("IN_TESTO").orElseThrow().text());
        assertEquals("TRUE", wb.cell("IN_BOOL").orElseThrow().text());
        assertEquals(CellKind.BOOLEAN, wb.cell("IN_BOOL").orElseThrow().kind());
        assertEquals(CellKind.ERROR, wb.cell("IN_ERR").orElseThrow().kind());
        assertEquals("#DIV/0!", wb.cell("IN_ERR").orElseThrow().text());
        RawCell f = wb.cell("IN_FORMULA").orElseThrow();
        assertEquals(Optional.of(2400.0), f.number());
        assertEquals(Optional.of("F12*2"), f.formula());
        RawCell d = wb.cell("IN_DATA").orElseThrow();
        assertEquals(Optional.of(43373.0), d.number());
        assertTrue(d.dateFormatted());
        assertEquals("dd/mm/yyyy", d.numberFormat());
        RawCell fs = wb.cell("IN_FSTR").orElseThrow();
        assertEquals(CellKind.TEXT, fs.kind());
        assertEquals("ab", fs.text());
        assertTrue(fs.formula().isPresent());
        assertEquals(RawCell.blank("Scheda 1", "Z99"), wb.cell("IN_VUOTA").orElseThrow());
        RawCell odd = wb.cell("IN_ODD").orElseThrow();
        assertEquals("L'ufficio & co (2)", odd.sheet());
        assertEquals("B3", odd.cell());
        assertEquals("Sì, raggiunto", odd.text());
        // ranges, #REF!, constants and sheet-local names are not single workbook-level cells
        assertEquals(List.of("IN_BOOL", "IN_DATA", "IN_ERR", "IN_FORMULA", "IN_FSTR", "IN_IND1_0630", "IN_ODD",
                "IN_TESTO", "IN_VUOTA"), List.copyOf(wb.cells().keySet()));
    }

    @Test
    void workbookWithoutMetadataSheetIsNotAPegScheda() throws Exception {
        Path file = poiScheda(dir.resolve("copia.xlsx"), false);
        ReadResult result = reader.read(file);
        assertOnly(result, "copia.xlsx", "NON_SCHEDA_PEG");
        assertTrue(result.findings().get(0).message().contains("non è una scheda generata da peg: usare il file ricevuto dal controllo di gestione"));
        // still read: validation may want to say more
        assertTrue(result.workbook().orElseThrow().metadata().isEmpty());
        assertEquals(9, result.workbook().orElseThrow().cells().size());
    }

    @Test
    void fileNamesWithSpacesAccentsQuotesAndEmoji() throws Exception {
        String name = "SER 01 - Città d'arte \"bis\" 🎉.xlsx";
        Path file = poiScheda(dir.resolve(name), true);
        ReadResult result = reader.read(file);
        assertEquals(name, result.fileName());
        assertEquals(List.of(), result.findings());
        assertEquals(name, result.workbook().orElseThrow().fileName());
    }

    @Test
    void openpyxlInlineStrings1904DatesAndFormulasWithoutCachedValue() throws Exception {
        Path file = dir.resolve("openpyxl.xlsx");
        String script = String.join("\n",
                "import openpyxl, datetime, sys",
                "from openpyxl.workbook.defined_name import DefinedName",
                "from openpyxl.utils.datetime import CALENDAR_MAC_1904",
                "wb = openpyxl.Workbook()",
                "wb.epoch = CALENDAR_MAC_1904",
                "ws = wb.active; ws.title = 'Scheda'",
                "ws['A1'] = 'Da avviare'",
                "ws['B2'] = datetime.date(2018, 9, 30); ws['B2'].number_format = 'dd/mm/yyyy'",
                "ws['C3'] = '=1+1'",
                "ws['D4'] = False",
                "ws['E5'] = 0.75; ws['E5'].number_format = '0%'",
                "m = wb.create_sheet('_peg'); m['A1'] = 'tipo'; m['B1'] = 'peg-scheda'; m['A2'] = 'anno'; m['B2'] = 2018",
                "m.sheet_state = 'veryHidden'",
                "for n, ref in [('FASE_OB1_A_0930', 'Scheda!$A$1'), ('IN_DATE', 'Scheda!B2'), ('IN_F', 'Scheda!$C$3'),",
                "               ('IN_B', 'Scheda!$D$4'), ('IN_P', \"'Scheda'!E5\")]:",
                "    wb.defined_names.append(DefinedName(n, attr_text=ref))",
                "wb.save(sys.argv[1])");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        ReadResult result = reader.read(file);
        assertEquals(List.of(), result.findings());
        RawWorkbook wb = result.workbook().orElseThrow();
        assertTrue(wb.date1904());
        assertEquals(Optional.of("2018"), wb.meta("anno"));
        assertEquals("Da avviare", wb.cell("FASE_OB1_A_0930").orElseThrow().text());
        RawCell date = wb.cell("IN_DATE").orElseThrow();
        assertEquals(Optional.of(43373.0 - 1462), date.number(), "30/09/2018 in the 1904 date system");
        assertTrue(date.dateFormatted());
        RawCell f = wb.cell("IN_F").orElseThrow();
        assertEquals(CellKind.BLANK, f.kind());
        assertEquals(Optional.of("1+1"), f.formula());
        assertEquals("FALSE", wb.cell("IN_B").orElseThrow().text());
        assertEquals(Optional.of(0.75), wb.cell("IN_P").orElseThrow().number());
        assertEquals("0%", wb.cell("IN_P").orElseThrow().numberFormat());
    }

    @Test
    void rawXmlRichTextEscapesFormulaStringsErrorsIsoDatesSharedFormulasAndCellsWithoutReferences() throws Exception {
        String sst = "<si><t>zero</t></si>"
                + "<si><r><rPr><b/></rPr><t>Com</t></r><r><t xml:space=\"preserve\">pletata </t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                + "<si><t>riga_x000D__x000A_due _x005F_x</t></si>";
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy;@\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\"/></cellXfs>";
        String data = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>A2&amp;\"!\"</f><v>Completata !</v></c>"
                + "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"E2\" t=\"d\" s=\"1\"><v>2018-09-30T00:00:00</v></c>"
                + "<c r=\"F2\" s=\"2\"><v>43373</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" ref=\"A3:A5\" si=\"0\">F2+1</f><v>43374</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><f t=\"shared\" si=\"0\"/><v>43375</v></c></row>"
                + "<row><c><v>7</v></c><c><v>8</v></c><c t=\"s\"><v>99</v></c></row>" // row 5 without references
                + "<row r=\"6\"><c r=\"A6\" t=\"n\"><v>abc</v></c><c r=\"B6\" t=\"b\"><v>0</v></c></row>";
        String names = "<definedName name=\"RICH\">Foglio!$A$2</definedName>"
                + "<definedName name=\"ESC\">Foglio!$B$2</definedName>"
                + "<definedName name=\"FSTR\">Foglio!$C$2</definedName>"
                + "<definedName name=\"ERR\">Foglio!$D$2</definedName>"
                + "<definedName name=\"ISO\">Foglio!$E$2</definedName>"
                + "<definedName name=\"SER\">Foglio!F2</definedName>"
                + "<definedName name=\"SHARED\">Foglio!$A$4</definedName>"
                + "<definedName name=\"NOREF\">Foglio!$B$5</definedName>"
                + "<definedName name=\"DANGLING\">Foglio!$C$5</definedName>"
                + "<definedName name=\"NOTNUM\">Foglio!$A$6</definedName>"
                + "<definedName name=\"BOOL\">Foglio!$B$6</definedName>"
                + "<definedName name=\"_xlnm.Print_Area\">Foglio!$A$1:$F$6</definedName>";
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {data, RawPackage.META_ROWS}, names, sst, styles).write(dir.resolve("raw.xlsx"));
        ReadResult result = reader.read(file);
        assertOnly(result, "raw.xlsx", "CELLA_ILLEGGIBILE");
        assertEquals("C5", result.findings().get(0).cell());
        assertEquals(Severity.AVVISO, result.findings().get(0).severity());
        RawWorkbook wb = result.workbook().orElseThrow();
        assertEquals("Completata ", wb.cell("RICH").orElseThrow().text());
        assertEquals("riga\r\ndue _x", wb.cell("ESC").orElseThrow().text());
        assertEquals("Completata !", wb.cell("FSTR").orElseThrow().text());
        assertEquals(Optional.of("A2&\"!\""), wb.cell("FSTR").orElseThrow().formula());
        assertEquals("#DIV/0!", wb.cell("ERR").orElseThrow().text());
        RawCell iso = wb.cell("ISO").orElseThrow();
        assertEquals(Optional.of(43373.0), iso.number());
        assertTrue(iso.dateFormatted());
        assertEquals("d/m/yyyy;@", iso.numberFormat());
        RawCell serial = wb.cell("SER").orElseThrow();
        assertTrue(serial.dateFormatted());
        assertEquals("m/d/yy", serial.numberFormat());
        RawCell shared = wb.cell("SHARED").orElseThrow();
        assertEquals(Optional.of(43375.0), shared.number());
        assertEquals(Optional.of("F2+1"), shared.formula());
        assertEquals(Optional.of(8.0), wb.cell("NOREF").orElseThrow().number());
        assertEquals(CellKind.BLANK, wb.cell("DANGLING").orElseThrow().kind());
        assertEquals(CellKind.TEXT, wb.cell("NOTNUM").orElseThrow().kind());
        assertEquals("abc", wb.cell("NOTNUM").orElseThrow().text());
        assertEquals("FALSE", wb.cell("BOOL").orElseThrow().text());
        assertFalse(wb.cells().containsKey("_XLNM.PRINT_AREA"));
    }

    /** Proof that streaming stops after the last needed row: what follows is never parsed. */
    @Test
    void streamingStopsAfterTheLastNamedRow() throws Exception {
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row r=\"4\"><c r=\"A4\"><<<not xml";
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Dati", "_peg"},
                new String[] {"", RawPackage.META_ROWS}, "<definedName name=\"N\">Dati!$A$2</definedName>", null, null);
        p.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\"><sheetData>" + rows);
        ReadResult r = reader.read(p.write(dir.resolve("stop.xlsx")));
        assertEquals(List.of(), r.findings());
        assertEquals(Optional.of(2.0), r.workbook().orElseThrow().cell("N").orElseThrow().number());

        // the same sheet with a name on row 4 reaches the broken XML
        RawPackage q = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Dati", "_peg"},
                new String[] {"", RawPackage.META_ROWS}, "<definedName name=\"N\">Dati!$A$4</definedName>", null, null);
        q.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\"><sheetData>" + rows);
        assertOnly(reader.read(q.write(dir.resolve("stop4.xlsx"))), "stop4.xlsx", "XML_CORROTTO");
    }

    @Test
    void macroEnabledWorkbookIsReadWithANotice() throws Exception {
        Path file = RawPackage.workbook(RawPackage.XLSM_MAIN, "<workbookPr date1904=\"true\"/>", new String[] {"_peg"},
                        new String[] {RawPackage.META_ROWS}, "<definedName name=\"K\">_peg!$B$1</definedName>", null, null)
                .put("xl/vbaProject.bin", new byte[] {1, 2, 3}).write(dir.resolve("con macro.xlsm"));
        ReadResult result = reader.read(file);
        assertOnly(result, "con macro.xlsm", "MACRO_IGNORATE");
        assertEquals(Severity.AVVISO, result.findings().get(0).severity());
        assertEquals("peg-scheda", result.workbook().orElseThrow().cell("K").orElseThrow().text());
        assertTrue(result.workbook().orElseThrow().date1904());
    }

    @Test
    void strictOoxmlNamespacesAreReadAlike() throws Exception {
        Path file = new RawPackage()
                .put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + RawPackage.XLSX_MAIN + "\"/></Types>")
                .put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"r1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>")
                .put("xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                        + "<sheets><sheet name=\"_peg\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>")
                .put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"r1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                .put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheetData>"
                        + RawPackage.META_ROWS + "</sheetData></worksheet>")
                .write(dir.resolve("strict.xlsx"));
        ReadResult result = reader.read(file);
        assertEquals(List.of(), result.findings());
        assertEquals(Optional.of("peg-scheda"), result.workbook().orElseThrow().meta("tipo"));
    }

    // ---- files that are refused ------------------------------------------------------------

    @Test
    void missingFileAndFolder() throws Exception {
        assertOnly(reader.read(dir.resolve("non esiste.xlsx")), "non esiste.xlsx", "FILE_NON_TROVATO");
        Path folder = Files.createDirectory(dir.resolve("cartella.xlsx"));
        assertOnly(reader.read(folder), "cartella.xlsx", "FILE_NON_TROVATO");
    }

    @Test
    void emptyFile() throws Exception {
        assertOnly(reader.read(Files.createFile(dir.resolve("vuoto.xlsx"))), "vuoto.xlsx", "FILE_VUOTO");
    }

    @Test
    void tooLargeFile() throws Exception {
        Path file = poiScheda(dir.resolve("grande.xlsx"), true);
        ReadResult r = new XlsxReturnedWorkbookReader(ReadLimits.defaults().withMaxFileBytes(1000)).read(file);
        assertOnly(r, "grande.xlsx", "FILE_TROPPO_GRANDE");
    }

    @Test
    void oldExcel97Workbook() throws Exception {
        Path file = dir.resolve("vecchio.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Scheda").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        }
        ReadResult r = reader.read(file);
        assertOnly(r, "vecchio.xlsx", "FORMATO_XLS");
        assertTrue(r.findings().get(0).message().contains("salvare come .xlsx"));
    }

    /** The container Excel and LibreOffice write around an encrypted package (real encryption: FormatsIT). */
    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = dir.resolve("protetto.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        ReadResult r = reader.read(file);
        assertOnly(r, "protetto.xlsx", "FILE_PROTETTO_PASSWORD");
        assertTrue(r.findings().get(0).message().contains("rimuovere la password"));
    }

    @Test
    void otherOle2Document() throws Exception {
        Path file = dir.resolve("documento word 97.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertOnly(reader.read(file), "documento word 97.xlsx", "FORMATO_NON_EXCEL");
    }

    @Test
    void openDocumentSpreadsheet() throws Exception {
        Path file = new RawPackage().put("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
                .put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")
                .write(dir.resolve("scheda.ods.xlsx"));
        ReadResult r = reader.read(file);
        assertOnly(r, "scheda.ods.xlsx", "FORMATO_ODS");
        assertTrue(r.findings().get(0).message().contains("salvare in formato Excel .xlsx"));
    }

    @Test
    void csvRenamedAsXlsx() throws Exception {
        Path file = Files.writeString(dir.resolve("export.xlsx"), "Codice;Valore\nIND1;1.200\n");
        assertOnly(reader.read(file), "export.xlsx", "FORMATO_TESTO");
    }

    @Test
    void binaryFileThatIsNotAWorkbook() throws Exception {
        Path file = Files.write(dir.resolve("immagine.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        assertOnly(reader.read(file), "immagine.xlsx", "FORMATO_NON_EXCEL");
    }

    @Test
    void wordDocumentRenamed() throws Exception {
        Path file = new RawPackage()
                .put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"r1\" Type=\"" + RawPackage.R_NS + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .put("word/document.xml", "<document/>")
                .write(dir.resolve("lettera.xlsx"));
        assertOnly(reader.read(file), "lettera.xlsx", "FORMATO_NON_EXCEL");
    }

    @Test
    void plainZipThatIsNotAWorkbook() throws Exception {
        Path file = new RawPackage().put("readme.txt", "ciao").write(dir.resolve("archivio.xlsx"));
        assertOnly(reader.read(file), "archivio.xlsx", "FORMATO_NON_EXCEL");
    }

    @Test
    void binaryWorkbook() throws Exception {
        Path file = new RawPackage()
                .put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>")
                .put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"r1\" Type=\"" + RawPackage.R_NS + "/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>")
                .put("xl/workbook.bin", new byte[] {1, 2})
                .write(dir.resolve("binaria.xlsb"));
        assertOnly(reader.read(file), "binaria.xlsb", "FORMATO_XLSB");
    }

    @Test
    void truncatedZip() throws Exception {
        Path good = poiScheda(dir.resolve("intero.xlsx"), true);
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("troncato.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertOnly(reader.read(file), "troncato.xlsx", "ZIP_CORROTTO");
    }

    @Test
    void corruptDeflateData() throws Exception {
        Path good = poiScheda(dir.resolve("intero.xlsx"), true);
        byte[] bytes = Files.readAllBytes(good);
        // scramble the middle of the file (compressed data) but keep the central directory intact
        for (int i = 200; i < bytes.length * 2 / 3; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        ReadResult r = reader.read(Files.write(dir.resolve("rovinato.xlsx"), bytes));
        assertTrue(r.workbook().isEmpty() || !r.findings().isEmpty(), r.toString());
        assertTrue(r.findings().stream().allMatch(f -> f.file().equals("rovinato.xlsx")));
        assertTrue(r.findings().stream().anyMatch(f -> List.of("ZIP_CORROTTO", "XML_CORROTTO", "FORMATO_NON_EXCEL", "NON_SCHEDA_PEG")
                .contains(f.code())), r.findings().toString());
    }

    @Test
    void zipBomb() throws Exception {
        Path file = dir.resolve("bomba.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            RawPackage base = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"_peg"},
                    new String[] {RawPackage.META_ROWS}, "", null, null);
            base.remove("xl/worksheets/sheet1.xml");
            Path tmp = base.write(dir.resolve("base.zip"));
            try (java.util.zip.ZipFile src = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(src.entries())) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(src.getInputStream(e).readAllBytes());
                    zip.closeEntry();
                }
            }
            // a worksheet that inflates to 20 MB of blanks from about 20 KB: ratio about 1000
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.write((RawPackage.META_ROWS + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertOnly(reader.read(file), "bomba.xlsx", "ZIP_SOSPETTO");
    }

    @Test
    void tooManyZipEntries() throws Exception {
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"_peg"},
                new String[] {RawPackage.META_ROWS}, "", null, null);
        for (int i = 0; i < 100; i++) {
            p.put("x/" + i, "");
        }
        ReadLimits d = ReadLimits.defaults();
        ReadLimits fewEntries = new ReadLimits(d.maxFileBytes(), 100, d.maxEntryBytes(), d.maxTotalBytes(),
                d.maxInflateRatio(), d.ratioGraceBytes(), d.timeBudget(), d.maxMetadataRows());
        ReadResult r = new XlsxReturnedWorkbookReader(fewEntries).read(p.write(dir.resolve("tante parti.xlsx")));
        assertOnly(r, "tante parti.xlsx", "ZIP_SOSPETTO");
    }

    @Test
    void doctypeWithEntitiesIsRefusedNotExpanded() throws Exception {
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"_peg"},
                new String[] {RawPackage.META_ROWS}, "", null, null);
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<workbook xmlns=\"" + RawPackage.MAIN_NS + "\" xmlns:r=\"" + RawPackage.R_NS + "\"><sheets>"
                + "<sheet name=\"_peg\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
                + "<definedName name=\"X\">&lol2;&xxe;</definedName></definedNames></workbook>");
        assertOnly(reader.read(p.write(dir.resolve("dtd.xlsx"))), "dtd.xlsx", "XML_DTD_VIETATO");
    }

    @Test
    void doctypeInASheetIsRefusedToo() throws Exception {
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"_peg"},
                new String[] {RawPackage.META_ROWS}, "", null, null);
        p.put("xl/worksheets/sheet1.xml", "<!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\">"
                + "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\"><sheetData>" + RawPackage.META_ROWS + "</sheetData></worksheet>");
        assertOnly(reader.read(p.write(dir.resolve("dtd2.xlsx"))), "dtd2.xlsx", "XML_DTD_VIETATO");
    }

    @Test
    void malformedXml() throws Exception {
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"_peg"},
                new String[] {RawPackage.META_ROWS}, "", null, null);
        p.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\"");
        assertOnly(reader.read(p.write(dir.resolve("xml rotto.xlsx"))), "xml rotto.xlsx", "XML_CORROTTO");
    }

    /** Regression: Woodstox reports a broken character reference in a text unchecked, when the text is asked for. */
    @Test
    void aBrokenCharacterReferenceInACellIsMalformedXmlNotPegsFault() throws Exception {
        RawPackage p = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {"<row r=\"1\"><c r=\"A1\"><v>1&#x</v></c></row>", RawPackage.META_ROWS},
                "<definedName name=\"VALORE\">Foglio!$A$1</definedName>", null, null);
        assertOnly(reader.read(p.write(dir.resolve("riferimento rotto.xlsx"))), "riferimento rotto.xlsx", "XML_CORROTTO");
    }

    @Test
    void timeBudgetIsEnforced() throws Exception {
        Path file = poiScheda(dir.resolve("lento.xlsx"), true);
        ReadResult r = new XlsxReturnedWorkbookReader(ReadLimits.defaults().withTimeBudget(Duration.ZERO)).read(file);
        assertOnly(r, "lento.xlsx", "TEMPO_SCADUTO");
    }

    @Test
    void everyFindingNamesTheFileAndSaysWhatToDo() {
        for (ReadProblem p : ReadProblem.values()) {
            Finding f = p.finding("a b.xlsx");
            assertEquals("a b.xlsx", f.file());
            assertTrue(f.message().startsWith("File \"a b.xlsx\": "), f.message());
            assertEquals(p.name(), f.code());
        }
    }

    static void assertOnly(ReadResult r, String fileName, String code) {
        assertEquals(fileName, r.fileName());
        assertEquals(List.of(code), r.findings().stream().map(Finding::code).toList(), r.findings().toString());
        assertEquals(fileName, r.findings().get(0).file());
    }

    /** Defined names upper-cased as {@code toUpperCase(Locale.ROOT)} does, the plain ones returned as they are. */
    @Test
    void definedNamesUpperCasedAsTheJdkDoes() {
        String[] names = {"IN_S0001_1_1_0430", "in_s0001", "Causa_X", "", "_xlnm.Print_Area", "ABC.DEF9", "straße",
            "éTÉ", "ıi", "ǅ", "NAME\u00b5", "Z{a}", "@`[", "\uD835\uDC00x"};
        for (String n : names) {
            assertEquals(n.toUpperCase(java.util.Locale.ROOT), XlsxReturnedWorkbookReader.upperCase(n), n);
        }
        String plain = "IN_S0001_1_1_0430";
        assertTrue(plain == XlsxReturnedWorkbookReader.upperCase(plain), "no copy of a name already upper case");
    }
}
