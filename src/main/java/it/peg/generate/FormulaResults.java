package it.peg.generate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cached results of a scheda's formulas, what {@link XSSFFormulaEvaluator#evaluateAllFormulaCells} writes,
 * without parsing and evaluating the formulas whose result is plainly empty. A blank scheda's live formulas
 * (ratio, achievement) all have the shape {@code IF(ISNUMBER(X),...,"")}, {@code IF(AND(ISNUMBER(X),ISNUMBER(Y)),
 * ...,"")} or {@code IF(X="","",...)} over input cells still blank: their result is the empty text, written here
 * as the evaluator writes it. Any other formula (a carried value in its input, a formula of the template, a shape
 * not listed) goes to POI's evaluator, cell by cell in the evaluator's own order, so the bytes are the same.
 * Parsing and evaluating the formulas was 8% of generating a scheda.
 */
final class FormulaResults {
    private static final String CELL = "([A-Z]{1,3}[0-9]{1,7})";
    private static final Pattern IS_NUMBER = Pattern.compile("ISNUMBER\\(" + CELL + "\\)");
    private static final Pattern BOTH_NUMBERS = Pattern.compile("AND\\(ISNUMBER\\(" + CELL + "\\),ISNUMBER\\(" + CELL + "\\)\\)");
    private static final Pattern IS_EMPTY = Pattern.compile(CELL + "=\"\"");
    private static final String EMPTY = "\"\"";

    private FormulaResults() {
    }

    /** Writes the cached result of every formula cell of {@code wb}, sheet by sheet, row by row. */
    static void computeAll(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = null;
        java.util.Set<Cell> empty = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (plainlyEmpty(sheet, cell.getCellFormula(), empty)) {
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
     * The workbook with the cached result of every formula computed ({@link #computeAll}), written again through POI:
     * only for a scheda whose formulas are not all plainly empty (a carried value in an input they read).
     */
    static byte[] computed(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            computeAll(wb);
            wb.setForceFormulaRecalculation(true);
            return it.peg.xlsx.DeterministicXlsx.toBytes(wb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the formula is one of the shapes above with its condition decided by blank cells of its own sheet. */
    static boolean plainlyEmpty(Sheet sheet, String formula, java.util.Set<Cell> empty) {
        return plainlyEmpty(formula, ref -> blank(sheet, ref, empty));
    }

    /** As above, {@code blank} telling whether the cell of a reference is blank. */
    static boolean plainlyEmpty(String formula, java.util.function.Predicate<String> blank) {
        List<String> args = ifArguments(formula);
        if (args.size() != 3) {
            return false;
        }
        String condition = args.get(0);
        Matcher m;
        if (args.get(2).equals(EMPTY) && (m = IS_NUMBER.matcher(condition)).matches()) {
            return blank.test(m.group(1));
        }
        if (args.get(2).equals(EMPTY) && condition.startsWith("ISNUMBER(IF(") && condition.endsWith(")")) {
            // ISNUMBER of a formula that is itself plainly empty (a percent cell read as a fraction,
            // AchievementFormulas.fraction) is FALSE: the result is the empty text
            String inner = condition.substring("ISNUMBER(".length(), condition.length() - 1);
            return ifArguments(inner).size() == 3 && plainlyEmpty(inner, blank);
        }
        if (args.get(2).equals(EMPTY) && (m = BOTH_NUMBERS.matcher(condition)).matches()) {
            return blank.test(m.group(1)) || blank.test(m.group(2));
        }
        if (args.get(1).equals(EMPTY) && (m = IS_EMPTY.matcher(condition)).matches()) {
            return blank.test(m.group(1));
        }
        return false;
    }

    /**
     * Whether every formula of these sheets has the empty text as its result, the result {@link SheetModel} writes:
     * then the workbook needs no evaluator. A formula over a carried value, or of a shape not listed, needs one.
     */
    static boolean allPlainlyEmpty(List<it.peg.xlsx.SheetModel> sheets) {
        for (it.peg.xlsx.SheetModel sheet : sheets) {
            java.util.Set<it.peg.xlsx.SheetModel.Cell> empty =
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (it.peg.xlsx.SheetModel.Row row : sheet.rows().values()) {
                for (it.peg.xlsx.SheetModel.Cell cell : row.cells().values()) {
                    if (cell.kind() != it.peg.xlsx.SheetModel.Kind.FORMULA) {
                        continue;
                    }
                    if (!plainlyEmpty(cell.text(), ref -> blank(sheet, ref, empty))) {
                        return false;
                    }
                    empty.add(cell);
                }
            }
        }
        return true;
    }

    private static boolean blank(it.peg.xlsx.SheetModel sheet, String ref, java.util.Set<it.peg.xlsx.SheetModel.Cell> empty) {
        CellReference at = new CellReference(ref);
        return sheet.findCell(at.getRow(), at.getCol()).map(cell -> switch (cell.kind()) {
            case BLANK -> true;
            case TEXT -> cell.text().isEmpty();
            case FORMULA -> empty.contains(cell);
            case NUMBER -> false;
        }).orElse(true);
    }

    /**
     * The top-level arguments of a formula that is one {@code IF(...)} call, empty otherwise (a formula that goes on
     * after the IF's closing parenthesis, or an IF with a sheet-qualified or quoted name is simply not listed).
     */
    static List<String> ifArguments(String formula) {
        if (!formula.startsWith("IF(") || !formula.endsWith(")")) {
            return List.of();
        }
        List<String> args = new ArrayList<>(3);
        int depth = 0;
        int start = 3;
        boolean quoted = false;
        for (int i = 3; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a text toggles twice
            } else if (quoted) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    if (i != formula.length() - 1) {
                        return List.of();
                    }
                    args.add(formula.substring(start, i));
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(formula.substring(start, i));
                start = i + 1;
            } else if (c == '\'' || c == '!') {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * A cell with nothing in it, an empty text, or a formula this pass found empty (it runs row by row, left to
     * right, and peg's ratio cell is left of the achievement cell that reads it; a result cached in the template
     * does not count).
     */
    private static boolean blank(Sheet sheet, String ref, java.util.Set<Cell> empty) {
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
