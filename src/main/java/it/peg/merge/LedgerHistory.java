package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.CacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run needs of the ledger ({@link History}), without parsing every line ever written each night:
 * the ledger only grows (a 2,000-service comune adds 4,000 lines per verifica), and parsing all of it was most of
 * what a night with a few new files spent outside its steps. A snapshot of the history of the ledger's first
 * bytes is kept in {@code cache/ledger-history.bin} with their length and CRC32C; a night uses it only when the
 * ledger still begins with exactly those bytes, ending a line, and no run has lines on both sides, and parses
 * the lines after them. Anything else, and the whole ledger is parsed. Derivable data: deleting it costs one
 * full parse.
 */
final class LedgerHistory {
    static final String FILE_NAME = "ledger-history.bin";
    /**
     * 2: written by hand ({@link SnapshotFile}); 1 was the records' reflective codec, whose first use in a new JVM (its
     * readers, the record types' schema, the reflective constructors of 2,000 file records) cost every night more than
     * reading the history itself (issue 21).
     */
    static final String MAGIC = "peg-ledger-history/2";
    /** A snapshot is written again when a run parsed or wrote more lines than this since the last one. */
    static final int REFRESH_LINES = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerHistory.class);

    /**
     * @param length  how many bytes of the ledger it describes (whole lines)
     * @param crc     CRC32C of those bytes
     * @param runs    every run with a line in them
     * @param history {@link History#of} those lines
     */
    record Snapshot(long length, int crc, Set<String> runs, History history) {
    }

    /**
     * The history of the whole ledger as it is now.
     *
     * @param length the ledger's length it describes
     * @param runs   every run with a line in it
     * @param parsed how many lines were parsed to get it (the rest came from the snapshot)
     * @param endsLine whether the ledger ended with a newline: a last line without one (a write cut short) is
     *                 counted as torn now, but the run's first line completes it, so no snapshot can follow from this
     */
    record Loaded(History history, long length, Set<String> runs, int parsed, boolean endsLine) {
    }

    private LedgerHistory() {
    }

    static Loaded read(Path work, String build) throws IOException {
        byte[] data = Ledger.bytes(work);
        Optional<Snapshot> snapshot = snapshot(work, build);
        if (snapshot.isPresent() && describes(snapshot.get(), data)) {
            Snapshot s = snapshot.get();
            Ledger.Contents later = Ledger.parse(data, (int) s.length());
            Set<String> laterRuns = runsOf(later);
            if (java.util.Collections.disjoint(laterRuns, s.runs())) {
                Set<String> runs = new HashSet<>(s.runs());
                runs.addAll(laterRuns);
                return new Loaded(s.history().then(later), data.length, runs, later.entries().size() + later.badLines(),
                        endsLine(data));
            }
        }
        Ledger.Contents all = Ledger.parse(data, 0);
        return new Loaded(History.of(all), data.length, runsOf(all), all.entries().size() + all.badLines(),
                endsLine(data));
    }

    /**
     * After a complete run: the history of the ledger as the run leaves it, kept as the new snapshot when the lines
     * parsed past the last one (by this run's {@code read} and written by the run) are more than
     * {@link #REFRESH_LINES}. Failures are logged: tomorrow parses more.
     */
    static void refresh(Path work, String build, Loaded before) {
        if (!before.endsLine()) {
            return; // the run completed a cut line: what it read is not what the ledger now says; the next night parses
        }
        try {
            byte[] data = Ledger.bytes(work);
            if (data.length < before.length()) {
                return; // not the ledger this run read: leave it to the next full parse
            }
            Ledger.Contents own = Ledger.parse(data, (int) before.length());
            Set<String> ownRuns = runsOf(own);
            if (!java.util.Collections.disjoint(ownRuns, before.runs())) {
                return; // a run id seen before: History.then would not be exact, the next night parses everything
            }
            if (before.parsed() + own.entries().size() + own.badLines() <= REFRESH_LINES || data.length == 0
                    || !endsLine(data)) {
                return;
            }
            Set<String> runs = new HashSet<>(before.runs());
            runs.addAll(ownRuns);
            Snapshot s = new Snapshot(data.length, CacheEntry.checksum(data, 0, data.length), runs,
                    before.history().then(own));
            Files.createDirectories(path(work).getParent());
            it.peg.io.AtomicFiles.write(path(work), SnapshotFile.encode(build, s), false);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ledger history not kept ({}): the next night parses the whole ledger", e.toString());
        }
    }

    private static Optional<Snapshot> snapshot(Path work, String build) {
        try {
            return SnapshotFile.read(path(work), build);
        } catch (IOException e) {
            LOG.warn("ledger history not usable, the whole ledger is parsed: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Whether the ledger begins with the bytes the snapshot describes, ending a line. */
    private static boolean describes(Snapshot s, byte[] data) {
        return s.length() > 0 && s.length() <= data.length && data[(int) s.length() - 1] == '\n'
                && CacheEntry.checksum(data, 0, (int) s.length()) == s.crc();
    }

    private static boolean endsLine(byte[] data) {
        return data.length == 0 || data[data.length - 1] == '\n';
    }

    private static Set<String> runsOf(Ledger.Contents contents) {
        Set<String> runs = new HashSet<>();
        contents.entries().forEach(e -> runs.add(e.run()));
        return runs;
    }

    static Path path(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(FILE_NAME);
    }
}
