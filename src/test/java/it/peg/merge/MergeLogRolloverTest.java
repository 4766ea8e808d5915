package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.helper.FileNamePattern;
import ch.qos.logback.core.rolling.helper.RollingCalendar;
import ch.qos.logback.core.rolling.helper.SizeAndTimeBasedArchiveRemover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * merge.log's daily rollover by peg ({@link MergeLogRollover}) against logback's {@code SizeAndTimeBasedRollingPolicy}
 * ({@link MergeLogging#rolling}) doing it on a copy of the same folder: the same files afterwards, byte for byte.
 */
class MergeLogRolloverTest {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private final LoggerContext ctx = new LoggerContext();
    private final LocalDate today = LocalDate.now();
    private final LocalDate yesterday = today.minusDays(1);

    private LoggingEvent event(String message) {
        LoggingEvent e = new LoggingEvent(MergeLogRolloverTest.class.getName(), ctx.getLogger("it.peg.merge.QuietNight"),
                Level.INFO, message, null, null);
        e.setMDCPropertyMap(Map.of("run", "20241231T020000Z-4242"));
        return e;
    }

    /** A merge.log of {@code day} with a few hundred lines (seeded), and the given archives of that day. */
    private static void folder(Path dir, LocalDate day, int... archiveIndexes) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(21);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            log.append(day).append("T02:00:").append(String.format("%02d", i % 60))
                    .append(".000+01:00 INFO  [20241231T020000Z-4242] i.p.merge.MergeJob - received A").append(i)
                    .append(" sha256=").append(Long.toHexString(random.nextLong())).append('\n');
        }
        Files.writeString(dir.resolve("merge.log"), log, StandardCharsets.UTF_8);
        for (int index : archiveIndexes) {
            gzip(dir.resolve("merge." + day + "." + index + ".log.gz"), "archived " + index + "\n");
        }
        Files.setLastModifiedTime(dir.resolve("merge.log"), noon(day));
    }

    private static FileTime noon(LocalDate day) {
        return FileTime.from(day.atTime(12, 0).atZone(ZONE).toInstant());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Every file of the folder by name, .gz files decompressed. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                byte[] bytes = name.endsWith(".gz") ? gunzip(p) : Files.readAllBytes(p);
                files.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private MergeLogging.MergeLogFile start(Path dir) {
        MergeLogging.MergeLogFile file = new MergeLogging.MergeLogFile(dir, () -> MergeLogging.rolling(ctx, dir));
        file.setContext(ctx);
        file.start();
        return file;
    }

    /** peg on {@code peg}, logback's rolling appender on {@code logback}: the same event; both folders compared. */
    private void bothRollOver(Path peg, Path logback) throws IOException {
        Map<String, String> before = contents(peg);
        LoggingEvent quiet = event("nothing changed");
        MergeLogging.MergeLogFile file = start(peg);
        file.doAppend(quiet);
        assertFalse(file.rolling(), "rolled over by peg, not handed to logback");
        file.stop();
        RollingFileAppender<ILoggingEvent> rolling = MergeLogging.rolling(ctx, logback);
        rolling.doAppend(quiet);
        rolling.stop(); // waits for the compression and the archive remover
        assertEquals(contents(logback), contents(peg));
        assertEquals(file.line(quiet), Files.readString(peg.resolve("merge.log")));
        // the gzip itself: the same compressor, the same bytes
        for (String name : contents(peg).keySet()) {
            if (name.endsWith(".gz") && !before.containsKey(name)) {
                assertArrayEquals(Files.readAllBytes(logback.resolve(name)), Files.readAllBytes(peg.resolve(name)), name);
            }
        }
    }

    @Test
    void yesterdaysLogIsArchivedAsLogbackArchivesIt(@TempDir Path tmp) throws IOException {
        folder(tmp.resolve("peg"), yesterday);
        folder(tmp.resolve("logback"), yesterday);
        bothRollOver(tmp.resolve("peg"), tmp.resolve("logback"));
        Path archive = tmp.resolve("peg").resolve("merge." + yesterday + ".0.log.gz");
        assertTrue(Files.isRegularFile(archive));
        assertEquals(400, new String(gunzip(archive), StandardCharsets.UTF_8).lines().count());
    }

    /** Archives of that day already there (peg's or logback's, from a 10 MB rollover): the next index after the highest. */
    @Test
    void anExistingIndexOfThatDayIsFollowedAsLogbackFollowsIt(@TempDir Path tmp) throws IOException {
        int[][] existing = {{0}, {0, 1, 2}, {0, 5}, {3}};
        for (int i = 0; i < existing.length; i++) {
            Path peg = tmp.resolve("peg" + i);
            Path logback = tmp.resolve("logback" + i);
            folder(peg, yesterday, existing[i]);
            folder(logback, yesterday, existing[i]);
            bothRollOver(peg, logback);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("peg1").resolve("merge." + yesterday + ".3.log.gz")));
        assertTrue(Files.isRegularFile(tmp.resolve("peg2").resolve("merge." + yesterday + ".6.log.gz")));
    }

    /** A log last written several days ago is archived under its own day; other days' indexes do not count. */
    @Test
    void aLogOfSomeDaysAgoIsArchivedUnderItsDay(@TempDir Path tmp) throws IOException {
        LocalDate day = today.minusDays(5);
        for (String side : new String[] {"peg", "logback"}) {
            folder(tmp.resolve(side), day);
            gzip(tmp.resolve(side).resolve("merge." + today.minusDays(6) + ".0.log.gz"), "older\n");
            gzip(tmp.resolve(side).resolve("merge." + today.minusDays(6) + ".1.log.gz"), "older\n");
        }
        bothRollOver(tmp.resolve("peg"), tmp.resolve("logback"));
        assertTrue(Files.isRegularFile(tmp.resolve("peg").resolve("merge." + day + ".0.log.gz")));
    }

    /** logback's archive remover: archives of day today-91 and before deleted (within its 32 days' reach), today-90 kept. */
    @Test
    void oldArchivesAreDeletedAsLogbackDeletesThem(@TempDir Path tmp) throws IOException {
        for (String side : new String[] {"peg", "logback"}) {
            Path dir = tmp.resolve(side);
            folder(dir, yesterday);
            for (int back : new int[] {2, 89, 90, 91, 92, 120}) {
                gzip(dir.resolve("merge." + today.minusDays(back) + ".0.log.gz"), "day -" + back + "\n");
            }
        }
        bothRollOver(tmp.resolve("peg"), tmp.resolve("logback"));
        Path peg = tmp.resolve("peg");
        assertTrue(Files.exists(peg.resolve("merge." + today.minusDays(90) + ".0.log.gz")));
        assertFalse(Files.exists(peg.resolve("merge." + today.minusDays(91) + ".0.log.gz")));
        assertFalse(Files.exists(peg.resolve("merge." + today.minusDays(120) + ".0.log.gz")));
    }

    /** The 1 GB cap as logback's {@code capTotalSize} applies it (here with a cap of a few KB, on copies). */
    @Test
    void theTotalSizeCapDeletesWhatLogbacksRemoverDeletes(@TempDir Path tmp) throws IOException {
        long cap = 6_000;
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int back = 0; back < 95; back += 1 + random.nextInt(4)) {
            for (int index = 0; index <= random.nextInt(3); index++) {
                names.add("merge." + today.minusDays(back) + "." + index + ".log.gz");
            }
        }
        for (String side : new String[] {"peg", "logback"}) {
            Random sizes = new Random(11);
            Files.createDirectories(tmp.resolve(side));
            for (String name : names) {
                Files.write(tmp.resolve(side).resolve(name), new byte[200 + sizes.nextInt(600)]);
            }
        }
        List<MergeLogRollover.Archive> archives = new ArrayList<>();
        for (String name : names) {
            Path p = tmp.resolve("peg").resolve(name);
            archives.add(MergeLogRollover.archiveOf(p, name).orElseThrow());
        }
        MergeLogRollover.applyRetention(archives, today, cap);

        SizeAndTimeBasedArchiveRemover remover = new SizeAndTimeBasedArchiveRemover(
                new FileNamePattern(tmp.resolve("logback").resolve("merge.%d{yyyy-MM-dd}.%i.log.gz").toString(), ctx),
                new RollingCalendar("yyyy-MM-dd"));
        remover.setContext(ctx);
        remover.setMaxHistory(90);
        remover.setTotalSizeCap(cap);
        try { // as the rolling policy runs it at each rollover: clean, then capTotalSize
            remover.cleanAsynchronously(today.atTime(2, 0).atZone(ZONE).toInstant()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }

        TreeSet<String> kept = names(tmp.resolve("peg"));
        assertEquals(names(tmp.resolve("logback")), kept);
        assertTrue(kept.size() < names.size() - 2 && kept.size() > 3, kept.toString());
    }

    /** A rollover that stopped before its rename: the temp is deleted, merge.log archived whole. */
    @Test
    void aLeftoverTempIsReplacedAndNoLineIsLost(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        folder(dir, yesterday);
        String log = Files.readString(dir.resolve("merge.log"));
        Path temp = dir.resolve("merge." + yesterday + ".0.log.gz" + MergeLogRollover.TEMP_SUFFIX);
        Files.write(temp, new byte[] {0x1f, (byte) 0x8b, 8, 0}); // a gzip cut short
        Files.setLastModifiedTime(dir.resolve("merge.log"), noon(yesterday));
        MergeLogging.MergeLogFile file = start(dir);
        LoggingEvent quiet = event("nothing changed");
        file.doAppend(quiet);
        assertFalse(file.rolling());
        file.stop();
        assertEquals(Map.of("merge." + yesterday + ".0.log.gz", log, "merge.log", file.line(quiet)), contents(dir));
    }

    /** A rollover that stopped after its rename, before merge.log's deletion: archived again, next index, both kept. */
    @Test
    void anArchiveBesideItsLogIsKeptAndTheLogArchivedAgain(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        folder(dir, yesterday);
        String log = Files.readString(dir.resolve("merge.log"));
        gzip(dir.resolve("merge." + yesterday + ".0.log.gz"), log);
        Files.setLastModifiedTime(dir.resolve("merge.log"), noon(yesterday));
        MergeLogging.MergeLogFile file = start(dir);
        LoggingEvent quiet = event("nothing changed");
        file.doAppend(quiet);
        file.stop();
        assertEquals(Map.of("merge." + yesterday + ".0.log.gz", log, "merge." + yesterday + ".1.log.gz", log,
                "merge.log", file.line(quiet)), contents(dir));
    }

    /** A quiet night on a new day: archived, then the night's lines appended to a fresh merge.log, then a same-day night. */
    @Test
    void aQuietNightOnANewDayThenOnTheSameDay(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        folder(dir, yesterday);
        String log = Files.readString(dir.resolve("merge.log"));
        MergeLogging.MergeLogFile night = start(dir);
        LoggingEvent first = event("nothing changed");
        LoggingEvent summary = event("merge summary files=2000");
        night.doAppend(first);
        night.doAppend(summary);
        assertFalse(night.rolling());
        night.stop();
        MergeLogging.MergeLogFile again = start(dir);
        LoggingEvent second = event("nothing changed again");
        again.doAppend(second);
        assertFalse(again.rolling());
        again.stop();
        assertEquals(Map.of("merge." + yesterday + ".0.log.gz", log,
                        "merge.log", night.line(first) + night.line(summary) + again.line(second)), contents(dir));
    }

    /**
     * At 10 MB the rollover stays logback's, and logback numbers its archive after the one peg made of that day (here
     * of a merge.log of yesterday again: the lines of a clock set back, or of a crash between rename and deletion).
     */
    @Test
    void aLogOf10MbIsLeftToLogbackWhichNumbersAfterPeg(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        folder(dir, yesterday);
        MergeLogging.MergeLogFile byPeg = start(dir);
        byPeg.doAppend(event("nothing changed"));
        assertFalse(byPeg.rolling());
        byPeg.stop();
        assertTrue(Files.isRegularFile(dir.resolve("merge." + yesterday + ".0.log.gz")));
        Files.write(dir.resolve("merge.log"), new byte[(int) MergeLogging.MAX_FILE_SIZE]);
        Files.setLastModifiedTime(dir.resolve("merge.log"), noon(yesterday));
        MergeLogging.MergeLogFile file = start(dir);
        file.doAppend(event("nothing changed"));
        assertTrue(file.rolling());
        file.stop();
        assertEquals(MergeLogging.MAX_FILE_SIZE, gunzip(dir.resolve("merge." + yesterday + ".1.log.gz")).length);
        assertEquals(1, Files.readAllLines(dir.resolve("merge.log")).size());
    }

    /** At 10 MB the rollover stays logback's (its size trigger and index), as does a missing file. */
    @Test
    void aLogOf10MbIsLeftToLogback(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        Files.createDirectories(dir);
        Files.write(dir.resolve("merge.log"), new byte[(int) MergeLogging.MAX_FILE_SIZE]);
        Files.setLastModifiedTime(dir.resolve("merge.log"), noon(yesterday));
        MergeLogging.MergeLogFile file = start(dir);
        file.doAppend(event("nothing changed"));
        assertTrue(file.rolling());
        file.stop();
        assertTrue(Files.isRegularFile(dir.resolve("merge." + yesterday + ".0.log.gz")));
        assertEquals(1, Files.readAllLines(dir.resolve("merge.log")).size());
    }

    @Test
    void onlyArchiveNamesAreArchives() {
        Path p = Path.of("x");
        assertEquals(new MergeLogRollover.Archive(p, LocalDate.of(2026, 12, 4), 12),
                MergeLogRollover.archiveOf(p, "merge.2026-12-04.12.log.gz").orElseThrow());
        for (String name : new String[] {"merge.log", "merge.2026-12-04.log.gz", "merge.2026-12-04..log.gz",
                "merge.2026-12-04.1.log.gz.peg-tmp", "merge.2026-13-04.1.log.gz", "merge.2026-12-04.x.log.gz",
                "merge.2026-12-4.1.log.gz", "merge.2026-12-04.1.log", "other.2026-12-04.1.log.gz"}) {
            assertTrue(MergeLogRollover.archiveOf(p, name).isEmpty(), name);
        }
        assertEquals(LocalDate.of(2026, 12, 5), MergeLogRollover.dayOf(java.util.TimeZone.getTimeZone("Europe/Rome"),
                Instant.parse("2026-12-04T23:30:00Z").toEpochMilli()));
        assertEquals(LocalDate.of(2026, 12, 4), MergeLogRollover.dayOf(java.util.TimeZone.getTimeZone("Europe/Rome"),
                Instant.parse("2026-12-04T22:59:59Z").toEpochMilli()));
    }
}
