package it.peg.plan;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An .xlsx plan read without POI's usermodel: each worksheet part is parsed with StAX one row at a time, so a
 * plan of thousands of services never exists as a tree of cell objects. Shared strings come from POI's
 * {@link ReadOnlySharedStringsTable} (without phonetic runs, as the usermodel reads them), number formats from
 * the {@link StylesTable}; a cell's value and type follow POI's XSSFCell exactly (a formula's cached value,
 * a numeric cell without value is blank, a boolean is true only for "1").
 */
final class StreamingWorkbook implements PlanWorkbook {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final OPCPackage pkg;
    private final List<String> names = new ArrayList<>();
    private final List<PackagePart> parts = new ArrayList<>();
    private final boolean date1904;
    private final StylesTable styles;
    private final ReadOnlySharedStringsTable sst;
    private final String[] strings;
    private final Map<Integer, SheetCell> formats = new HashMap<>();
    private final List<XMLStreamReader> open = new ArrayList<>();

    private StreamingWorkbook(OPCPackage pkg) throws Exception {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
                parts.add(it.getSheetPart());
            }
        }
        try (InputStream wb = reader.getWorkbookData()) {
            date1904 = date1904(wb);
        }
        styles = reader.getStylesTable();
        sst = new ReadOnlySharedStringsTable(pkg, false);
        strings = new String[sst.getUniqueCount() > 0 ? sst.getUniqueCount() : sst.getCount()];
    }

    /** Opens an .xlsx (OOXML) file for reading; the caller closes it. */
    static StreamingWorkbook open(File file) throws Exception {
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            return new StreamingWorkbook(pkg);
        } catch (Exception | LinkageError e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public PlanSheet sheet(int index) {
        String name = names.get(index);
        PackagePart part = parts.get(index);
        return new PlanSheet() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Iterator<SheetRow> rows() {
                try {
                    XMLStreamReader x = XML.createXMLStreamReader(part.getInputStream());
                    open.add(x);
                    return new Rows(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void close() {
        for (XMLStreamReader x : open) {
            try {
                x.close();
            } catch (XMLStreamException e) {
                // nothing left to read from it
            }
        }
        pkg.revert();
    }

    private static boolean date1904(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(workbookXml);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("workbookPr")) {
                    String v = x.getAttributeValue(null, "date1904");
                    return "1".equals(v) || "true".equalsIgnoreCase(v);
                }
                if (x.getEventType() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheets")) {
                    return false;
                }
            }
            return false;
        } finally {
            x.close();
        }
    }

    /** The rows of one worksheet part, parsed on demand. */
    private final class Rows implements Iterator<SheetRow> {
        private final XMLStreamReader x;
        private SheetRow next;
        private int lastRow = -1;
        private boolean done;

        Rows(XMLStreamReader x) {
            this.x = x;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = read();
                } catch (XMLStreamException e) {
                    throw new IllegalStateException("foglio non leggibile: " + e.getMessage(), e);
                }
                done = next == null;
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow r = next;
            next = null;
            return r;
        }

        private SheetRow read() throws XMLStreamException {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                    String r = x.getAttributeValue(null, "r");
                    lastRow = r != null ? Integer.parseInt(r.trim()) - 1 : lastRow + 1;
                    return row(lastRow);
                }
                if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("sheetData")) {
                    return null;
                }
            }
            return null;
        }

        private SheetRow row(int index) throws XMLStreamException {
            List<SheetCell> cells = new ArrayList<>();
            int col = -1;
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    col = ref != null ? new CellReference(ref).getCol() : col + 1;
                    SheetCell cell = cell();
                    while (cells.size() <= col) {
                        cells.add(null);
                    }
                    cells.set(col, cell);
                }
            }
            return new SheetRow(index, cells.toArray(new SheetCell[0]));
        }

        /** Reads a {@code <c>} element up to its end, as XSSFCell would read it. */
        private SheetCell cell() throws XMLStreamException {
            String t = x.getAttributeValue(null, "t");
            String s = x.getAttributeValue(null, "s");
            String value = null;
            boolean formula = false;
            StringBuilder inline = null;
            int depth = 1;
            boolean inInline = false;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "v" -> value = x.getElementText();
                        case "f" -> {
                            formula = !"dataTable".equals(x.getAttributeValue(null, "t"));
                            x.getElementText();
                        }
                        case "is" -> {
                            inInline = true;
                            inline = new StringBuilder();
                            depth++;
                        }
                        case "t" -> {
                            String text = x.getElementText();
                            if (inInline) {
                                inline.append(text);
                            }
                        }
                        case "rPh" -> skip();
                        default -> depth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (x.getLocalName().equals("is")) {
                        inInline = false;
                    }
                }
            }
            SheetCell format = format(s);
            int fi = format.formatIndex();
            String f = format.format();
            return switch (t == null ? "n" : t) {
                case "s" -> new SheetCell(SheetCell.Kind.TEXT, formula, value == null ? "" : shared(Integer.parseInt(value.trim())),
                        0, false, fi, f);
                case "inlineStr" -> new SheetCell(SheetCell.Kind.TEXT, formula,
                        decode(inline != null ? inline.toString() : value == null ? "" : value), 0, false, fi, f);
                case "str" -> new SheetCell(SheetCell.Kind.TEXT, formula, decode(value == null ? "" : value), 0, false, fi, f);
                case "b" -> new SheetCell(SheetCell.Kind.BOOLEAN, formula, "", 0, "1".equals(value), fi, f);
                case "e" -> new SheetCell(SheetCell.Kind.ERROR, formula, "", 0, false, fi, f);
                case "n" -> value == null && !formula ? new SheetCell(SheetCell.Kind.BLANK, false, "", 0, false, fi, f)
                        : new SheetCell(SheetCell.Kind.NUMBER, formula, "", value == null ? 0 : Double.parseDouble(value), false, fi, f);
                default -> throw new IllegalStateException("tipo di cella non riconosciuto: " + t);
            };
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }

    /** The number format of a style index, as the usermodel's cell style gives it (none without styles). */
    private SheetCell format(String s) {
        int idx = s == null ? 0 : Integer.parseInt(s.trim());
        return formats.computeIfAbsent(idx, i -> {
            if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
                return new SheetCell(SheetCell.Kind.BLANK, false, "", 0, false, -1, "");
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            String f = style == null ? null : style.getDataFormatString();
            return style == null ? new SheetCell(SheetCell.Kind.BLANK, false, "", 0, false, -1, "")
                    : new SheetCell(SheetCell.Kind.BLANK, false, "", 0, false, style.getDataFormat(), f == null ? "" : f);
        });
    }

    private String shared(int index) {
        if (index >= 0 && index < strings.length) {
            String s = strings[index];
            if (s == null) {
                s = sst.getItemAt(index).getString();
                strings[index] = s;
            }
            return s;
        }
        return sst.getItemAt(index).getString();
    }

    /** Excel's _xHHHH_ escapes, decoded as the usermodel decodes them (only when present: the common case is fast). */
    private static String decode(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
