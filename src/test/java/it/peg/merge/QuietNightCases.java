package it.peg.merge;

import it.peg.merge.standin.StandInPipeline;
import it.peg.merge.cache.AssessmentCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiet night told from the manifest ({@link QuietNight}): taken only when a full run would stop at the night
 * state's check, and then with the same report, ledger lines and files as that run. Each case runs the same nights in
 * two work folders, one of which loses its manifest before the night compared: that one shows what the ordinary run
 * does. The cases are {@link QuietNightTest} (what makes a night quiet or not) and {@link QuietNightStampsTest}
 * (what a stamp or the manifest vouches for).
 */
abstract class QuietNightCases {
    @TempDir
    Path tmp;
    Path inbox;
    Path plan;
    /** The work folder that keeps its manifest, and the one that shows the ordinary run. */
    Path fast;
    Path ordinary;

    @BeforeEach
    void setUp() throws Exception {
        inbox = tmp.resolve("inbox");
        fast = tmp.resolve("work-fast");
        ordinary = tmp.resolve("work-ordinary");
        Files.createDirectories(inbox);
        plan = MergeFixture.plan(tmp, 3);
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=non so\n");
        MergeFixture.drop(inbox, "sub/leggimi.txt", "istruzioni\n");
    }

    @AfterEach
    void resetClock() {
        QuietNight.wallClock = System::currentTimeMillis;
        QuietNight.lister = InboxWalk::of;
    }

    /** Counts the plan readings: the ordinary run reads the plan (its cache entry is deleted before each night). */
    static final class Counting extends StandInPipeline {
        final AtomicInteger plans = new AtomicInteger();
        final AtomicInteger assessed = new AtomicInteger();

        @Override
        public it.peg.plan.PlanReadResult loadPlan(Path planFile) throws java.io.IOException {
            plans.incrementAndGet();
            return super.loadPlan(planFile);
        }

        @Override
        public it.peg.consolidate.FileAssessment assess(it.peg.domain.Plan p, it.peg.domain.Verifica v,
                                                        it.peg.consolidate.InputFile file) {
            assessed.incrementAndGet();
            return super.assess(p, v, file);
        }
    }

    record Night(MergeReport report, boolean quick, int assessed) {
    }

    Night night(Path work, String now, Optional<LocalDate> at) throws Exception {
        try (var entries = Files.newDirectoryStream(work.resolve(AssessmentCache.DIR), "plan-*.bin")) {
            for (Path p : entries) {
                Files.delete(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // first night
        }
        Counting pipeline = new Counting();
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        MergeReport r = new MergeJob(pipeline.stages(), clock, "test").run(new MergeRequest(plan, inbox, work, at), "r-" + now);
        return new Night(r, pipeline.plans.get() == 0, pipeline.assessed.get());
    }

    /** The same night in both folders, the ordinary one without its manifest: both results. */
    Night[] both(String now, Optional<LocalDate> at) throws Exception {
        NightManifest.delete(ordinary);
        Night f = night(fast, now, at);
        Night o = night(ordinary, now, at);
        assertFalse(o.quick(), "the ordinary run reads the plan");
        // the plan's findings are printed only when the plan is invalid, which a night told from the manifest is not
        assertEquals(withoutTime(o.report()), withoutTime(f.report()), "the same report");
        assertEquals(ledgerWithoutTimes(ordinary), ledgerWithoutTimes(fast), "the same ledger lines");
        assertEquals(MergeFixture.hashes(ordinary, Ledger.FILE_NAME, MergeLogging.DIR, AssessmentCache.DIR),
                MergeFixture.hashes(fast, Ledger.FILE_NAME, MergeLogging.DIR, AssessmentCache.DIR),
                "the same outputs, archive and rejected files");
        return new Night[] {f, o};
    }

    static MergeReport withoutTime(MergeReport r) {
        return new MergeReport(r.outcome(), r.verifica(), r.seen(), r.newFiles(), r.read(), r.accepted(), r.notFilled(),
                r.superseded(), r.rejected(), r.missingServices(), r.summaryChanged(), r.csvChanged(),
                java.time.Duration.ZERO, List.of(), r.inputErrors());
    }

    static List<String> ledgerWithoutTimes(Path work) throws Exception {
        List<String> lines = new ArrayList<>();
        for (LedgerEntry e : Ledger.read(work).entries()) {
            Map<String, String> fields = new java.util.TreeMap<>(e.fields());
            fields.remove("durationMs");
            fields.remove("phasesMs");
            lines.add(e.at() + " " + e.run() + " " + e.event() + " " + fields);
        }
        return lines;
    }

    void firstNight() throws Exception {
        night(fast, "2024-07-01T02:00:00Z", Optional.empty());
        night(ordinary, "2024-07-01T02:00:00Z", Optional.empty());
        assertTrue(Files.isRegularFile(NightManifest.path(fast)), "a complete run leaves the manifest");
    }

    /** Files written now are not settled: the wall clock moves on a minute so that their stamps vouch for them. */
    static void aMinuteLater() {
        long later = System.currentTimeMillis() + 60_000;
        QuietNight.wallClock = () -> later;
    }

}
