package it.peg.readback;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The narrow cursor ({@link PlainXml}) against the full parser ({@link XmlStream}, Woodstox) on the same bytes: on
 * every document it reads to the end it gives the same events, names, attribute values and text as the full parser,
 * which reads it without error; where it gives way, the full parser gave the same events up to there. The documents:
 * every XML part of the test workbooks (the corpus of hostile and foreign files included), hand-written cases, and
 * seeded mutations of them.
 */
class PlainXmlTest {
    @TempDir
    static Path dir;

    private static BoundedZip zip;

    private static final String[] ATTRS = {"r", "t", "s", "si", "ref", "id", "name", "spans", "ht", "count", "numFmtId",
        "formatCode", "Target", "Type", "Id", "localSheetId", "date1904", "space", "state", "sheetId"};

    private static final String[] NUMERIC_ATTRS = {"r", "s", "id"};

    @BeforeAll
    static void zipForLimits() throws Exception {
        zip = XmlAgreement.limitsPackage(dir);
        agreement = new XmlAgreement(zip, PlainXmlTest::describe, true);
    }

    private static XmlAgreement agreement;

    /** What the readers ask of an element: the attributes' values, a relationship's id, a cell's numbers. */
    private static void describe(StringBuilder sb, XmlCursor x) throws ReadFailure {
        for (String a : ATTRS) {
            String v = x.attr(a);
            if (v != null) {
                sb.append(' ').append(a).append("=[").append(v).append(']');
            }
        }
        String q = x instanceof PlainXml p ? p.qualifiedAttr("id") : ((XmlStream) x).qualifiedAttr("id");
        sb.append(" r:id=[").append(q).append(']');
        // what the worksheet reader asks of a cell without a String (PlainXml reads the bytes)
        for (String a : NUMERIC_ATTRS) {
            long ref = x.attrRef(a);
            sb.append(' ').append(a).append(":row=").append(CellAddress.packedRow(ref)).append(",col=")
                    .append(CellAddress.packedCol(ref)).append(",int=").append(x.attrInt(a, -7));
        }
    }

    /** The agreement this class promises ({@link XmlAgreement}); {@code true} when the narrow cursor read it all. */
    private static boolean agree(byte[] doc, String label) {
        return agreement.agree(doc, new ByteArrayInputStream(doc), label);
    }

    static List<byte[]> testParts() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/test/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                try (ZipFile z = new ZipFile(f.toFile())) {
                    Enumeration<? extends ZipEntry> en = z.entries();
                    while (en.hasMoreElements()) {
                        ZipEntry e = en.nextElement();
                        if ((e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) && e.getSize() < 2_000_000) {
                            try (InputStream in = z.getInputStream(e)) {
                                docs.add(in.readAllBytes());
                            } catch (IOException | RuntimeException damaged) {
                                // a damaged entry of the corpus: not a document to compare on
                            }
                        }
                    }
                } catch (IOException | RuntimeException notAZip) {
                    // the corpus holds files that are not zips
                }
            }
        }
        return docs;
    }

    @Test
    void everyPartOfTheTestWorkbooksReadsAsTheFullParserReadsIt() throws IOException {
        List<byte[]> docs = testParts();
        assertTrue(docs.size() > 300, "parts: " + docs.size());
        int read = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (agree(docs.get(i), "part " + i)) {
                read++;
            }
        }
        // most parts are in the plain form: the fast path is the usual one
        assertTrue(read > docs.size() * 2 / 3, read + " of " + docs.size());
    }

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\" xmlns:r=\"" + RawPackage.R_NS + "\""
            + " xmlns:x14ac=\"urn:x14ac\" xmlns:mc=\"urn:mc\" mc:Ignorable=\"x14ac\">"
            + "<sheetData><row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\">"
            + "<c r=\"A1\" s=\"2\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a &amp; b "
            + "&lt;&gt;&quot;&apos;&#233;&#x20AC; é€𝄞 ]] </t></is></c><c r='C1'><f t=\"shared\" ref=\"C1:C3\" si=\"0\">A1*2</f><v>4</v></c>"
            + "<c r=\"D1\" t=\"str\"><f>&quot;x&quot;&amp;A1</f><v>x1</v></c><c r=\"E1\"/></row>\n"
            + "<row r=\"2\"><c r=\"A2\" s = \"1\" ><v>1.5E-3</v></c></row></sheetData>"
            + "<pageMargins left=\"0.7\" right=\"0.7\"/></worksheet>";

    @Test
    void thePlainFormIsReadToTheEnd() {
        assertTrue(agree(SHEET.getBytes(StandardCharsets.UTF_8), "sheet"));
        assertTrue(agree(("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_8), "with a byte order mark"));
        assertTrue(agree(SHEET.substring(SHEET.indexOf("?>") + 2).getBytes(StandardCharsets.UTF_8), "no declaration"));
        assertTrue(agree("<a><b x='&#9;y'/>\t\n</a>".getBytes(StandardCharsets.UTF_8), "tab"));
        assertTrue(agree(("<a>" + "x".repeat(50_000) + "é".repeat(20_000) + "</a>").getBytes(StandardCharsets.UTF_8),
                "long text across buffers"));
        assertTrue(agree(("<a b=\"" + "v".repeat(40_000) + "\"/>").getBytes(StandardCharsets.UTF_8), "long tag"));
    }

    @Test
    void cellReferencesAndNumbersReadFromTheBytesAsFromTheirStrings() {
        String[] values = {"A1", "XFD1048576", "XFE1", "a1", "$B$2", "AAAAAAAAAAAA1", "B12345678", "B0", "1", "", " 12 ",
            "+3", "-3", "0", "007", "2147483647", "2147483648", "99999999999", "1.0", "1e3", "A&#49;", "&#65;1", "&amp;",
            "ÀB1", "Bà1", "٣", "12٣", "[1", "Z9", "z9", "@1", "AB 12",
            "A12345678", "A1234567", "B01234567", "XFD9999999", "AAAA1", "A:1", "A-1"};
        for (String v : values) {
            String doc = "<row r=\"" + v + "\" s=\"" + v + "\"><c r=\"" + v + "\" s=\"" + v + "\"/></row>";
            assertTrue(agree(doc.getBytes(StandardCharsets.UTF_8), doc), doc);
        }
    }

    @Test
    void aCursorOpenedWhileAnotherIsOpenHasItsOwnBuffer() throws ReadFailure {
        // the thread's buffer and tag parser go to one cursor at a time; the others read with their own
        byte[] a = SHEET.getBytes(StandardCharsets.UTF_8);
        byte[] b = "<a x=\"1\"><b>t</b></a>".getBytes(StandardCharsets.UTF_8);
        try (PlainXml outer = PlainXml.over(zip, "a.xml", new ByteArrayInputStream(a))) {
            assertTrue(outer.nextStart());
            assertEquals("worksheet", outer.local());
            try (PlainXml inner = PlainXml.over(zip, "b.xml", new ByteArrayInputStream(b))) {
                assertTrue(inner.nextStart());
                assertEquals("1", inner.attr("x"));
                assertTrue(outer.nextStart());
                assertEquals("sheetData", outer.local());
                assertTrue(inner.nextStart());
                assertEquals("t", inner.text());
            }
            assertTrue(outer.nextStart());
            assertEquals("row", outer.local());
            assertEquals("1:3", outer.attr("spans"));
        }
        assertTrue(agree(b, "after"));
    }

    @Test
    void whatIsOutsideThePlainFormGoesToTheFullParser() {
        String[] outside = {
            "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "<a><!-- c --></a>", "<a><![CDATA[x]]></a>", "<?pi x?><a/>",
            "<a><?pi x?></a>", "<a>\r\n</a>", "<a b=\"x\ny\"/>", "<a>&nbsp;</a>", "<a>&#0;</a>", "<a>&#xFFFE;</a>",
            "<a>\u0001</a>", "<a><b></a>", "<a></b>", "<a>", "<a/><b/>", "x<a/>", "<p:a/>", "<a p:b=\"1\"/>",
            "<a xmlns:p=\"u\"><b xmlns:q=\"v\"/></a>", "<a b=\"1\" b=\"2\"/>", "<a b=\"1\"c=\"2\"/>", "<a b=1/>",
            "<a>]]></a>", "<?xml version=\"1.1\"?><a/>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
            " <?xml version=\"1.0\"?><a/>", "<a xmlns:p=\"\"/>", "<a><b:c xmlns:b=\"u\"/></a>", "<é/>", "<a>&#x;</a>",
            // declared twice on the root: not well-formed, the full parser refuses it (h24-review)
            "<a xmlns:p=\"u\" xmlns:p=\"v\"/>", "<a xmlns=\"u\" xmlns=\"v\"/>",
        };
        for (String doc : outside) {
            assertFalse(agree(doc.getBytes(StandardCharsets.UTF_8), doc), doc);
        }
        byte[][] bytes = {
            {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'}, // overlong
            {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'}, // a surrogate
            {'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'},
            {'<', 'a', '>', (byte) 0xE2, (byte) 0x82, '<', '/', 'a', '>'}, // cut short
            {(byte) 0xFE, (byte) 0xFF, 0, '<', 0, 'a', 0, '/', 0, '>'}, // UTF-16
        };
        for (byte[] doc : bytes) {
            assertFalse(agree(doc, new String(doc, StandardCharsets.ISO_8859_1)));
        }
    }

    private static final String[] TOKENS = {"<", ">", "/", "/>", "&", "&amp;", "&#0;", "&#65;", "&#x41;", "\"", "'",
        "=", " ", "\r", "\n", "\t", ":", "x:", "xmlns:x=\"u\" ", "é", "\u0001", "]]>", "<!--", "-->", "<?", "?>",
        "<![CDATA[", "<c r=\"A1\">", "</c>", "<v>", "</v>", "<!DOCTYPE a>", "&lt;", "\uFEFF", "xml"};

    @Test
    void seededMutationsOfThePartsAgree() throws IOException {
        List<byte[]> docs = new ArrayList<>(testParts());
        docs.add(SHEET.getBytes(StandardCharsets.UTF_8));
        Random random = new Random(20261205L);
        int read = 0;
        int cases = 6000;
        for (int i = 0; i < cases; i++) {
            byte[] doc = docs.get(random.nextInt(docs.size()));
            byte[] mutated = mutate(doc, random);
            if (agree(mutated, "mutation " + i)) {
                read++;
            }
        }
        // the mutations must not all be refused outright, or the comparison would say nothing
        assertTrue(read > cases / 10, read + " of " + cases);
    }

    static byte[] mutate(byte[] doc, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] d = doc;
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int at = d.length == 0 ? 0 : random.nextInt(d.length);
            out.reset();
            out.write(d, 0, at);
            switch (random.nextInt(3)) {
                case 0 -> out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 1 -> {
                    // a deletion
                    at = Math.min(d.length, at + 1 + random.nextInt(8));
                }
                default -> {
                    out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                    at = Math.min(d.length, at + 1);
                }
            }
            out.write(d, at, d.length - at);
            d = out.toByteArray();
        }
        return d;
    }
}
