package it.peg.generate;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data validations of one workbook, grouped: every input cell with the same rule (constraint, input
 * message, error message) shares one validation listing all its cells, instead of one validation per cell.
 * A scheda then carries a handful of validations rather than hundreds (smaller file, faster to write and
 * to open). Rules and cells keep the order they were first added in, so the output is deterministic.
 */
final class Validations {
    /**
     * The number format of percent and progress input cells (style {@code input_percentuale} of the shipped
     * templates): a fraction up to 1 shows as a percentage ({@code 0.88} as {@code 88,0%}), a number above 1 as
     * percentage points ({@code 93.5} as {@code 93,5%}), so a cell shows what peg reads. Not a percent format
     * (its first section has a condition): LibreOffice pre-fills {@code %} in percent cells, and a typed {@code 88%}
     * became the text {@code 88%%} (LIBREOFFICE-FACTS.md).
     */
    static final String PERCENT_FORMAT = "[<=1]0.0%;0.0\"%\"";

    /**
     * What a validation checks and says. {@code kind} picks the constraint; {@code lo}/{@code hi} are its
     * bounds (for a list, the accepted values joined by {@code |} in {@code lo}).
     */
    record Rule(InputType kind, String lo, String hi, String promptTitle, String prompt, String error) {
    }

    private final Map<XSSFSheet, Map<Rule, List<CellRangeAddress>>> bySheet = new LinkedHashMap<>();

    /** Adds a cell to the rule's validation on this sheet; a cell just below the previous one extends its range. */
    void add(XSSFSheet sheet, Rule rule, int r, int c) {
        List<CellRangeAddress> cells = bySheet.computeIfAbsent(sheet, k -> new LinkedHashMap<>())
                .computeIfAbsent(rule, k -> new ArrayList<>());
        if (!cells.isEmpty()) {
            CellRangeAddress last = cells.get(cells.size() - 1);
            if (last.getFirstColumn() == c && last.getLastColumn() == c && last.getLastRow() == r - 1) {
                last.setLastRow(r);
                return;
            }
        }
        cells.add(new CellRangeAddress(r, r, c, c));
    }

    /** Writes one Stop-style validation per rule into each sheet that still belongs to the workbook. */
    void write() {
        for (Map.Entry<XSSFSheet, Map<Rule, List<CellRangeAddress>>> e : bySheet.entrySet()) {
            XSSFSheet sheet = e.getKey();
            if (sheet.getWorkbook().getSheetIndex(sheet) < 0) {
                continue;
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (Map.Entry<Rule, List<CellRangeAddress>> g : e.getValue().entrySet()) {
                Rule rule = g.getKey();
                if (rule.kind() == InputType.PERCENT || rule.kind() == InputType.PROGRESS) {
                    // a formula relative to its anchor: one validation per column, anchored at its topmost cell,
                    // so Excel (first cell of the list) and LibreOffice (top-left corner) read the same anchor
                    Map<Integer, List<CellRangeAddress>> byColumn = new LinkedHashMap<>();
                    g.getValue().forEach(a -> byColumn.computeIfAbsent(a.getFirstColumn(), k -> new ArrayList<>()).add(a));
                    for (List<CellRangeAddress> column : byColumn.values()) {
                        CellRangeAddress first = column.get(0);
                        String anchor = new CellReference(first.getFirstRow(), first.getFirstColumn(), false, false)
                                .formatAsString();
                        add(sheet, helper, rule, helper.createCustomConstraint(percentFormula(anchor, rule.lo(), rule.hi())),
                                column);
                    }
                } else {
                    add(sheet, helper, rule, constraint(helper, rule), g.getValue());
                }
            }
        }
        bySheet.clear();
    }

    private static void add(XSSFSheet sheet, DataValidationHelper helper, Rule rule, DataValidationConstraint constraint,
                            List<CellRangeAddress> cells) {
        CellRangeAddressList where = new CellRangeAddressList();
        cells.forEach(where::addCellRangeAddress);
        DataValidation dv = helper.createValidation(constraint, where);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox("Valore non ammesso", rule.error());
        dv.setShowPromptBox(true);
        dv.createPromptBox(rule.promptTitle(), rule.prompt());
        dv.setEmptyCellAllowed(true);
        sheet.addValidationData(dv);
    }

    /**
     * A percentage between {@code lo} and {@code hi} (fractions). A number up to 1 is a fraction (what Excel and
     * LibreOffice store for a typed {@code 88%}); a number above 1 is in percentage points (a typed {@code 88} or
     * {@code 93,5} in the percent cells' format {@link #PERCENT_FORMAT}, which is not a percent format, so
     * LibreOffice does not pre-fill a {@code %} that a typed {@code %} would double). Text such as {@code 88%%}
     * (what LibreOffice left in the older {@code 0%} cells) is checked in percentage points without its signs.
     */
    static String percentFormula(String x, String lo, String hi) {
        String points = "VALUE(SUBSTITUTE(" + x + ",\"%\",\"\"))";
        String loPoints = new java.math.BigDecimal(lo).movePointRight(2).stripTrailingZeros().toPlainString();
        String hiPoints = new java.math.BigDecimal(hi).movePointRight(2).stripTrailingZeros().toPlainString();
        return "IF(ISNUMBER(" + x + "),IF(" + x + "<=1,AND(" + x + ">=" + lo + "," + x + "<=" + hi + "),AND(" + x + ">="
                + loPoints + "," + x + "<=" + hiPoints + ")),IFERROR(AND(" + points + ">="
                + loPoints + "," + points + "<=" + hiPoints + "),FALSE))";
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, Rule rule) {
        return switch (rule.kind()) {
            case NUMBER -> helper.createDecimalConstraint(OperatorType.BETWEEN, rule.lo(), rule.hi());
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, rule.lo(), rule.hi(), "dd/MM/yyyy");
            case YES_NO, PHASE_STATE -> helper.createExplicitListConstraint(rule.lo().split("\\|"));
            case TEXT -> helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, rule.hi(), null);
            case PERCENT, PROGRESS -> throw new IllegalStateException("percent rules are anchored formulas");
        };
    }
}
