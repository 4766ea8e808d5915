package it.peg.merge;

import it.peg.consolidate.SideTask;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.io.AtomicFiles;
import it.peg.io.Sha256;
import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.ParsedFileCache;
import it.peg.plan.PlanReadResult;
import it.peg.summary.NucleoReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static it.peg.merge.Ledger.fields;

/**
 * One merge run over a work folder, with the run lock already held. The order of the steps is what makes
 * it crash-safe and convergent:
 * <ol>
 * <li>tell a night with nothing new from file stamps ({@link QuietNight}: RUN_START and RUN_END, nothing else);
 *     otherwise remove temp files a killed run left; append RUN_START to the ledger;</li>
 * <li>read the plan, or decode the earlier reading of the same file from {@link ParsedFileCache} (invalid: RUN_END,
 *     nothing else touched);</li>
 * <li>archive every inbox file whose name + content is not yet known (verified copy, atomic rename), then
 *     record them with ARCHIVED lines once their folders are durable: the ledger lines are the commit point, and
 *     {@code received} is the time each copy was in place. A crash before them leaves at most archived copies that
 *     the next run finds and records;</li>
 * <li>assess every file ever received (from the archive, so results do not depend on what is still in the
 *     inbox), from the cache when valid (with the last night's figures, what the outputs render: {@link CombineStep});</li>
 * <li>read the Nucleo's columns from the current summary, combine, render both outputs to temp files and
 *     replace each file atomically, only when its bytes change;</li>
 * <li>refresh the folder of rejected files, note status changes, append RUN_END.</li>
 * </ol>
 * Every step is idempotent, so re-running after a failure at any point converges to the result of one
 * clean run. {@link #run} reads as that list: each step is a method of {@link Night} (one run's state), the larger
 * ones classes of their own ({@link ArchiveStep}, {@link AssessStep}, {@link OutputStep}, {@link StatusStep}).
 *
 * <p>Exit semantics ({@link MergeReport.Outcome#INPUT_ERRORS}): some service's delivery is rejected, or a
 * file that counts has ERRORE findings, or a rejected file no completed run has reported yet (usually: one
 * received tonight). A stray file rejected in an earlier night does not keep every later night failing, and
 * a run that completes the work of a killed one gives the exit code an uninterrupted run would have given.
 */
public final class MergeJob {
    public static final String SUMMARY = "riepilogo.xlsx";
    public static final String CSV = "riepilogo.csv";
    public static final String FORMS = it.peg.summary.ValutazioneWorkbookWriter.FILE_NAME; // as consolidate names them
    // the logger made when first used: a night with nothing new logs through none (NightLogging, issue 21)
    private static final class Log { static final Logger LOG = LoggerFactory.getLogger(MergeJob.class); }

    private final NightRun.StagesSource stagesSource;
    private Stages stages; // made once the night is found not quiet: a quiet night reads no file (issue 21)
    private final Clock clock;
    private final String toolVersion;
    /** What cache entries are stamped with: entries written by another build are misses. */
    private final String build;

    public MergeJob(NightRun.StagesSource stages, Clock clock, String toolVersion) {
        this(stages, clock, toolVersion, toolVersion);
    }

    /**
     * @param toolVersion recorded in the ledger
     * @param build       the identity of the running build, stamped on cache entries: the cache holds what
     *                    this code read from files, and a rebuilt peg may read them differently even under
     *                    the same version number
     */
    public MergeJob(NightRun.StagesSource stages, Clock clock, String toolVersion, String build) {
        this.build = build;
        this.stagesSource = stages;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    public MergeReport run(MergeRequest request, String runId) throws IOException {
        Night night = new Night(request);
        // the usual night, told from file stamps before anything is decoded (QuietNight), and before the temp files of
        // a killed run are looked for: a killed run left a ledger line that sends the night the ordinary way, which
        // removes them (a quiet night killed while rewriting the manifest leaves one in cache/ until then)
        long runStartMillis = QuietNight.now();
        QuietNight.Learned learned = new QuietNight.Learned(); // what a check that finds it not quiet hands over
        Optional<MergeReport> quiet = QuietNight.run(request, build, toolVersion, clock, runId, night.t0, learned);
        if (quiet.isPresent()) {
            return quiet.get();
        }
        stages = stagesSource.stages();
        night.removeTemps();
        night.start(runId);
        night.scanInbox(learned.listing()); // the quiet check's listing if it made one: one a night
        // taken before the plan is read, checked after the run: a plan saved while this run reads it must not be taken
        // for the one read (PlanDigest: the last manifest's digest when the plan's stamp vouches for it, else hashed)
        PlanDigest planDigest = PlanDigest.before(request, build);
        String planSha = planDigest.sha();
        // the inbox is hashed on another core while the plan is read or decoded: neither needs the other
        CompletableFuture<List<String>> inboxHashes = night.hashInbox();
        // read meanwhile, stopped on any way out: the archived files' cached assessments (none when the last night kept
        // its figures), checked once the plan is known; tonight's new files once the digests say which (the core is idle)
        try (CacheReadAhead readAhead = CacheReadAhead.start(night.cache, NightFigures.kept(night.work) ? List.of()
                : night.past.archived().values()); InboxReadAhead.Night inboxAhead = new InboxReadAhead.Night(
                stages.assess(), night.scan.files(), inboxHashes, night.past.archived()::containsKey)) {
            PlanReadResult load = night.readPlan(planSha);
            if (!load.isValid()) {
                SideTask.awaitQuietly(inboxHashes);
                return night.planInvalid(load);
            }
            Plan plan = load.plan().orElseThrow();
            night.phases.lap("plan");
            LocalDate day = request.at().orElseGet(() -> LocalDate.now(clock));
            Verifica verifica = plan.settings().verificaAt(day);

            night.known = new LinkedHashMap<>(night.past.archived()); // 1. archive what is new
            List<String> hashes = SideTask.await(inboxHashes);
            CopiesInPlace inPlace = learned.copiesInPlace(); // found by the check, or below: not looked for again
            int newFiles = ArchiveStep.archiveNew(night.archive, night.ledger, clock, night.scan.files(), hashes,
                    night.known, inPlace);
            night.phases.lap("archive");

            // 2. assess every file ever received, from the archive: each from the cache when valid, else read
            Set<String> unreported = new HashSet<>(night.known.keySet());
            unreported.removeAll(night.past.reportedRejections());
            List<InputFile> archived = ArchiveStep.archivedFiles(night.archive, night.ledger, night.known, inPlace);
            stages = VerifiedCopies.of(stages, inPlace.storedTonight()); // a copy read is checked first, but tonight's
            inPlace.forget();
            String inputs = night.inputsOf(planSha, verifica, archived); // the usual night: as the last complete run left it
            Optional<NightState> last = NightState.read(night.work, build);
            Optional<NightState> same = last.filter(s -> s.stillHolds(inputs, night.past.lastStatus(), night.work, verifica));
            if (same.isPresent()) {
                readAhead.stop(); // nothing is assessed
                MergeReport report = night.unchanged(same.get(), verifica, load);
                RunManifest.remember(request, build, runStartMillis, planSha, plan, day, verifica, same.get(),
                        night.scan.files(), night.stamps, hashes, night.known.keySet(), new WrittenOutputs());
                return report;
            }
            // steps 2 to 4 in a method of their own: their assessments and consolidation (at 10,000 services most of
            // the heap) are garbage once it returns, not held while the night's manifest is built
            Outputs done = assessAndWrite(night, plan, verifica, planSha, archived, last, unreported, readAhead);
            // the report, RUN_END and the ledger's history (20,000 lines read back) with the assessments garbage
            MergeReport report = night.end(verifica, load, newFiles, done.read(), done.written(), done.tally());
            // a state describes a complete run only; and only a run that read the plan it hashed; and never a run where
            // a file failed for a reason of the night (time, disk, memory): the next night must read it again
            if (done.transientFailure()) {
                NightState.delete(night.work);
                NightFigures.delete(night.work);
                Log.LOG.info("a file could not be read for a reason of this night: it is read again by the next run");
            } else if (planDigest.stillTheOneRead()) {
                NightFigures.keep(night.work, build, planSha, done.figures());
                NightState.keep(night.work, build, inputs, done.written(), done.tally()).ifPresent(state ->
                        RunManifest.remember(request, build, runStartMillis, planSha, plan, day, verifica, state,
                                night.scan.files(), night.stamps, hashes, night.known.keySet(),
                                done.written().outputs()));
            } else {
                NightFigures.delete(night.work);
                Log.LOG.info("the plan was saved while this run read it: no night state, the next night does a full run");
            }
            return report;
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(inboxHashes); // no thread of this night goes on after it
            throw e;
        }
    }

    /** What steps 2 to 4 leave for the night's end: files read (cache misses), whether one failed for a reason of the
     * night, the outputs written, the status tally, the figures the next night may take. */
    private record Outputs(int read, boolean transientFailure, OutputStep.Written written, StatusStep.Tally tally,
                           Optional<NightFigures.Encoded> figures) {
    }

    /** Steps 2 (the rest of it) to 4: assess, the Nucleo's columns, combine, the outputs, the status changes. */
    private Outputs assessAndWrite(Night night, Plan plan, Verifica verifica, String planSha, List<InputFile> archived,
                                   Optional<NightState> last, Set<String> unreported,
                                   CacheReadAhead readAhead) throws IOException {
        // meanwhile the Nucleo's columns are read from the current summary (kept apart: it may be an earlier verifica's)
        AtomicReference<NucleoReadResult> currentRead = new AtomicReference<>(NucleoReadResult.empty());
        CompletableFuture<NucleoReadResult> nucleoRead = SideTask.start("peg-merge-nucleo",
                () -> VerificaSummaries.nucleoFor(night.work, build, verifica, ParsedFileCache.forNucleo(night.work, build),
                        stages.readNucleo(), currentRead, last.map(NightState::summaryDigest)));
        CombineStep.Combined combined; // partial when it can be, else every service
        CombineStep.Full full;
        try {
            // the figures the last complete night kept, for this build, plan and verifica: the proportional night
            Optional<NightFigures> kept = last.isEmpty() ? Optional.empty()
                    : NightFigures.read(night.work, build, planSha, NightFigures.context(verifica));
            CombineStep.Overrides overrides = () -> night.nucleo(nucleoRead).overrides();
            full = looked -> CombineStep.full(stages, plan, verifica, archived, night.cache, readAhead, overrides,
                    night.skipped(), night.phases, looked);
            combined = CombineStep.run(stages.assess(), plan, verifica, archived, night.cache, kept, overrides,
                    OutputStep.earlier(night.work, last), night.skipped(), night.phases, full);
        } catch (IOException | RuntimeException e) {
            SideTask.awaitQuietly(nucleoRead);
            throw e;
        } finally {
            readAhead.stop();
        }
        night.phases.lap("combine");

        // 3. the outputs, the figures of the night made meanwhile
        AtomicReference<NightFigures.Pending> figures = new AtomicReference<>();
        try {
            CombineStep.Done done = CombineStep.write(combined, figures, full, result -> OutputStep.run(stages, result,
                    night.work, verifica, last, currentRead.get(), night.ledger));
            OutputStep.Written written = done.written();
            // the Nucleo's columns of the summary just put in place, known from what they were written from: the next
            // night finds the file as left (the same digest, unless the Nucleo typed into it) and reads nothing back
            ConsolidationResult result = done.combined().result();
            stages.nucleoOf().of(result).ifPresent(n -> ParsedFileCache.forNucleo(night.work, build)
                    .put(written.summaryDigest(), night.work.resolve(SUMMARY).getFileName().toString(), n));
            night.phases.lap("outputs");

            // 4. rejected view, status changes, totals
            StatusStep.Tally tally = StatusStep.run(result, done.combined().files(), night.past.lastStatus(), unreported,
                    !night.skipped().isEmpty(), night.rejectedFolder, night.ledger);
            night.phases.lap("status");
            return new Outputs(done.combined().looked().read(), done.combined().transientFailure(), written, tally,
                    figures.get().get());
        } finally {
            Optional.ofNullable(figures.get()).ifPresent(NightFigures.Pending::close); // no thread goes on after it
        }
    }

    /** One run's state, and the steps of {@link #run} that are not classes of their own. */
    private final class Night {
        final long t0 = System.nanoTime();
        final MergeRequest request;
        final Path work;
        final Archive archive;
        final AssessmentCache cache;
        final RejectedFolder rejectedFolder;
        final PhaseTimes phases = new PhaseTimes();
        LedgerHistory.Loaded history;
        History past;
        Ledger ledger;
        InputFolders.Inputs scan;
        /** Each inbox file's stamp, taken while listing. */
        Map<String, FileStamp> stamps;
        /** The digests of inbox files the quiet night's check read after that listing. */
        Map<String, String> readByCheck;
        /** Every file ever received, by name and content: the ledger's, then tonight's. */
        Map<String, History.Known> known;

        Night(MergeRequest request) throws IOException {
            this.request = request;
            this.work = request.workDir();
            Files.createDirectories(work);
            this.archive = new Archive(work);
            this.cache = new AssessmentCache(work, build);
            this.rejectedFolder = new RejectedFolder(work);
        }

        /** What a killed run left half-written. */
        void removeTemps() throws IOException {
            int temps = AtomicFiles.removeTemps(work) + AtomicFiles.removeTemps(work.resolve(RejectedFolder.DIR));
            archive.removeTemps();
            cache.removeTemps();
            if (temps > 0) {
                Log.LOG.info("removed {} temp files left by an interrupted run", temps);
            }
        }

        /** The ledger's past, then RUN_START. */
        void start(String runId) throws IOException {
            // only what the run needs of the ledger is kept: its lines are 20,000 entries after a first night of
            // 10,000 files, too many to hold next to every assessment
            history = LedgerHistory.read(work, build);
            past = history.history();
            if (past.badLines() > 0) {
                Log.LOG.warn("ledger: {} torn or corrupt lines skipped (a run was interrupted while writing)", past.badLines());
            }
            ledger = Ledger.open(work, runId, clock);
            ledger.append(LedgerEvent.RUN_START, request.runStartFields(toolVersion));
        }

        void scanInbox(Optional<InboxWalk> listed) throws IOException {
            InboxWalk walk = listed.isPresent() ? listed.get() : QuietNight.lister.list(request.inbox());
            scan = walk.inputs();
            stamps = walk.stamps();
            readByCheck = walk.digests();
            // links and special files are never followed (InputFolders): said by name every night they are there
            for (InputFolders.Skipped s : scan.skipped()) {
                ledger.append(LedgerEvent.SKIPPED, fields("name", s.name(), "reason", s.link() ? "symlink" : "special"));
                Log.LOG.warn("{} in the inbox is {}: not read", s.name(), s.link() ? "a symbolic link" : "a special file");
            }
        }

        List<Finding> skipped() {
            return scan.skipped().stream().map(InputFolders.Skipped::finding).toList();
        }

        CompletableFuture<List<String>> hashInbox() {
            List<InputFile> inbox = scan.files();
            // from the last night's manifest where a file's stamp vouches for it (QuietNight), else read
            return SideTask.start("peg-merge-hash", () -> InboxHashes.of(request, build, inbox, stamps,
                    readByCheck));
        }

        /**
         * The plan, or the earlier reading of the same bytes decoded from the cache, without the warnings of a valid
         * plan ({@link ParsedFileCache#forNightPlans}).
         */
        PlanReadResult readPlan(String planSha) throws IOException {
            return ParsedFileCache.forNightPlans(work, build).load(request.planFile(), planSha, stages.readPlan()::read);
        }

        MergeReport planInvalid(PlanReadResult load) throws IOException {
            int seen = scan.files().size();
            MergeReport report = MergeReport.planInvalid(seen, elapsed(t0), load.findings());
            ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "seen", String.valueOf(seen),
                    "planErrors", String.valueOf(load.findings().stream().filter(Finding::isError).count())));
            LedgerHistory.refresh(work, build, history);
            return report;
        }

        /** The digest of the night's inputs ({@link NightState#inputsOf}), with the entries the inbox rule skipped. */
        String inputsOf(String planSha, Verifica verifica, List<InputFile> archived) {
            return NightState.inputsOf(build, planSha, verifica, archived)
                    + (scan.skipped().isEmpty() ? "" : "+" + Sha256.hex(String.join("\n",
                            scan.skipped().stream().map(s -> s.name() + (s.link() ? "\tlink" : "\tspecial")).toList())));
        }

        /** The Nucleo's columns read meanwhile; a summary they cannot be read from stops the run (it is not replaced). */
        NucleoReadResult nucleo(CompletableFuture<NucleoReadResult> nucleoRead) throws IOException {
            NucleoReadResult nucleo = SideTask.await(nucleoRead);
            List<Finding> errors = nucleo.findings().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                throw SummaryUnreadableException.ofNucleo(work, errors);
            }
            return nucleo;
        }

        /** The report, then RUN_END, then what a complete run leaves for the next night to start from. */
        MergeReport end(Verifica verifica, PlanReadResult load, int newFiles, int read, OutputStep.Written written,
                        StatusStep.Tally t) throws IOException {
            MergeReport report = new MergeReport(t.inputErrors() ? MergeReport.Outcome.INPUT_ERRORS
                    : MergeReport.Outcome.OK, Optional.of(verifica.fullLabel()), scan.files().size(), newFiles, read,
                    t.accepted(), t.notFilled(), t.superseded(), t.rejected(), t.missing(), written.summaryChanged(),
                    written.csvChanged(), elapsed(t0), load.findings(), t.errorsToReport());
            ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "verifica", verifica.date().toString(),
                    "seen", String.valueOf(report.seen()), "new", String.valueOf(newFiles), "read", String.valueOf(read),
                    "accepted", String.valueOf(t.accepted()), "notFilled", String.valueOf(t.notFilled()),
                    "superseded", String.valueOf(t.superseded()),
                    "rejected", String.valueOf(t.rejected()), "missing", String.valueOf(t.missing()),
                    "summary", written.summaryChanged() ? "replaced" : "unchanged",
                    "csv", written.csvChanged() ? "replaced" : "unchanged",
                    "durationMs", String.valueOf(report.duration().toMillis()), "phasesMs", phases.toString(),
                    "inputs", "changed"));
            LedgerHistory.refresh(work, build, history);
            return report;
        }

        /**
         * A night whose inputs are those of the last complete run, with its outputs as it left them: the same
         * report, nothing re-assessed or rewritten. Every file's status is already in the ledger from a complete run
         * (else this is not called), so no rejection is left to report: the exit code is that of the outputs.
         */
        MergeReport unchanged(NightState state, Verifica verifica, PlanReadResult load) throws IOException {
            Log.LOG.info("nothing changed since the last complete run: outputs left as they are");
            for (String step : List.of("assess", "nucleo", "combine", "outputs", "status")) {
                phases.lap(step);
            }
            int seen = scan.files().size();
            boolean inputErrors = state.acceptedWithErrors() || state.rejectedServices() > 0;
            MergeReport report = new MergeReport(inputErrors ? MergeReport.Outcome.INPUT_ERRORS : MergeReport.Outcome.OK,
                    Optional.of(verifica.fullLabel()), seen, 0, 0, state.accepted(), state.notFilled(),
                    state.superseded(), state.rejected(), state.missing(), false, false, elapsed(t0), load.findings(),
                    List.of());
            ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "verifica", verifica.date().toString(),
                    "seen", String.valueOf(seen), "new", "0", "read", "0",
                    "accepted", String.valueOf(state.accepted()), "notFilled", String.valueOf(state.notFilled()),
                    "superseded", String.valueOf(state.superseded()),
                    "rejected", String.valueOf(state.rejected()), "missing", String.valueOf(state.missing()),
                    "summary", "unchanged", "csv", "unchanged",
                    "durationMs", String.valueOf(report.duration().toMillis()), "phasesMs", phases.toString(),
                    "inputs", "unchanged"));
            LedgerHistory.refresh(work, build, history);
            return report;
        }
    }

    private static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
