package it.peg.readback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes .xlsx packages part by part, to build exactly the XML other programs (or attackers) write. */
final class RawPackage {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    RawPackage put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    RawPackage put(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    RawPackage remove(String name) {
        parts.remove(name);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A minimal workbook: sheets named {@code sheetNames} (sheetN.xml bodies given as sheetData
     * content), defined names as raw {@code <definedName>} elements, shared strings and styles given raw.
     */
    static RawPackage workbook(String mainType, String workbookPr, String[] sheetNames, String[] sheetData,
                               String definedNames, String sharedStrings, String styles) {
        RawPackage p = new RawPackage();
        StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + mainType + "\"/>");
        for (int i = 0; i < sheetNames.length; i++) {
            ct.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        ct.append("</Types>");
        p.put("[Content_Types].xml", ct.toString());
        p.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + R_NS + "\">" + workbookPr + "<sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheetNames.length; i++) {
            wb.append("<sheet name=\"").append(escape(sheetNames[i])).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(R_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            p.put("xl/worksheets/sheet" + (i + 1) + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + MAIN_NS + "\" xmlns:r=\"" + R_NS + "\"><sheetData>" + sheetData[i] + "</sheetData></worksheet>");
        }
        wb.append("</sheets><definedNames>").append(definedNames).append("</definedNames></workbook>");
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(R_NS).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            p.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">" + sharedStrings + "</sst>");
        }
        if (styles != null) {
            rels.append("<Relationship Id=\"rIdT\" Type=\"").append(R_NS).append("/styles\" Target=\"/xl/styles.xml\"/>");
            p.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\">" + styles + "</styleSheet>");
        }
        rels.append("</Relationships>");
        p.put("xl/workbook.xml", wb.toString());
        p.put("xl/_rels/workbook.xml.rels", rels.toString());
        return p;
    }

    static final String META_ROWS = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>tipo</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>peg-scheda</t></is></c></row>";

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
