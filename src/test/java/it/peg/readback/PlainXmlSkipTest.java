package it.peg.readback;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlainXml#skipTextChild} against {@link PlainXml#next}: two cursors over the same bytes, fed in the same
 * chunks, in step; one skips a {@code <v>} or {@code <t>} child wherever it can, the other gives each event. Where
 * one skipped, the other must give exactly the events skipped (the child's start, its text, its end, the element's
 * end) without giving way, then both go on alike, end alike (read to the end, gave way, or the same failure), and
 * after every step have read as many bytes from the stream (the same reads ahead wherever a reader stops: what is
 * inflated counts toward a package's caps, and a corrupt tail met or not decides a file's finding).
 */
class PlainXmlSkipTest {
    @TempDir
    static Path dir;

    private static BoundedZip zip;

    @BeforeAll
    static void zipForLimits() throws Exception {
        zip = XmlAgreement.limitsPackage(dir);
    }

    /** A stream giving at most a seeded random number of bytes per read, the same for the same seed. */
    private static InputStream chunked(byte[] doc, long seed) {
        Random r = new Random(seed);
        return new ByteArrayInputStream(doc) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int most = r.nextInt(4) == 0 ? 1 + r.nextInt(100) : 1 + r.nextInt(20_000);
                return super.read(b, off, Math.min(len, most));
            }
        };
    }

    private static String step(PlainXml x) {
        try {
            if (!x.hasNext()) {
                return "done";
            }
            int ev = x.next();
            return switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> "<" + x.local();
                case XMLStreamConstants.END_ELEMENT -> "</" + x.local();
                case XMLStreamConstants.CHARACTERS -> "text";
                case XMLStreamConstants.END_DOCUMENT -> "end";
                default -> "other " + ev;
            };
        } catch (PlainXml.GiveWay g) {
            return "gave way";
        } catch (ReadFailure f) {
            return "failure " + f.problem();
        }
    }

    private static boolean terminal(String s) {
        return s.equals("done") || s.equals("end") || s.equals("gave way") || s.startsWith("failure");
    }

    /** Both cursors in step over {@code doc}; the number of skips made. */
    private static int inStep(byte[] doc, long seed, String label) {
        int skips = 0;
        try (PlainXml a = PlainXml.over(zip, "p.xml", chunked(doc, seed));
             PlainXml b = PlainXml.over(zip, "p.xml", chunked(doc, seed))) {
            while (true) {
                String sa = step(a);
                String sb = step(b);
                assertEquals(sa, sb, label);
                // where a reader stops, both have read as far ahead
                assertEquals(a.bytesRead(), b.bytesRead(), label + ": bytes read from the stream");
                if (terminal(sa)) {
                    break;
                }
                if (!sa.startsWith("<")) {
                    continue;
                }
                String element = sa.substring(1);
                int k;
                String child = "v";
                try {
                    k = b.skipTextChild('v');
                    if (k == 0) {
                        child = "t";
                        k = b.skipTextChild('t');
                    }
                } catch (ReadFailure f) {
                    // only what next() meets first on its way: the other cursor meets it too
                    assertEquals("failure " + f.problem(), step(a), label);
                    return skips;
                }
                if (k == 0) {
                    continue;
                }
                skips++;
                List<String> given = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    given.add(step(a));
                }
                List<String> expected = k == 4 ? List.of("<" + child, "text", "</" + child, "</" + element)
                        : List.of("<" + child, "</" + child, "</" + element);
                assertEquals(expected, given, label);
                assertEquals("</" + element, "</" + b.local(), label);
                assertEquals(a.bytesRead(), b.bytesRead(), label + ": bytes read from the stream after a skip");
            }
            assertEquals(a.bytesRead(), b.bytesRead(), label + ": bytes read from the stream");
        }
        return skips;
    }

    /** Shared strings and a worksheet of many items of every form, long enough to cross the buffer many times. */
    private static List<byte[]> synthetic(Random r) {
        String[] texts = {"", "label", "a &amp; b", "é accentata", "tab\there", "line\nfeed", "x]y", "with > sign",
            "  spaced  ", "_x000D_", "&#65;", "\u0001"};
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\""
                + RawPackage.MAIN_NS + "\" count=\"3000\">");
        for (int i = 0; i < 3000; i++) {
            String t = r.nextInt(3) == 0 ? texts[r.nextInt(texts.length)] : "item " + i + " " + "w".repeat(r.nextInt(300));
            switch (r.nextInt(8)) {
                case 0 -> sst.append("<si><t xml:space=\"preserve\">").append(t).append("</t></si>");
                case 1 -> sst.append("<si><r><t>").append(t).append("</t></r><r><t>b</t></r></si>");
                case 2 -> sst.append("<si><t/></si>");
                case 3 -> sst.append("<si><t>").append(t).append("</t><rPh sb=\"0\" eb=\"1\"><t>p</t></rPh></si>");
                case 4 -> sst.append("<si><t>").append(t).append("</t ></si>");
                default -> sst.append("<si><t>").append(t).append("</t></si>");
            }
        }
        sst.append("</sst>");
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
                + RawPackage.MAIN_NS + "\" xmlns:x=\"" + RawPackage.MAIN_NS + "\"><sheetData>");
        for (int row = 1; row <= 400; row++) {
            sheet.append("<row r=\"").append(row).append("\">");
            for (int col = 0; col < 13; col++) {
                String ref = (char) ('A' + col) + Integer.toString(row);
                switch (r.nextInt(9)) {
                    case 0 -> sheet.append("<c r=\"").append(ref).append("\" s=\"3\"/>");
                    case 1 -> sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(r.nextInt(3000))
                            .append("</v></c>");
                    case 2 -> sheet.append("<c r=\"").append(ref).append("\"><f>A1*2</f><v>4</v></c>");
                    case 3 -> sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>x</t></is></c>");
                    case 4 -> sheet.append("<x:c r=\"").append(ref).append("\"><x:v>1</x:v></x:c>");
                    case 5 -> sheet.append("<c r=\"").append(ref).append("\"><v></v></c>");
                    case 6 -> sheet.append("<c r=\"").append(ref).append("\"><v>").append(texts[r.nextInt(texts.length)])
                            .append("</v></c>");
                    default -> sheet.append("<c r=\"").append(ref).append("\" s=\"5\"><v>")
                            .append(r.nextDouble()).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return List.of(sst.toString().getBytes(StandardCharsets.UTF_8), sheet.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void skippingGivesWhatTheEventsGaveOnTheTestPartsAndLongParts() throws IOException {
        List<byte[]> docs = new ArrayList<>(PlainXmlTest.testParts());
        docs.addAll(synthetic(new Random(1)));
        int skips = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (long seed = 0; seed < 3; seed++) {
                skips += inStep(docs.get(i), seed, "part " + i + " seed " + seed);
            }
        }
        assertTrue(skips > 10_000, "skips: " + skips);
    }

    @Test
    void skippingGivesWhatTheEventsGaveOnSeededMutations() throws IOException {
        List<byte[]> docs = new ArrayList<>(PlainXmlTest.testParts());
        Random random = new Random(20261205L);
        docs.addAll(synthetic(random));
        int skips = 0;
        for (int i = 0; i < 4000; i++) {
            // the long synthetic parts one time in four: each is cut and mutated where the items are
            byte[] doc = random.nextInt(4) == 0 ? docs.get(docs.size() - 1 - random.nextInt(2))
                    : docs.get(random.nextInt(docs.size()));
            byte[] mutated = PlainXmlTest.mutate(doc, random);
            if (random.nextInt(5) == 0) {
                mutated = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length + 1)); // cut short
            }
            skips += inStep(mutated, i, "mutation " + i);
        }
        assertTrue(skips > 10_000, "skips: " + skips);
    }

    @Test
    void aSkipEndsWhereTheElementEnds() throws ReadFailure {
        byte[] doc = ("<sst><si><t>one</t></si><si><t xml:space=\"preserve\"> two </t></si><si><t></t></si>"
                + "<si><t>a&amp;b</t></si><si><r><t>c</t></r></si></sst>").getBytes(StandardCharsets.UTF_8);
        List<Integer> counts = new ArrayList<>();
        try (PlainXml x = PlainXml.over(zip, "p.xml", new ByteArrayInputStream(doc))) {
            while (x.nextStart()) {
                if (x.local().equals("si")) {
                    counts.add(x.skipTextChild('t'));
                }
            }
        }
        // an entity and a rich-text run are left to next()
        assertEquals(List.of(4, 4, 3, 0, 0), counts);
    }
}
