package it.peg.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A plan with one value of its XML replaced by junk (an attribute, a cell's value, a text), 100 seeded times: whatever
 * the reader makes of it (valid, findings, unreadable), it is never a fault of peg's nor an exception. Such a run
 * over the demo plan found three ways a broken file was reported as peg's fault (a row's or style's number that is
 * none, a {@code NaN} value, a style's attribute): {@link PlanBrokenCellsTest} pins each.
 */
class PlanMutationsTest {
    /**
     * POI's XMLHelper logs every XML error it meets (an {@code &#0;} in a part) at ERROR with its stack trace before
     * the reader turns it into a finding: expected here, and noise in the build's log. Silenced for this test only.
     */
    private static final ch.qos.logback.classic.Logger XML_HELPER =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.poi.util.XMLHelper");
    private static ch.qos.logback.classic.Level before;

    @org.junit.jupiter.api.BeforeAll
    static void quietPoisXmlErrors() {
        before = XML_HELPER.getLevel();
        XML_HELPER.setLevel(ch.qos.logback.classic.Level.OFF);
    }

    @org.junit.jupiter.api.AfterAll
    static void restorePoisXmlErrors() {
        XML_HELPER.setLevel(before);
    }

    private static final String[] JUNK = {"x", "-1", "99999999", "1e3", "", " ", "2147483648", "A0", "0", "&#0;",
            "NaN", "1.5", "-0", "\u00a0", "Infinity", "1d", "0x1p3", "2025-10-31T00:00:00"};
    private static final Pattern VALUES = Pattern.compile("(=\"([^\"]*)\")|(<v>([^<]*)</v>)|(<t[^>]*>([^<]*)</t>)");

    @TempDir
    Path dir;

    @Test
    void noBrokenValueIsAFaultOfPeg() throws Exception {
        Path source = Path.of(PlanMutationsTest.class.getResource("date-iso-2025.xlsx").toURI());
        Map<String, byte[]> parts = parts(Files.readAllBytes(source));
        List<String> xml = parts.keySet().stream().filter(k -> k.endsWith(".xml")).toList();
        Random random = new Random(7);
        List<String> faults = new ArrayList<>();
        Path file = dir.resolve("piano.xlsx");
        for (int i = 0; i < 100; i++) {
            String part = xml.get(random.nextInt(xml.size()));
            String text = new String(parts.get(part), StandardCharsets.UTF_8);
            List<int[]> spans = new ArrayList<>();
            Matcher m = VALUES.matcher(text);
            while (m.find()) {
                int g = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
                spans.add(new int[]{m.start(g), m.end(g)});
            }
            int[] span = spans.get(random.nextInt(spans.size()));
            String junk = JUNK[random.nextInt(JUNK.length)];
            String mutated = text.substring(0, span[0]) + junk + text.substring(span[1]);
            Files.write(file, zip(parts, part, mutated.getBytes(StandardCharsets.UTF_8)));
            String what = part + " '" + text.substring(span[0], span[1]) + "' -> '" + junk + "' at " + span[0];
            try {
                PlanReadResult r = PlanReader.read(file);
                r.findings().stream().filter(f -> f.code().equals("ERRORE_INTERNO_PEG")).findFirst()
                        .ifPresent(f -> faults.add(what));
            } catch (RuntimeException e) {
                faults.add(what + ": " + e);
            }
        }
        assertEquals(List.of(), faults);
    }

    private static Map<String, byte[]> parts(byte[] zip) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts, String replaced, byte[] with) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getKey().equals(replaced) ? with : e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
