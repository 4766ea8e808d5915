package it.peg.cli;

import it.peg.io.OutputDigest;
import it.peg.merge.cache.ParsedFileCache;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.NucleoColumnsReader;
import it.peg.summary.NucleoReadResult;
import it.peg.version.Version;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 21: consolidate knows the Nucleo's columns of the summary it overwrites without reading them back when the
 * file is exactly as the last run wrote it (an entry keyed by its {@link OutputDigest} in the user's cache folder,
 * {@link NucleoColumnsCache}); a summary the Nucleo typed into is read, and its judgements carried.
 */
class ConsolidateNucleoCacheTest {
    @TempDir
    Path dir;
    private ManySchede schede;
    private String before;
    private Path cache;
    private Path out;

    @BeforeEach
    void schede() throws Exception {
        schede = new ManySchede(dir, 3);
        before = System.getProperty(UserCache.PROPERTY);
        cache = dir.resolve("cache-utente");
        System.setProperty(UserCache.PROPERTY, cache.toString());
        out = dir.resolve("riepilogo.xlsx");
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(UserCache.PROPERTY);
        } else {
            System.setProperty(UserCache.PROPERTY, before);
        }
    }

    private ParsedFileCache<NucleoReadResult> entries() {
        return ParsedFileCache.forNucleo(cache, Version.build());
    }

    @Test
    void theRunKeepsWhatItsSummaryReadsBackAsKeyedByItsBytes() throws Exception {
        assertEquals(0, schede.consolidate(out).exit);
        Path entry = cache.resolve("cache").resolve("nucleo-" + OutputDigest.ofFile(out) + ".bin");
        assertTrue(Files.isRegularFile(entry), entry.toString());
        NucleoReadResult kept = entries().load(out, OutputDigest.ofFile(out), f -> fail("read, not taken from the entry"));
        assertEquals(NucleoColumnsReader.read(out), kept);
    }

    @Test
    void anEntryForTheseExactBytesIsTakenWithoutReadingTheFile() throws Exception {
        assertEquals(0, schede.consolidate(out).exit);
        NucleoReadResult read = NucleoColumnsReader.read(out);
        // an entry no reading of this file could give: the run can only have it from the cache
        entries().put(OutputDigest.ofFile(out), "riepilogo.xlsx", new NucleoReadResult(Map.of("O0002",
                new NucleoOverride("O0002", Optional.of(new BigDecimal("0.5")), "dalla cache")), List.of(), read.verifica()));
        assertEquals(0, schede.consolidate(out).exit);
        assertEquals(List.of("50,0%", "dalla cache"), nucleoCells(out, "O0002"));
    }

    @Test
    void aSummaryTheNucleoTypedIntoIsReadAndItsJudgementCarried() throws Exception {
        assertEquals(0, schede.consolidate(out).exit);
        String written = OutputDigest.ofFile(out);
        type(out, "O0003", 0.35, "Rivalutato dal Nucleo");
        assertNotEquals(written, OutputDigest.ofFile(out));
        assertEquals(0, schede.consolidate(out).exit);
        assertEquals(List.of("35,0%", "Rivalutato dal Nucleo"), nucleoCells(out, "O0003"));
        // and the summary written then is known again: the next run takes the judgement from its entry
        assertEquals(NucleoColumnsReader.read(out),
                entries().load(out, OutputDigest.ofFile(out), f -> fail("read, not taken from the entry")));
        assertEquals(0, schede.consolidate(out).exit);
        assertEquals(List.of("35,0%", "Rivalutato dal Nucleo"), nucleoCells(out, "O0003"));
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (name.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row row(XSSFSheet s, String code) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && code.equals(c.toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    /** The Nucleo's score (as shown) and note of an objective in the summary's Obiettivi sheet. */
    private static List<String> nucleoCells(Path summary, String objective) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            Row header = s.getRow(0);
            Row r = row(s, objective);
            DataFormatter shown = new DataFormatter(java.util.Locale.ITALY);
            return List.of(shown.formatCellValue(r.getCell(column(header, "Valutazione Nucleo %"))),
                    shown.formatCellValue(r.getCell(column(header, "Note Nucleo"))));
        }
    }

    private static void type(Path summary, String objective, double score, String note) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            Row header = s.getRow(0);
            Row r = row(s, objective);
            r.getCell(column(header, "Valutazione Nucleo %")).setCellValue(score);
            r.getCell(column(header, "Note Nucleo")).setCellValue(note);
            try (OutputStream o = Files.newOutputStream(summary)) {
                wb.write(o);
            }
        }
    }
}
