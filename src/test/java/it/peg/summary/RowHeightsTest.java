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
