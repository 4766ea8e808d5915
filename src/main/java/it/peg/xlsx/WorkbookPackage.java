package it.peg.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written without POI: {@link SheetModel sheets} in order, workbook-level and sheet-level defined names,
 * the styles part prepared once (by POI, from a template), and at most one picture drawn on any of the sheets. The
 * zip's entries come in a fixed order with a fixed time ({@link PackageZip#EPOCH}), so the same content
 * always gives the same bytes. The workbook recalculates its formulas when opened.
 */
public final class WorkbookPackage {
    /** A defined name; {@code sheet} is the index of the sheet it is local to, or -1 for the workbook. */
    public record Name(String name, int sheet, String formula) {
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private final byte[] styles;
    private final List<SheetModel> sheets = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final Map<SheetModel, byte[]> drawings = new LinkedHashMap<>();
    private Optional<byte[]> picture = Optional.empty();

    /** @param stylesXml the {@code xl/styles.xml} part, as is */
    public WorkbookPackage(byte[] stylesXml) {
        this.styles = stylesXml;
    }

    public void sheet(SheetModel sheet) {
        sheets.add(sheet);
    }

    public List<SheetModel> sheets() {
        return sheets;
    }

    public int indexOf(SheetModel sheet) {
        return sheets.indexOf(sheet);
    }

    public void name(Name name) {
        names.add(name);
    }

    public List<Name> names() {
        return names;
    }

    /** A drawing on {@code sheet} ({@code xl/drawings/drawingN.xml}) whose picture, {@code rId1}, is {@code png}. */
    public void drawing(SheetModel sheet, byte[] drawingXml, byte[] png) {
        drawings.put(sheet, drawingXml);
        picture = Optional.of(png);
        sheet.drawingRelId("rId1");
    }

    /** The .xlsx bytes. */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(6);
                SheetModelXml.Strings strings = new SheetModelXml.Strings();
                List<byte[]> parts = new ArrayList<>();
                for (int i = 0; i < sheets.size(); i++) {
                    parts.add(SheetModelXml.xml(sheets.get(i), i == 0, strings));
                }
                put(zip, "[Content_Types].xml", contentTypes());
                put(zip, "_rels/.rels", text(HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + DOC_REL + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                        + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + DOC_REL + "extended-properties\" Target=\"docProps/app.xml\"/>"
                        + "</Relationships>"));
                put(zip, "docProps/app.xml", APP);
                put(zip, "docProps/core.xml", CORE);
                put(zip, "xl/workbook.xml", workbook());
                put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
                put(zip, "xl/styles.xml", styles);
                put(zip, "xl/sharedStrings.xml", strings.xml());
                int drawing = 0;
                for (int i = 0; i < sheets.size(); i++) {
                    put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", parts.get(i));
                    byte[] d = drawings.get(sheets.get(i));
                    if (d != null) {
                        drawing++;
                        put(zip, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", rels("rId1", DOC_REL + "drawing",
                                "../drawings/drawing" + drawing + ".xml"));
                        put(zip, "xl/drawings/drawing" + drawing + ".xml", d);
                        put(zip, "xl/drawings/_rels/drawing" + drawing + ".xml.rels", rels("rId1", DOC_REL + "image",
                                "../media/image1.png"));
                    }
                }
                if (picture.isPresent()) {
                    put(zip, "xl/media/image1.png", picture.get());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] contentTypes() {
        StringBuilder b = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/")
                .append("content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        if (picture.isPresent()) {
            b.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        }
        b.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"").append(CT).append("extended-properties+xml\"/>")
                .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("core-properties+xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(CT)
                .append("spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(CT).append("spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(CT)
                .append("spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType=\"").append(CT)
                    .append("spreadsheetml.worksheet+xml\"/>");
        }
        for (int d = 1; d <= drawings.size(); d++) {
            b.append("<Override PartName=\"/xl/drawings/drawing").append(d).append(".xml\" ContentType=\"").append(CT)
                    .append("drawing+xml\"/>");
        }
        return text(b.append("</Types>").toString());
    }

    private byte[] workbook() {
        StringBuilder b = new StringBuilder(HEAD.length() + 128 * names.size() + 1024).append(HEAD)
                .append("<workbook xmlns=\"").append(SheetModelXml.MAIN_NS).append("\" xmlns:r=\"")
                .append(SheetModelXml.REL_NS).append("\"><workbookPr/><bookViews><workbookView activeTab=\"0\"/>")
                .append("</bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<sheet name=\"");
            SheetModelXml.escape(b, sheets.get(i).name());
            b.append("\" sheetId=\"").append(i + 1).append('"');
            if (sheets.get(i).veryHidden()) {
                b.append(" state=\"veryHidden\"");
            } else if (sheets.get(i).hidden()) {
                b.append(" state=\"hidden\"");
            }
            b.append(" r:id=\"rId").append(i + 3).append("\"/>");
        }
        b.append("</sheets>");
        if (!names.isEmpty()) {
            b.append("<definedNames>");
            for (Name n : names) {
                b.append("<definedName name=\"");
                SheetModelXml.escape(b, n.name());
                b.append('"');
                if (n.sheet() >= 0) {
                    b.append(" localSheetId=\"").append(n.sheet()).append('"');
                }
                b.append('>');
                SheetModelXml.escape(b, n.formula());
                b.append("</definedName>");
            }
            b.append("</definedNames>");
        }
        return text(b.append("<calcPr fullCalcOnLoad=\"1\"/></workbook>").toString());
    }

    private byte[] workbookRels() {
        StringBuilder b = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">")
                .append("<Relationship Id=\"rId1\" Type=\"").append(DOC_REL).append("sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("<Relationship Id=\"rId2\" Type=\"").append(DOC_REL).append("styles\" Target=\"styles.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<Relationship Id=\"rId").append(i + 3).append("\" Type=\"").append(DOC_REL)
                    .append("worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        return text(b.append("</Relationships>").toString());
    }

    private static byte[] rels(String id, String type, String target) {
        return text(HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"" + id + "\" Type=\"" + type
                + "\" Target=\"" + target + "\"/></Relationships>");
    }

    private static final byte[] APP = text(HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/extended-properties\"><Application>peg</Application></Properties>");
    private static final byte[] CORE = text(HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
            + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
            + "http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created "
            + "xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created><dc:creator>peg</dc:creator>"
            + "<cp:lastModifiedBy>peg</cp:lastModifiedBy><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
            + "2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>");

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(PackageZip.EPOCH);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }
}
