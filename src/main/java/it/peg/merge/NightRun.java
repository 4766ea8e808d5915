package it.peg.merge;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * One night as {@code peg merge} runs it once the run lock is held: {@code merge.log} installed, the run's id on
 * every log line, a lock taken over from a run that died noted in the ledger ({@link LedgerEvent#LOCK_TAKEN_OVER}),
 * the {@link MergeJob}, and any failure logged with its stack trace and noted in the ledger
 * ({@link LedgerEvent#RUN_FAILED}) before it is thrown on (peg's fault: exit 4). Outputs are only ever replaced
 * atomically, so after a failure they are exactly as before. Every ledger line is written by merge.
 */
public final class NightRun {
    /** Set up when first used: a night with nothing new logs through no logger of its own (issue 21). */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(NightRun.class);
    }

    /**
     * The stages for the night, asked for by {@link MergeJob} only when the night is not one with nothing new: a quiet
     * night reads no file, and making them read the seals' key from beside the plan and linked eight stages, ~4 ms of its
     * main thread (issue 21); a failure to make them is the ordinary night's, reported as before.
     */
    @FunctionalInterface
    public interface StagesSource {
        Stages stages() throws IOException;
    }

    private NightRun() {
    }

    /**
     * @param held         the run lock, held by the caller (which releases it)
     * @param consoleLevel the lowest level of log line also shown on the console
     * @param toolVersion  recorded in the ledger
     * @param build        the identity of the running build, stamped on cache entries ({@link MergeJob})
     */
    public static MergeReport run(RunLock held, MergeRequest request, String runId, Clock clock, Level consoleLevel,
                                  StagesSource stages, String toolVersion, String build) throws Exception {
        // set up when first needed: a night with nothing new writes its two lines without logback (NightLogging)
        try (NightLogging logging = NightLogging.open(request.workDir(), consoleLevel, runId)) {
            if (held.staleOwner().isPresent()) {
                logging.install();
                Log.LOG.warn("stale lock taken over: the previous run ({}) ended without releasing it (killed or"
                        + " crashed); the OS released its file lock", held.staleOwner().get());
            }
            try {
                if (held.staleOwner().isPresent()) {
                    Ledger.open(request.workDir(), runId, clock).append(LedgerEvent.LOCK_TAKEN_OVER,
                            Map.of("previous", held.staleOwner().get()));
                }
                MergeReport report = new MergeJob(stages, clock, toolVersion, build).run(request, runId);
                logging.info(NightRun.class, report.logLine());
                return report;
            } catch (Exception | Error e) {
                logging.install();
                if (e instanceof SummaryUnreadableException) {
                    // the user's file to mend: the command prints its message; at ERROR the console appender would
                    // show it a second time, as a log line (a cron mail with it twice)
                    Log.LOG.info("merge stopped, outputs left as they were: {}", e.getMessage());
                } else {
                    Log.LOG.error("merge failed; outputs left as they were", e);
                }
                try {
                    Ledger.open(request.workDir(), runId, clock).append(LedgerEvent.RUN_FAILED,
                            Map.of("error", String.valueOf(e)));
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }
}
