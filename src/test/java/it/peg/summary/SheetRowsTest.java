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

    /**
     * Cells written without their {@code r} where they follow the previous cell of the row directly: seeded rows of
     * texts, numbers, dates and blanks, with gaps, in styled and default-style cells, in wrapped columns (row heights).
     * Put back, the references give exactly the bytes of the same rows written with every reference; and the ones left
     * out are exactly those of styled cells right after the previous one (the first cell of a row: in column A).
     */
    @Test
    void cellsFollowingTheirNeighbourLeaveOutTheirReferenceAndReadTheSame() throws Exception {
        Random random = new Random(26);
        List<String> pool = List.of("S0001", "Indicatore S0001.1.1", " con blanchi ", "a & b < c > d",
                "riga\nseconda riga lunga abbastanza da andare a capo", "perché è così", "\uD83D\uDE00 emoji", "x");
        CellFormat[] styles = {null, new CellFormat(0, false), new CellFormat(5, false), new CellFormat(6, true),
                new CellFormat(11, false)};
        int[] widths = new int[30];
        java.util.Arrays.fill(widths, 9);
        for (int round = 0; round < 20; round++) {
            long seed = random.nextLong();
            int gaps = round % 2 == 0 ? 30 : 4;
            Rows body = rows -> {
                Random r = new Random(seed);
                rows.wrapWidths(widths);
                for (int row = 0; row < 300; row++) {
                    if (r.nextInt(10) == 0) {
                        continue;
                    }
                    rows.row(row);
                    for (int c = 0; c < 26; c++) {
                        if (r.nextInt(gaps) == 0) {
                            continue; // a gap: the next cell must say where it is
                        }
                        CellFormat style = styles[r.nextInt(6) == 0 ? r.nextInt(2) : 2 + r.nextInt(3)];
                        switch (r.nextInt(4)) {
                            case 0 -> rows.number(c, r.nextInt(2) == 0 ? r.nextInt(100_000) : r.nextDouble(), style);
                            case 1 -> rows.blank(c, style);
                            default -> rows.text(c, pool.get(r.nextInt(pool.size())), style);
                        }
                    }
                }
            };
            String every = new String(write(body), StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SheetRows implicit = new SheetRows(out).implicitColumns();
            body.write(implicit);
            implicit.finish();
            String some = out.toString(StandardCharsets.UTF_8);
            assertTrue(some.length() < every.length(), "round " + round);
            assertEquals(every, withReferences(some), "round " + round);
        }
    }

    /** Each {@code <c} without an {@code r} given the one after the previous cell of its row (column A first). */
    static String withReferences(String xml) {
        StringBuilder sb = new StringBuilder(xml.length() * 2);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<row r=\"(\\d+)\"|<c r=\"([A-Z]+)\\d+\"|<c s=")
                .matcher(xml);
        String row = "";
        int col = -1;
        int at = 0;
        while (m.find()) {
            sb.append(xml, at, m.start());
            at = m.end();
            if (m.group(1) != null) {
                row = m.group(1);
                col = -1;
                sb.append(m.group());
            } else if (m.group(2) != null) {
                col = it.peg.xlsx.WorksheetCells.column(m.group(2));
                sb.append(m.group());
            } else {
                col++;
                sb.append("<c r=\"").append(SheetLayout.column(col)).append(row).append("\" s=");
            }
        }
        return sb.append(xml, at, xml.length()).toString();
    }
}
