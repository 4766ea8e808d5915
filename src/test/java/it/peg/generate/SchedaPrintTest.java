package it.peg.generate;

import it.peg.xlsx.SheetModel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheda's print decisions that do not need LibreOffice: line counts, long texts, where pages break. */
class SchedaPrintTest {
    @Test
    void capitalsWrapToMoreLinesThanLowerCase() {
        String lower = "programmi informatici e rilevazioni statistiche periodiche";
        assertEquals(1, TextLines.count(lower, 60, 9f));
        assertEquals(2, TextLines.count(lower.toUpperCase(java.util.Locale.ROOT), 60, 9f));
        assertEquals(1, TextLines.count("Peso", 6, 9f));
        assertEquals(2, TextLines.count("uno\ndue", 40, 9f), "a line per paragraph at least");
    }

    @Test
    void aWordWiderThanItsColumnTakesTheLinesItNeeds() {
        // 24.3 ems of Arial Bold 9 in a column of 5.5 ems
        assertEquals(5, TextLines.count("sensibilizzazione/informazione/comunicazione", 10, 9f));
    }

    @Test
    void aLongTextGoesOverSeveralRowsOfWholeParagraphs() {
        String paragraph = "- SERVIZIO PER L'AFFIDO FAMILIARE IN COLLABORAZIONE CON IL CENTRO AFFIDI DELL'AREA PISTOIESE";
        String text = String.join("\n", java.util.Collections.nCopies(40, paragraph));
        List<String> rows = SchedaPrint.rowsOf(text, 120, 9f);
        assertTrue(rows.size() > 1, "rows: " + rows.size());
        assertEquals(text, String.join("\n", rows));
        for (String row : rows) {
            assertTrue(Stamp.height(row, 120, 9f) <= SchedaPrint.MAX_TEXT_ROW, row);
        }
        assertEquals(List.of("breve"), SchedaPrint.rowsOf("breve", 120, 9f));
    }

    @Test
    void pagesBreakOnlyAboveABlockAndNeverInsideAMergedIndicator() {
        SheetModel sheet = new SheetModel("Scheda");
        sheet.print().landscape = true;
        for (int c = 0; c < 13; c++) {
            sheet.width(c, 12 * 256);
        }
        SchedaPrint.Blocks blocks = new SchedaPrint.Blocks();
        sheet.row(0).height(30);
        List<int[]> indicators = new ArrayList<>();
        int r = 1;
        for (int i = 0; i < 40; i++) {
            blocks.startsAt(r);
            sheet.merge(r, r + 2, 0, 0);
            indicators.add(new int[] {r, r + 2});
            for (int k = 0; k < 3; k++) {
                sheet.row(r++).height(24);
            }
        }
        SchedaPrint.paginate(sheet, blocks, 1, 12, r - 1);
        java.util.Set<Integer> breaks = sheet.rowBreaks();
        assertTrue(breaks.size() >= 4, "40 indicators of 72 points over several pages: " + breaks.size());
        for (int b : breaks) {
            // a break after row b: row b + 1 starts a page, and must start an indicator
            assertTrue(indicators.stream().anyMatch(ind -> ind[0] == b + 1), "break after row " + b);
        }
        assertEquals(1, sheet.print().fitWidth);
        assertEquals(0, sheet.print().fitHeight);
    }
}
