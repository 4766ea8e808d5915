package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19: wrapped text gets the row height it takes; headings are not broken mid-word. */
class RowHeightsTest {
    @Test
    void linesBreakAtSpacesAndAtLineFeeds() {
        assertEquals(1, RowHeights.cell("", 10));
        assertEquals(1, RowHeights.cell("breve", 10));
        assertEquals(2, RowHeights.cell("una due tre", 10));
        assertEquals(3, RowHeights.cell("una due tre quattro", 10));
        assertEquals(3, RowHeights.cell("uno\ndue\ntre", 10));
        assertEquals(2, RowHeights.cell("Denominatore", 9), "a word longer than the line breaks anywhere");
        assertEquals(34f, RowHeights.points((short) 11, 2, 1));
    }

    /** The count by index gives what the count by {@code split} gave (the rows' heights are pinned bytes). */
    @Test
    void linesAreCountedAsBySplittingAtLineFeedsAndSpaces() {
        java.util.Random random = new java.util.Random(21);
        String alphabet = "ab  \n\t\r\u00a0\u2003xè.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'w');
            }
            int width = 1 + random.nextInt(15);
            assertEquals(bySplit(s.toString(), width), RowHeights.cell(s.toString(), width), "'" + s + "' in " + width);
        }
    }

    /** The count as it was written before (issue 21): the reference for the one by index. */
    private static int bySplit(String text, int widthChars) {
        double perLine = Math.max(1, widthChars * 1.0 - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphLines = 1;
            double used = 0;
            for (String word : paragraph.strip().split(" +")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > perLine) {
                    paragraphLines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + len;
                while (used > perLine) {
                    paragraphLines++;
                    used -= perLine;
                }
            }
            lines += Math.max(1, paragraphLines);
        }
        return Math.max(1, lines);
    }

    @Test
    void aStreamedRowWithWrappedTextStatesItsHeight() throws Exception {
        {
            CellFormat wrap = new CellFormat(6, true);
            CellFormat plain = new CellFormat(5, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SheetRows rows = new SheetRows(out).wrapWidths(new int[] {10, 10});
            rows.row(0);
            rows.text(0, "una due tre quattro", wrap);
            rows.row(1);
            rows.text(0, "una due tre quattro", plain);
            rows.row(2, 20);
            rows.text(1, "una due tre quattro", wrap);
            rows.finish();
            String xml = out.toString(StandardCharsets.UTF_8);
            String s = "s=\"" + wrap.index() + "\"";
            assertEquals("<row r=\"1\" ht=\"48.0\" customHeight=\"1\"><c r=\"A1\" " + s
                    + " t=\"inlineStr\"><is><t>una due tre quattro</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" s=\"" + plain.index()
                    + "\" t=\"inlineStr\"><is><t>una due tre quattro</t></is></c></row>"
                    + "<row r=\"3\" ht=\"20.0\" customHeight=\"1\"><c r=\"B3\" " + s
                    + " t=\"inlineStr\"><is><t>una due tre quattro</t></is></c></row>", xml);
        }
    }

    @Test
    void aColumnIsWidenedToItsHeadingsLongestWordAndTwoLines() {
        assertEquals(17, SheetLayout.headingWidth("Denominatore", 9));
        assertEquals(30, SheetLayout.headingWidth("Descrizione", 30), "wide enough already");
        assertEquals(true, RowHeights.cell("Valutazione Nucleo %", (int) (SheetLayout.headingWidth(
                "Valutazione Nucleo %", 12) / 1.25)) <= 2);
    }
}
