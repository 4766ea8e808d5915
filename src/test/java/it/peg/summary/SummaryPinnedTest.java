package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The summary written as text against the summaries POI's workbook model wrote for the same results (pinned in
 * {@code pinned/} by {@link PinnedSummaries} at commit 7aac659, before the change): every part, byte for byte, in the
 * same order, and the whole file too. The results cover the fixture (findings, a Nucleo override, rejected and
 * missing services, Dati outliers, text that looks like formulas), the same without findings or files, with the
 * comune's emblem, a synthetic plan with nothing delivered, the demo's plan, a plan with no service at all, and
 * services whose codes make awkward sheet names. The Schede per la valutazione of the same results likewise. The
 * summaries' Indicatori part was re-pinned by h26-write (its cells without their {@code r}; see {@link PinnedSummaries}).
 */
class SummaryPinnedTest {
    @Test
    void everyPartIsTheOneThePoiWriterWrote(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, ConsolidationResult> c : PinnedSummaries.cases(dir).entrySet()) {
            same(c.getKey(), PinnedSummaries.write(c.getValue()));
        }
    }

    /** The Schede per la valutazione too, written as text since the same change. */
    @Test
    void everyValutazionePartIsTheOneThePoiWriterWrote(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, ConsolidationResult> c : PinnedSummaries.cases(dir).entrySet()) {
            same("valutazione-" + c.getKey(), ValutazioneWorkbookWriter.bytes(c.getValue()));
        }
    }

    private static void same(String file, byte[] written) throws Exception {
        byte[] pinned = Files.readAllBytes(PinnedSummaries.DIR.resolve(file));
        Map<String, byte[]> expected = entries(pinned);
        Map<String, byte[]> actual = entries(written);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), file + ": parts");
        for (String part : expected.keySet()) {
            byte[] e = expected.get(part);
            byte[] a = actual.get(part);
            if (!java.util.Arrays.equals(e, a)) {
                assertEquals(around(e, a), around(a, e), file + " " + part);
            }
        }
        assertArrayEquals(pinned, written, file + ": the whole file");
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** The text of {@code a} around its first difference from {@code b}, for a readable failure. */
    private static String around(byte[] a, byte[] b) {
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        String s = new String(a, StandardCharsets.UTF_8);
        int at = Math.min(i, s.length());
        return "at " + i + ": ..." + s.substring(Math.max(0, at - 150), Math.min(s.length(), at + 150));
    }

    static List<String> names(byte[] zip) throws IOException {
        return new ArrayList<>(entries(zip).keySet());
    }
}
