package it.peg.summary;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written sheetData XML: what a parser reads back is what was written. */
class SheetRowsTest {

    private static Document parse(byte[] rows) throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + new String(rows, StandardCharsets.UTF_8) + "</sheetData></worksheet>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Rows {
        void write(SheetRows rows) throws IOException;
    }

    private static byte[] write(Rows body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetRows rows = new SheetRows(out);
        body.write(rows);
        rows.finish();
        return out.toByteArray();
    }

    private static String textOf(Document doc, int index) {
        return doc.getElementsByTagName("t").item(index).getTextContent();
    }

    @Test
    void textSurvivesEscapingAndEncoding() throws Exception {
        List<String> texts = List.of("a & b < c > d \" e ' f", "=1+2", "riga 1\nriga 2\r\nriga 3\rfine",
                "\tcol", " spazio ", "città perché €", "emoji \uD83D\uDE00 ok", "x".repeat(70_000),
                "&amp; non è un'entità");
        byte[] xml = write(rows -> {
            rows.row(0);
            for (int c = 0; c < texts.size(); c++) {
                rows.text(c, texts.get(c), null);
            }
        });
        Document doc = parse(xml);
        for (int i = 0; i < texts.size(); i++) {
            String expected = texts.get(i).length() > SheetRows.MAX_TEXT ? texts.get(i).substring(0, SheetRows.MAX_TEXT)
                    : texts.get(i);
            assertEquals(expected, textOf(doc, i), "text " + i);
        }
        Element spaced = (Element) doc.getElementsByTagName("t").item(4);
        assertEquals("preserve", spaced.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        Element plain = (Element) doc.getElementsByTagName("t").item(0);
        assertFalse(plain.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
    }

    @Test
    void charactersXmlForbidsBecomeQuestionMarks() throws Exception {
        byte[] xml = write(rows -> rows.row(0).text(0, "a\u0001b\u001Fc\uFFFEd\uD800e\uDC00f", null));
        assertEquals("a?b?c?d?e?f", textOf(parse(xml), 0));
    }

    @Test
    void randomTextRoundTrips() throws Exception {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            int cp;
            do {
                cp = random.nextInt(4) == 0 ? random.nextInt(0x1F000) : 0x20 + random.nextInt(0x300);
            } while (Character.isSurrogate((char) cp) || cp == 0xFFFE || cp == 0xFFFF
                    || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'));
            sb.appendCodePoint(cp);
        }
        String text = "x" + sb + "x";
        assertEquals(text, textOf(parse(write(rows -> rows.row(0).text(0, text, null))), 0));
    }

    @Test
    void numbersAreWrittenAsJavaWritesThemAndReadBackExactly() throws Exception {
        double[] values = {0, 1, -5, 45412, 45412.375, 0.1, 1.0 / 3, 999_999, 9_999_999, 1e7, 1e15, 1e-7, -0.0,
                12_345_678.5, Math.PI};
        for (double v : values) {
            assertEquals(Double.toString(v), CellValues.number(v));
            assertEquals(v, Double.parseDouble(CellValues.number(v)));
        }
        Document doc = parse(write(rows -> {
            rows.row(0);
            for (int c = 0; c < values.length; c++) {
                rows.number(c, values[c], null);
            }
            rows.number(values.length, Double.NaN, null);
        }));
        NodeList v = doc.getElementsByTagName("v");
        assertEquals(values.length, v.getLength(), "NaN is left blank");
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], Double.parseDouble(v.item(i).getTextContent()));
        }
    }

    @Test
    void cellsCarryReferencesAndStyleIndexes() throws Exception {
        {
            CellFormat style = new CellFormat(2, false);
            Document doc = parse(write(rows -> {
                rows.row(0, 32).text(0, "h", style);
                rows.row(1);
                rows.row(27).blank(27, style);
            }));
            NodeList rowList = doc.getElementsByTagName("row");
            assertEquals(3, rowList.getLength());
            assertEquals("32.0", ((Element) rowList.item(0)).getAttribute("ht"));
            assertEquals("1", ((Element) rowList.item(0)).getAttribute("customHeight"));
            assertEquals(0, ((Element) rowList.item(1)).getChildNodes().getLength(), "an empty row stays empty");
            Element blank = (Element) doc.getElementsByTagName("c").item(1);
            assertEquals("AB28", blank.getAttribute("r"));
            assertEquals(String.valueOf(style.index()), blank.getAttribute("s"));
            assertTrue(style.index() > 0);
        }
    }

    @Test
    void rowsAndColumnsOutOfOrderAreRefused() {
        assertThrows(IllegalStateException.class, () -> write(rows -> rows.row(1).row(1)));
        assertThrows(IllegalStateException.class, () -> write(rows -> rows.row(2).row(1)));
        assertThrows(IllegalStateException.class, () -> write(rows -> {
            rows.row(0).text(3, "a", null);
            rows.text(3, "b", null);
        }));
        assertThrows(IllegalStateException.class, () -> write(rows -> rows.text(0, "no row", null)));
    }

    /**
     * Texts remembered per column give the bytes of texts escaped and measured each time: seeded rows of texts drawn
     * from a few (escapes, blanks at either end, line feeds, non-ASCII, surrogates, some long enough to hand the
     * buffer on mid-text and mid-row, which drops a row's height), in wrapped and plain styles, in columns on either
     * side of the last remembered one.
     */
    @Test
    void rememberedTextsWriteTheBytesOfTextsWrittenAfresh() throws Exception {
        Random random = new Random(25);
        List<String> pool = new java.util.ArrayList<>(List.of("S0001", "Indicatore S0001.1.1", " con blanchi ",
                "a & b < c > d", "riga\nseconda riga", "perché è così", "\uD83D\uDE00 emoji", "\uD800 solo",
                "tab\tqui", "verifica precedente", "x"));
        for (int i = 0; i < 6; i++) {
            pool.add("parola ".repeat(200 + random.nextInt(9000)));
        }
        CellFormat[] styles = {new CellFormat(5, false), new CellFormat(6, true), new CellFormat(7, true)};
        int[] widths = new int[40];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = 5 + c % 30;
        }
        for (int round = 0; round < 30; round++) {
            long seed = random.nextLong();
            Rows body = rows -> {
                Random r = new Random(seed);
                rows.wrapWidths(widths);
                for (int row = 0; row < 400; row++) {
                    rows.row(row);
                    for (int c = 0; c < 36; c++) {
                        if (r.nextInt(5) == 0) {
                            continue;
                        }
                        // mostly short texts (rows that keep their height), now and then a long one
                        String text = pool.get(r.nextInt(60) == 0 ? pool.size() - 1 - r.nextInt(6)
                                : r.nextInt(r.nextInt(3) == 0 ? pool.size() - 6 : 4));
                        // an equal text, not always the same instance
                        rows.text(c, r.nextBoolean() ? text : new String(text.toCharArray()), styles[r.nextInt(3)]);
                    }
                }
            };
            ByteArrayOutputStream fresh = new ByteArrayOutputStream();
            SheetRows plain = new SheetRows(fresh, false);
            body.write(plain);
            plain.finish();
            assertEquals(fresh.toString(StandardCharsets.UTF_8), new String(write(body), StandardCharsets.UTF_8),
                    "round " + round);
        }
    }
}
