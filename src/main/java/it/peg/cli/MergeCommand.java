package it.peg.cli;

import ch.qos.logback.classic.Level;
import it.peg.clock.Digits;
import it.peg.merge.NightRun;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.RunLock;
import it.peg.merge.Stages;
import it.peg.version.Version;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code peg merge --plan FILE --inbox DIR --work DIR [--at DATE] [--previous FILE]}: the nightly job (SPEC section 6).
 * Takes the run lock (exit 3 at once when another run holds it), runs the night ({@link NightRun}: the rolling log
 * under {@code work/logs}, the ledger, {@link it.peg.merge.MergeJob}), prints one summary line. An unexpected
 * exception, which merge has noted in the ledger and the log, becomes exit 4 in {@link Main}.
 *
 * <p>The system property {@code peg.merge.now} (an ISO instant) fixes the clock; it exists for tests that
 * compare interrupted runs with clean ones, and is not meant for production use.
 */
public final class MergeCommand implements Command {
    /** The run id's time; set up only for a year {@link #runIdTime} does not write out. */
    private static final class RunIdFormat {
        static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC);
    }

    /** The stages for the key of the seals over locked values (beside the plan, when there is one). */
    private final Function<Optional<it.peg.domain.LockSeal>, Stages> stages;

    public MergeCommand(Function<Optional<it.peg.domain.LockSeal>, Stages> stages) {
        this.stages = stages;
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
        return "--plan FILE --inbox DIR --work DIR [--at DATA] [--previous FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required()
                .desc("il piano (.xlsx)").get());
        o.addOption(Option.builder().longOpt("inbox").hasArg().argName("DIR").required()
                .desc("la cartella dove gli uffici depositano le schede (mai modificata)").get());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR").required()
                .desc("la cartella di lavoro: archivio, registro, riepilogo.xlsx e .csv, schede-valutazione.xlsx, log").get());
        o.addOption(Option.builder().longOpt("at").hasArg().argName("DATA")
                .desc("la verifica (gg/mm/aaaa o aaaa-mm-gg); predefinita: quella di oggi").get());
        o.addOption(PlanLoader.previousOption());
        return o;
    }

    /**
     * {@code --at} outside the plan's year is a usage error; only when {@code --at} is given (cron never does), and an
     * invalid plan is left to the merge to report. Before anything is created in the work folder (a refused command
     * creates nothing), so the plan is read here and again by the night. In a method of its own, so that the plan read
     * here is garbage once the night has indexed its own.
     */
    private static void requireAtInPlanYear(Path plan, CommandLine line) throws UsageException {
        String at = line.getOptionValue("at");
        Optional<it.peg.domain.Plan> read = PlanLoader.read(plan, line).plan();
        if (read.isPresent()) {
            Dates.inPlanYear("at", at, read.get());
        }
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path inbox = Path.of(line.getOptionValue("inbox"));
        if (Files.isDirectory(inbox)) {
            // the inbox listed from now on, beside the arguments' checks, the lock and the night's set-up: the night's
            // check takes the listing, which at 2,000 files is as long as the rest of the check's own work and was the
            // last thing a quiet night waited for (issue 21); the checks below only read, and any of them that refuses
            // the run drops the listing
            it.peg.merge.InboxListing.listAhead(inbox);
        }
        try {
            return checkedNight(line, console, inbox);
        } finally {
            it.peg.merge.InboxListing.forgetListAhead(); // taken by the night by now, or dropped
        }
    }

    private ExitCode checkedNight(CommandLine line, Console console, Path inbox) throws Exception {
        Path plan = Path.of(line.getOptionValue("plan"));
        Path work = Path.of(line.getOptionValue("work"));
        Optional<LocalDate> at = line.hasOption("at")
                ? Optional.of(Dates.parse("at", line.getOptionValue("at"))) : Optional.empty();
        // the key of the seals and last year's summary are part of what the caches, the night state and the manifest
        // were made with: the manifest --at is checked on is the one this build and these files made
        String build = identityOf(plan, line);
        if (at.isPresent() && Files.isRegularFile(plan)
                && !it.peg.merge.QuietNight.atInPlanYear(work, plan, build, at.get())) {
            requireAtInPlanYear(plan, line);
        }
        if (Files.isDirectory(plan)) {
            throw new UsageException(it.peg.plan.PlanReader.folderMessage(plan));
        }
        if (!Files.isRegularFile(plan)) {
            // a named pipe or a device is there but is no file: "non esiste" would send the user looking for it
            throw new UsageException(Files.exists(plan)
                    ? "Il piano " + plan + " non è un file. Indicare con --plan il file .xlsx del piano."
                    : "Il piano " + plan + " non esiste. Indicare con --plan il file .xlsx del piano.");
        }
        if (!Files.isDirectory(inbox)) {
            throw new UsageException("La cartella " + inbox + " non esiste. Indicare con --inbox la cartella condivisa"
                    + " dove gli uffici depositano le schede.");
        }
        if (Files.exists(work) && !Files.isDirectory(work)) {
            throw new UsageException(work + " non è una cartella. Indicare con --work una cartella (viene creata se manca).");
        }
        OutputPaths.requireFolder("work", work);
        if (line.hasOption("previous") && LastYearsSummary.isMergesOwn(Path.of(line.getOptionValue("previous")), work)) {
            throw new UsageException("--previous indica " + line.getOptionValue("previous") + ", un riepilogo che merge"
                    + " riscrive in " + work + ": indicare il riepilogo dell'anno precedente, copiato fuori dalla cartella"
                    + " di lavoro (per esempio riepilogo-2025.xlsx).");
        }
        Optional<String> linked = OutputLinks.refusal(List.of(work.resolve(it.peg.merge.MergeJob.SUMMARY),
                work.resolve(it.peg.merge.MergeJob.CSV), work.resolve(it.peg.merge.Ledger.FILE_NAME)));
        if (linked.isPresent()) {
            console.problem(linked.get());
            return ExitCode.USAGE_OR_PLAN;
        }
        Optional<String> special = it.peg.merge.Ledger.refusal(work); // a FIFO there would hold the night for ever
        if (special.isPresent()) {
            console.problem(special.get());
            return ExitCode.USAGE_OR_PLAN;
        }
        Clock clock = clock();
        Instant start = clock.instant();
        long pid = CurrentProcess.pid();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(work, pid, start);
        } catch (RunLock.LinkedLock e) {
            it.peg.merge.InboxListing.forgetListAhead();
            console.problem(e.getMessage());
            return ExitCode.USAGE_OR_PLAN;
        }
        if (lock.isEmpty()) {
            it.peg.merge.InboxListing.forgetListAhead();
            String owner = RunLock.describeOwner(work);
            console.problem("merge già in corso su " + work + (owner.isEmpty() ? "" : " (" + owner + ")")
                    + ": questa esecuzione termina senza fare nulla. Se si ripete ogni notte, controllare che il"
                    + " lavoro precedente non sia bloccato.");
            return ExitCode.LOCKED;
        }
        String runId = runIdTime(start) + "-" + pid;
        Level consoleLevel = switch (console.verbosity()) {
            case QUIET -> Level.ERROR;
            case NORMAL -> Level.WARN;
            case VERBOSE -> Level.DEBUG;
        };
        try (RunLock held = lock.get()) {
            MergeReport report;
            try {
                report = night(held, plan, inbox, work, at, runId, clock, consoleLevel, line, build);
            } catch (it.peg.merge.SummaryUnreadableException e) {
                // the Nucleo's summary is the user's to mend (the night noted it in the ledger and the log): not peg's fault
                console.problem(e.getMessage());
                return ExitCode.USAGE_OR_PLAN;
            }
            if (report.outcome() == MergeReport.Outcome.PLAN_INVALID) {
                FindingsPrinter.print(console, report.planFindings());
                // checked as the night read it: without last year's summary, check finds other errors
                console.problem(report.italianLine() + " Vedere 'peg check --plan " + plan
                        + (line.hasOption("previous") ? " --previous " + line.getOptionValue("previous") : "") + "'.");
                return ExitCode.USAGE_OR_PLAN;
            }
            // each blocking finding of tonight's files, by name: with -q what a scheduler's mail needs
            FindingsPrinter.print(console, report.inputErrors());
            console.result(report.italianLine());
            return report.outcome() == MergeReport.Outcome.INPUT_ERRORS ? ExitCode.INPUT_ERRORS : ExitCode.OK;
        }
    }

    private MergeReport night(RunLock held, Path plan, Path inbox, Path work, Optional<LocalDate> at, String runId,
                              Clock clock, Level consoleLevel, CommandLine line, String build) throws Exception {
        // locked values are checked against their seals, with the key beside the plan
        return NightRun.run(held, new MergeRequest(plan, inbox, work, at,
                        Optional.ofNullable(line.getOptionValue("previous")).map(Path::of)), runId, clock, consoleLevel,
                () -> LastYearsSummary.readingPlanWith(stages.apply(it.peg.io.SealKeyFile.load(plan)), line, build), Version.current(), build);
    }

    /** The identity merge stamps everything with: the build, the seals' key beside the plan, last year's summary. */
    static String identityOf(Path plan, CommandLine line) {
        return Version.build() + it.peg.io.SealKeyFile.identity(plan) + LastYearsSummary.identity(line);
    }

    /**
     * The start as {@link RunIdFormat#RUN_ID} formats it ({@code 20241231T230000Z}), written out for years 1-9999:
     * the formatter's set-up (DateTimeFormatter's class builds a dozen formatters as it is loaded) was a few ms of a
     * night with nothing new (issue 21); other years go to the formatter.
     */
    static String runIdTime(Instant start) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(start.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1 || t.getYear() > 9999) {
            return RunIdFormat.RUN_ID.format(start);
        }
        StringBuilder s = new StringBuilder(16);
        Digits.padded(Digits.padded(Digits.padded(s, t.getYear(), 4), t.getMonthValue(), 2), t.getDayOfMonth(), 2)
                .append('T');
        Digits.padded(Digits.padded(Digits.padded(s, t.getHour(), 2), t.getMinute(), 2), t.getSecond(), 2);
        return s.append('Z').toString();
    }

    private static Clock clock() {
        String fixed = System.getProperty("peg.merge.now", "");
        return fixed.isBlank() ? it.peg.clock.SystemClock.INSTANCE : Clock.fixed(Instant.parse(fixed), ZoneId.systemDefault());
    }
}
