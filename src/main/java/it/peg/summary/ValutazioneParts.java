package it.peg.summary;

import it.peg.xlsx.CellReferences;

import java.util.List;
import java.util.TreeMap;

/**
 * The parts of {@code schede-valutazione.xlsx} that are not sheets, as text in the form POI gave them: content types
 * (sheets in numeric order), the workbook's relationships (by Id as text, as POI orders them: rId10 after rId1), the
 * workbook with each form's heading rows as its print titles (the sheet name quoted where Excel needs it:
 * {@link CellReferences#sheetPrefix}).
 */
final class ValutazioneParts {
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private ValutazioneParts() {
    }

    static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder(1024 + 160 * sheets).append(STANDALONE)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" "
                        + "Extension=\"rels\"/><Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append(override(OFFICE + "extended-properties+xml", "/docProps/app.xml"))
                .append(override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml"))
                .append(override(OFFICE + "spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml"))
                .append(override(OFFICE + "spreadsheetml.styles+xml", "/xl/styles.xml"))
                .append(override(OFFICE + "spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
        for (int i = 1; i <= sheets; i++) {
            s.append(override(OFFICE + "spreadsheetml.worksheet+xml", "/xl/worksheets/sheet" + i + ".xml"));
        }
        return s.append("</Types>").toString();
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    static String workbookRels(int sheets) {
        TreeMap<String, String> byId = new TreeMap<>();
        byId.put("rId1", rel(1, "sharedStrings.xml", "sharedStrings"));
        byId.put("rId2", rel(2, "styles.xml", "styles"));
        for (int i = 1; i <= sheets; i++) {
            byId.put("rId" + (i + 2), rel(i + 2, "worksheets/sheet" + i + ".xml", "worksheet"));
        }
        StringBuilder s = new StringBuilder(STANDALONE).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">");
        byId.values().forEach(s::append);
        return s.append("</Relationships>").toString();
    }

    private static String rel(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + DOC_RELS + type + "\"/>";
    }

    /**
     * What {@link #workbook} is made of besides its print titles, as a key: the sheets' names, each with its length,
     * as one SHA-256.
     */
    static String namesKey(List<String> names) {
        StringBuilder s = new StringBuilder(names.size() * 16);
        for (String n : names) {
            s.append(n.length()).append(':').append(n);
        }
        return it.peg.io.Sha256.hex(s.toString());
    }

    /** The workbook, the first sheet active; with {@code titles}, each sheet's two heading rows printed on every page. */
    static String workbook(List<String> names, boolean titles) {
        StringBuilder s = new StringBuilder(1024 + 200 * names.size()).append(SheetLayout.XML_DECL)
                .append("<workbook xmlns=\"").append(SheetLayout.MAIN_NS).append("\" xmlns:r=\"")
                .append(SheetLayout.REL_NS).append("\"><workbookPr date1904=\"false\"/><bookViews><workbookView "
                        + "activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            s.append("<sheet name=\"").append(XmlText.attr(names.get(i))).append("\" r:id=\"rId").append(i + 3)
                    .append("\" sheetId=\"").append(i + 1).append("\"/>");
        }
        s.append("</sheets>");
        if (titles) {
            int first = ValutazioneWorkbookWriter.HEADING_ROW + 1;
            s.append("<definedNames>");
            for (int i = 0; i < names.size(); i++) {
                s.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(XmlText.text(CellReferences.sheetPrefix(names.get(i)))).append("!$").append(first).append(":$").append(first + 1)
                        .append("</definedName>");
            }
            s.append("</definedNames>");
        }
        return s.append("</workbook>").toString();
    }
}
