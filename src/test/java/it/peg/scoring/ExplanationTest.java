package it.peg.scoring;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator's explanation is made when first read, not when scored: a night that copies an unchanged service's
 * rows never reads it (issue 21). Read, it is the text scoring always gave (pinned by the scorer's own tests).
 */
class ExplanationTest {
    private final Plan plan = SyntheticPlan.build(60, 11L);
    private final Map<String, Submission> submissions = new HashMap<>();

    ExplanationTest() {
        Random random = new Random(20261205);
        for (Service service : plan.services()) {
            if (random.nextInt(4) > 0) {
                submissions.put(service.code(), ScorerParallelTest.submission(plan, service, random));
            }
        }
    }

    @Test
    void scoringMakesNoExplanation() {
        for (Verifica verifica : plan.settings().verifiche()) {
            ScoreReport report = Scorer.score(plan, verifica, submissions, Map.of(), Set.of());
            assertFalse(report.indicators().isEmpty());
            assertTrue(report.indicators().stream().noneMatch(i -> i.explained().isMade()), verifica.code());
            for (Submission s : submissions.values()) {
                ServiceScoring ahead = Scorer.scoreAhead(plan, verifica, s).orElseThrow();
                assertTrue(ahead.indicators().stream().flatMap(List::stream).noneMatch(i -> i.explained().isMade()));
            }
        }
    }

    @Test
    void readingMakesItOnceAndEqualsTheSameScoringsText() {
        Verifica verifica = plan.settings().finalVerifica();
        List<IndicatorScore> first = Scorer.score(plan, verifica, submissions, Map.of(), Set.of()).indicators();
        List<IndicatorScore> again = Scorer.score(plan, verifica, submissions, Map.of(), Set.of()).indicators();
        IndicatorScore one = first.get(0);
        String text = one.explanation();
        assertTrue(one.explained().isMade());
        // made once (its supplier called once: aTextIsMadeByItsSupplierOnlyWhenRead), then kept as its UTF-8 bytes:
        // the same text, a String read from them each time
        assertEquals(text, one.explanation(), "made once, then kept");
        assertFalse(again.get(0).explained().isMade());
        assertEquals(first, again); // equal by their texts, made to compare
        assertTrue(first.stream().anyMatch(i -> i.explanation().contains("%")), "texts with their arithmetic");
    }

    @Test
    void twoThreadsReadingTheSameExplanationsReadTheSameTexts() throws Exception {
        Verifica verifica = plan.settings().finalVerifica();
        List<IndicatorScore> scores = Scorer.score(plan, verifica, submissions, Map.of(), Set.of()).indicators();
        List<String> expected = Scorer.score(plan, verifica, submissions, Map.of(), Set.of()).indicators().stream()
                .map(IndicatorScore::explanation).toList();
        CompletableFuture<List<String>> other = CompletableFuture.supplyAsync(
                () -> scores.stream().map(IndicatorScore::explanation).toList());
        List<String> here = scores.stream().map(IndicatorScore::explanation).toList();
        assertEquals(expected, here);
        assertEquals(expected, other.get());
    }

    /** Kept as UTF-8 when made: every text reads back as it was made, a lone surrogate's too (kept as it is). */
    @Test
    void aTextReadsBackAsItWasMadeWhateverItsCharacters() {
        List<String> texts = List.of("", "valore 12 rispetto al target >=10: 12/10 = 120% → tetto 100%",
                "1.300/3 = 433,33 ≥ 400 è raggiunto", "città €", "\uD83D\uDE00 emoji", "lone \uD800 high",
                "lone \uDC00 low", "end \uD83D");
        for (String t : texts) {
            AtomicInteger made = new AtomicInteger();
            Explanation later = Explanation.later(() -> {
                made.incrementAndGet();
                return new String(t.toCharArray()); // not the literal: equal, not the same
            });
            assertEquals(t, later.text());
            assertEquals(t, later.text(), "read back from what was kept");
            assertEquals(t, Explanation.of(t).text());
            assertEquals(Explanation.of(t), later);
            assertEquals(1, made.get());
        }
        Random random = new Random(21);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(80)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x60));
            }
            String t = new String(chars);
            assertEquals(t, Explanation.later(() -> t).text() + "", "seeded text " + i);
            Explanation e = Explanation.later(() -> t);
            e.text();
            assertEquals(t, e.text(), "seeded text " + i + ", kept");
        }
    }

    @Test
    void aTextIsMadeByItsSupplierOnlyWhenRead() {
        AtomicInteger made = new AtomicInteger();
        Explanation later = Explanation.later(() -> "valore " + made.incrementAndGet());
        assertEquals(0, made.get());
        assertFalse(later.isMade());
        assertEquals("valore 1", later.text());
        assertEquals("valore 1", later.text());
        assertEquals(1, made.get());
        assertEquals(Explanation.of("valore 1"), later);
        assertEquals(Explanation.of("valore 1").hashCode(), later.hashCode());
        assertNotEquals(Explanation.of("valore 2"), later);
        assertEquals("valore 1", new ArrayList<>(List.of(later)).get(0).toString());
    }
}
