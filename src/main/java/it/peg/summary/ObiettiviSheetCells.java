package it.peg.summary;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.TreeMap;

/**
 * The cells of one worksheet part, read with StAX: only what {@link NucleoColumnsReader} needs (type, text,
 * number, formula, number format), so that reading the Nucleo's columns does not build the whole summary in
 * memory. Types follow POI's usermodel: shared and inline strings are STRING, a formula keeps its cached type.
 */
final class ObiettiviSheetCells {
    /** One cell as the usermodel would see it. */
    record SheetCell(int row, int col, CellType type, CellType cachedType, String text, double number,
                     String formula, String format, int formatIndex) {
        CellAddress address() {
            return new CellAddress(row, col);
        }
    }

    /** Rows present in the sheet (also empty ones), by index. */
    final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();

    private ObiettiviSheetCells() {
    }

    static ObiettiviSheetCells read(InputStream sheetXml, SharedStrings strings, StylesTable styles)
            throws XMLStreamException {
        ObiettiviSheetCells sheet = new ObiettiviSheetCells();
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        XMLStreamReader x = factory.createXMLStreamReader(sheetXml);
        try {
            int rowIndex = -1;
            int colIndex = -1;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if (name.equals("row")) {
                    String r = x.getAttributeValue(null, "r");
                    rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                    colIndex = -1;
                    sheet.rows.computeIfAbsent(rowIndex, k -> new TreeMap<>());
                } else if (name.equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    colIndex = ref != null ? new CellReference(ref).getCol() : colIndex + 1;
                    SheetCell cell = cell(x, rowIndex, colIndex, strings, styles);
                    sheet.rows.computeIfAbsent(rowIndex, k -> new TreeMap<>()).put(colIndex, cell);
                }
            }
        } finally {
            x.close();
        }
        return sheet;
    }

    /** Reads a {@code <c>} element up to its end. */
    private static SheetCell cell(XMLStreamReader x, int row, int col, SharedStrings strings, StylesTable styles)
            throws XMLStreamException {
        String t = x.getAttributeValue(null, "t");
        String s = x.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        int depth = 1;
        boolean inInline = false;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (x.getLocalName()) {
                    case "v" -> {
                        value = x.getElementText();
                        depth--;
                    }
                    case "f" -> {
                        formula = x.getElementText();
                        depth--;
                    }
                    case "is" -> {
                        inInline = true;
                        inline = new StringBuilder();
                    }
                    case "t" -> {
                        String text = x.getElementText();
                        depth--;
                        if (inInline) {
                            inline.append(text);
                        }
                    }
                    case "rPh" -> { // phonetic runs are not part of the text
                        skip(x);
                        depth--;
                    }
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("is")) {
                    inInline = false;
                }
            }
        }
        String format = null;
        int formatIndex = 0;
        if (styles != null) {
            int idx = s == null ? 0 : Integer.parseInt(s);
            if (idx < styles.getNumCellStyles()) {
                XSSFCellStyle style = styles.getStyleAt(idx);
                format = style.getDataFormatString();
                formatIndex = style.getDataFormat();
            }
        }
        String type = t == null ? "n" : t;
        CellType valueType;
        String text = "";
        double number = 0;
        switch (type) {
            case "s" -> {
                valueType = value == null ? CellType.BLANK : CellType.STRING;
                text = value == null ? "" : strings.getItemAt(Integer.parseInt(value.trim())).getString();
            }
            case "inlineStr" -> {
                valueType = inline == null && value == null ? CellType.BLANK : CellType.STRING;
                text = inline != null ? inline.toString() : value == null ? "" : value;
            }
            case "str" -> {
                valueType = CellType.STRING;
                text = value == null ? "" : value;
            }
            case "b" -> {
                valueType = value == null ? CellType.BLANK : CellType.BOOLEAN;
                text = "1".equals(value) || "true".equalsIgnoreCase(value) ? "TRUE" : "FALSE";
            }
            case "e" -> {
                valueType = value == null ? CellType.BLANK : CellType.ERROR;
                text = value == null ? "" : value;
            }
            default -> {
                valueType = value == null || value.isBlank() ? CellType.BLANK : CellType.NUMERIC;
                number = valueType == CellType.NUMERIC ? Double.parseDouble(value.trim()) : 0;
            }
        }
        if (formula != null) {
            CellType cached = valueType == CellType.BLANK ? (type.equals("str") ? CellType.STRING : CellType.NUMERIC)
                    : valueType;
            return new SheetCell(row, col, CellType.FORMULA, cached, text, number, formula, format, formatIndex);
        }
        return new SheetCell(row, col, valueType, valueType, text, number, null, format, formatIndex);
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
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
