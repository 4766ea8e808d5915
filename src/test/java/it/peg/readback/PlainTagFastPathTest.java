package it.peg.readback;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link OneLetterTag}, {@link PlainTag#parse}'s fast path for a worksheet's cells, against the general path: two
 * tag parsers, one with the fast path and one without, parse the tag at every {@code <} of every XML part of the test
 * workbooks and the hostile corpus, of long synthetic worksheets and of seeded mutations of them, the whole part
 * before them or cut a few bytes after the {@code <}. Both must give the same: the same index after the tag or -1,
 * or give way alike; the same names, emptiness and attributes (positions and the values the readers ask for).
 */
class PlainTagFastPathTest {
    private static final ReadLimits.Content CAPS = ReadLimits.Content.defaults();
    private static final String[] ASKED = {"r", "s", "t", "x", "ref", "si", "ht", "customHeight", "spans"};

    /** Bytes around a cell's tag that its fast path must tell apart from its own form. */
    private static final String[] TAG_TOKENS = {" ", "  ", "\t", "\n", "\r", "=", "\"", "'", "/", ">", "<", "&amp;", "&",
        "&#65;", ":", "x:", "xmlns", "xmlns:y=\"u\"", "é", "\u007f", "\u0001", "r", "s", "t", "A", "1", "r=\"B2\"",
        " s=\"1\"", " t=\"s\"", " r=\"C3\"", "/>", "</c>", "<v>", "Z", "_", "-", ".", "]]>"};

    private final PlainTag fast = new PlainTag(true);
    private final PlainTag general = new PlainTag(false);
    private int fastHits;

    /** The parts of the test workbooks and of the corpus (when present: ../shared/corpus). */
    private static List<byte[]> parts() throws IOException {
        List<byte[]> docs = new ArrayList<>(PlainXmlTest.testParts());
        Path corpus = Path.of("../shared/corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                    docs.addAll(xmlParts(f));
                }
            }
        }
        return docs;
    }

    private static List<byte[]> xmlParts(Path f) {
        List<byte[]> docs = new ArrayList<>();
        try (ZipFile z = new ZipFile(f.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.getName().endsWith(".xml") && e.getSize() < 2_000_000) {
                    docs.add(z.getInputStream(e).readAllBytes());
                }
            }
        } catch (IOException | RuntimeException notReadable) {
            // the corpus holds damaged zips and files that are not zips: no part to compare on
        }
        return docs;
    }

    /** A worksheet of every form of cell tag, and of forms near them. */
    private static byte[] synthetic(Random r) {
        String[] cells = {"<c r=\"%s\" s=\"3\"/>", "<c r=\"%s\" t=\"s\" s=\"1\"><v>7</v></c>", "<c r=\"%s\"/>",
            "<c r=\"%s\" s=\"5\" t=\"n\"><v>1.5</v></c>", "<c  r=\"%s\"/>", "<c r='%s'/>", "<c r=\"%s\" />",
            "<c r = \"%s\"/>", "<c\tr=\"%s\"/>", "<c r=\"%s\" r=\"A1\"/>", "<c r=\"%s\" x:s=\"1\"/>",
            "<c r=\"%s\" s=\"&#51;\"/>", "<c r=\"%s\" t=\"é\"/>", "<c r=\"%s\" t=\"a b\"/>", "<c r=\"%s\" t=\"\"/>",
            "<c r=\"%s\" s=\"3\" / >", "<c r=\"%s\" ss=\"3\"/>", "<c r=\"%s\" S=\"3\"/>", "<c r=\"%s\" t=\"s\">",
            "<c r=\"%s\" t=\"a>b\"/>", "<c r=\"%s\" t=\"a'b\"/>", "<c r=\"%s\" cm=\"1\" s=\"2\"/>",
            "<x:c r=\"%s\"/>", "<c r=\"%s\"s=\"1\"/>", "<c r=\"%s\" s=\"1\"\n/>", "<c r=\"%s\" t=\"\u007f\"/>"};
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
                + RawPackage.MAIN_NS + "\" xmlns:x=\"" + RawPackage.MAIN_NS + "\"><sheetData>");
        for (int row = 1; row <= 200; row++) {
            sheet.append("<row r=\"").append(row).append("\">");
            for (int col = 0; col < 13; col++) {
                String ref = (char) ('A' + col) + Integer.toString(row);
                sheet.append(String.format(cells[r.nextInt(cells.length)], ref));
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return sheet.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutateTag(byte[] doc, Random random) {
        byte[] d = doc;
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int at = d.length == 0 ? 0 : random.nextInt(d.length);
            byte[] token = TAG_TOKENS[random.nextInt(TAG_TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            int drop = random.nextInt(3) == 0 ? Math.min(d.length - at, 1 + random.nextInt(3)) : 0;
            byte[] out = new byte[d.length - drop + token.length];
            System.arraycopy(d, 0, out, 0, at);
            System.arraycopy(token, 0, out, at, token.length);
            System.arraycopy(d, at + drop, out, at + token.length, d.length - at - drop);
            d = out;
        }
        return d;
    }

    private String outcome(PlainTag t, byte[] buf, int pos, int bound, int depth) {
        int after;
        try {
            after = t.parse(buf, pos, bound, depth, CAPS);
        } catch (PlainXml.GiveWay g) {
            return "gave way: " + g.getMessage();
        }
        StringBuilder s = new StringBuilder().append(after);
        if (after < 0) {
            return s.toString();
        }
        s.append(t.endTag ? " end " : " start ").append(t.qname).append(' ').append(t.local).append(t.empty ? " empty" : "")
                .append(" attrs ").append(t.attrs);
        for (int i = 0; i < t.attrs; i++) {
            s.append(" [").append(t.attrName[i]).append(',').append(t.attrColon[i]).append(',').append(t.attrNameEnd[i])
                    .append(',').append(t.attrStart[i]).append(',').append(t.attrEnd[i]).append(']');
        }
        if (!t.endTag) {
            for (String name : ASKED) {
                s.append(' ').append(name).append('=').append(t.attr(buf, name)).append('/').append(t.ref(buf, name))
                        .append('/').append(t.intValue(buf, name, -7)).append('/').append(t.qualifiedAttr(buf, name));
            }
        }
        return s.toString();
    }

    /** Both parsers at every {@code <} of {@code doc}: before the whole rest, and cut a few bytes after it. */
    private void compare(byte[] doc, Random cuts, String label) {
        boolean root = true;
        for (int i = 0; i < doc.length; i++) {
            if (doc[i] != '<') {
                continue;
            }
            int depth = root ? 0 : 1;
            root = false;
            int[] bounds = {doc.length, Math.min(doc.length, i + 1 + cuts.nextInt(40))};
            for (int bound : bounds) {
                String a = outcome(fast, doc, i, bound, depth);
                String b = outcome(general, doc, i, bound, depth);
                assertEquals(b, a, label + " at " + i + " bound " + bound + ": "
                        + new String(doc, i, Math.min(60, doc.length - i), StandardCharsets.ISO_8859_1));
                if (depth > 0 && i + 1 < bound && doc[i + 1] >= 'a' && doc[i + 1] <= 'z'
                        && OneLetterTag.parse(new PlainTag(false), doc, i, bound, CAPS.maxAttributeChars()) >= 0) {
                    fastHits++;
                }
            }
        }
    }

    @Test
    void everyTagOfTheTestPartsTheCorpusAndLongSheetsReadsAsByTheGeneralPath() throws IOException {
        List<byte[]> docs = parts();
        Random random = new Random(28);
        for (int k = 0; k < 4; k++) {
            docs.add(synthetic(random));
        }
        for (int i = 0; i < docs.size(); i++) {
            compare(docs.get(i), random, "part " + i);
        }
        assertTrue(fastHits > 20_000, "tags read by the fast path: " + fastHits);
    }

    @Test
    void seededMutationsReadAsByTheGeneralPath() throws IOException {
        List<byte[]> docs = new ArrayList<>(PlainXmlTest.testParts());
        Random random = new Random(20261205L);
        byte[] sheet = synthetic(random);
        for (int i = 0; i < 3000; i++) {
            byte[] doc;
            if (random.nextBoolean()) {
                // a window of the synthetic sheet, its tags mutated
                int from = random.nextInt(sheet.length - 400);
                doc = mutateTag(java.util.Arrays.copyOfRange(sheet, from, from + 400), random);
            } else {
                doc = PlainXmlTest.mutate(docs.get(random.nextInt(docs.size())), random);
            }
            compare(doc, random, "mutation " + i);
        }
        assertTrue(fastHits > 20_000, "tags read by the fast path: " + fastHits);
    }
}
