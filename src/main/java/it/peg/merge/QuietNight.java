package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.consolidate.InputFile;

import it.peg.io.OutputDigest;
import it.peg.io.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The night with nothing new, decided before anything is decoded: most nights nothing arrives, and a new JVM that
 * read the plan's cache, the ledger's history and the night state to find that out cost 9% of a first night.
 *
 * <p>The last complete run leaves a {@link NightManifest}. A night takes this short way only when everything a full
 * run reads is as that run left it: the same build, plan and inbox arguments; the ledger and the night state byte for
 * byte (length and CRC-32: any line of a killed run, a stale lock taken over or a failed run makes them differ); the
 * night's date within the same verifica; no link or special file in the inbox; every file in the inbox a name and
 * content already received, with its archived copy in place; the plan, both outputs, the verifica's copies and every
 * file in {@code scartati/} with the content the run left. A file's content is known from its stamp
 * ({@link FileStamp}) when that vouches for it, else the file is read and hashed: a file touched but not changed costs
 * its hash, nothing more. Then a full run would archive nothing and stop at the night state's check (the ordinary
 * quiet night), so this one writes what that one writes, RUN_START and RUN_END with {@code inputs=unchanged}, and
 * reports the same counts and exit code. Anything else, and the run goes on as before, which decides on its own.
 */
public final class QuietNight {
    // the logger made when first used: a night with nothing new writes its lines through NightLogging (issue 21)
    private static final class Log { static final Logger LOG = LoggerFactory.getLogger(QuietNight.class); }

    /** The wall clock file times are compared with (tests move it on to make files settled). */
    static java.util.function.LongSupplier wallClock = System::currentTimeMillis;

    private QuietNight() {
    }

    /** Lists the inbox; a night lists it once, here or in the ordinary run (tests count the listings). */
    interface Lister {
        InboxWalk list(Path inbox) throws IOException;
    }

    static Lister lister = InboxWalk::of;

    /** Now by the wall clock, to compare with file times (not the job's clock, which tests fix). */
    static long now() {
        return wallClock.getAsLong();
    }

    /**
     * What a check that finds the night not quiet learned, for the ordinary run: the inbox's listing when it made one
     * (one a night), and the files received whose archived copies it found in place, when it got that far.
     */
    static final class Learned {
        private InboxWalk listing; // none made: null
        private final CopiesInPlace copies = new CopiesInPlace();

        Optional<InboxWalk> listing() {
            return Optional.ofNullable(listing);
        }

        CopiesInPlace copiesInPlace() {
            return copies;
        }
    }

    /**
     * The report of a night that found everything as the last complete run left it, having written its two ledger
     * lines; empty when anything differs or cannot be told (the ordinary run then does the work, nothing written yet).
     *
     * @param learned given what the check found when the night is not quiet: the inbox's listing (the ordinary run
     *                goes on from it rather than list thousands of files again) and the archived copies in place
     */
    static Optional<MergeReport> run(MergeRequest request, String build, String toolVersion, Clock clock, String runId,
                                     long t0, Learned learned) throws IOException {
        Path work = request.workDir();
        NightLog log = NightLogging.current(); // its lines written without logback when the night is quiet (issue 21)
        Optional<Checked> checked = check(request, build, clock, walk -> learned.listing = walk,
                learned.copies::foundByCheck);
        if (checked.isEmpty()) {
            log.useLogback(); // set up before the ordinary run logs anything
            return Optional.empty();
        }
        NightManifest m = checked.get().manifest();
        PhaseTimes phases = new PhaseTimes();
        phases.lap("plan");
        Ledger ledger = Ledger.open(work, runId, clock);
        log.info(QuietNight.class, "nothing changed since the last complete run (inbox, plan, outputs and ledger as it"
                + " left them): outputs left as they are");
        for (String step : List.of("archive", "assess", "nucleo", "combine", "outputs", "status")) {
            phases.lap(step);
        }
        NightManifest.Counts c = m.counts();
        boolean inputErrors = c.acceptedWithErrors() || c.rejectedServices() > 0;
        int seen = checked.get().inbox().size();
        MergeReport report = new MergeReport(inputErrors ? MergeReport.Outcome.INPUT_ERRORS : MergeReport.Outcome.OK,
                Optional.of(m.verificaLabel()), seen, 0, 0, c.accepted(), c.notFilled(), c.superseded(), c.rejected(),
                c.missing(), false, false, Duration.ofNanos(System.nanoTime() - t0), List.of(), List.of());
        // RUN_START and RUN_END in one append: one fsync, not two
        ledger.appendTogether(LedgerEvent.RUN_START, request.runStartFields(toolVersion),
                LedgerEvent.RUN_END, Ledger.fields("outcome", report.outcome().name(),
                "verifica", m.verificaDate(), "seen", String.valueOf(seen), "new", "0", "read", "0",
                "accepted", String.valueOf(c.accepted()), "notFilled", String.valueOf(c.notFilled()),
                "superseded", String.valueOf(c.superseded()),
                "rejected", String.valueOf(c.rejected()), "missing", String.valueOf(c.missing()),
                "summary", "unchanged", "csv", "unchanged",
                "durationMs", String.valueOf(report.duration().toMillis()), "phasesMs", phases.toString(),
                "inputs", "unchanged"));
        // the manifest is written again only when a file read tonight can be vouched for by its stamp from now on: the
        // usual quiet night leaves the work folder as it was but for its two ledger lines
        if (newlyVouched(m, checked.get())) {
            try {
                new NightManifest(m.planPath(), m.inboxPath(), checked.get().plan(), m.planYear(), m.verificaDate(),
                        m.verificaLabel(), m.validFrom(), m.validUntil(), c, checked.get().inbox(),
                        m.received(), checked.get().work(), m.ledger(), m.nightState(), checked.get().archiveFolders())
                        .write(work, build);
            } catch (IOException | RuntimeException e) {
                NightManifest.delete(work);
                log.useLogback();
                Log.LOG.warn("night manifest not written ({}): the next night makes the ordinary checks", e.toString());
            }
        }
        return Optional.of(report);
    }

    /** The entries as found tonight: the same files, with the stamps of those read again. */
    private record Checked(NightManifest manifest, NightManifest.Entry plan, SortedMap<String, NightManifest.Entry> inbox,
                           SortedMap<String, NightManifest.Entry> work,
                           SortedMap<String, NightManifest.Entry> archiveFolders) {
    }

    private static Optional<Checked> check(MergeRequest request, String build, Clock clock,
                                           Consumer<InboxWalk> listed, Consumer<Predicate<String>> copiesInPlace)
            throws IOException {
        Path work = request.workDir();
        long now = now();
        // the inbox listed on a thread of its own from the start (peg merge starts it before the run lock: InboxListing),
        // while the manifest is decoded and the work folder
        // checked here (at 2,000 files the listing and the manifest's decoding are the largest parts of a quiet night:
        // issue 21); the order of the checks does not matter, any one differing and the night is an ordinary one,
        // which is handed the listing (a first night too: one listing a night)
        java.util.concurrent.CompletableFuture<InboxWalk> walking = InboxListing.walking(request.inbox());
        boolean handedOver = false;
        try {
            Optional<NightManifest> manifest = NightManifest.read(work, build);
            if (manifest.isEmpty()) {
                return Optional.empty();
            }
            NightManifest m = manifest.get();
            if (!m.planPath().equals(request.planFile().toString())
                    || !m.inboxPath().equals(request.inbox().toString())) {
                return Optional.empty();
            }
            long day = request.at().orElseGet(() -> it.peg.clock.SystemClock.today(clock)).toEpochDay();
            if (day < m.validFrom() || day >= m.validUntil()) {
                return Optional.empty(); // another verifica: other values due, other scores
            }
            // the ledger first: a line of any run but a quiet night since (killed, failed, a lock taken over) and the
            // night is an ordinary one
            if (!QuietLedger.onlyQuietNightsSince(work, m.ledger())
                    || !NightManifest.Sealed.of(nightStateFile(work)).equals(m.nightState())) {
                return Optional.empty();
            }
            Optional<NightManifest.Entry> plan = same(request.planFile(), m.plan(), now, SHA256);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            Optional<SortedMap<String, NightManifest.Entry>> folders = ArchiveFolders.holding(work, m.received(),
                    m.archiveFolders(), m.foldersOfReceived(), now);
            if (folders.isEmpty()) {
                return Optional.empty(); // restored from the inbox, or reported missing, by the ordinary run
            }
            // every file the manifest says was received has its archived copy, found just now: the ordinary run, should
            // the night not be quiet, need not look for each of them again (at 10,000 files, 10,000 file-system calls)
            copiesInPlace.accept(m::wasReceived);
            // the outputs and scartati/ as the run left them (the Nucleo types into the summaries)
            if (!m.work().keySet().equals(workFiles(work, IsoInstant.date(m.verificaDate())))) {
                return Optional.empty();
            }
            SortedMap<String, NightManifest.Entry> outputs = new TreeMap<>();
            for (Map.Entry<String, NightManifest.Entry> e : m.work().entrySet()) {
                Optional<NightManifest.Entry> same = same(work.resolve(e.getKey()), e.getValue(), now, OUTPUT);
                if (same.isEmpty()) {
                    return Optional.empty();
                }
                outputs.put(e.getKey(), same.get());
            }
            // a listing that failed (a file gone as it was listed: an office saving its scheda just then) is made again
            // by the ordinary run, which meets a lasting failure for itself: not this night's end
            Optional<InboxWalk> walked = it.peg.consolidate.SideTask.awaitQuietly(walking);
            handedOver = true;
            if (walked.isEmpty()) {
                return Optional.empty();
            }
            InboxWalk walk = walked.get();
            if (!walk.skipped().isEmpty()) {
                listed.accept(walk);
                return Optional.empty(); // said by name every night: the ordinary run does it
            }
            // every entry of the manifest's inbox received (the usual night, a fact of the manifest): a file its entry
            // vouches for was received, and the 2,000 keys are not decoded, nor hashed
            boolean inboxReceived = m.inboxReceived();
            SortedMap<String, NightManifest.Entry> inbox = new TreeMap<>();
            // the files whose manifest entry vouches for them: when they are all the inbox holds (the usual night), the
            // inbox's entries are the manifest's, taken as they are rather than put in a map of 2,000 names again
            List<InputFile> vouched = new ArrayList<>();
            // the files read here (their stamps did not vouch for them) go to the ordinary run with the listing: the
            // first new file found is not hashed there again, nor a file the last night read before it settled
            Map<String, String> read = new java.util.HashMap<>();
            // the files whose stamps vouch for them first (no reading), then those to read, the likely new ones first: a
            // name not seen before, or a file whose settled stamp no longer vouches (written since). A file the last
            // night read just after it arrived (not settled then) is most likely the same: when a new file is found
            // first, the night is an ordinary one at once and those are hashed on the ordinary run's hashing thread
            List<InputFile> toRead = new ArrayList<>();
            for (InputFile f : walk.files()) { // in any order: the listing is sorted only for the ordinary run
                NightManifest.Entry was = m.inbox().get(f.name());
                FileStamp stamp = walk.stamps().get(f.name());
                if (was != null && stamp != null && was.vouchesFor(stamp)) {
                    if (!inboxReceived && !m.wasReceived(f.name(), was.digest())) {
                        listed.accept(walk);
                        return Optional.empty();
                    }
                    vouched.add(f);
                } else {
                    toRead.add(f);
                }
            }
            toRead.sort((a, b) -> Boolean.compare(!likelyNew(m.inbox().get(a.name())), !likelyNew(m.inbox().get(b.name()))));
            try {
                for (InputFile f : toRead) {
                    NightManifest.Entry was = m.inbox().get(f.name());
                    Optional<NightManifest.Entry> e = known(f.path(), Optional.ofNullable(walk.stamps().get(f.name())),
                            was, now, SHA256);
                    if (e.isPresent() && e.get() != was) {
                        read.put(f.name(), e.get().digest());
                    }
                    if (e.isEmpty() || !m.wasReceived(f.name(), e.get().digest())) {
                        return Optional.empty(); // new, changed, or unreadable: the ordinary run archives or reports it
                    }
                    inbox.put(f.name(), e.get());
                }
            } finally {
                listed.accept(read.isEmpty() ? walk : walk.withDigests(read));
            }
            if (toRead.isEmpty() && vouched.size() == m.inbox().size()) {
                // each listed name (once each) found among the manifest's, as many: the same names, the same entries
                return Optional.of(new Checked(m, plan.get(), m.inbox(), outputs, folders.get()));
            }
            for (InputFile f : vouched) {
                inbox.put(f.name(), m.inbox().get(f.name()));
            }
            return Optional.of(new Checked(m, plan.get(), inbox, outputs, folders.get()));
        } finally {
            if (!handedOver) {
                // a check above differed or failed: the ordinary run goes on from the listing when it was made (a
                // failed listing it makes again, and meets the failure there)
                it.peg.consolidate.SideTask.awaitQuietly(walking).ifPresent(listed);
            }
        }
    }

    /** Whether a file not vouched for by its entry is likely new: no entry, or a settled one its stamp no longer matches. */
    private static boolean likelyNew(NightManifest.Entry was) {
        return was == null || was.settled();
    }

    /** Whether an entry checked tonight vouches for its file where the manifest's did not. */
    private static boolean newlyVouched(NightManifest m, Checked checked) {
        if (checked.plan().settled() && !checked.plan().equals(m.plan())) {
            return true;
        }
        if (checked.inbox() != m.inbox()) { // else the manifest's own entries
            for (var e : checked.inbox().entrySet()) {
                if (e.getValue().settled() && !e.getValue().equals(m.inbox().get(e.getKey()))) {
                    return true;
                }
            }
        }
        for (var e : checked.work().entrySet()) {
            if (e.getValue().settled() && !e.getValue().equals(m.work().get(e.getKey()))) {
                return true;
            }
        }
        for (var e : checked.archiveFolders().entrySet()) {
            if (e.getValue().settled() && !e.getValue().equals(m.archiveFolders().get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** How a file's content is digested: SHA-256 for the plan and the inbox, {@link OutputDigest} for merge's own. */
    private interface Digest {
        String of(Path file) throws IOException;
    }

    private static final Digest SHA256 = Sha256::ofFile;
    private static final Digest OUTPUT = OutputDigest::ofFile;

    /** The entry of a file whose content is the entry's, now; empty when it differs or is missing. */
    private static Optional<NightManifest.Entry> same(Path file, NightManifest.Entry was, long now, Digest digest) {
        return known(file, FileStamp.of(file), was, now, digest).filter(e -> e.digest().equals(was.digest()));
    }

    /**
     * The file's entry now, from its stamp taken now: the recorded one when the stamp vouches for the content, else
     * the file read (stamped first: a write while it is read leaves a stamp that differs the next night); empty when
     * it cannot be read.
     */
    private static Optional<NightManifest.Entry> known(Path file, Optional<FileStamp> stamp, NightManifest.Entry was,
                                                       long now, Digest digest) {
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        if (was != null && was.vouchesFor(stamp.get())) {
            return Optional.of(was);
        }
        try {
            return Optional.of(NightManifest.Entry.of(stamp.get(), digest.of(file), now));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The files of the work folder a full run checks before it stops: both outputs, the verifica's copies (the Nucleo
     * may type into any of them) and what is in {@code scartati/}.
     */
    private static Set<String> workFiles(Path work, LocalDate verifica) throws IOException {
        Set<String> files = new HashSet<>(List.of(MergeJob.SUMMARY, MergeJob.CSV, VerificaSummaries.summaryOf(verifica),
                VerificaSummaries.csvOf(verifica), MergeJob.FORMS, VerificaSummaries.formsOf(verifica)));
        Path rejected = work.resolve(RejectedFolder.DIR);
        if (Files.isDirectory(rejected)) {
            try (Stream<Path> list = Files.list(rejected)) {
                list.forEach(p -> files.add(RejectedFolder.DIR + "/" + p.getFileName()));
            }
        }
        return files;
    }

    static Path nightStateFile(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME);
    }

    /**
     * Whether {@code at} is known to fall in the plan's year or the next without reading the plan: the plan file is
     * the one the last complete run read ({@code peg merge --at} is then checked without reading a plan of 10,000
     * services). False when that cannot be told: the caller reads the plan.
     */
    public static boolean atInPlanYear(Path work, Path planFile, String build, LocalDate at) {
        // the manifest's head alone: the rest is decoded by the night's check, beside the inbox's listing
        return NightManifest.readHead(work, build)
                .filter(m -> m.planPath().equals(planFile.toString()))
                .filter(m -> at.getYear() == m.planYear() || at.getYear() == m.planYear() + 1)
                .filter(m -> same(planFile, m.plan(), now(), SHA256).isPresent())
                .isPresent();
    }

    /**
     * The {@link OutputDigest} of a file of the work folder (an output, a verifica's copy) as the last complete run
     * left it, when its stamp still vouches for those bytes; empty otherwise (the caller reads the file).
     */
    static Optional<String> knownDigest(Path work, String build, Path file) {
        Optional<NightManifest> m = NightManifest.read(work, build);
        if (m.isEmpty() || !file.startsWith(work)) {
            return Optional.empty();
        }
        NightManifest.Entry e = m.get().work().get(work.relativize(file).toString().replace('\\', '/'));
        return e == null ? Optional.empty()
                : FileStamp.of(file).filter(e::vouchesFor).map(s -> e.digest());
    }
}
