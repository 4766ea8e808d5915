package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.io.AtomicFiles;
import it.peg.io.SegmentIndex;

import it.peg.consolidate.InputFolders;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.domain.Finding;
import it.peg.domain.Findings;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One merge run over a work folder, with the run lock already held. The order of the steps is what makes
 * it crash-safe and convergent:
 * <ol>
 * <li>remove temp files a killed run left; append RUN_START to the ledger;</li>
 * <li>read the plan, or decode the earlier reading of the same file from {@link ParsedFileCache} (invalid: RUN_END,
 *     nothing else touched);</li>
 * <li>archive every inbox file whose name + content is not yet known (verified copy, atomic rename), then
 *     record it with an ARCHIVED line: the ledger line is the commit point, and {@code received} is the
 *     time of that line. A crash before it leaves at most an archived copy that the next run finds and
 *     records;</li>
 * <li>assess every file ever received (from the archive, so results do not depend on what is still in the
 *     inbox), from the cache when valid;</li>
 * <li>read the Nucleo's columns from the current summary, combine, render both outputs to temp files and
 *     replace each file atomically, only when its bytes change;</li>
 * <li>refresh the folder of rejected files, note status changes, append RUN_END.</li>
 * </ol>
 * Every step is idempotent, so re-running after a failure at any point converges to the result of one
 * clean run.
 *
 * <p>Exit semantics ({@link MergeReport.Outcome#INPUT_ERRORS}): some service's delivery is rejected, or a
 * file that counts has ERRORE findings, or a rejected file no completed run has reported yet (usually: one
 * received tonight). A stray file rejected in an earlier night does not keep every later night failing, and
 * a run that completes the work of a killed one gives the exit code an uninterrupted run would have given.
 */
public final class MergeJob {
    public static final String SUMMARY = "riepilogo.xlsx";
    public static final String CSV = "riepilogo.csv";
    private static final Logger LOG = LoggerFactory.getLogger(MergeJob.class);

    private final Pipeline pipeline;
    private final Clock clock;
    private final String toolVersion;
    /** What cache entries are stamped with: entries written by another build are misses. */
    private final String build;
    private final InboxScanner scanner = new InboxScanner();

    public MergeJob(Pipeline pipeline, Clock clock, String toolVersion) {
        this(pipeline, clock, toolVersion, toolVersion);
    }

    /**
     * @param toolVersion recorded in the ledger
     * @param build       the identity of the running build, stamped on cache entries: the cache holds what
     *                    this code read from files, and a rebuilt peg may read them differently even under
     *                    the same version number
     */
    public MergeJob(Pipeline pipeline, Clock clock, String toolVersion, String build) {
        this.build = build;
        this.pipeline = pipeline;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    record Known(String name, String sha256, long size, Instant received) {
        String key() {
            return key(name, sha256);
        }

        static String key(String name, String sha) {
            return name + '\u0000' + sha;
        }
    }

    public MergeReport run(MergeRequest request, String runId) throws IOException {
        long t0 = System.nanoTime();
        Path work = request.workDir();
        Files.createDirectories(work);
        Archive archive = new Archive(work);
        AssessmentCache cache = new AssessmentCache(work, build);
        RejectedFolder rejectedFolder = new RejectedFolder(work);
        int temps = AtomicFiles.removeTemps(work) + AtomicFiles.removeTemps(work.resolve(RejectedFolder.DIR));
        archive.removeTemps();
        cache.removeTemps();
        if (temps > 0) {
            LOG.info("removed {} temp files left by an interrupted run", temps);
        }
        // the usual night, told from file stamps before anything is decoded (QuietNight)
        long runStartMillis = QuietNight.now();
        Optional<MergeReport> quiet = QuietNight.run(request, build, toolVersion, clock, runId, t0);
        if (quiet.isPresent()) {
            return quiet.get();
        }

        // only what the run needs of the ledger is kept: its lines are 20,000 entries after a first night of
        // 10,000 files, too many to hold next to every assessment
        LedgerHistory.Loaded history = LedgerHistory.read(work, build);
        History past = history.history();
        if (past.badLines() > 0) {
            LOG.warn("ledger: {} torn or corrupt lines skipped (a run was interrupted while writing)", past.badLines());
        }
        Ledger ledger = Ledger.open(work, runId, clock);
        ledger.append(LedgerEvent.RUN_START, fields("version", toolVersion, "plan", request.planFile().toString(),
                "inbox", request.inbox().toString(), "at", request.at().map(LocalDate::toString).orElse("")));

        PhaseTimes phases = new PhaseTimes();
        InboxScanner.Scan scan = scanner.scanAll(request.inbox());
        List<InboxFile> inbox = scan.files();
        // links and special files are never followed (InputFolders): said by name every night they are there
        List<Finding> skipped = scan.skipped().stream().map(it.peg.consolidate.InputFolders.Skipped::finding).toList();
        for (it.peg.consolidate.InputFolders.Skipped s : scan.skipped()) {
            ledger.append("SKIPPED", fields("name", s.name(), "reason", s.link() ? "symlink" : "special"));
            LOG.warn("{} in the inbox is {}: not read", s.name(), s.link() ? "a symbolic link" : "a special file");
        }
        // hashed before it is read: a plan saved while this run reads it must not be taken for the one read
        String planSha = Sha256.ofFileOrEmpty(request.planFile());
        // the inbox is hashed on another core while the plan is read or decoded: neither needs the other
        java.util.concurrent.CompletableFuture<List<String>> inboxHashes = SideTask.start("peg-merge-hash", () -> {
            return QuietNight.inboxHashes(request, build, inbox);
        });
        PlanLoad load;
        try {
            load = ParsedFileCache.forPlans(work, build).load(request.planFile(), planSha, pipeline::loadPlan);
        } catch (IOException | RuntimeException e) {
            SideTask.awaitQuietly(inboxHashes);
            throw e;
        }
        Optional<Plan> maybePlan = load.usablePlan();
        if (maybePlan.isEmpty()) {
            SideTask.awaitQuietly(inboxHashes);
            MergeReport report = MergeReport.planInvalid(inbox.size(), elapsed(t0), load.findings());
            ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "seen", String.valueOf(inbox.size()),
                    "planErrors", String.valueOf(load.findings().stream().filter(Finding::isError).count())));
            LedgerHistory.refresh(work, build, history);
            return report;
        }
        Plan plan = maybePlan.get();
        phases.lap("plan");
        Verifica verifica = plan.settings().verificaAt(request.at().orElseGet(() -> LocalDate.now(clock)));

        // 1. archive what is new
        Map<String, Known> known = new LinkedHashMap<>(past.archived());
        int newFiles = 0;
        List<String> hashes = SideTask.await(inboxHashes);
        for (int i = 0; i < inbox.size(); i++) {
            InboxFile f = inbox.get(i);
            String sha = hashes.get(i);
            if (known.containsKey(Known.key(f.name(), sha)) && archive.contains(sha, f.name())) {
                continue;
            }
            Archive.Stored stored = archive.store(f.path(), f.name());
            String key = Known.key(f.name(), stored.sha256());
            if (known.containsKey(key)) {
                ledger.append(LedgerEvent.RESTORED, fields("sha256", stored.sha256(), "name", f.name()));
                LOG.warn("archived copy of {} ({}) was missing and has been restored from the inbox", f.name(),
                        stored.sha256());
                continue;
            }
            Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            ledger.append(LedgerEvent.ARCHIVED, fields("sha256", stored.sha256(), "name", f.name(),
                    "size", String.valueOf(stored.size()), "received", received.toString()));
            known.put(key, new Known(f.name(), stored.sha256(), stored.size(), received));
            newFiles++;
            LOG.info("received {} sha256={} size={}", f.name(), stored.sha256(), stored.size());
        }

        phases.lap("archive");

        // 2. assess every file ever received, from the archive: each from the cache when valid, else read
        List<ArchivedFile> archived = new ArrayList<>();
        Set<String> unreported = new HashSet<>(known.keySet());
        unreported.removeAll(past.reportedRejections());
        List<Known> ordered = new ArrayList<>(known.values());
        ordered.sort(Comparator.comparing(Known::received).thenComparing(Known::name).thenComparing(Known::sha256));
        for (Known k : ordered) {
            if (!archive.contains(k.sha256(), k.name())) {
                ledger.append(LedgerEvent.ARCHIVE_MISSING, fields("sha256", k.sha256(), "name", k.name()));
                LOG.error("archived copy of {} ({}) is missing from {} and the file is no longer in the inbox",
                        k.name(), k.sha256(), work.resolve(Archive.DIR));
                continue;
            }
            archived.add(new ArchivedFile(archive.pathOf(k.sha256(), k.name()), k.name(), k.received(),
                    k.sha256(), k.size()));
        }
        // the usual night: nothing arrived, nothing changed since the last complete run
        String inputs = NightState.inputsOf(build, planSha, verifica, archived)
                + (skipped.isEmpty() ? "" : "+" + Sha256.hex(String.join("\n",
                        scan.skipped().stream().map(s -> s.name() + (s.link() ? "\tlink" : "\tspecial")).toList())));
        Optional<NightState> last = NightState.read(work, build);
        Optional<NightState> same = last.filter(s -> s.stillHolds(inputs, past.lastStatus(), work, verifica));
        if (same.isPresent()) {
            MergeReport report = unchangedNight(same.get(), ledger, phases, inbox.size(), verifica, load, t0);
            LedgerHistory.refresh(work, build, history);
            QuietNight.remember(request, build, runStartMillis, planSha, plan, request.at().orElseGet(() -> LocalDate.now(clock)),
                    verifica, same.get(), inbox, hashes, known.keySet(), new WrittenOutputs());
            return report;
        }
        // the Nucleo's columns are read from the current summary meanwhile: neither needs the other
        Path summary = work.resolve(SUMMARY);
        // (the current summary's reading is kept apart: when it is of an earlier verifica it is kept as that one's file)
        java.util.concurrent.atomic.AtomicReference<NucleoLoad> currentRead = new java.util.concurrent.atomic.AtomicReference<>(NucleoLoad.none());
        java.util.concurrent.CompletableFuture<NucleoLoad> nucleoRead = SideTask.start("peg-merge-nucleo",
                () -> VerificaSummaries.nucleoFor(work, verifica, ParsedFileCache.forNucleo(work, build),
                        pipeline, currentRead));
        List<Lookup> lookups;
        try {
            lookups = assessAll(plan, verifica, archived, cache);
        } catch (IOException | RuntimeException e) {
            SideTask.awaitQuietly(nucleoRead);
            throw e;
        }
        List<AssessedFile> looked = new ArrayList<>(lookups.size());
        int read = 0;
        for (Lookup l : lookups) {
            looked.add(l.file());
            read += l.read() ? 1 : 0;
        }
        // locked values are compared with what peg already holds: the earlier delivery in the archive
        List<AssessedFile> assessed = EarlierDeliveries.keepLockedValues(plan, looked);

        phases.lap("assess");

        // 3. the Nucleo's work, then the outputs
        NucleoLoad nucleo = SideTask.await(nucleoRead);
        if (Findings.anyError(nucleo.findings())) {
            throw new IOException("Non riesco a leggere le colonne del Nucleo in " + summary + ": "
                    + nucleo.findings().stream().filter(Finding::isError).map(Finding::message).findFirst().orElse("")
                    + " Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo:"
                    + " correggere o ripristinare il file e rilanciare.");
        }
        phases.lap("nucleo");
        ConsolidationResult result = pipeline.combine(plan, verifica, assessed, nucleo.overrides())
                .withFindingsFirst(skipped);
        phases.lap("combine");
        // both staged in temp files (never held in memory: a 10,000-service summary is tens of MB), the CSV on
        // its own thread, before either is put in place: a failure while rendering leaves both as they were
        // the rows of services whose rows' key is unchanged are copied from the outputs the last run left
        boolean csvChanged;
        boolean summaryChanged;
        Path csvFile = work.resolve(CSV);
        java.util.concurrent.atomic.AtomicReference<Optional<SegmentIndex>> csvRows =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        java.util.concurrent.atomic.AtomicReference<Optional<SegmentIndex>> summaryRows =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        java.util.concurrent.CompletableFuture<AtomicFiles.Staged> csvStage = SideTask.start("peg-merge-csv",
                () -> AtomicFiles.stage(csvFile, out -> csvRows.set(pipeline.writeCsv(result, out,
                        last.flatMap(NightState::csvRows).map(i -> new SegmentIndex.Earlier(csvFile, i))))));
        AtomicFiles.Staged xlsx;
        try {
            xlsx = AtomicFiles.stage(summary, out -> summaryRows.set(pipeline.writeSummary(result, out,
                    last.flatMap(NightState::summaryRows).map(i -> new SegmentIndex.Earlier(summary, i)), work)));
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(csvStage).ifPresent(MergeJob::discard);
            throw e;
        }
        String xlsxSha;
        String csvSha;
        WrittenOutputs written = new WrittenOutputs();
        try (xlsx; AtomicFiles.Staged csv = SideTask.await(csvStage)) {
            xlsxSha = xlsx.sha256();
            csvSha = csv.sha256();
            // the current summary of another verifica is about to be replaced: its verifica keeps it, with the
            // Nucleo's columns typed into it since that verifica's file was written
            VerificaSummaries.keepAsItsVerifica(work, currentRead.get(), verifica, ledger);
            csvChanged = csv.commit();
            summaryChanged = xlsx.commit();
            written.holds(csvFile, csv.sha256());
            written.holds(summary, xlsx.sha256());
            if (csvChanged) {
                ledger.append(LedgerEvent.OUTPUT, fields("file", CSV, "sha256", csv.sha256(), "verifica", verifica.date().toString()));
            }
            if (summaryChanged) {
                ledger.append(LedgerEvent.OUTPUT, fields("file", SUMMARY, "sha256", xlsx.sha256(), "verifica",
                        verifica.date().toString()));
            }
            // one summary per verifica: the same bytes under the verifica's own name, kept when the verifica moves on
            VerificaSummaries.copyIfDifferent(csvFile, work.resolve(VerificaSummaries.csvOf(verifica.date())),
                    verifica.date(), ledger, written);
            VerificaSummaries.copyIfDifferent(summary, work.resolve(VerificaSummaries.summaryOf(verifica.date())),
                    verifica.date(), ledger, written);
        }
        // the Nucleo's columns of the summary just put in place, known from what they were written from: the next
        // night finds the file as left (the same SHA-256, unless the Nucleo typed into it) and reads nothing back
        String summaryName = summary.getFileName().toString();
        pipeline.nucleoOfSummary(result).ifPresent(n -> ParsedFileCache.forNucleo(work, build).put(xlsxSha, summaryName, n));

        phases.lap("outputs");

        // 4. rejected view, status changes, totals
        Map<String, AssessedFile> byKey = new HashMap<>();
        assessed.forEach(a -> byKey.put(Known.key(a.file().name(), a.file().sha256()), a));
        Map<String, String> lastStatus = past.lastStatus();
        List<RejectedFolder.Entry> rejectedEntries = new ArrayList<>();
        int accepted = 0;
        int superseded = 0;
        int rejected = 0;
        boolean inputErrors = false;
        boolean acceptedWithErrors = false;
        // the ERRORE findings of the files that count or were refused tonight: what the console (and cron's mail) names
        List<Finding> errorsToReport = new ArrayList<>();
        java.util.SortedMap<String, String> statuses = new java.util.TreeMap<>();
        for (FileRecord r : result.registry()) {
            String key = Known.key(r.fileName(), r.sha256());
            AssessedFile af = byKey.get(key);
            List<Finding> findings = af == null ? List.of() : af.assessment().findings();
            switch (r.status()) {
                case ACCEPTED -> {
                    accepted++;
                    acceptedWithErrors |= Findings.anyError(findings);
                    findings.stream().filter(Finding::isError).forEach(errorsToReport::add);
                }
                case SUPERSEDED -> superseded++;
                case REJECTED -> {
                    rejected++;
                    // a leggimi.txt left in the inbox is noted (ledger, Registro) but is nobody's failed delivery
                    inputErrors |= unreported.contains(key) && InputFolders.namedAsSpreadsheet(r.fileName());
                    if (unreported.contains(key) && InputFolders.namedAsSpreadsheet(r.fileName())) {
                        findings.stream().filter(Finding::isError).forEach(errorsToReport::add);
                    }
                    if (af != null) {
                        rejectedEntries.add(new RejectedFolder.Entry(af.file(), r.reason(), findings));
                    }
                }
            }
            String status = r.status().name() + "|" + r.reason();
            statuses.put(key, status);
            if (!status.equals(lastStatus.get(key))) {
                ledger.append(LedgerEvent.STATUS, fields("sha256", r.sha256(), "name", r.fileName(),
                        "service", r.serviceCode().orElse(""), "status", r.status().name(), "reason", r.reason(),
                        "errors", String.valueOf(findings.stream().filter(Finding::isError).count()),
                        "warnings", String.valueOf(findings.stream().filter(f -> !f.isError()).count())));
            }
        }
        rejectedFolder.update(rejectedEntries);
        long rejectedServices = result.deliveries().stream().filter(d -> d.state() == DeliveryState.REJECTED).count();
        inputErrors |= acceptedWithErrors || rejectedServices > 0 || !skipped.isEmpty();
        int missing = (int) result.deliveries().stream().filter(d -> d.state() == DeliveryState.MISSING).count();

        phases.lap("status");
        MergeReport report = new MergeReport(inputErrors ? MergeReport.Outcome.INPUT_ERRORS : MergeReport.Outcome.OK,
                Optional.of(verifica.fullLabel()), inbox.size(), newFiles, read, accepted, superseded, rejected, missing,
                summaryChanged, csvChanged, elapsed(t0), load.findings(), errorsToReport);
        ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "verifica", verifica.date().toString(),
                "seen", String.valueOf(report.seen()), "new", String.valueOf(newFiles), "read", String.valueOf(read),
                "accepted", String.valueOf(accepted), "superseded", String.valueOf(superseded),
                "rejected", String.valueOf(rejected), "missing", String.valueOf(missing),
                "summary", summaryChanged ? "replaced" : "unchanged", "csv", csvChanged ? "replaced" : "unchanged",
                "durationMs", String.valueOf(report.duration().toMillis()), "phasesMs", phases.toString(),
                "inputs", "changed"));
        // after RUN_END: what a complete run leaves for the next night to start from
        LedgerHistory.refresh(work, build, history);
        // a state describes a complete run only; and only a run that read the plan it hashed; and never a run where a
        // file failed for a reason of the night (time, disk, memory): the next night must read it again
        boolean transientFailure = assessed.stream().anyMatch(a -> isTransient(a.assessment()));
        if (transientFailure) {
            NightState.delete(work);
            LOG.info("a file could not be read for a reason of this night: it is read again by the next run");
        } else if (planSha.equals(Sha256.ofFileOrEmpty(request.planFile()))) {
            try {
                NightState state = new NightState(inputs, xlsxSha, csvSha, NightState.rejectedFolderContents(work), accepted,
                        superseded, rejected, missing, acceptedWithErrors, rejectedServices, statuses, summaryRows.get(),
                        csvRows.get());
                state.write(work, build);
                QuietNight.remember(request, build, runStartMillis, planSha, plan, request.at().orElseGet(() -> LocalDate.now(clock)),
                        verifica, state, inbox, hashes, known.keySet(), written);
            } catch (IOException | RuntimeException e) {
                // derivable: tomorrow is a full run; the run itself has completed and must not fail now
                LOG.warn("night state not written ({}): the next night does a full run", e.toString());
            }
        } else {
            LOG.info("the plan was saved while this run read it: no night state, the next night does a full run");
        }
        return report;
    }

    /**
     * A night whose inputs are those of the last complete run, with its outputs as it left them: the same
     * report, nothing re-assessed or rewritten. Every file's status is already in the ledger from a complete run
     * (else this is not called), so no rejection is left to report: the exit code is that of the outputs.
     */
    private MergeReport unchangedNight(NightState state, Ledger ledger, PhaseTimes phases, int seen,
                                       Verifica verifica, PlanLoad load, long t0)
            throws IOException {
        LOG.info("nothing changed since the last complete run: outputs left as they are");
        for (String skipped : List.of("assess", "nucleo", "combine", "outputs", "status")) {
            phases.lap(skipped);
        }
        boolean inputErrors = state.acceptedWithErrors() || state.rejectedServices() > 0;
        MergeReport report = new MergeReport(inputErrors ? MergeReport.Outcome.INPUT_ERRORS : MergeReport.Outcome.OK,
                Optional.of(verifica.fullLabel()), seen, 0, 0, state.accepted(), state.superseded(), state.rejected(),
                state.missing(), false, false, elapsed(t0), load.findings(), List.of());
        ledger.append(LedgerEvent.RUN_END, fields("outcome", report.outcome().name(), "verifica", verifica.date().toString(),
                "seen", String.valueOf(seen), "new", "0", "read", "0",
                "accepted", String.valueOf(state.accepted()), "superseded", String.valueOf(state.superseded()),
                "rejected", String.valueOf(state.rejected()), "missing", String.valueOf(state.missing()),
                "summary", "unchanged", "csv", "unchanged",
                "durationMs", String.valueOf(report.duration().toMillis()), "phasesMs", phases.toString(),
                "inputs", "unchanged"));
        return report;
    }

    /** One archived file's assessment, and whether it had to be read (a cache miss). */
    private record Lookup(AssessedFile file, boolean read) {
    }

    /**
     * Looks up or reads every archived file on a bounded pool (the cores, at most 4), results in the files'
     * order whatever the scheduling. Each task only reads its archived file and writes its own cache entry;
     * the ledger is written by the calling thread alone.
     */
    private List<Lookup> assessAll(Plan plan, Verifica verifica, List<ArchivedFile> files, AssessmentCache cache)
            throws IOException {
        java.util.Map<String, String> context = org.slf4j.MDC.getCopyOfContextMap();
        java.util.function.Function<ArchivedFile, Lookup> task = af -> {
            SideTask.withContext(context); // the run's id in merge.log, from the pool's threads too
            Optional<Assessment> cached = cache.get(plan, verifica, af.sha256(), af.name());
            if (cached.isPresent()) {
                return new Lookup(new AssessedFile(af, cached.get()), false);
            }
            Assessment a = pipeline.assess(plan, verifica, af);
            if (isTransient(a)) {
                // a time limit, a disk error or memory taken by other work is not a verdict on the file's bytes
                LOG.warn("{} could not be read tonight ({}): not cached, read again by the next run", af.name(),
                        a.findings().stream().filter(f -> it.peg.readback.ReadProblem.isTransient(f.code()))
                                .map(Finding::code).findFirst().orElse(""));
                return new Lookup(new AssessedFile(af, a), true);
            }
            try {
                cache.put(plan, verifica, af.sha256(), af.name(), a);
            } catch (IOException e) {
                // the cache is derivable: a failed write costs a re-read next night, nothing else
                LOG.warn("assessment of {} not cached: {}", af.name(), e.toString());
            }
            return new Lookup(new AssessedFile(af, a), true);
        };
        try {
            return it.peg.consolidate.InOrder.map(files, it.peg.consolidate.Consolidator.defaultThreads(), "peg-merge-assess", task, done -> {
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the archived files", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // assess never throws for a bad workbook: anything here is a bug or an I/O failure, and stops the run
            throw new IOException("reading an archived file failed: " + e.getCause(), e.getCause());
        }
    }

    /** The assessment failed for a reason of the run, not of the file's bytes ({@link it.peg.readback.ReadProblem#isTransient}). */
    static boolean isTransient(Assessment a) {
        return a.findings().stream().anyMatch(f -> it.peg.readback.ReadProblem.isTransient(f.code()));
    }

    /** Deletes a staged output that will not be committed (the run is failing for another reason). */
    private static void discard(AtomicFiles.Staged staged) {
        try {
            staged.close();
        } catch (IOException e) {
            LOG.warn("temp file of an output not deleted: {} (removed by the next run)", e.toString());
        }
    }

    /**
     * What a run needs of the ledger's past lines.
     *
     * @param archived            every file ever received (ARCHIVED), by name and content, first line wins
     * @param lastStatus          the last status ({@code STATUS|reason}) noted by a completed run, per file: a
     *                            killed run's lines are noted again
     * @param reportedRejections  files whose rejection a completed run (one that reached RUN_END) reported:
     *                            the others make this run's outcome INPUT_ERRORS, once, even when a killed run
     *                            archived them
     */
    record History(Map<String, Known> archived, Map<String, String> lastStatus,
                   Set<String> reportedRejections, int badLines) {
        static final History NONE = new History(Map.of(), Map.of(), Set.of(), 0);

        static History of(Ledger.Contents contents) {
            return NONE.then(contents);
        }

        /**
         * This history followed by the lines of {@code later}, as {@link #of} gives it for all of them, provided no
         * run has lines on both sides (run ids are unique: a time and a process id), so that a run completed in
         * {@code later} has its STATUS lines there.
         */
        History then(Ledger.Contents later) {
            Map<String, Known> archived = new LinkedHashMap<>(this.archived);
            Set<String> completedRuns = new HashSet<>();
            for (LedgerEntry e : later.entries()) {
                if (e.is(LedgerEvent.ARCHIVED)) {
                    Known k = new Known(e.require("name"), e.require("sha256"), Long.parseLong(e.require("size")),
                            IsoInstant.parse(e.require("received")));
                    archived.putIfAbsent(k.key(), k);
                } else if (e.is(LedgerEvent.RUN_END)) {
                    completedRuns.add(e.run());
                }
            }
            Map<String, String> lastStatus = new HashMap<>(this.lastStatus);
            Set<String> reportedRejections = new HashSet<>(this.reportedRejections);
            for (LedgerEntry e : later.of(LedgerEvent.STATUS)) {
                if (completedRuns.contains(e.run())) {
                    String key = Known.key(e.require("name"), e.require("sha256"));
                    lastStatus.put(key, e.require("status") + "|" + e.field("reason").orElse(""));
                    if (e.require("status").equals(FileStatus.REJECTED.name())) {
                        reportedRejections.add(key);
                    }
                }
            }
            return new History(archived, lastStatus, reportedRejections, badLines + later.badLines());
        }
    }

    private static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
