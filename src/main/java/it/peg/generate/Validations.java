package it.peg.generate;

import it.peg.xlsx.SheetModel;
import it.peg.xlsx.SheetModelXml;

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

    private final Map<SheetModel, Map<Rule, List<SheetModel.Area>>> bySheet = new LinkedHashMap<>();

    /** Adds a cell to the rule's validation on this sheet; a cell just below the previous one extends its range. */
    void add(SheetModel sheet, Rule rule, int r, int c) {
        List<SheetModel.Area> cells = bySheet.computeIfAbsent(sheet, k -> new LinkedHashMap<>())
                .computeIfAbsent(rule, k -> new ArrayList<>());
        if (!cells.isEmpty()) {
            SheetModel.Area last = cells.get(cells.size() - 1);
            if (last.firstCol() == c && last.lastCol() == c && last.lastRow() == r - 1) {
                cells.set(cells.size() - 1, new SheetModel.Area(last.firstRow(), r, c, c));
                return;
            }
        }
        cells.add(new SheetModel.Area(r, r, c, c));
    }

    /** Writes one Stop-style validation per rule into each sheet that still belongs to the workbook. */
    void write(java.util.List<SheetModel> sheets) {
        for (Map.Entry<SheetModel, Map<Rule, List<SheetModel.Area>>> e : bySheet.entrySet()) {
            SheetModel sheet = e.getKey();
            if (!sheets.contains(sheet)) {
                continue;
            }
            for (Map.Entry<Rule, List<SheetModel.Area>> g : e.getValue().entrySet()) {
                Rule rule = g.getKey();
                if (rule.kind() == InputType.PERCENT || rule.kind() == InputType.PROGRESS) {
                    // a formula relative to its anchor: one validation per column, anchored at its topmost cell,
                    // so Excel (first cell of the list) and LibreOffice (top-left corner) read the same anchor
                    Map<Integer, List<SheetModel.Area>> byColumn = new LinkedHashMap<>();
                    g.getValue().forEach(a -> byColumn.computeIfAbsent(a.firstCol(), k -> new ArrayList<>()).add(a));
                    for (List<SheetModel.Area> column : byColumn.values()) {
                        SheetModel.Area first = column.get(0);
                        String anchor = SheetModelXml.cell(first.firstRow(), first.firstCol());
                        sheet.validation(xml(rule, "type=\"custom\"", percentFormula(anchor, rule.lo(), rule.hi()), "",
                                column));
                    }
                } else {
                    sheet.validation(constraint(rule, g.getValue()));
                }
            }
        }
        bySheet.clear();
    }

    /** A {@code dataValidation} element: Stop style, blank allowed, the error and input messages shown. */
    private static String xml(Rule rule, String type, String formula1, String formula2, List<SheetModel.Area> cells) {
        StringBuilder b = new StringBuilder(512).append("<dataValidation ").append(type)
                .append(" errorStyle=\"stop\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"")
                .append("Valore non ammesso\" error=\"");
        SheetModelXml.escape(b, rule.error());
        b.append("\" promptTitle=\"");
        SheetModelXml.escape(b, rule.promptTitle());
        b.append("\" prompt=\"");
        SheetModelXml.escape(b, rule.prompt());
        b.append("\" sqref=\"").append(sqref(cells)).append("\"><formula1>");
        SheetModelXml.escape(b, formula1);
        b.append("</formula1>");
        if (!formula2.isEmpty()) {
            b.append("<formula2>");
            SheetModelXml.escape(b, formula2);
            b.append("</formula2>");
        }
        return b.append("</dataValidation>").toString();
    }

    /** The cells of a validation or conditional format, space-separated. */
    static String sqref(List<SheetModel.Area> cells) {
        StringBuilder b = new StringBuilder();
        for (SheetModel.Area a : cells) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(SheetModelXml.ref(a));
        }
        return b.toString();
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

    private static String constraint(Rule rule, List<SheetModel.Area> cells) {
        return switch (rule.kind()) {
            case NUMBER -> xml(rule, "type=\"decimal\" operator=\"between\"", rule.lo(), rule.hi(), cells);
            case DATE -> xml(rule, "type=\"date\" operator=\"between\"", rule.lo(), rule.hi(), cells);
            case YES_NO, PHASE_STATE -> xml(rule, "type=\"list\"", "\"" + rule.lo().replace('|', ',') + "\"", "", cells);
            case TEXT -> xml(rule, "type=\"textLength\" operator=\"lessThanOrEqual\"", rule.hi(), "", cells);
            case PERCENT, PROGRESS -> throw new IllegalStateException("percent rules are anchored formulas");
        };
    }
}
