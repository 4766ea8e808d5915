package it.peg.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Milliseconds spent in each step of a run, in order, for the RUN_END line of the ledger: the IT person sees
 * where a slow night went (the plan, the archive, reading, the Nucleo's columns, scoring, the outputs).
 */
final class PhaseTimes {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the step {@code name} (the time since the previous one). */
    void lap(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    /** {@code plan:12,archive:3,...}: one ledger field value (no tabs, no spaces). */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(",");
        millis.forEach((k, v) -> j.add(k + ":" + v));
        return j.toString();
    }
}
