package it.peg.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.GZIPOutputStream;

/**
 * merge.log's daily rollover done by peg, as logback's {@code SizeAndTimeBasedRollingPolicy} of {@link MergeLogging#rolling}
 * does it: a {@code merge.log} last written on an earlier day becomes {@code merge.yyyy-MM-dd.N.log.gz}, the day being the
 * file's (its last modification, local time), N one more than the highest index of that day's archives in the folder (0
 * when there is none: logback's {@code computeCurrentPeriodsHighestCounterValue}), gzipped by {@link GZIPOutputStream}
 * as logback's compressor does. Setting logback's policy up for that (330 classes, its file name pattern's regular
 * expressions, its calendar, a compression thread and the archive remover) cost a real cron night with nothing new half
 * as much again as a night on the same day.
 *
 * <p>Unlike logback (which renames {@code merge.log} away and then compresses into the archive's own name), nothing can
 * be lost at any point: the archive is written to {@code <archive>.peg-tmp}, forced to the disk, renamed to its name,
 * and only then is {@code merge.log} deleted. A crash leaves at worst a temp file (deleted by the next rollover, which
 * archives {@code merge.log} again) or both the archive and {@code merge.log} (archived again under the next index: its
 * lines twice, none lost). A temp name never matches logback's archive pattern, so logback never counts or removes it.
 *
 * <p>Then the retention logback applies at each rollover ({@code maxHistory} 90, {@code totalSizeCap} 1 GB), because
 * logback's own would now run only on its rare rollovers (10 MB within a day): archives of days {@code today - 91} back
 * to {@code today - 122} are deleted (logback's {@code TimeBasedArchiveRemover.clean} on a fresh start: the period
 * {@code maxHistory + 1} back and the 31 before it; older ones are kept, as logback kept them); then, from today back
 * over 90 days, newest first and within a day highest index first, every archive that would bring the running total
 * (deleted ones included, as logback counts) over 1 GB is deleted ({@code capTotalSize}).
 */
final class MergeLogRollover {
    static final String TEMP_SUFFIX = ".peg-tmp";
    static final int MAX_HISTORY_DAYS = 90;
    static final long TOTAL_SIZE_CAP = 1024L * 1024 * 1024;
    /**
     * The days logback's {@code TimeBasedArchiveRemover} cleans back from {@code today - 91} on its first clean after
     * start-up (every peg run is one): {@code periodBarriersCrossed(now, now + 32 days)}, its inactivity tolerance.
     */
    static final int REMOVER_REACH_DAYS = 32;
    private static final String PREFIX = "merge.";
    private static final String SUFFIX = ".log.gz";
    private static final long DAY_MS = 86_400_000L;

    private MergeLogRollover() {
    }

    /** An archive in the folder: {@code merge.<day>.<index>.log.gz}. */
    record Archive(Path path, LocalDate day, int index) implements Comparable<Archive> {
        /** Oldest first: by day, then index. */
        @Override
        public int compareTo(Archive o) {
            int byDay = day.compareTo(o.day);
            return byDay != 0 ? byDay : Integer.compare(index, o.index);
        }
    }

    /** The local day {@code epochMillis} falls on in {@code zone} (its offset at that instant, as logback's date converter). */
    static LocalDate dayOf(TimeZone zone, long epochMillis) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + zone.getOffset(epochMillis), DAY_MS));
    }

    /**
     * Archives {@code log} (of {@code logDay}) into its folder and deletes it; returns the folder's archives, the new
     * one last, for {@link #applyRetention}. On an exception {@code log} is still there (or was deleted after its
     * archive was complete).
     */
    static List<Archive> rollOver(Path log, LocalDate logDay) throws IOException {
        Path dir = log.getParent();
        List<Archive> archives = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX + TEMP_SUFFIX)) {
                    Files.deleteIfExists(entry); // a rollover that did not finish: merge.log is still there
                    continue;
                }
                java.util.Optional<Archive> archive = archiveOf(entry, name);
                if (archive.isPresent()) {
                    archives.add(archive.get());
                }
            }
        }
        int index = 0;
        for (Archive a : archives) {
            if (a.day().equals(logDay)) {
                index = Math.max(index, a.index() + 1);
            }
        }
        Path archive = dir.resolve(PREFIX + logDay + "." + index + SUFFIX);
        Path temp = dir.resolve(archive.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            GZIPOutputStream gzip = new GZIPOutputStream(out, 8192);
            Files.copy(log, gzip);
            gzip.finish();
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE);
        // the archive's name durable before merge.log goes: a crash between cannot leave neither on the disk
        it.peg.io.AtomicFiles.fsyncDirectory(dir);
        Files.delete(log);
        archives.add(new Archive(archive, logDay, index));
        return archives;
    }

    /** Deletes what logback's archive remover deletes of {@code archives} on {@code today}. */
    static void applyRetention(List<Archive> archives, LocalDate today) throws IOException {
        applyRetention(archives, today, TOTAL_SIZE_CAP);
    }

    /** {@link #applyRetention(List, LocalDate)} with another size cap (tests). */
    static void applyRetention(List<Archive> archives, LocalDate today, long totalSizeCap) throws IOException {
        LocalDate lastDeleted = today.minusDays(MAX_HISTORY_DAYS + 1L);
        // logback's reach on a fresh start: 32 days from lastDeleted back, no further. An archive that looks older
        // is kept, as logback kept it: after a clock set months ahead, every archive looks old, and deleting all
        // would lose the whole log history to one wrong night
        LocalDate firstDeleted = lastDeleted.minusDays(REMOVER_REACH_DAYS - 1L);
        LocalDate oldestCapped = today.minusDays(MAX_HISTORY_DAYS - 1L);
        List<Archive> capped = new ArrayList<>();
        // one entry that cannot be deleted or measured (a folder or a dangling link named like an archive) stops
        // nothing else, as logback's File.delete and File.length: the first failure is thrown at the end
        IOException failed = null;
        for (Archive a : archives) {
            if (!a.day().isAfter(lastDeleted)) {
                if (a.day().isBefore(firstDeleted)) {
                    continue;
                }
                failed = delete(a.path(), failed);
            } else if (!a.day().isBefore(oldestCapped) && !a.day().isAfter(today)) {
                capped.add(a);
            }
        }
        capped.sort(null); // no lambdas: every class here comes from the class data sharing archive
        long total = 0;
        for (int i = capped.size() - 1; i >= 0; i--) { // newest first, highest index first
            Archive a = capped.get(i);
            long size;
            try {
                size = Files.size(a.path());
            } catch (IOException e) {
                failed = failed == null ? e : failed;
                size = 0; // File.length's answer
            }
            if (total + size > totalSizeCap) {
                failed = delete(a.path(), failed);
            }
            total += size;
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Deletes {@code path}; a failure is returned as the first one, unless there was one before. */
    private static IOException delete(Path path, IOException failed) {
        try {
            Files.deleteIfExists(path);
            return failed;
        } catch (IOException e) {
            return failed == null ? e : failed;
        }
    }

    /** {@code merge.yyyy-MM-dd.N.log.gz}, N in decimal digits (logback's {@code (\d+)}), as an archive. */
    static java.util.Optional<Archive> archiveOf(Path path, String name) {
        int dayEnd = PREFIX.length() + 10;
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name.length() < dayEnd + 2 + SUFFIX.length()
                || name.charAt(dayEnd) != '.') {
            return java.util.Optional.empty();
        }
        String digits = name.substring(dayEnd + 1, name.length() - SUFFIX.length());
        if (digits.isEmpty() || digits.length() > 9 || !digits(digits, 0, digits.length())) {
            return java.util.Optional.empty();
        }
        String d = name.substring(PREFIX.length(), dayEnd);
        if (d.charAt(4) != '-' || d.charAt(7) != '-' || !digits(d, 0, 4) || !digits(d, 5, 7) || !digits(d, 8, 10)) {
            return java.util.Optional.empty();
        }
        LocalDate day;
        try { // by hand: DateTimeFormatter's parsing would load its classes on every new day
            day = LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10), Integer.parseInt(d, 8, 10, 10));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Archive(path, day, Integer.parseInt(digits)));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
