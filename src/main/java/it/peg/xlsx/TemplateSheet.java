package it.peg.xlsx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sheet of a template workbook holds, in Excel's terms, as {@link TemplateWorkbook#sheet} reads it: its rows
 * and cells (values, style indexes into the workbook's styles), column widths, merged cells, print setup, and what
 * else an author may have put on it ({@link Extras}). Nothing of POI's: a reader of templates decides what to carry
 * into the workbooks it makes and what to refuse.
 */
public record TemplateSheet(String name, Visibility visibility, List<Row> rows, List<Column> columns,
                            List<Width> widths, List<SheetModel.Area> merges, float defaultRowHeight,
                            boolean gridLines, PageSetup page, Extras extras) {
    public TemplateSheet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visibility, "visibility");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        widths = List.copyOf(widths);
        merges = List.copyOf(merges);
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(extras, "extras");
    }

    /** Whether the sheet's tab shows: a very hidden sheet can only be shown again by a macro. */
    public enum Visibility { VISIBLE, HIDDEN, VERY_HIDDEN }

    /** What a cell holds; a boolean is a number 1 or 0, an error keeps its text ({@code #DIV/0!}). */
    public enum Kind { TEXT, NUMBER, FORMULA, ERROR, BLANK }

    /**
     * A cell present in the sheet (a blank one with a style too).
     *
     * @param text     a text's value, a formula (without {@code =}) or an error's text; empty otherwise
     * @param number   a number's value, 1 or 0 for a boolean; 0 otherwise
     * @param richText a text in several formats (runs of their own font)
     * @param shown    the cell's value as Excel shows it, in the locale the sheet was read for (a formula's text when
     *                 it has no cached result); empty when the sheet was read without a locale
     */
    public record Cell(int row, int column, int style, Kind kind, String text, double number, boolean richText,
                       Optional<String> shown) {
        public Cell {
            if (row < 0 || column < 0) {
                throw new IllegalArgumentException("row and column are never negative: " + row + ", " + column);
            }
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(shown, "shown");
        }

        /** The cell's A1 reference ({@code B3}). */
        public String ref() {
            return CellReferences.a1(row, column);
        }
    }

    /**
     * A row present in the sheet, in order, with its cells left to right.
     *
     * @param height       its height in points when the sheet sets one
     * @param outlineLevel its grouping level, 0 when not grouped
     */
    public record Row(int index, Optional<Float> height, boolean hidden, int outlineLevel, List<Cell> cells) {
        public Row {
            if (index < 0 || outlineLevel < 0) {
                throw new IllegalArgumentException("index and outline level are never negative");
            }
            Objects.requireNonNull(height, "height");
            cells = List.copyOf(cells);
        }

        /** The cell of a 0-based column, if the row has it. */
        public Optional<Cell> cell(int column) {
            for (Cell c : cells) {
                if (c.column() == column) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** A column definition of the sheet: 1-based columns {@code min..max}, as SpreadsheetML numbers them. */
    public record Column(int min, int max, boolean hidden, int outlineLevel) {
        public Column {
            if (min < 1 || max < min || outlineLevel < 0) {
                throw new IllegalArgumentException("not a column range: " + min + ".." + max);
            }
        }
    }

    /** A column's set width, in 1/256 of a character, for a 0-based column; applied in order (a later one wins). */
    public record Width(int column, int width) {
        public Width {
            if (column < 0 || width < 0) {
                throw new IllegalArgumentException("column and width are never negative");
            }
        }
    }

    /**
     * The print setup: paper (Excel's paper size code), orientation, fit to pages, margins in inches, the gridlines
     * printed or not, and the odd pages' header and footer as page-header codes (empty when none).
     */
    public record PageSetup(int paperSize, boolean landscape, boolean fitToPage, int fitWidth, int fitHeight,
                            double left, double right, double top, double bottom, double header, double footer,
                            boolean gridLines, String oddHeader, String oddFooter) {
        public PageSetup {
            Objects.requireNonNull(oddHeader, "oddHeader");
            Objects.requireNonNull(oddFooter, "oddFooter");
        }
    }

    /** A range-bound element as the worksheet part writes it: its cell ranges ({@code A1:B2 D4}) and its XML. */
    public record Ranged(String sqref, String xml) {
        public Ranged {
            Objects.requireNonNull(sqref, "sqref");
            Objects.requireNonNull(xml, "xml");
        }
    }

    /** What kind of drawing object a sheet's drawing holds first. */
    public enum Shape { PICTURE, CHART, OTHER }

    /**
     * A drawing on the sheet: its first object's kind and the cell its top left corner is anchored to, when it has
     * any (an empty drawing has neither).
     */
    public record Drawing(Optional<Shape> first, Optional<String> anchor) {
        public Drawing {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** A frozen pane: the columns and rows kept in view. */
    public record Pane(int columns, int rows) {
        public Pane {
            if (columns < 0 || rows < 0) {
                throw new IllegalArgumentException("a pane never freezes a negative count");
            }
        }
    }

    /**
     * What a sheet holds beyond cells, styles and print setup.
     *
     * @param firstComment       the reference of the first cell with a comment (in text order: {@code A10} before
     *                           {@code A2}), if any
     * @param legacyDrawing      a VML drawing (old-style controls, shapes, comments' boxes)
     * @param autoFilter         the range of an autofilter
     * @param firstHyperlink     the reference of the first hyperlink
     * @param extensions         Excel 2010 and later extensions ({@code extLst})
     * @param validations        the data validations, as {@code dataValidation} elements
     * @param conditionalFormats the conditional formats, as {@code conditionalFormatting} elements, their rules'
     *                           priorities numbered from the one asked for, in order
     * @param tabColor           the tab's colour, as a {@code tabColor} element
     * @param zoom               the first view's zoom in percent, when not 100
     * @param frozen             the first view's frozen pane
     */
    public record Extras(Optional<String> firstComment, boolean legacyDrawing, Optional<Drawing> drawing,
                         Optional<String> autoFilter, Optional<String> firstHyperlink, boolean extensions,
                         List<Ranged> validations, List<Ranged> conditionalFormats, Optional<String> tabColor,
                         Optional<Integer> zoom, Optional<Pane> frozen) {
        public Extras {
            Objects.requireNonNull(firstComment, "firstComment");
            Objects.requireNonNull(drawing, "drawing");
            Objects.requireNonNull(autoFilter, "autoFilter");
            Objects.requireNonNull(firstHyperlink, "firstHyperlink");
            validations = List.copyOf(validations);
            conditionalFormats = List.copyOf(conditionalFormats);
            Objects.requireNonNull(tabColor, "tabColor");
            Objects.requireNonNull(zoom, "zoom");
            Objects.requireNonNull(frozen, "frozen");
        }
    }
}
