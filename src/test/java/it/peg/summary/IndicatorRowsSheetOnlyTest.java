package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rows given to the Indicatori sheet ({@code sheetOnly}) are the CSV's rows with the fields only the CSV prints
 * left "", and the sheet reads none of those.
 */
class IndicatorRowsSheetOnlyTest {
    @Test
    void theSheetsRowsAreTheFullRowsWithoutTheCsvOnlyFields() throws Exception {
        for (ConsolidationResult result : List.of(SummaryFixture.result(), SummaryFixture.emptyListsResult(),
                SummaryWriteHarness.planOnly(14))) {
            List<IndicatorRow> full = rows(result, false);
            List<IndicatorRow> sheet = rows(result, true);
            assertEquals(full.size(), sheet.size());
            assertFalse(full.isEmpty());
            boolean someCsvOnlyText = false;
            for (int i = 0; i < full.size(); i++) {
                for (RecordComponent c : IndicatorRow.class.getRecordComponents()) {
                    Object f = c.getAccessor().invoke(full.get(i));
                    Object s = c.getAccessor().invoke(sheet.get(i));
                    if (IndicatorRows.CSV_ONLY.contains(c.getName())) {
                        assertEquals("", s, c.getName());
                        someCsvOnlyText |= !"".equals(f);
                    } else {
                        assertEquals(f, s, c.getName() + " of row " + i);
                    }
                }
            }
            assertTrue(someCsvOnlyText);
        }
        List<String> names = Arrays.stream(IndicatorRow.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertTrue(names.containsAll(IndicatorRows.CSV_ONLY), names.toString());
    }

    /** The sheet is written the same from either rows: it reads none of the CSV's fields. */
    @Test
    void theSheetIsTheSameWrittenFromTheFullRows() throws Exception {
        ConsolidationResult result = SummaryFixture.result();
        assertEquals(sheetXml(result, false), sheetXml(result, true));
    }

    private static String sheetXml(ConsolidationResult result, boolean sheetOnly) throws Exception {
        SummaryStyles st = new SummaryStyles();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SheetRows rows = new SheetRows(out).implicitColumns();
        int[] r = {1};
        IndicatorRows.forEachRun(result, false, sheetOnly, (run, runRows) -> runRows.forEach(row ->
                IndicatoriSheet.writeRow(rows, r[0]++, row, st)));
        rows.finish();
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<IndicatorRow> rows(ConsolidationResult result, boolean sheetOnly) throws Exception {
        List<IndicatorRow> rows = new ArrayList<>();
        IndicatorRows.forEachRun(result, false, sheetOnly, (run, runRows) -> runRows.forEach(rows::add));
        return rows;
    }
}
