package it.peg.generate;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
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
                CellRangeAddressList where = new CellRangeAddressList();
                g.getValue().forEach(where::addCellRangeAddress);
                DataValidation dv = helper.createValidation(constraint(helper, rule), where);
                dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
                dv.setShowErrorBox(true);
                dv.createErrorBox("Valore non ammesso", rule.error());
                dv.setShowPromptBox(true);
                dv.createPromptBox(rule.promptTitle(), rule.prompt());
                dv.setEmptyCellAllowed(true);
                sheet.addValidationData(dv);
            }
        }
        bySheet.clear();
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, Rule rule) {
        return switch (rule.kind()) {
            case NUMBER, PERCENT, PROGRESS -> helper.createDecimalConstraint(OperatorType.BETWEEN, rule.lo(), rule.hi());
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, rule.lo(), rule.hi(), "dd/MM/yyyy");
            case YES_NO, PHASE_STATE -> helper.createExplicitListConstraint(rule.lo().split("\\|"));
            case TEXT -> helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, rule.hi(), null);
        };
    }
}
