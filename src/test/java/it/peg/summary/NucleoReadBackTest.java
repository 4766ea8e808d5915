package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NucleoColumnsReader#readBackOf} against the reader itself: summaries written from results carrying the
 * Nucleo's judgements (seeded random ones, and the values people type that are hardest to give back unchanged)
 * and read back from the file. Whenever readBackOf answers, its answer is what reading the file gives.
 */
class NucleoReadBackTest {
    @TempDir
    Path dir;

    private static final String[] NOTES = {"", "", "Validato", " con riserva ", "riga uno\nriga due", "a\tb",
            "fine riga\r\n", "àèìòù € ½", "emoji \uD83D\uDE00 ok", "=SOMMA(A1)", "+1", "  ", "<b>&amp;</b>",
            "x".repeat(SheetRows.MAX_TEXT)};
    private static final String[] VALUES = {null, null, "0", "1", "2", "0.85", "0.855", "1.2345678901234567890",
            "0.33333333333333333333", "0.1", "1.999999999999999999", "0.01", "0.010000000000000000001", "0.30000000000000004"};

    @Test
    void whatItGivesIsWhatReadingTheWrittenSummaryGives() throws Exception {
        Random random = new Random(20261123);
        int answered = 0;
        for (int trial = 0; trial < 40; trial++) {
            ConsolidationResult result = withOverrides(SummaryFixture.result(), o -> {
                String value = VALUES[random.nextInt(VALUES.length)];
                String note = NOTES[random.nextInt(NOTES.length)];
                if (value == null && note.isEmpty() && random.nextBoolean()) {
                    return Optional.empty();
                }
                return Optional.of(new NucleoOverride(o, Optional.ofNullable(value).map(BigDecimal::new), note));
            });
            Optional<NucleoReadResult> known = NucleoColumnsReader.readBackOf(result);
            if (known.isPresent()) {
                answered++;
                assertEquals(readWritten(result, "t" + trial), known.get(), "trial " + trial);
            }
        }
        assertTrue(answered >= 30, "answered " + answered + " of 40: the shortcut must serve ordinary summaries");
    }

    /** A judgement above 0% and under 1% is a slip the reader reports (NUCLEO_VALORE_NON_VALIDO): no answer without it. */
    @Test
    void aJudgementUnderOnePercentIsLeftToTheReader() {
        for (String slip : List.of("0.0085", "0.0001", "1E-20")) {
            ConsolidationResult result = withOverrides(SummaryFixture.result(),
                    o -> Optional.of(new NucleoOverride(o, Optional.of(new BigDecimal(slip)), "")));
            assertTrue(NucleoColumnsReader.readBackOf(result).isEmpty(), slip);
        }
    }

    @Test
    void aSummaryWithoutNucleoWorkReadsBackEmpty() throws Exception {
        ConsolidationResult result = withOverrides(SummaryFixture.result(), o -> Optional.empty());
        NucleoReadResult known = NucleoColumnsReader.readBackOf(result).orElseThrow();
        assertEquals(new NucleoReadResult(java.util.Map.of(), List.of(),
                Optional.of(result.scores().verifica().date())), known);
        assertEquals(readWritten(result, "vuoto"), known);
    }

    @Test
    void theFixtureSummaryIsKnownWithoutReadingIt() throws Exception {
        ConsolidationResult result = SummaryFixture.result();
        NucleoReadResult known = NucleoColumnsReader.readBackOf(result).orElseThrow();
        assertEquals(1, known.overrides().size());
        assertEquals(readWritten(result, "fixture"), known);
    }

    @Test
    void declinesWhatTheReaderWouldReport() throws Exception {
        // beyond 200%: the reader takes the number for a percent typed without the sign (2.5 as 2,5%)
        ConsolidationResult tooHigh = withOverrides(SummaryFixture.result(),
                o -> Optional.of(new NucleoOverride(o, Optional.of(new BigDecimal("2.5")), "")));
        assertEquals(Optional.empty(), NucleoColumnsReader.readBackOf(tooHigh));
        assertEquals(0, new BigDecimal("0.025").compareTo(
                readWritten(tooHigh, "alto").overrides().get("OB1").score().orElseThrow()));
        // a control character the writer cannot keep
        ConsolidationResult control = withOverrides(SummaryFixture.result(),
                o -> Optional.of(new NucleoOverride(o, Optional.empty(), "campanello \u0007")));
        assertEquals(Optional.empty(), NucleoColumnsReader.readBackOf(control));
        // characters the writer cannot keep as they are: it writes ? for them (regression: U+FFFF was let through)
        for (String odd : java.util.List.of("ok \uFFFF", "\uFFFE", "solo \uD800 mezzo")) {
            ConsolidationResult written = withOverrides(SummaryFixture.result(),
                    o -> Optional.of(new NucleoOverride(o, Optional.empty(), odd)));
            assertEquals(Optional.empty(), NucleoColumnsReader.readBackOf(written), odd);
            assertTrue(readWritten(written, "odd").overrides().values().stream().allMatch(v -> v.note().contains("?")));
        }
        // a note longer than a cell holds is cut by the writer
        ConsolidationResult tooLong = withOverrides(SummaryFixture.result(),
                o -> Optional.of(new NucleoOverride(o, Optional.empty(), "x".repeat(SheetRows.MAX_TEXT + 1))));
        assertEquals(Optional.empty(), NucleoColumnsReader.readBackOf(tooLong));
    }

    private NucleoReadResult readWritten(ConsolidationResult result, String name) throws Exception {
        Path file = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SummaryWorkbookWriter.write(result, out);
        }
        return NucleoColumnsReader.read(file);
    }

    private static ConsolidationResult withOverrides(ConsolidationResult r,
                                                     java.util.function.Function<String, Optional<NucleoOverride>> of) {
        List<ObjectiveScore> objectives = new ArrayList<>();
        for (ObjectiveScore o : r.scores().objectives()) {
            objectives.add(new ObjectiveScore(o.objectiveCode(), o.verifica(), o.computed(), of.apply(o.objectiveCode()),
                    o.coverage(), o.weight(), o.reachable(), o.notes(), o.atRisk(), o.esito()));
        }
        ScoreReport s = r.scores();
        ScoreReport scores = new ScoreReport(s.verifica(), s.indicators(), objectives, s.services(), s.overall(),
                s.overallEsito(), s.distribution(), s.dataTrends());
        return new ConsolidationResult(r.plan(), scores, r.submissions(), r.deliveries(), r.registry(), r.findings());
    }
}
