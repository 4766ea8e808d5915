package it.peg.generate;

import it.peg.xlsx.Emblem;
import it.peg.xlsx.SheetModel;
import it.peg.xlsx.WorkbookPackage;

import java.util.Map;
import java.util.Optional;

/**
 * Where a sheet of the template wants the comune's emblem: the cell holding the marker {@code {stemma}} (or the
 * older {@code (stemma)}), with the merged area around it. The marker is always blanked, so a scheda without a
 * logo prints nothing there; with a logo, the emblem is drawn over that area.
 */
final class EmblemPlace {
    static final String MARKER = "{stemma}";
    static final String OLD_MARKER = "(stemma)";

    private EmblemPlace() {
    }

    /** Finds the marker's area and blanks the marker; call before the placeholders are filled. */
    static Optional<SheetModel.Area> take(SheetModel sheet) {
        for (Map.Entry<Integer, SheetModel.Row> row : sheet.rows().entrySet()) {
            for (Map.Entry<Integer, SheetModel.Cell> cell : row.getValue().cells().entrySet()) {
                if (cell.getValue().kind() == SheetModel.Kind.TEXT) {
                    String text = cell.getValue().text().strip();
                    if (text.equals(MARKER) || text.equals(OLD_MARKER)) {
                        cell.getValue().blank();
                        return Optional.of(areaOf(sheet, row.getKey(), cell.getKey()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Draws the emblem over the area, when there is both. */
    static void draw(WorkbookPackage pkg, SheetModel sheet, Optional<SheetModel.Area> area, Optional<Emblem> emblem) {
        if (area.isPresent() && emblem.isPresent()) {
            SheetModel.Area a = area.get();
            pkg.drawing(sheet, emblem.get().drawingXml(sheet, a.firstRow(), a.lastRow(), a.firstCol(), a.lastCol()),
                    emblem.get().png());
        }
    }

    private static SheetModel.Area areaOf(SheetModel sheet, int row, int col) {
        for (SheetModel.Area merged : sheet.merges()) {
            if (merged.contains(row, col)) {
                return merged;
            }
        }
        return new SheetModel.Area(row, row, col, col);
    }
}
