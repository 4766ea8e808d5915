package it.peg.plan;

import it.peg.xlsx.CellReferences;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each column of each plan sheet is, as found in a plan workbook's header rows, so that
 * {@link PlanChecker} can point its findings at a cell ({@code Indicatori!G7}). A plan built in code
 * uses the layout {@link PlanWorkbookWriter} writes.
 */
public final class PlanLayout {
    private final Map<String, Map<String, Integer>> columns = new HashMap<>();

    void put(String sheet, String header, int columnIndex) {
        columns.computeIfAbsent(sheet, k -> new HashMap<>()).putIfAbsent(Headers.normalise(header), columnIndex);
    }

    /** The A1 reference of {@code header}'s column at plan row {@code row} (1-based); "" when unknown. */
    public String cell(String sheet, String header, int row) {
        Integer col = columns.getOrDefault(sheet, Map.of()).get(Headers.normalise(header));
        if (col == null || row <= 0) {
            return "";
        }
        return CellReferences.a1(row - 1, col);
    }

    /** The layout written by {@code peg init} and {@link PlanWorkbookWriter}. */
    public static PlanLayout standard() {
        return PlanWorkbookWriter.standardLayout();
    }
}
