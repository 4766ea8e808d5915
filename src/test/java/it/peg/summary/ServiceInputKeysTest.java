package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A run's input key is made once per result's inputs: a night asks for every run's key to find the services it must
 * score, then its writers ask again for a result made of the same inputs. Asked for another result's inputs, the keys
 * are made again from those, never taken from the earlier ones.
 */
class ServiceInputKeysTest {
    private static KeyedRows.InputKeys servizi(ConsolidationResult r, String context) {
        return ServiceInputKeys.runs(r, context, i -> r.plan().services().get(i).code(),
                i -> r.plan().services().get(i).code(), i -> 2 + i);
    }

    @Test
    void aRunsKeyIsMadeOncePerInputsAndAgainForOtherInputs() {
        ConsolidationResult base = SummarySheetsCopiedTest.base();
        String first = servizi(base, "Servizi").of(0, 16).orElseThrow();
        assertSame(first, servizi(base, "Servizi").of(0, 16).orElseThrow(), "the writers take the key made first");
        assertNotEquals(first, servizi(base, "Obiettivi").of(0, 16).orElseThrow(), "another sheet's form, another key");
        assertNotEquals(first, servizi(base, "Servizi").of(0, 15).orElseThrow(), "another run, another key");

        // one of the first run's services has another file: another result's inputs
        List<FileRecord> files = new ArrayList<>(base.registry());
        String service = base.plan().services().get(3).code();
        int i = java.util.stream.IntStream.range(0, files.size())
                .filter(k -> files.get(k).serviceCode().equals(java.util.Optional.of(service))).findFirst().orElseThrow();
        FileRecord f = files.get(i);
        files.set(i, new FileRecord(f.fileName(), "e".repeat(64), f.size(), f.received(), f.serviceCode(), f.status(),
                f.reason()));
        ConsolidationResult changed = new ConsolidationResult(base.plan(), base.scores(), base.submissions(),
                base.deliveries(), files, base.findings());
        String other = servizi(changed, "Servizi").of(0, 16).orElseThrow();
        assertNotEquals(first, other, "made from the changed inputs, not taken from the earlier result's");
        assertEquals(servizi(changed, "Servizi").of(16, 32), servizi(base, "Servizi").of(16, 32),
                "a run without the service keeps its key");
        assertEquals(first, servizi(base, "Servizi").of(0, 16).orElseThrow(), "the first inputs' key made again");
    }

    /**
     * The writers ask from several threads, and a night may ask for two results' keys in turn: every key asked for is
     * the one its own result's inputs give, whichever result another thread asked for in between (seeded order).
     */
    @Test
    void keysAskedFromSeveralThreadsForTwoResultsAreEachTheirResults() throws Exception {
        ConsolidationResult base = SummarySheetsCopiedTest.base();
        List<FileRecord> files = new ArrayList<>(base.registry());
        FileRecord f = files.get(0);
        files.set(0, new FileRecord(f.fileName(), "d".repeat(64), f.size(), f.received(), f.serviceCode(), f.status(),
                f.reason()));
        ConsolidationResult other = new ConsolidationResult(base.plan(), base.scores(), base.submissions(),
                base.deliveries(), files, base.findings());
        int services = base.plan().services().size();
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        for (ConsolidationResult r : List.of(base, other)) {
            for (int from = 0; from < services; from += 4) {
                String key = servizi(r, "Servizi").of(from, Math.min(services, from + 4)).orElseThrow();
                expected.put((r == base ? "base " : "other ") + from, key);
            }
        }
        String changed = f.serviceCode().orElseThrow();
        int at = java.util.stream.IntStream.range(0, services)
                .filter(i -> base.plan().services().get(i).code().equals(changed)).findFirst().orElseThrow();
        assertNotEquals(expected.get("base " + 4 * (at / 4)), expected.get("other " + 4 * (at / 4)),
                "the run holding the changed service has another key for the other result");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> checked = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                java.util.Random random = new java.util.Random(19 + t);
                checked.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < 400; i++) {
                        boolean useBase = random.nextBoolean();
                        int from = 4 * random.nextInt((services + 3) / 4);
                        String key = servizi(useBase ? base : other, "Servizi")
                                .of(from, Math.min(services, from + 4)).orElseThrow();
                        assertEquals(expected.get((useBase ? "base " : "other ") + from), key);
                        n++;
                    }
                    return n;
                }));
            }
            for (java.util.concurrent.Future<Integer> c : checked) {
                assertEquals(400, c.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
