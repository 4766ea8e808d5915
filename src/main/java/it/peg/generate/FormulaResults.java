package it.peg.generate;

import it.peg.xlsx.CellReferences;
import it.peg.xlsx.FormulaValues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cached results of a scheda's formulas, what POI's evaluator writes ({@link FormulaValues}, behind the Excel
 * boundary), without parsing and evaluating the formulas whose result is plainly empty. A blank scheda's live formulas
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

    /**
     * The workbook with the cached result of every formula computed ({@link FormulaValues}, the plainly empty ones
     * told by {@link #plainlyEmpty}): only for a scheda whose formulas are not all plainly empty (a carried value in
     * an input they read).
     */
    static byte[] computed(byte[] xlsx) {
        return FormulaValues.computed(xlsx, FormulaResults::plainlyEmpty);
    }

    /**
     * Whether the formula is one of the shapes above with its condition decided by blank cells of its own sheet,
     * {@code blank} telling whether the cell of a reference is blank.
     */
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
        CellReferences.Address at = CellReferences.address(ref);
        return sheet.findCell(at.row(), at.column()).map(cell -> switch (cell.kind()) {
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
}
