package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link FormRows} writes the Schede's cells as they were written through strings (issue 21, "h27-write"). */
class FormRowsTest {
    private static final CellFormat STYLE = new CellFormat(7, true);

    @Test
    void textsAreEscapedAndEncodedAsXmlTextAndUtf8Gave() {
        Random random = new Random(27);
        String alphabet = "ab &<>\"'\t\n\r\u0001\u001f€è’\ud83d\ude00\ud800\udc00\ud800\udfff\ufffe\uffff\u00a0";
        FormRows rows = new FormRows();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(n % 50 == 0 ? 2_000 : 12);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            rows.reset().text(0, 0, text, STYLE);
            rows.endRows();
            boolean preserve = Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1));
            String expected = "<row r=\"1\"><c r=\"A1\" s=\"7\" t=\"inlineStr\"><is><t"
                    + (preserve ? " xml:space=\"preserve\"" : "") + ">" + XmlText.text(text) + "</t></is></c></row>";
            assertEquals(expected, new String(Arrays.copyOf(rows.bytes(), rows.length()), StandardCharsets.UTF_8),
                    "text " + n);
            assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, rows.length(), "text " + n);
        }
    }

    @Test
    void rowsTakeTheirHeightsWhereverTheyAreGivenAndCellsComeInOrder() {
        FormRows rows = new FormRows();
        rows.reset().raw("<sheetData>");
        rows.text(0, 0, "T", STYLE);
        rows.blank(0, 1, STYLE);
        rows.height(0, 24);
        rows.merge(0, 0, 0, 1);
        rows.height(2, 12.3f);
        rows.number(3, 1, Optional.of(new BigDecimal("0.25")), STYLE);
        rows.number(3, 2, Optional.empty(), STYLE);
        rows.text(3, 4, "", STYLE);
        rows.endRows().raw("</sheetData>").mergeCells();
        assertEquals("<sheetData><row r=\"1\" ht=\"24.0\" customHeight=\"true\"><c r=\"A1\" s=\"7\" t=\"inlineStr\"><is>"
                        + "<t>T</t></is></c><c r=\"B1\" s=\"7\"/></row><row r=\"3\" ht=\"" + (double) 12.3f
                        + "\" customHeight=\"true\"/><row r=\"4\"><c r=\"B4\" s=\"7\" t=\"n\"><v>0.25</v></c>"
                        + "<c r=\"C4\" s=\"7\"/><c r=\"E4\" s=\"7\"/></row></sheetData><mergeCells count=\"1\">"
                        + "<mergeCell ref=\"A1:B1\"/></mergeCells>",
                new String(Arrays.copyOf(rows.bytes(), rows.length()), StandardCharsets.UTF_8));
        FormRows unordered = new FormRows().reset();
        unordered.text(1, 2, "x", STYLE);
        assertThrows(IllegalStateException.class, () -> unordered.blank(1, 1, STYLE));
        assertThrows(IllegalStateException.class, () -> unordered.blank(0, 3, STYLE));
    }
}
