package it.peg.merge;

import it.peg.consolidate.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static it.peg.merge.Ledger.fields;

/**
 * The night's first step: what is new in the inbox archived (a verified copy, then the ARCHIVED line that is the
 * commit point), and every file ever received given back as its archived copy.
 */
final class ArchiveStep {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveStep.class);

    /** Archived copies this step looked for one by one, in this JVM (tests: the copies the quiet check spared it). */
    static final AtomicLong LOOKUPS = new AtomicLong();

    private ArchiveStep() {
    }

    private static boolean lookFor(Path copy) {
        LOOKUPS.incrementAndGet();
        return Archive.contains(copy);
    }

    /**
     * Stores every inbox file whose name and content are not known yet, and notes it (ARCHIVED, the commit
     * point); puts back an archived copy that disappeared (RESTORED). Returns how many were new; {@code known}
     * (the ledger's files, by {@link History.Known#key}) gets them. A known file {@code inPlace} holds is not looked
     * for; {@code inPlace} gets the key of every inbox file whose archived copy this step found in place or put there,
     * for {@link #archivedFiles}.
     */
    static int archiveNew(Archive archive, Ledger ledger, Clock clock, List<InputFile> inbox, List<String> hashes,
                          Map<String, History.Known> known, CopiesInPlace inPlace) throws IOException {
        // every copy made durable (its folder's and the root's fsync once for all), then every line in one append:
        // the lines are the commit point, written only once what they name is safely in the archive
        Archive.Batch batch = archive.batch();
        List<Ledger.Line> lines = new ArrayList<>();
        List<Archive.Stored> copies = new ArrayList<>(); // the copy each line names
        int newFiles;
        try {
            newFiles = storeNew(archive, batch, lines, copies, ledger, clock, inbox, hashes, known, inPlace);
        } catch (IOException | RuntimeException e) {
            // what was stored before the failure is committed as when each file had its own line
            try {
                commit(batch, lines, copies, ledger);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        commit(batch, lines, copies, ledger);
        return newFiles;
    }

    /**
     * The batch made durable, then the lines appended; a folder that could not be made durable keeps only its own
     * copies' lines out (the next night records them from the inbox), the others are appended before the failure is
     * thrown, as when each file had its own fsync and line.
     */
    private static void commit(Archive.Batch batch, List<Ledger.Line> lines, List<Archive.Stored> copies,
                               Ledger ledger) throws IOException {
        try {
            batch.durable();
        } catch (IOException e) {
            List<Ledger.Line> durable = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (batch.isDurable(copies.get(i))) {
                    durable.add(lines.get(i));
                }
            }
            try {
                ledger.appendAll(durable);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        ledger.appendAll(lines);
    }

    /** The loop of {@link #archiveNew}: each new file stored in {@code batch}, its line added to {@code lines}. */
    private static int storeNew(Archive archive, Archive.Batch batch, List<Ledger.Line> lines,
                                List<Archive.Stored> copies, Ledger ledger, Clock clock, List<InputFile> inbox, List<String> hashes,
                                Map<String, History.Known> known, CopiesInPlace inPlace) throws IOException {
        int newFiles = 0;
        Instant floor = null; // after every file received before tonight: made when the first new file is stored
        for (int i = 0; i < inbox.size(); i++) {
            InputFile f = inbox.get(i);
            String sha = hashes.get(i);
            String knownKey = History.Known.key(f.name(), sha);
            if (known.containsKey(knownKey) && (inPlace.holds(knownKey) || lookFor(archive.pathOf(sha, f.name())))) {
                inPlace.found(knownKey);
                continue;
            }
            Archive.Stored stored;
            try {
                stored = batch.store(f.path(), f.name());
            } catch (java.nio.file.NoSuchFileException e) {
                if (java.nio.file.Files.exists(f.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw e; // the archive's side, not the inbox's
                }
                // gone since the listing (an office saving it again right now): the next night archives what is there
                LOG.info("{} left the inbox while this night ran: not archived tonight", f.name());
                continue;
            }
            String key = History.Known.key(f.name(), stored.sha256());
            inPlace.stored(key);
            if (known.containsKey(key)) {
                lines.add(new Ledger.Line(LedgerEvent.RESTORED, fields("sha256", stored.sha256(), "name", f.name()),
                        ledger.now()));
                copies.add(stored);
                LOG.warn("archived copy of {} ({}) was missing and has been restored from the inbox", f.name(),
                        stored.sha256());
                continue;
            }
            // the time the copy was in place, as when each line was appended right after its copy; never before a
            // file received on an earlier night: the newest delivery of a service counts, and a clock set back (a
            // virtual machine restored from a snapshot, a clock reset before NTP corrects it) made tonight's file the
            // older one, the corrected scheda losing to the one it corrects
            if (floor == null) {
                floor = after(known);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant received = now.isBefore(floor) ? floor : now;
            lines.add(new Ledger.Line(LedgerEvent.ARCHIVED, fields("sha256", stored.sha256(), "name", f.name(),
                    "size", String.valueOf(stored.size()), "received", received.toString()), ledger.now()));
            copies.add(stored);
            known.put(key, new History.Known(f.name(), stored.sha256(), stored.size(), received));
            newFiles++;
            LOG.info("received {} sha256={} size={}", f.name(), stored.sha256(), stored.size());
        }
        return newFiles;
    }

    /** A millisecond after the latest time received among {@code known} (the epoch when there is none). */
    private static Instant after(Map<String, History.Known> known) {
        Instant latest = Instant.EPOCH;
        for (History.Known k : known.values()) {
            if (k.received().isAfter(latest)) {
                latest = k.received();
            }
        }
        return latest.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
    }

    /**
     * Every file ever received, as its archived copy, oldest first; a copy gone from the archive is noted. The copies
     * {@code inPlace} holds are not looked for again.
     */
    static List<InputFile> archivedFiles(Archive archive, Ledger ledger, Map<String, History.Known> known,
                                         CopiesInPlace inPlace) throws IOException {
        List<InputFile> archived = new ArrayList<>(known.size());
        List<Map.Entry<String, History.Known>> ordered = new ArrayList<>(known.entrySet());
        ordered.sort(Map.Entry.comparingByValue(Comparator.comparing(History.Known::received)
                .thenComparing(History.Known::name).thenComparing(History.Known::sha256)));
        for (Map.Entry<String, History.Known> e : ordered) {
            History.Known k = e.getValue();
            Path copy = archive.pathOf(k.sha256(), k.name());
            if (!inPlace.holds(e.getKey()) && !lookFor(copy)) {
                ledger.append(LedgerEvent.ARCHIVE_MISSING, fields("sha256", k.sha256(), "name", k.name()));
                LOG.error("archived copy of {} ({}) is missing from {} and the file is no longer in the inbox",
                        k.name(), k.sha256(), archive.dir());
                continue;
            }
            archived.add(new InputFile(copy, k.name(), k.received(),
                    Optional.of(new InputFile.Content(k.sha256(), k.size()))));
        }
        return archived;
    }
}
