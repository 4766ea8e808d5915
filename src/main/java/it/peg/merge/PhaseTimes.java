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
        // get and put, not merge(..., Long::sum): a quiet night (0.15 s) links each lambda it meets, cold (issue 21)
        long lap = (now - last) / 1_000_000;
        Long before = millis.get(name);
        millis.put(name, before == null ? lap : before + lap);
        last = now;
    }

    /** {@code plan:12,archive:3,...}: one ledger field value (no tabs, no spaces). */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(",");
        for (Map.Entry<String, Long> e : millis.entrySet()) {
            j.add(e.getKey() + ":" + e.getValue());
        }
        return j.toString();
    }
}
