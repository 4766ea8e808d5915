package it.peg.cli;

import ch.qos.logback.classic.Level;
import it.peg.merge.Ledger;
import it.peg.merge.LedgerEvent;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeLogging;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.Pipeline;
import it.peg.merge.RunLock;
import it.peg.version.Version;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code peg merge --plan FILE --inbox DIR --work DIR [--at DATE]}: the nightly job (SPEC section 6).
 * Takes the run lock (exit 3 at once when another run holds it), installs the rolling log under
 * {@code work/logs}, runs {@link MergeJob}, prints one summary line. Any unexpected exception is noted in
 * the ledger and the log and becomes exit 4 in {@link Main}; outputs are only ever replaced atomically, so
 * they are then exactly as before.
 *
 * <p>The system property {@code peg.merge.now} (an ISO instant) fixes the clock; it exists for tests that
 * compare interrupted runs with clean ones, and is not meant for production use.
 */
public final class MergeCommand implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(MergeCommand.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Supplier<Pipeline> pipeline;

    public MergeCommand(Supplier<Pipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "lavoro notturno: archivia i file ricevuti nella cartella condivisa e aggiorna il riepilogo";
    }

    @Override
    public String synopsis() {
        return "--plan FILE --inbox DIR --work DIR [--at DATA]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required()
                .desc("il piano (.xlsx)").get());
        o.addOption(Option.builder().longOpt("inbox").hasArg().argName("DIR").required()
                .desc("la cartella dove gli uffici depositano le schede (mai modificata)").get());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR").required()
                .desc("la cartella di lavoro: archivio, registro, riepilogo.xlsx e .csv, log").get());
        o.addOption(Option.builder().longOpt("at").hasArg().argName("DATA")
                .desc("la verifica (gg/mm/aaaa o aaaa-mm-gg); predefinita: quella di oggi").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path plan = Path.of(line.getOptionValue("plan"));
        Path inbox = Path.of(line.getOptionValue("inbox"));
        Path work = Path.of(line.getOptionValue("work"));
        Optional<LocalDate> at = line.hasOption("at")
                ? Optional.of(Dates.parse("at", line.getOptionValue("at"))) : Optional.empty();
        if (at.isPresent() && Files.isRegularFile(plan)
                && !it.peg.merge.QuietNight.atInPlanYear(work, plan, Version.build(), at.get())) {
            // only when --at is given (cron never does): an invalid plan is left to the merge to report
            Optional<it.peg.domain.Plan> read = it.peg.plan.PlanReader.read(plan).plan();
            if (read.isPresent()) {
                Dates.inPlanYear("at", line.getOptionValue("at"), read.get());
            }
        }
        if (Files.isDirectory(plan)) {
            throw new UsageException(it.peg.plan.PlanReader.folderMessage(plan));
        }
        if (!Files.isRegularFile(plan)) {
            throw new UsageException("Il piano " + plan + " non esiste. Indicare con --plan il file .xlsx del piano.");
        }
        if (!Files.isDirectory(inbox)) {
            throw new UsageException("La cartella " + inbox + " non esiste. Indicare con --inbox la cartella condivisa"
                    + " dove gli uffici depositano le schede.");
        }
        if (Files.exists(work) && !Files.isDirectory(work)) {
            throw new UsageException(work + " non è una cartella. Indicare con --work una cartella (viene creata se manca).");
        }
        OutputPaths.requireFolder("work", work);
        Optional<String> linked = OutputLinks.refusal(List.of(work.resolve(it.peg.merge.MergeJob.SUMMARY),
                work.resolve(it.peg.merge.MergeJob.CSV), work.resolve(it.peg.merge.Ledger.FILE_NAME)));
        if (linked.isPresent()) {
            console.problem(linked.get());
            return ExitCode.USAGE_OR_PLAN;
        }
        Clock clock = clock();
        Instant start = clock.instant();
        long pid = ProcessHandle.current().pid();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(work, pid, start);
        } catch (RunLock.LinkedLock e) {
            console.problem(e.getMessage());
            return ExitCode.USAGE_OR_PLAN;
        }
        if (lock.isEmpty()) {
            String owner = RunLock.describeOwner(work);
            console.problem("merge già in corso su " + work + (owner.isEmpty() ? "" : " (" + owner + ")")
                    + ": questa esecuzione termina senza fare nulla. Se si ripete ogni notte, controllare che il"
                    + " lavoro precedente non sia bloccato.");
            return ExitCode.LOCKED;
        }
        String runId = RUN_ID.format(start) + "-" + pid;
        Level consoleLevel = switch (console.verbosity()) {
            case QUIET -> Level.ERROR;
            case NORMAL -> Level.WARN;
            case VERBOSE -> Level.DEBUG;
        };
        try (RunLock held = lock.get();
             AutoCloseable logging = MergeLogging.install(work, consoleLevel, consoleLevel)) {
            MDC.put("run", runId);
            held.staleOwner().ifPresent(owner -> LOG.warn("stale lock taken over: the previous run ({}) ended"
                    + " without releasing it (killed or crashed); the OS released its file lock", owner));
            try {
                if (held.staleOwner().isPresent()) {
                    Ledger.open(work, runId, clock).append(LedgerEvent.LOCK_TAKEN_OVER, Map.of("previous", held.staleOwner().get()));
                }
                Pipeline stages = pipeline.get();
                if (stages instanceof it.peg.merge.RealPipeline real) {
                    // locked values are checked against their seals, with the key beside the plan
                    stages = real.sealedBy(it.peg.io.SealKeyFile.load(plan));
                }
                MergeReport report = new MergeJob(stages, clock, Version.current(), Version.build())
                        .run(new MergeRequest(plan, inbox, work, at), runId);
                LOG.info(report.logLine());
                if (report.outcome() == MergeReport.Outcome.PLAN_INVALID) {
                    FindingsPrinter.print(console, report.planFindings());
                    console.problem(report.italianLine() + " Vedere 'peg check --plan " + plan + "'.");
                    return ExitCode.USAGE_OR_PLAN;
                }
                // each blocking finding of tonight's files, by name: with -q what a scheduler's mail needs
                FindingsPrinter.print(console, report.inputErrors());
                console.result(report.italianLine());
                return report.outcome() == MergeReport.Outcome.INPUT_ERRORS ? ExitCode.INPUT_ERRORS : ExitCode.OK;
            } catch (Exception | Error e) {
                LOG.error("merge failed; outputs left as they were", e);
                try {
                    Ledger.open(work, runId, clock).append(LedgerEvent.RUN_FAILED, Map.of("error", String.valueOf(e)));
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                MDC.remove("run");
            }
        }
    }

    private static Clock clock() {
        String fixed = System.getProperty("peg.merge.now", "");
        return fixed.isBlank() ? Clock.systemDefaultZone() : Clock.fixed(Instant.parse(fixed), ZoneId.systemDefault());
    }
}
