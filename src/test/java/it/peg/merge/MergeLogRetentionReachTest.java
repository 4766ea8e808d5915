package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What merge.log's rollover by peg ({@link MergeLogRollover}) deletes, beyond what {@code MergeLogRolloverTest} compares:
 * never more than logback's archive remover deleted (found in review: peg deleted every archive of day
 * {@code today - 91} and before, logback only the 32 days its first clean reaches, so a clock set months ahead for one
 * night deleted the whole history), and never a file that is not one of its archives.
 */
class MergeLogRetentionReachTest {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private final LoggerContext ctx = new LoggerContext();
    private final LocalDate today = LocalDate.now();

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A merge.log last written yesterday and an archive {@code back} days ago for each of {@code backs}. */
    private void folder(Path dir, int... backs) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve("merge.log");
        Files.writeString(log, "yesterday's line\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(log, FileTime.from(today.minusDays(1).atTime(12, 0).atZone(ZONE).toInstant()));
        for (int back : backs) {
            gzip(dir.resolve("merge." + today.minusDays(back) + ".0.log.gz"), "day -" + back + "\n");
        }
    }

    private LoggingEvent event() {
        LoggingEvent e = new LoggingEvent(MergeLogRetentionReachTest.class.getName(),
                ctx.getLogger("it.peg.merge.QuietNight"), Level.INFO, "nothing changed", null, null);
        e.setMDCPropertyMap(Map.of("run", "20241231T020000Z-4242"));
        return e;
    }

    private void pegRollsOver(Path dir) {
        MergeLogging.MergeLogFile file = new MergeLogging.MergeLogFile(dir, () -> MergeLogging.rolling(ctx, dir));
        file.setContext(ctx);
        file.start();
        file.doAppend(event());
        assertFalse(file.rolling(), "rolled over by peg, not handed to logback");
        file.stop();
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void archivesBeyondLogbacksReachAreKeptAsLogbackKeptThem(@TempDir Path tmp) throws IOException {
        int[] backs = {2, 90, 91, 100, 121, 122, 123, 124, 200, 400};
        Path peg = tmp.resolve("peg");
        Path logback = tmp.resolve("logback");
        folder(peg, backs);
        folder(logback, backs);
        pegRollsOver(peg);
        RollingFileAppender<ILoggingEvent> rolling = MergeLogging.rolling(ctx, logback);
        rolling.doAppend(event());
        rolling.stop(); // waits for the compression and the archive remover
        assertEquals(names(logback), names(peg));
        for (int back : new int[] {91, 100, 121, 122}) {
            assertFalse(Files.exists(peg.resolve("merge." + today.minusDays(back) + ".0.log.gz")), "-" + back);
        }
        for (int back : new int[] {2, 90, 123, 124, 200, 400}) {
            assertTrue(Files.exists(peg.resolve("merge." + today.minusDays(back) + ".0.log.gz")), "-" + back);
        }
    }

    /** Files people or other tools put in logs/: only peg's archive names (and its own temps) are ever deleted. */
    @Test
    void nothingButArchivesIsDeleted(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        folder(dir, 95);
        LocalDate old = today.minusDays(95);
        List<String> others = List.of("note.txt", "merge.log.bak", "merge." + old + ".log.gz", "merge." + old + ".x.log.gz",
                "merge." + old + ".0.log", "merge." + old + ".0.log.gz.bak", "Merge." + old + ".0.log.gz",
                "merge." + old + ".0.log.gz.tmp");
        for (String other : others) {
            Files.writeString(dir.resolve(other), other);
        }
        // a link named like an old archive: the link goes, never what it points to
        Path outside = Files.writeString(tmp.resolve("outside.log.gz"), "not peg's");
        Path link = dir.resolve("merge." + today.minusDays(96) + ".0.log.gz");
        Files.createSymbolicLink(link, outside);
        pegRollsOver(dir);
        for (String other : others) {
            assertEquals(other, Files.readString(dir.resolve(other)), other);
        }
        assertEquals("not peg's", Files.readString(outside));
        assertFalse(Files.exists(dir.resolve("merge." + old + ".0.log.gz")));
        assertTrue(Files.exists(dir.resolve("merge." + today.minusDays(1) + ".0.log.gz")));
    }

    /**
     * A folder named like an old archive, and a dangling link named like a recent one, stop nothing else (found in
     * review: the first failure ended the retention, every night, so no other old archive was deleted and the 1 GB cap
     * never applied); the first failure is still reported.
     */
    @Test
    void anEntryThatCannotBeDeletedOrMeasuredStopsNothingElse(@TempDir Path dir) throws IOException {
        List<MergeLogRollover.Archive> archives = new java.util.ArrayList<>();
        Path folderLike = dir.resolve("merge." + today.minusDays(95) + ".0.log.gz");
        Files.createDirectories(folderLike.resolve("inside"));
        archives.add(new MergeLogRollover.Archive(folderLike, today.minusDays(95), 0));
        Path old = dir.resolve("merge." + today.minusDays(96) + ".0.log.gz");
        gzip(old, "old");
        archives.add(new MergeLogRollover.Archive(old, today.minusDays(96), 0));
        Path dangling = dir.resolve("merge." + today.minusDays(1) + ".0.log.gz");
        Files.createSymbolicLink(dangling, dir.resolve("gone"));
        archives.add(new MergeLogRollover.Archive(dangling, today.minusDays(1), 0));
        Path recent = dir.resolve("merge." + today.minusDays(2) + ".0.log.gz");
        Path older = dir.resolve("merge." + today.minusDays(3) + ".0.log.gz");
        Files.write(recent, new byte[600]);
        Files.write(older, new byte[600]);
        archives.add(new MergeLogRollover.Archive(recent, today.minusDays(2), 0));
        archives.add(new MergeLogRollover.Archive(older, today.minusDays(3), 0));
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.DirectoryNotEmptyException.class,
                () -> MergeLogRollover.applyRetention(archives, today, 1_000));
        assertFalse(Files.exists(old), "the old archive after the folder");
        assertTrue(Files.exists(recent));
        assertFalse(Files.exists(older), "over the cap");
        assertTrue(Files.isDirectory(folderLike.resolve("inside")));
    }
}
