package it.peg.xlsx;

import java.util.Objects;
import java.util.Optional;

/**
 * How a written cell looks, in Excel's terms: its font (bold, size), fill, bottom border, wrapping, indent and number
 * format. {@link ExcelWorkbookWriter#style} turns a look into a style of the workbook.
 *
 * @param bold         bold font
 * @param fontPoints   the font's size in points, empty for the workbook's default
 * @param fill         the solid fill colour
 * @param bottomBorder a thin border under the cell
 * @param wrap         text wraps within the column
 * @param indent       the text's indent, in Excel's steps (0 for none)
 * @param numberFormat the number format code ({@code 0%}, {@code dd/mm/yyyy}), empty for General
 */
public record CellLook(boolean bold, Optional<Integer> fontPoints, Fill fill, boolean bottomBorder, boolean wrap,
                       int indent, Optional<String> numberFormat) {
    /** The fill colours peg's workbooks use. */
    public enum Fill { NONE, PALE_BLUE }

    public CellLook {
        Objects.requireNonNull(fontPoints, "fontPoints");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(numberFormat, "numberFormat");
        if (fontPoints.isPresent() && (fontPoints.get() < 1 || fontPoints.get() > 409)) {
            throw new IllegalArgumentException("font size " + fontPoints.get() + " (Excel: 1-409 points)");
        }
        if (indent < 0 || indent > 250) {
            throw new IllegalArgumentException("indent " + indent + " (Excel: 0-250)");
        }
    }

    /** The default look: General format, default font, no fill, border or wrapping. */
    public static CellLook plain() {
        return new CellLook(false, Optional.empty(), Fill.NONE, false, false, 0, Optional.empty());
    }

    /** Bold, in a font of {@code points}. */
    public CellLook withBold(int points) {
        return new CellLook(true, Optional.of(points), fill, bottomBorder, wrap, indent, numberFormat);
    }

    public CellLook withBold() {
        return new CellLook(true, fontPoints, fill, bottomBorder, wrap, indent, numberFormat);
    }

    public CellLook withFill(Fill colour) {
        return new CellLook(bold, fontPoints, colour, bottomBorder, wrap, indent, numberFormat);
    }

    public CellLook withBottomBorder() {
        return new CellLook(bold, fontPoints, fill, true, wrap, indent, numberFormat);
    }

    public CellLook withWrap() {
        return new CellLook(bold, fontPoints, fill, bottomBorder, true, indent, numberFormat);
    }

    public CellLook withIndent(int steps) {
        return new CellLook(bold, fontPoints, fill, bottomBorder, wrap, steps, numberFormat);
    }

    public CellLook withFormat(String code) {
        return new CellLook(bold, fontPoints, fill, bottomBorder, wrap, indent, Optional.of(code));
    }

    /** The look has a font of its own (bold or sized). */
    boolean ownFont() {
        return bold || fontPoints.isPresent();
    }
}
