package it.peg.merge;

import it.peg.consolidate.Delivery;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.consolidate.KeptFigures;
import it.peg.consolidate.KeptFile;
import it.peg.consolidate.KeptService;
import it.peg.domain.Finding;
import it.peg.domain.Verifica;
import it.peg.merge.cache.CacheEntry;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ServiceScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link NightFigures}: what is written is read back equal, and a file torn, of another build, plan, context or schema
 * is not read (the night then combines every service).
 */
class NightFiguresTest {
    private static final Verifica JUNE = new Verifica(LocalDate.of(2018, 6, 30), Optional.of(LocalDate.of(2018, 7, 15)),
            false);

    @TempDir
    Path work;

    static NightFigures figures() {
        Finding warning = new Finding(it.peg.domain.Severity.AVVISO, "SCHEDA_DUPLICATA", "S01 v1.xlsx", "", "", "S01",
                "S01 v1.xlsx", "S01 v2.xlsx", "Per il servizio S01 sono arrivate più schede.");
        Finding blank = new Finding(it.peg.domain.Severity.AVVISO, "SCHEDA_NON_COMPILATA", "S02.xlsx", "", "", "S02", "",
                "i valori della verifica al 30/06/2018", "La scheda non riporta alcun valore.");
        Instant received = Instant.parse("2018-07-10T08:00:00.123456789Z");
        KeptService s01 = new KeptService(new ServiceScore("S01", JUNE, Optional.of(new BigDecimal("0.8500")),
                BigDecimal.ONE, Optional.of("Raggiunto")), new Delivery("S01", DeliveryState.INCOMPLETE,
                Optional.of("S01 v2.xlsx"), Optional.of(received), Optional.of(true), 2), List.of(warning, warning),
                Optional.empty(), true, new TreeMap<>(java.util.Map.of("OB1", new NucleoOverride("OB1",
                Optional.of(new BigDecimal("0.9")), "rivisto"))));
        KeptService s02 = new KeptService(new ServiceScore("S02", JUNE, Optional.empty(), BigDecimal.ZERO,
                Optional.empty()), new Delivery("S02", DeliveryState.EMPTY, Optional.of("S02.xlsx"), Optional.of(received),
                Optional.empty(), 0), List.of(), Optional.of(blank), false, new TreeMap<>());
        KeptFile file = new KeptFile(new FileRecord("S01 v1.xlsx", "ab", 1234, received, Optional.of("S01"),
                FileStatus.SUPERSEDED, "Per il servizio S01 conta il file più recente."), List.of(warning));
        KeptFile stray = new KeptFile(new FileRecord("foto.xlsx", "", 0, received, Optional.empty(),
                FileStatus.REJECTED, "Il file non si apre."), List.of());
        return new NightFigures(JUNE, new KeptFigures(List.of(s01, s02), List.of(file, stray)));
    }

    @Test
    void whatIsWrittenIsReadBackEqual() throws Exception {
        figures().write(work, "b1", "plan", "2018-07-01");
        assertEquals(Optional.of(figures()), NightFigures.read(work, "b1", "plan", "2018-07-01"));
    }

    @Test
    void figuresThatDidNotChangeAreNotWrittenAgain() throws Exception {
        assertEquals(true, figures().write(work, "b1", "plan", "2018-07-01"));
        Path file = NightFigures.path(work);
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, before);
        Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertEquals(false, figures().write(work, "b1", "plan", "2018-07-01"));
        assertEquals(before, Files.getLastModifiedTime(file));
        assertEquals(inode, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        // under another key they are written
        assertEquals(true, figures().write(work, "b1", "plan", "2018-07-02"));
        assertEquals(Optional.of(figures()), NightFigures.read(work, "b1", "plan", "2018-07-02"));
    }

    @Test
    void anotherBuildPlanOrContextIsNotRead() throws Exception {
        figures().write(work, "b1", "plan", "2018-07-01");
        assertEquals(Optional.empty(), NightFigures.read(work, "b2", "plan", "2018-07-01"));
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan2", "2018-07-01"));
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-02"));
    }

    @Test
    void aTornFileIsNotRead() throws Exception {
        figures().write(work, "b1", "plan", "2018-07-01");
        Path file = NightFigures.path(work);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
        byte[] flipped = whole.clone();
        flipped[flipped.length - 3] ^= 1;
        Files.write(file, flipped);
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
        Files.write(file, new byte[0]);
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
    }

    /** An older layout of the figures (another record under the same mark and key): its schema differs, not read. */
    record Older(Verifica verifica, List<String> services) {
    }

    @Test
    void figuresOfAnotherSchemaAreNotRead() throws Exception {
        Files.createDirectories(NightFigures.path(work).getParent());
        CacheEntry.write(NightFigures.path(work), NightFigures.MAGIC, List.of("b1", "plan", "2018-07-01"), "",
                new Older(JUNE, List.of("S01")));
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
    }

    @Test
    void noFileIsNoFigures() {
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
        NightFigures.delete(work);
        assertEquals(Optional.empty(), NightFigures.read(work, "b1", "plan", "2018-07-01"));
    }
}
