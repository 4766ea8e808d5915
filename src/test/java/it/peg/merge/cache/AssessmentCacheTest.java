package it.peg.merge.cache;

import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.DataReport;
import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.PhaseReport;
import it.peg.domain.PhaseState;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.Submission;
import it.peg.domain.YesNoValue;
import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentCacheTest {
    private static final it.peg.domain.Verifica FINAL = new it.peg.domain.Verifica(java.time.LocalDate.of(2024, 12, 31), java.util.Optional.empty(), true);
    private static final String SHA = "ab".repeat(32);
    private static final LocalDate V = LocalDate.of(2024, 6, 30);

    /** An archived copy as merge gives it to the cache. */
    static final InputFile A01 = named("A01.xlsx");

    private static InputFile named(String name) {
        return new InputFile(Path.of("archive", name), name, Instant.parse("2024-07-01T02:00:00Z"),
                Optional.of(new InputFile.Content(SHA, 1234)));
    }

    static FileAssessment assessed(InputFile file) {
        return everyKind().of(file, file.content().orElseThrow());
    }

    static AssessmentCache.Entry everyKind() {
        Submission s = new Submission("A01.xlsx", "S01", List.of(
                new IndicatorReport("I1", V, Optional.of(new NumberValue(new BigDecimal("1200.50"))), "causa\ttab", "A01.xlsx!Scheda!F12"),
                new IndicatorReport("I2", V, Optional.of(new RatioValue(new BigDecimal("3"), new BigDecimal("4"))), "", ""),
                new IndicatorReport("I3", V, Optional.of(new DateValue(LocalDate.of(2024, 5, 2))), "", ""),
                new IndicatorReport("I4", V, Optional.of(new YesNoValue(true)), "", ""),
                new IndicatorReport("I5", V, Optional.of(new ProgressValue(new BigDecimal("0.75"))), "", ""),
                new IndicatorReport("I6", V, Optional.empty(), "", "")),
                List.of(new ObjectiveReport("OB1", V, Optional.of(false), "note è")),
                List.of(new PhaseReport("OB1", "A", V, Optional.of(PhaseState.IN_CORSO))),
                List.of(new DataReport("D1", 2024, Optional.of(BigDecimal.TEN), "")));
        return new AssessmentCache.Entry(Optional.of("S01"), Optional.of(s),
                List.of(Finding.warning("VALORE_TESTO", "Scrivere un numero").withFile("A01.xlsx").at("Scheda", "F12")),
                List.of("0630"));
    }

    @Test
    void roundTripsEveryReportedValueKindExactly(@TempDir Path work) throws Exception {
        Plan plan = plan(work, "servizio=S01\n");
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        cache.put(plan, FINAL, assessed(A01));
        assertEquals(Optional.of(assessed(A01)), cache.get(plan, FINAL, A01));
        assertTrue(cache.get(plan, FINAL, named("B01.xlsx")).isEmpty(), "keyed by name too");
        assertTrue(new AssessmentCache(work, "1.1").get(plan, FINAL, A01).isEmpty(), "new tool version: miss");
        it.peg.domain.Verifica june = new it.peg.domain.Verifica(java.time.LocalDate.of(2024, 6, 30), java.util.Optional.empty(), false);
        assertTrue(cache.get(plan, june, A01).isEmpty(), "another verifica: miss (missing values depend on it)");
    }

    /**
     * Regression: a first night kept every freshly read assessment with its own copies of texts and numbers, and at
     * 10,000 files ran out of its 256 MB heap. What {@code putShared} keeps equals the assessment and the cache entry,
     * with its texts shared with every other decoded entry.
     */
    @Test
    void anAssessmentPutIsKeptAsTheEntryDecodesWithItsTextsShared(@TempDir Path work) throws Exception {
        Plan plan = plan(work, "servizio=S01\n");
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        FileAssessment fresh = assessed(A01);
        FileAssessment kept = cache.putShared(plan, FINAL, fresh);
        assertEquals(fresh, kept);
        assertEquals(Optional.of(fresh), cache.get(plan, FINAL, A01), "the entry is written as put writes it");
        FileAssessment other = cache.putShared(plan, FINAL, assessed(named("B01.xlsx")));
        String unit = fresh.submission().orElseThrow().indicators().get(0).source();
        assertTrue(kept.submission().orElseThrow().indicators().get(0).source() == unit.intern(),
                "one copy of a text however many assessments hold it");
        assertTrue(other.findings().get(0).message() == kept.findings().get(0).message());
    }

    @Test
    void aChangeOfTheServicesPlanSliceIsAMissOthersAreNot(@TempDir Path work) throws Exception {
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        cache.put(plan(work, "servizio=S01\nservizio=S02\n"), FINAL, assessed(A01));
        assertTrue(cache.get(plan(work, "servizio=S01\nservizio=S02\nservizio=S03\n"), FINAL, A01).isPresent());
        assertTrue(cache.get(plan(work, "servizio=S01\nobiettivo=OB9;S01\n"), FINAL, A01).isEmpty());
    }

    /**
     * An entry read ahead, before the night knows its plan and verifica, is checked against them when asked exactly as
     * an entry read then: the same hit, the same misses (another verifica, another plan slice of its service, another
     * name, another build); one that was not read ahead is read as before.
     */
    /**
     * Regression: the plan's fingerprint leaves out "Valori mancanti", so an assessment made under "non valutato" was
     * taken from the cache after the plan said "zero", its VALORE_MANCANTE warning still saying the indicator is not
     * valued (the Anomalie sheet then contradicted the score).
     */
    @Test
    void aChangeOfThePlansValoriMancantiIsAMiss(@TempDir Path work) throws Exception {
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        Plan plan = plan(work, "servizio=S01\n");
        cache.put(plan, FINAL, assessed(A01));
        it.peg.domain.Settings s = plan.settings();
        it.peg.domain.MissingValues other = s.missingValues() == it.peg.domain.MissingValues.ZERO
                ? it.peg.domain.MissingValues.NOT_VALUED : it.peg.domain.MissingValues.ZERO;
        Plan zero = new Plan(new it.peg.domain.Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), s.logo(), other, s.template()), plan.services(),
                plan.objectives(), plan.indicators(), plan.phases(), plan.dataYears(), plan.dataRows());
        assertTrue(cache.get(plan, FINAL, A01).isPresent());
        assertTrue(cache.get(zero, FINAL, A01).isEmpty());
    }

    @Test
    void anEntryReadAheadIsCheckedAgainstThePlanAndTheVerificaAsOneReadWhenAsked(@TempDir Path work) throws Exception {
        Plan plan = plan(work, "servizio=S01\nservizio=S02\n");
        new AssessmentCache(work, "1.0").put(plan, FINAL, assessed(A01));
        new AssessmentCache(work, "1.1").put(plan, FINAL, assessed(named("C01.xlsx")));
        AssessmentCache.FileKey a01 = new AssessmentCache.FileKey(SHA, "A01.xlsx");
        AssessmentCache.FileKey c01 = new AssessmentCache.FileKey(SHA, "C01.xlsx");
        AssessmentCache.FileKey none = new AssessmentCache.FileKey(SHA, "B01.xlsx");

        AssessmentCache hit = new AssessmentCache(work, "1.0");
        assertEquals(2, hit.readAhead(List.of(a01, c01, none), () -> false), "the entries there, whatever their key");
        assertEquals(Optional.of(assessed(A01)), hit.get(plan, FINAL, A01));
        assertTrue(hit.get(plan, FINAL, named("C01.xlsx")).isEmpty(), "another build's entry: a miss");

        AssessmentCache otherVerifica = new AssessmentCache(work, "1.0");
        assertEquals(1, otherVerifica.readAhead(List.of(a01), () -> false));
        it.peg.domain.Verifica june = new it.peg.domain.Verifica(LocalDate.of(2024, 6, 30), Optional.empty(), false);
        assertTrue(otherVerifica.get(plan, june, A01).isEmpty(), "another verifica: a miss");

        AssessmentCache otherPlan = new AssessmentCache(work, "1.0");
        assertEquals(1, otherPlan.readAhead(List.of(a01), () -> false));
        assertTrue(otherPlan.get(plan(work, "servizio=S01\nobiettivo=OB9;S01\n"), FINAL, A01).isEmpty(),
                "its service's slice of the plan changed: a miss");

        AssessmentCache stopped = new AssessmentCache(work, "1.0");
        assertEquals(0, stopped.readAhead(List.of(a01), () -> true), "stopped: nothing read");
        assertEquals(Optional.of(assessed(A01)), stopped.get(plan, FINAL, A01), "then read when asked");

        AssessmentCache forgotten = new AssessmentCache(work, "1.0");
        forgotten.readAhead(List.of(a01), () -> false);
        forgotten.forgetReadAhead();
        assertEquals(Optional.of(assessed(A01)), forgotten.get(plan, FINAL, A01), "forgotten: read when asked");
    }

    /** A damaged entry read ahead is left to {@code get}, which calls it a miss as it always did. */
    @Test
    void aDamagedEntryIsNotReadAheadAndIsAMiss(@TempDir Path work) throws Exception {
        Plan plan = plan(work, "servizio=S01\n");
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        cache.put(plan, FINAL, assessed(A01));
        try (var files = Files.list(work.resolve(AssessmentCache.DIR))) {
            Path entry = files.findFirst().orElseThrow();
            byte[] b = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(b, b.length - 7));
        }
        AssessmentCache ahead = new AssessmentCache(work, "1.0");
        assertEquals(0, ahead.readAhead(List.of(new AssessmentCache.FileKey(SHA, "A01.xlsx")), () -> false));
        assertTrue(ahead.get(plan, FINAL, A01).isEmpty());
    }

    @Test
    void aDamagedEntryIsAMiss(@TempDir Path work) throws Exception {
        Plan plan = plan(work, "servizio=S01\n");
        AssessmentCache cache = new AssessmentCache(work, "1.0");
        cache.put(plan, FINAL, assessed(A01));
        try (var files = Files.list(work.resolve(AssessmentCache.DIR))) {
            Path entry = files.findFirst().orElseThrow();
            byte[] b = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(b, b.length - 7));
        }
        assertTrue(cache.get(plan, FINAL, A01).isEmpty());
    }

    static Plan plan(Path dir, String body) throws Exception {
        Path p = Files.createTempFile(dir, "piano", ".txt");
        Files.writeString(p, "anno=2024\nverifiche=2024-06-30;2024-12-31\n" + body);
        return new StandInPipeline().loadPlan(p).plan().orElseThrow();
    }
}
