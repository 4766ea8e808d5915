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
}
