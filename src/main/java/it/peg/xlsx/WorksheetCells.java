package it.peg.xlsx;

import org.apache.poi.ss.util.CellReference;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.Optional;

/**
 * A forward-only cursor over the rows and cells of one worksheet part, parsed with StAX: a sheet of any size is
 * read one cell at a time, never as a tree. Use: {@code while (nextRow()) { while (nextCell() is present) ... }}.
 * Closing releases the parser, not the stream (the caller owns it).
 */
public final class WorksheetCells implements AutoCloseable {
    /** One factory per thread, configured once (creating one per sheet costs more than a small sheet). */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(WorksheetCells::factory);

    /**
     * The secure factory, but with entity references resolved by the parser rather than reported as events: with
     * DTDs off, anything but the five predefined entities (an undeclared {@code &x;}, or one declared in an inline
     * DTD) is then an error, as in Excel and POI, instead of text silently dropped from a value ({@code 20&x;25}
     * read as 2025).
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = SecureXml.newInputFactory();
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return f;
    }

    private final XMLStreamReader x;
    private final WorkbookTables tables;
    /** Excel's limits (0-based): 1,048,576 rows, 16,384 columns. */
    public static final int MAX_ROW = 1_048_575;
    public static final int MAX_COL = 16_383;

    private int row = -1;
    private int col = -1;
    private boolean inRow;
    private boolean done;

    private WorksheetCells(XMLStreamReader x, WorkbookTables tables) {
        this.x = x;
        this.tables = tables;
    }

    public static WorksheetCells open(InputStream sheetXml, WorkbookTables tables) throws XMLStreamException {
        return new WorksheetCells(FACTORY.get().createXMLStreamReader(sheetXml), tables);
    }

    /**
     * Moves to the next {@code <row>} (also an empty one), skipping the cells of the current row not read;
     * false after {@code </sheetData>}.
     */
    public boolean nextRow() throws XMLStreamException {
        inRow = false;
        while (!done && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                String r = x.getAttributeValue(null, "r");
                row = r != null ? number(r, "numero di riga") - 1 : row + 1;
                if (row < 0 || row > MAX_ROW) {
                    throw new XMLStreamException("riga " + (row + 1) + " fuori dai limiti di un foglio (1-"
                            + (MAX_ROW + 1) + ")", x.getLocation());
                }
                col = -1;
                inRow = true;
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("sheetData")) {
                done = true;
            }
        }
        done = true;
        return false;
    }

    /**
     * The 0-based column of a reference such as {@code AB12} (letters in either case); -1 when it has no column
     * letters or they are beyond {@code XFD}. Bounded while it is computed: POI's CellReference keeps the column in
     * a short ({@code ZZZZZZ1} came back as column 14,933) and an unbounded sum wraps an int just the same. Also
     * the returned-workbook reader's parser (one copy, hot: no upper-cased copy of the text).
     */
    public static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = (char) (ref.charAt(i) & ~0x20);
            if (c < 'A' || c > 'Z' || ref.charAt(i) < 'A') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            if (col > MAX_COL + 1) {
                return -1;
            }
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** The workbook's cells count their dates from 1904 ({@link WorkbookTables#date1904}). */
    public boolean date1904() {
        return tables.date1904();
    }

    /** The current row's 0-based index. */
    public int row() {
        return row;
    }

    /** The next cell of the current row, read to its end; empty at the row's end. */
    public Optional<WorksheetCell> nextCell() throws XMLStreamException {
        while (inRow) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                inRow = false;
            } else if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                String ref = x.getAttributeValue(null, "r");
                col = ref != null ? column(ref) : col + 1;
                if (col < 0 || col > MAX_COL) {
                    // callers index rows by column: a hostile reference must not size anything
                    throw new XMLStreamException("cella " + ref + " fuori dai limiti di un foglio (colonne A-XFD)",
                            x.getLocation());
                }
                return Optional.of(cell());
            }
        }
        return Optional.empty();
    }

    /** Reads the current {@code <c>} element up to its end. */
    private WorksheetCell cell() throws XMLStreamException {
        String t = x.getAttributeValue(null, "t");
        String s = x.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        String formulaType = "";
        StringBuilder inline = null;
        boolean inInline = false;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "v" -> value = x.getElementText();
                    case "f" -> {
                        String ft = x.getAttributeValue(null, "t");
                        formulaType = ft == null ? "" : ft;
                        formula = x.getElementText();
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
                    case "rPh" -> skip(); // phonetic guide (Japanese): not part of the text
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("is")) {
                    inInline = false;
                }
            }
        }
        String type = t == null ? "n" : t;
        int style = s == null ? 0 : number(s, "numero di stile");
        Optional<String> text = switch (type) {
            case "s" -> value == null ? Optional.empty() : Optional.of(sharedString(value));
            case "inlineStr" -> Optional.ofNullable(inline != null ? inline.toString() : value);
            case "str" -> Optional.ofNullable(value);
            default -> Optional.empty();
        };
        return new WorksheetCell(row, col, type, style, Optional.ofNullable(value), text,
                Optional.ofNullable(formula), formulaType, tables.numberFormat(style));
    }

    /**
     * A whole number the file holds in an attribute ({@code r}, {@code s}): one that is not is a broken file, said
     * as such by the reader (not a fault of peg's: a {@code NumberFormatException} was reported as one).
     */
    private int number(String text, String what) throws XMLStreamException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException(what + " non valido nel file: '" + text + "'", x.getLocation());
        }
    }

    /** The shared string a cell's value names; an index that is no number, or names none, is a broken file. */
    private String sharedString(String value) throws XMLStreamException {
        int index = number(value, "indice di stringa condivisa");
        try {
            return tables.sharedString(index);
        } catch (RuntimeException e) {
            // POI's table throws its own unchecked exceptions for an index it does not hold
            throw new XMLStreamException("stringa condivisa " + index + " assente nel file", x.getLocation());
        }
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

    @Override
    public void close() {
        try {
            x.close();
        } catch (XMLStreamException e) {
            // read-only: nothing left to lose
        }
    }
}
