package it.peg.generate;

import it.peg.xlsx.Emblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

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
    static Optional<CellRangeAddress> take(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue().strip();
                    if (text.equals(MARKER) || text.equals(OLD_MARKER)) {
                        cell.setBlank();
                        return Optional.of(areaOf(sheet, cell.getRowIndex(), cell.getColumnIndex()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Draws the emblem over the area, when there is both. */
    static void draw(XSSFSheet sheet, Optional<CellRangeAddress> area, Optional<Emblem> emblem) {
        if (area.isPresent() && emblem.isPresent()) {
            CellRangeAddress a = area.get();
            emblem.get().draw(sheet, a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
        }
    }

    private static CellRangeAddress areaOf(XSSFSheet sheet, int row, int col) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(row, col)) {
                return merged;
            }
        }
        return new CellRangeAddress(row, row, col, col);
    }
}
