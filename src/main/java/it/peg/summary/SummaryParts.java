package it.peg.summary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The summary's package parts that are not sheets, as text: content types, relationships, document properties, the
 * workbook with its sheets, filters and print titles. Their form is the one POI gave them.
 */
final class SummaryParts {
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    private static final int SHEETS = 8;

    static final String APP = SheetLayout.XML_DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/extended-properties\"><Application>Apache POI</Application></Properties>";

    static final String ROOT_RELS = STANDALONE + "<Relationships xmlns=\"" + PKG_RELS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + DOC_RELS + "officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + DOC_RELS + "extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships/metadata/core-properties\"/></Relationships>";

    /** The workbook's relationships, in POI's order (by Id as text: rId10 after rId1). */
    static final String WORKBOOK_RELS;

    static {
        StringBuilder s = new StringBuilder(STANDALONE).append("<Relationships xmlns=\"").append(PKG_RELS).append("\">")
                .append(rel(1, "sharedStrings.xml", "sharedStrings")).append(rel(SHEETS + 2,
                        "worksheets/sheet" + SHEETS + ".xml", "worksheet")).append(rel(2, "styles.xml", "styles"));
        for (int i = 1; i < SHEETS; i++) {
            s.append(rel(i + 2, "worksheets/sheet" + i + ".xml", "worksheet"));
        }
        WORKBOOK_RELS = s.append("</Relationships>").toString();
    }

    private SummaryParts() {
    }

    private static String rel(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + DOC_RELS + type + "\"/>";
    }

    static String contentTypes(boolean png) {
        StringBuilder s = new StringBuilder(STANDALONE)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        if (png) {
            s.append("<Default ContentType=\"image/png\" Extension=\"png\"/>");
        }
        s.append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                        + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append(override(OFFICE + "extended-properties+xml", "/docProps/app.xml"))
                .append(override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml"))
                .append(override(OFFICE + "drawingml.chart+xml", "/xl/charts/chart1.xml"))
                .append(override(OFFICE + "drawingml.chart+xml", "/xl/charts/chart2.xml"))
                .append(override(OFFICE + "drawing+xml", "/xl/drawings/drawing1.xml"))
                .append(override(OFFICE + "spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml"))
                .append(override(OFFICE + "spreadsheetml.styles+xml", "/xl/styles.xml"));
        for (int t = 1; t <= 3; t++) {
            s.append(override(OFFICE + "spreadsheetml.table+xml", "/xl/tables/table" + t + ".xml"));
        }
        s.append(override(OFFICE + "spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
        for (int i = 1; i <= SHEETS; i++) {
            s.append(override(OFFICE + "spreadsheetml.worksheet+xml", "/xl/worksheets/sheet" + i + ".xml"));
        }
        return s.append("</Types>").toString();
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    /** The core properties: title, author peg, created and modified on the verifica's date (as UTC). */
    static String core(String title, LocalDateTime date) {
        String when = date.toLocalDate() + "T" + String.format("%02d:%02d:%02dZ", date.getHour(), date.getMinute(),
                date.getSecond());
        return STANDALONE + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/"
                + "terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\""
                + "dcterms:W3CDTF\">" + when + "</dcterms:created><dc:creator>peg</dc:creator><cp:lastModifiedBy>peg"
                + "</cp:lastModifiedBy><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "<dc:title>" + XmlText.text(title).replace(">", "&gt;") + "</dc:title></cp:coreProperties>";
    }

    /** The drawing's charts and, when there is one, the emblem's picture. */
    static String drawingRels(boolean png) {
        return STANDALONE + "<Relationships xmlns=\"" + PKG_RELS + "\">" + rel(1, "../charts/chart1.xml", "chart")
                + rel(2, "../charts/chart2.xml", "chart") + (png ? rel(3, "../media/image1.png", "image") : "")
                + "</Relationships>";
    }

    /** A worksheet's one relationship (its table or its drawing), {@code rId1}. */
    static String sheetRels(String target, String type) {
        return STANDALONE + "<Relationships xmlns=\"" + PKG_RELS + "\">" + rel(1, target, type) + "</Relationships>";
    }

    /** The number of a sheet's table part: tables are numbered in sheet order. */
    static int tableNumber(List<RowSheet> sheets, RowSheet sheet) {
        int n = 0;
        for (RowSheet s : sheets) {
            if (s.table().isPresent()) {
                n++;
            }
            if (s == sheet) {
                return n;
            }
        }
        throw new IllegalArgumentException(sheet.name());
    }

    /** The workbook: Sintesi then the row sheets, Sintesi active; each row sheet's filter and print titles. */
    static String workbook(List<RowSheet> sheets) {
        StringBuilder s = new StringBuilder(2048).append(SheetLayout.XML_DECL).append("<workbook xmlns=\"")
                .append(SheetLayout.MAIN_NS).append("\" xmlns:r=\"").append(SheetLayout.REL_NS)
                .append("\"><workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                        + "<sheets>").append(sheet(SintesiSheet.NAME, 1));
        for (int i = 0; i < sheets.size(); i++) {
            s.append(sheet(sheets.get(i).name(), i + 2));
        }
        s.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            RowSheet sheet = sheets.get(i);
            String name = sheet.name();
            int id = i + 1;
            sheet.filter().ifPresent(f -> {
                String[] corners = f.split(":");
                s.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(id)
                        .append("\" hidden=\"true\">").append(name).append('!').append(absolute(corners[0]))
                        .append(':').append(absolute(corners[1])).append("</definedName>");
            });
            s.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(id).append("\">").append(name)
                    .append("!$1:$1</definedName>");
        }
        return s.append("</definedNames></workbook>").toString();
    }

    private static String sheet(String name, int n) {
        return "<sheet name=\"" + XmlText.attr(name) + "\" r:id=\"rId" + (n + 2) + "\" sheetId=\"" + n + "\"/>";
    }

    /** {@code K21} as {@code $K$21}. */
    private static String absolute(String cell) {
        int digits = 0;
        while (!Character.isDigit(cell.charAt(digits))) {
            digits++;
        }
        return "$" + cell.substring(0, digits) + "$" + cell.substring(digits);
    }
}
