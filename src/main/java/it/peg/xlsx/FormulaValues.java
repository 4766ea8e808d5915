package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The cached results of a workbook's formulas, what Excel shows before it recalculates: the bytes of POI's
 * {@link XSSFFormulaEvaluator#evaluateAllFormulaCells}, without parsing and evaluating the formulas whose result the
 * caller can tell is plainly the empty text ({@link EmptyResult}). Every other formula goes to POI's evaluator, cell
 * by cell in the evaluator's own order (sheet by sheet, row by row), so the bytes are the same.
 */
public final class FormulaValues {
    private FormulaValues() {
    }

    /** Tells a formula whose result is plainly the empty text, from the blank cells of its own sheet. */
    @FunctionalInterface
    public interface EmptyResult {
        /**
         * @param formula the formula's text, without {@code =}
         * @param blank   whether the cell at an A1 reference of the same sheet is blank: nothing in it, an empty text,
         *                or a formula this pass found plainly empty (a result cached in the file does not count)
         */
        boolean plainlyEmpty(String formula, Predicate<String> blank);
    }

    /**
     * The workbook ({@code .xlsx} bytes) with the cached result of every formula computed and a recalculation asked
     * for on opening, written again deterministically.
     */
    public static byte[] computed(byte[] xlsx, EmptyResult empty) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            computeAll(wb, empty);
            wb.setForceFormulaRecalculation(true);
            return DeterministicXlsx.toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the cached result of every formula cell of {@code wb}, sheet by sheet, row by row. */
    static void computeAll(XSSFWorkbook wb, EmptyResult plainly) {
        XSSFFormulaEvaluator evaluator = null;
        Set<Cell> empty = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (plainly.plainlyEmpty(cell.getCellFormula(), ref -> blank(sheet, ref, empty))) {
                        cell.setCellValue("");
                        empty.add(cell);
                    } else {
                        if (evaluator == null) {
                            evaluator = wb.getCreationHelper().createFormulaEvaluator();
                        }
                        evaluator.evaluateFormulaCell(cell);
                    }
                }
            }
        }
    }

    /**
     * A cell with nothing in it, an empty text, or a formula this pass found empty (it runs row by row, left to
     * right; a result cached in the file does not count).
     */
    static boolean blank(Sheet sheet, String ref, Set<Cell> empty) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow());
        Cell cell = row == null ? null : row.getCell(at.getCol());
        if (cell == null) {
            return true;
        }
        return switch (cell.getCellType()) {
            case BLANK -> true;
            case STRING -> cell.getStringCellValue().isEmpty();
            case FORMULA -> empty.contains(cell);
            default -> false;
        };
    }
}
