package it.peg.readback;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The paths h25-parse added to the narrow cursor ({@link PlainXml}), against the full parser on the same bytes, as
 * {@link PlainXmlTest} compares them: attribute names told apart by first byte and length, references and numbers
 * read from the bytes, entities and UTF-8 decoded into a char array, sequences and tags across the buffer's end,
 * parts of the buffer's size, a kept buffer after a failed reading, two threads at once (h25-review-read).
 */
class PlainXmlEdgeCasesTest {
    @TempDir
    static Path dir;

    private static BoundedZip zip;

    /** Names asked of every start element: the readers' and pairs that share a first byte, a length or both. */
    private static final String[] ATTRS = {"r", "s", "t", "ab", "ac", "ba", "a", "Zz", "abc", "abd", "id", "x", "y"};

    @BeforeAll
    static void zipForLimits() throws Exception {
        zip = XmlAgreement.limitsPackage(dir);
        agreement = new XmlAgreement(zip, PlainXmlEdgeCasesTest::describe, false);
    }

    private static XmlAgreement agreement;

    /** Each asked name's value, reference and number, and two qualified names. */
    private static void describe(StringBuilder sb, XmlCursor x) throws ReadFailure {
        for (String a : ATTRS) {
            String v = x.attr(a);
            if (v != null) {
                sb.append(' ').append(a).append("=[").append(v).append(']');
            }
            long ref = x.attrRef(a);
            sb.append(' ').append(CellAddress.packedRow(ref)).append(',').append(CellAddress.packedCol(ref))
                    .append(',').append(x.attrInt(a, -7));
        }
        for (String a : new String[] {"r", "id"}) {
            String q = x instanceof PlainXml p ? p.qualifiedAttr(a) : ((XmlStream) x).qualifiedAttr(a);
            sb.append(" q:").append(a).append("=[").append(q).append(']');
        }
    }

    private static XmlAgreement.Trace plain(InputStream in) {
        return agreement.plain(in);
    }

    /** As {@link PlainXmlTest}'s agreement; the stream given in small reads when {@code trickle}. */
    private static boolean agree(byte[] doc, String label, boolean trickle) {
        return agreement.agree(doc, trickle ? new Trickle(doc) : new ByteArrayInputStream(doc), label);
    }

    private static boolean agree(String doc, String label) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        // given in small reads it agrees too (it may give way where read whole it did not: a tag is measured against
        // its 64 KB cap only as far as the buffer holds it)
        agree(b, label + " trickled", true);
        return agree(b, label, false);
    }

    /** A stream that gives at most 7 bytes a read, as an inflater may. */
    private static final class Trickle extends ByteArrayInputStream {
        Trickle(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
        }
    }

    @Test
    void attributeNamesAreToldApartAsTheFullParserTellsThem() {
        String[] tags = {
            "<b r=\"1\" r=\"2\"/>", "<b ab=\"1\" ac=\"2\"/>", "<b ab=\"1\" ba=\"2\"/>", "<b ab=\"1\" ab=\"2\"/>",
            "<b a=\"1\" Zz=\"2\"/>", "<b Zz=\"2\" a=\"1\" Zz=\"3\"/>", "<b abc=\"1\" abd=\"2\" abc=\"3\"/>",
            "<b abc=\"1\" abd=\"2\"/>", "<b x=\"1\" y=\"2\" t=\"3\" s=\"4\" r=\"5\"/>", "<b s=\"1\" t=\"2\" s=\"3\"/>",
            "<b ab='1' ac=\"2\" ad='3' ab=\"4\"/>", "<b r=\"1\"\r\n r=\"2\"/>", "<b r=\"1\"\r\ns=\"2\"/>",
            "<p:b p:r=\"1\" r=\"2\"/>", "<b p:r=\"1\" q:r=\"2\"/>", "<b p:r=\"1\" p:r=\"2\"/>", "<b p:ab=\"1\" ac=\"2\"/>",
            "<b xml:space=\"preserve\" space=\"x\"/>", "<b xml:r=\"1\"/>", "<b p:r=\"1\"/>",
        };
        int read = 0;
        for (String t : tags) {
            String doc = "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:q\">" + t + "</a>";
            if (agree(doc, doc)) {
                read++;
            }
            String noPrefixes = "<a>" + t + "</a>";
            if (agree(noPrefixes, noPrefixes)) {
                read++;
            }
        }
        // sixty-four attributes, the most a tag may have: every pair of names shares a first byte or a length
        StringBuilder many = new StringBuilder("<a><b");
        for (int i = 0; i < PlainTag.MAX_ATTRIBUTES; i++) {
            many.append(' ').append((char) ('a' + i % 3)).append("x".repeat(i / 3)).append("=\"").append(i).append('"');
        }
        assertTrue(agree(many + "/></a>", "64 attributes"));
        assertTrue(agree(many.toString().replace(" c=", " a=") + "/></a>", "64 attributes, two alike") == false);
        assertTrue(read >= 16, "read " + read);
    }

    @Test
    void referencesAndNumbersReadFromTheBytesAsFromTheirStrings() {
        String[] values = {"A0", "a1", "XFD1048577", "XFD1048576", "A01", "A00000001", "A0000001", "00000001", " A1",
            "A 1", "A1 ", "A99999999999999999999", "XFE1", "ZZZ1", "XFDA1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", " 1 ",
            "01", "1048577", "1048576", "+1", "-1", "2147483648", "-2147483648", "4294967297", "&#49;", "A&#x31;",
            "&#x41;&#x31;", "é1", "A1é", "A\u00a01", "A&#9;1", "\u0661", "A\u0661", "1 2", "0x1", "1.", "000000000000001",
            "123456789", "1234567890", "999999999", " 123456789", "A1:B2", "$A$1", "R1C1", "",
        };
        for (String v : values) {
            String doc = "<a><row r=\"" + v + "\" s=\"" + v + "\"><c r=\"" + v + "\" s=\"" + v + "\" t=\"" + v
                    + "\"/></row></a>";
            assertTrue(agree(doc, doc), doc);
        }
    }

    @Test
    void entitiesAndCharacterReferencesDecodeAsTheFullParserDecodesThem() {
        String[] refs = {"&#x10FFFF;", "&#1114111;", "&#x110000;", "&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#55296;",
            "&#xFFFE;", "&#xFFFF;", "&#xFFFD;", "&#9;", "&#10;", "&#13;", "&#x1F600;", "&#65;&#x1F600;&#66;",
            "&#xFFFFFFFF;", "&#x8000000A;", "&#4294967306;", "&#99999999;", "&#00000065;", "&#x000041;", "&#X41;",
            "&#;", "&#x;", "&#a;", "&lt&gt;", "&amp;amp;", "&quot;&apos;", "&unknown;", "&", "&#", "&#65", "&#x1F600",
            "\uD834\uDD1E", "é€", "]]", "]>", "]]]>"};
        for (String r : refs) {
            agree("<a v=\"" + r + "\">" + r + "</a>", "attribute and text " + r);
            agree("<a><b>x" + r + "y</b><b v='" + r + "'/></a>", "inside " + r);
        }
        assertTrue(agree("<a v=\"&#x10FFFF;\">&#x10FFFF;</a>", "the last code point"));
        assertTrue(agree("<a>&#13;&#10;</a>", "a carriage return by reference"));
    }

    /** Filler then {@code seq} so that it starts {@code shift} bytes before the buffer's 16 KB end. */
    private static byte[] around(int boundary, int shift, byte[] seq, boolean inAttribute) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] open = inAttribute ? "<a><b v=\"".getBytes(StandardCharsets.US_ASCII) : "<a>".getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(open);
        int fill = boundary - shift - open.length;
        out.writeBytes("x".repeat(Math.max(0, fill)).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(seq);
        out.writeBytes((inAttribute ? "y\"/></a>" : "y</a>").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void sequencesAcrossTheBuffersEndDecodeAsTheFullParserDecodesThem() {
        byte[][] seqs = {
            "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
            "\uD834\uDD1E".getBytes(StandardCharsets.UTF_8), "&amp;".getBytes(StandardCharsets.US_ASCII),
            "&#x10FFFF;".getBytes(StandardCharsets.US_ASCII), "&#0;".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9D, (byte) 0x84}, {(byte) 0xC3},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0x80}, {(byte) 0xFF},
            "]]>".getBytes(StandardCharsets.US_ASCII), "\r\n".getBytes(StandardCharsets.US_ASCII),
        };
        int[] boundaries = {2048, 8192, 16384, 32768};
        int cases = 0;
        for (int boundary : boundaries) {
            for (byte[] seq : seqs) {
                for (int shift = -2; shift <= 12; shift++) {
                    for (boolean attr : new boolean[] {false, true}) {
                        byte[] doc = around(boundary, shift, seq, attr);
                        String label = boundary + " shift " + shift + (attr ? " attribute " : " text ")
                                + new String(seq, StandardCharsets.ISO_8859_1);
                        agree(doc, label, false);
                        agree(doc, label + " trickled", true);
                        cases++;
                    }
                }
            }
        }
        assertTrue(cases > 1000, "cases " + cases);
    }

    @Test
    void textsValuesAndPartsAroundTheBuffersSizesReadAsTheFullParserReadsThem() {
        int[] sizes = {2046, 2047, 2048, 2049, 8190, 8191, 8192, 8193, 16382, 16383, 16384, 16385, 16386, 32767,
            32768, 32769, 65535, 65536, 65537};
        for (int n : sizes) {
            assertTrue(agree("<a>" + "x".repeat(n) + "</a>", "text " + n));
            assertTrue(agree("<a>" + "x".repeat(n - 1) + "\uD834\uDD1E</a>", "text then a pair " + n));
            assertTrue(agree("<a>" + "é".repeat(n / 2) + "&amp;</a>", "decoded text " + n));
            assertTrue(agree("<a><b v=\"" + "v".repeat(n) + "\" r=\"B7\"/></a>", "value " + n));
            assertTrue(agree("<a><b v=\"" + "é".repeat(n / 2) + "&amp;\" r=\"B7\"/></a>", "decoded value " + n));
            // a whole part of n bytes: its last tag ends the buffer exactly, or one byte before or after
            String head = "<a><b r=\"C3\">";
            String tail = "</b></a>";
            assertTrue(agree(head + "t".repeat(n - head.length() - tail.length()) + tail, "part of " + n + " bytes"));
            String cells = "<c r=\"A1\" s=\"1\"/>";
            StringBuilder sb = new StringBuilder("<a>");
            while (sb.length() + cells.length() + 4 <= n) {
                sb.append(cells);
            }
            sb.append("x".repeat(n - sb.length() - 4)).append("</a>");
            assertEquals(n, sb.length());
            assertTrue(agree(sb.toString(), "cells in a part of " + n + " bytes"));
        }
        // beyond the longest tag the cursor keeps whole (64 KB): given way, never misread
        agree("<a><b v=\"" + "v".repeat(70_000) + "\"/></a>", "a tag beyond 64 KB");
    }

    @Test
    void aReadingThatFailedLeavesTheThreadsBufferFitForTheNext() throws Exception {
        String good = "<a xmlns:p=\"urn:p\"><row r=\"3\"><c r=\"B3\" s=\"2\" t=\"s\" p:id=\"x\"><v>é&amp;</v></c></row></a>";
        String[] failing = {
            "<a><b v=\"" + "v".repeat(40_000) + "\">" + "é".repeat(10_000) + "<!-- gives way -->",
            "<a xmlns:q=\"u\"><q:b/><c>" + "x".repeat(20_000) + "&nbsp;</c></a>", "<a><b r=\"1\" r=\"2\"/></a>",
            "<a>" + "x".repeat(16_383) + "\u00e9",
        };
        for (String f : failing) {
            agree(f, "failing");
            assertTrue(agree(good, "good after " + f.substring(0, 20)));
        }
        // a stream that breaks mid-part: a failure, and the next part on the thread reads as ever
        byte[] big = ("<a>" + "x".repeat(50_000) + "</a>").getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new ByteArrayInputStream(big) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (pos > 20_000) {
                    throw new IllegalStateException("broken stream");
                }
                return super.read(b, off, len);
            }
        };
        try (PlainXml x = PlainXml.over(zip, "p.xml", breaking)) {
            while (x.hasNext()) {
                x.next();
            }
            fail("read a broken stream");
        } catch (IllegalStateException expected) {
            // the cursor was closed by the try: the thread's buffer is free again
        }
        assertTrue(agree(good, "good after a broken stream"));
        try (PlainXml outer = PlainXml.over(zip, "p.xml", new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)))) {
            outer.nextStart();
            assertTrue(agree(good, "good inside another cursor"));
            assertTrue(outer.nextStart());
            assertEquals("row", outer.local());
            assertEquals(2, outer.attrInt("r", -1) - 1);
        }
    }

    @Test
    void twoThreadsReadTheSamePartsAsOneDoes() throws Exception {
        List<byte[]> docs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            StringBuilder sb = new StringBuilder("<a xmlns:p=\"urn:p\">");
            for (int r = 1; r <= 200 + n * 37; r++) {
                sb.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\" s=\"").append(r % 7)
                        .append("\" p:id=\"").append(n).append("\"><v>").append("é".repeat(r % 5)).append(r)
                        .append("&amp;</v></c></row>");
            }
            if (n % 3 == 0) {
                sb.append("<z v=\"").append("w".repeat(20_000 + n * 1000)).append("\"/>");
            }
            docs.add(sb.append("</a>").toString().getBytes(StandardCharsets.UTF_8));
        }
        List<XmlAgreement.Trace> alone = new ArrayList<>();
        for (byte[] d : docs) {
            alone.add(plain(new ByteArrayInputStream(d)));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<XmlAgreement.Trace>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t * 7;
                runs.add(two.submit(() -> {
                    List<XmlAgreement.Trace> out = new ArrayList<>();
                    for (int i = 0; i < docs.size() * 3; i++) {
                        out.add(plain(new ByteArrayInputStream(docs.get((i + offset) % docs.size()))));
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 2; t++) {
                List<XmlAgreement.Trace> got = runs.get(t).get();
                for (int i = 0; i < got.size(); i++) {
                    assertEquals(alone.get((i + t * 7) % docs.size()), got.get(i), "thread " + t + " reading " + i);
                }
            }
        } finally {
            two.shutdown();
        }
        for (XmlAgreement.Trace t : alone) {
            assertEquals("end", t.end());
        }
    }

    @Test
    void aPartOfExactlyTheBuffersSizeReadsToItsEnd() throws IOException {
        // the thread's buffer is reused: a part that fills it exactly, then one that is shorter
        for (int n : new int[] {16383, 16384, 16385}) {
            String head = "<a>";
            String tail = "</a>";
            assertTrue(agree(head + "q".repeat(n - head.length() - tail.length()) + tail, "part " + n));
            assertTrue(agree("<a>short</a>", "then a short one"));
        }
    }
}
