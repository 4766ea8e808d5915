package it.peg.merge;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the ledger.
 *
 * @param at     when the event happened
 * @param run    the run that wrote it
 * @param event  event kind as written (RUN_START, ARCHIVED, ...): one of {@link LedgerEvent}, or a name a later
 *               build wrote
 * @param fields the event's key=value fields, in written order
 */
public record LedgerEntry(Instant at, String run, String event, Map<String, String> fields) {
    public LedgerEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(event, "event");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Whether this line is of that kind. */
    public boolean is(LedgerEvent kind) {
        return event.equals(kind.name());
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public String require(String key) {
        return field(key).orElseThrow(() -> new IllegalStateException("ledger " + event + " line without " + key));
    }
}
