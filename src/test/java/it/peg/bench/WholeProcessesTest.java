package it.peg.bench;

import it.peg.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of the whole-process bench that are not timing: ratios, the byte check, the half plan. */
class WholeProcessesTest {
    @TempDir
    Path dir;

    private static JavaProcess.Run run(int exit, double seconds, long cpuMillis) {
        return new JavaProcess.Run(exit, seconds, OptionalLong.of(cpuMillis), 10, 0, 0, 0, "");
    }

    @Test
    void aRatioIsOfTheMediansOnWallAndCpuTimeAndOnlyOfWorkDone() {
        BenchResult.Ratio r = WholeProcesses.ratio(List.of(run(1, 9, 6000), run(0, 7, 4000)), List.of(run(0, 2, 1000), run(0, 2, 1000)),
                BenchResult.Ratio.Kind.TIMES_FLOOR, 2).orElseThrow();
        assertEquals(4.0, r.value(), 1e-9);
        assertEquals(Optional.of(5.0), r.cpu());
        // exit 2 and over: nothing (or not everything) was done, so there is no ratio to give
        assertEquals(Optional.empty(), WholeProcesses.ratio(List.of(run(4, 1, 10)), List.of(run(0, 2, 1000)),
                BenchResult.Ratio.Kind.SHARE_OF_FIRST, 0.1));
    }

    @Test
    void twoOutputsAreComparedByteByByte() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.write(a.resolve("S1.xlsx"), new byte[]{1, 2, 3});
        Files.write(b.resolve("S1.xlsx"), new byte[]{1, 2, 3});
        assertEquals("output identico byte per byte in due esecuzioni (1 file)", WholeProcesses.sameBytes(a, b));
        Files.write(b.resolve("S1.xlsx"), new byte[]{1, 2, 4});
        assertEquals("DIVERSO: S1.xlsx cambia tra due esecuzioni", WholeProcesses.sameBytes(a, b));
        Files.write(b.resolve("S2.xlsx"), new byte[]{1});
        assertEquals("DIVERSO: file diversi (1 e 2)", WholeProcesses.sameBytes(a, b));
        assertEquals("DIVERSO: nessun file scritto", WholeProcesses.sameBytes(dir.resolve("x"), dir.resolve("y")));
    }

    @Test
    void theHalfPlanHasTheFirstServicesWithAllTheirsAndTheSameSlices() {
        Plan plan = SyntheticPlan.build(40, Benchmark.SEED);
        Plan half = WholeProcesses.firstServices(plan, 20);
        assertEquals(plan.services().subList(0, 20), half.services());
        assertEquals(20 * SyntheticPlan.OBJECTIVES_PER_SERVICE, half.objectives().size());
        assertEquals(20 * SyntheticPlan.OBJECTIVES_PER_SERVICE * SyntheticPlan.INDICATORS_PER_OBJECTIVE, half.indicators().size());
        for (var s : half.services()) {
            assertEquals(it.peg.domain.PlanFingerprint.of(plan, s.code()), it.peg.domain.PlanFingerprint.of(half, s.code()));
        }
        assertEquals(plan.phases().stream().filter(p -> half.objective(p.objectiveCode()).isPresent()).toList(), half.phases());
        assertEquals(plan, WholeProcesses.firstServices(plan, 40));
    }

    /** Each measured night finds merge.log as cron does, last written yesterday (noon, local time); none, nothing. */
    @Test
    void eachNightIsANewDayForMergeLog() throws Exception {
        Path work = dir.resolve("merge-a-freddo");
        WholeProcesses.aDayOlder(work);
        assertEquals(false, Files.exists(work));
        Path log = Files.createDirectories(work.resolve("logs")).resolve("merge.log");
        Files.writeString(log, "a line\n");
        WholeProcesses.aDayOlder(work);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        assertEquals(java.time.LocalDate.now(zone).minusDays(1).atTime(12, 0),
                java.time.LocalDateTime.ofInstant(Files.getLastModifiedTime(log).toInstant(), zone));
        assertEquals("a line\n", Files.readString(log));
    }
}
