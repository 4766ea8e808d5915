package it.peg.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A worksheet as a writer builds it, without POI: rows of cells (a style index and a text, number or formula with
 * its cached text result), merged areas, row heights, column widths, the view, the print setup, row breaks,
 * protection, and the data validations and conditional formats as ready XML elements. {@link SheetModelXml} writes
 * it as worksheet XML and {@link WorkbookPackage} puts sheets, names and the fixed parts into a deterministic
 * .xlsx. Rows and cells are kept sorted, so the output does not depend on the order they were written in.
 */
public final class SheetModel {
    /** What a cell holds. */
    public enum Kind { BLANK, TEXT, NUMBER, FORMULA }

    /** One cell: a style index (into the package's cellXfs) and a value. */
    public static final class Cell {
        private int style;
        private Kind kind = Kind.BLANK;
        private String text = "";
        private double number;

        public int style() {
            return style;
        }

        public void style(int index) {
            this.style = index;
        }

        public Kind kind() {
            return kind;
        }

        /** The text of a TEXT cell, the formula of a FORMULA cell, "" otherwise. */
        public String text() {
            return text;
        }

        public double number() {
            return number;
        }

        public void text(String value) {
            kind = Kind.TEXT;
            text = value;
        }

        public void number(double value) {
            kind = Kind.NUMBER;
            number = value;
            text = "";
        }

        /** A formula (without '='), its cached result the empty text: the workbook recalculates on load. */
        public void formula(String formula) {
            kind = Kind.FORMULA;
            text = formula;
        }

        public void blank() {
            kind = Kind.BLANK;
            text = "";
        }

        Cell copy() {
            Cell c = new Cell();
            c.style = style;
            c.kind = kind;
            c.text = text;
            c.number = number;
            return c;
        }
    }

    /** One row: its cells by column and, when set, its height in points. */
    public static final class Row {
        private final TreeMap<Integer, Cell> cells = new TreeMap<>();
        /** In points, whole twentieths as the file stores them (as POI does); -1 for the sheet's default. */
        private double height = -1;

        public Cell cell(int col) {
            return cells.computeIfAbsent(col, k -> new Cell());
        }

        public Optional<Cell> find(int col) {
            return Optional.ofNullable(cells.get(col));
        }

        public TreeMap<Integer, Cell> cells() {
            return cells;
        }

        /** The height in points, -1 when the row has the sheet's default height. */
        public float height() {
            return (float) height;
        }

        /** The height in points, rounded down to a twentieth of a point. */
        public void height(float points) {
            this.height = points < 0 ? -1 : (short) (points * 20) / 20.0;
        }

        /** The height as written in the file. */
        public double exactHeight() {
            return height;
        }
    }

    /** A rectangle of cells, inclusive, zero-based. */
    public record Area(int firstRow, int lastRow, int firstCol, int lastCol) {
        public boolean contains(int row, int col) {
            return firstRow <= row && row <= lastRow && firstCol <= col && col <= lastCol;
        }
    }

    /** The print setup: paper, orientation, fit, margins in inches, header and footer as page-header codes. */
    public static final class Print {
        public int paperSize = 9;
        public boolean landscape;
        public boolean fitToPage;
        public int fitWidth = 1;
        public int fitHeight = 1;
        public double left = 0.7;
        public double right = 0.7;
        public double top = 0.75;
        public double bottom = 0.75;
        public double header = 0.3;
        public double footer = 0.3;
        public boolean gridLines;
        /** Whether the sheet has a pageSetup element at all (the metadata sheet has none). */
        public boolean setup;
        public String oddHeader = "";
        public String oddFooter = "";
        /**
         * An explicit print scale in percent, 0 for none: with it (and {@link #fitToPage} false) Excel honours the
         * manual column breaks, which it ignores when fitting to pages.
         */
        public int scale;
        /** Pages numbered across, then down ({@code pageOrder="overThenDown"}): a wide sheet's pages side by side. */
        public boolean overThenDown;

        Print copy() {
            Print p = new Print();
            p.paperSize = paperSize;
            p.landscape = landscape;
            p.fitToPage = fitToPage;
            p.fitWidth = fitWidth;
            p.fitHeight = fitHeight;
            p.left = left;
            p.right = right;
            p.top = top;
            p.bottom = bottom;
            p.header = header;
            p.footer = footer;
            p.gridLines = gridLines;
            p.setup = setup;
            p.oddHeader = oddHeader;
            p.oddFooter = oddFooter;
            p.scale = scale;
            p.overThenDown = overThenDown;
            return p;
        }
    }

    private final String name;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private final List<Area> merges = new ArrayList<>();
    /** Column widths in 1/256 of a character, by column. */
    private final TreeMap<Integer, Integer> widths = new TreeMap<>();
    private final TreeSet<Integer> rowBreaks = new TreeSet<>();
    /** Manual page breaks after these columns (0-based: a break after column c). */
    private final TreeSet<Integer> colBreaks = new TreeSet<>();
    private final List<String> conditionalFormats = new ArrayList<>();
    private final List<String> validations = new ArrayList<>();
    private Print print = new Print();
    private float defaultRowHeight = 15f;
    private boolean showGridLines = true;
    private int freezeCols;
    private int freezeRows;
    private boolean protect;
    private boolean veryHidden;
    /** Hidden (a template's own sheet hidden by its author), but not very hidden: Excel's Scopri shows it. */
    private boolean hidden;
    /** The relationship id of the sheet's drawing (its emblem), empty when it has none. */
    private String drawingRelId = "";
    /** The tab's colour as a {@code tabColor} element (a template's own), empty for none. */
    private String tabColor = "";
    /** The view's zoom in percent (a template's own), 0 for the default 100. */
    private int zoom;

    public SheetModel(String name) {
        this.name = name;
    }

    /** A deep copy under another name (a template sheet copied for one workbook). */
    public SheetModel copy(String newName) {
        SheetModel s = new SheetModel(newName);
        rows.forEach((r, row) -> {
            Row copy = s.row(r);
            copy.height = row.height;
            row.cells.forEach((c, cell) -> copy.cells.put(c, cell.copy()));
        });
        s.merges.addAll(merges);
        s.widths.putAll(widths);
        s.rowBreaks.addAll(rowBreaks);
        s.colBreaks.addAll(colBreaks);
        s.conditionalFormats.addAll(conditionalFormats);
        s.validations.addAll(validations);
        s.print = print.copy();
        s.defaultRowHeight = defaultRowHeight;
        s.showGridLines = showGridLines;
        s.freezeCols = freezeCols;
        s.freezeRows = freezeRows;
        s.protect = protect;
        s.veryHidden = veryHidden;
        s.hidden = hidden;
        s.drawingRelId = drawingRelId;
        s.tabColor = tabColor;
        s.zoom = zoom;
        return s;
    }

    public String name() {
        return name;
    }

    public Row row(int r) {
        return rows.computeIfAbsent(r, k -> new Row());
    }

    public Optional<Cell> findCell(int r, int c) {
        Row row = rows.get(r);
        return row == null ? Optional.empty() : row.find(c);
    }

    public Cell cell(int r, int c) {
        return row(r).cell(c);
    }

    public TreeMap<Integer, Row> rows() {
        return rows;
    }

    /** The last row index, -1 when the sheet has no row. */
    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    /** The height of a row in points, as printed: its own or the sheet's default. */
    public float heightOf(int r) {
        Row row = rows.get(r);
        return row == null || row.height < 0 ? defaultRowHeight : (float) row.height;
    }

    public void merge(int r1, int r2, int c1, int c2) {
        merges.add(new Area(r1, r2, c1, c2));
    }

    public List<Area> merges() {
        return merges;
    }

    /** Width in 1/256 of a character (POI's unit). */
    public void width(int col, int width) {
        widths.put(col, width);
    }

    /** The width of a column in 1/256 of a character; 8.43 characters when it has none of its own. */
    public int width(int col) {
        return widths.getOrDefault(col, 2048 + 110);
    }

    public TreeMap<Integer, Integer> widths() {
        return widths;
    }

    public TreeSet<Integer> rowBreaks() {
        return rowBreaks;
    }

    /** The manual page breaks between columns: a break after each column (0-based). */
    public TreeSet<Integer> colBreaks() {
        return colBreaks;
    }

    /** A {@code conditionalFormatting} element, written after the merged cells in the order added. */
    public void conditionalFormat(String xml) {
        conditionalFormats.add(xml);
    }

    public List<String> conditionalFormats() {
        return conditionalFormats;
    }

    /** A {@code dataValidation} element, written inside {@code dataValidations} in the order added. */
    public void validation(String xml) {
        validations.add(xml);
    }

    public List<String> validations() {
        return validations;
    }

    public Print print() {
        return print;
    }

    public float defaultRowHeight() {
        return defaultRowHeight;
    }

    public void defaultRowHeight(float points) {
        this.defaultRowHeight = points;
    }

    public boolean showGridLines() {
        return showGridLines;
    }

    public void showGridLines(boolean show) {
        this.showGridLines = show;
    }

    /** Freezes the first {@code cols} columns and {@code rows} rows. */
    public void freeze(int cols, int rows) {
        this.freezeCols = cols;
        this.freezeRows = rows;
    }

    public int freezeCols() {
        return freezeCols;
    }

    public int freezeRows() {
        return freezeRows;
    }

    public boolean protect() {
        return protect;
    }

    /** Protection without password: locked cells cannot be edited; column widths and row heights stay adjustable. */
    public void protect(boolean on) {
        this.protect = on;
    }

    public boolean veryHidden() {
        return veryHidden;
    }

    public void veryHidden(boolean hidden) {
        this.veryHidden = hidden;
    }

    public boolean hidden() {
        return hidden;
    }

    public void hidden(boolean on) {
        this.hidden = on;
    }

    public String drawingRelId() {
        return drawingRelId;
    }

    public void drawingRelId(String id) {
        this.drawingRelId = id;
    }

    public String tabColor() {
        return tabColor;
    }

    /** The tab's colour: a whole {@code <tabColor .../>} element of the main namespace, empty for none. */
    public void tabColor(String element) {
        this.tabColor = element;
    }

    public int zoom() {
        return zoom;
    }

    /** The view's zoom in percent (10 to 400), 0 for the default. */
    public void zoom(int percent) {
        this.zoom = percent;
    }
}
