package it.peg.merge;

import it.peg.consolidate.FileStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a run needs of the ledger's past lines.
 *
 * @param archived            every file ever received (ARCHIVED), by name and content, first line wins
 * @param lastStatus          the last status ({@code STATUS|reason}) noted by a completed run, per file: a
 *                            killed run's lines are noted again
 * @param reportedRejections  files whose rejection a completed run (one that reached RUN_END) reported:
 *                            the others make this run's outcome INPUT_ERRORS, once, even when a killed run
 *                            archived them
 */
record History(Map<String, History.Known> archived, Map<String, String> lastStatus,
               Set<String> reportedRejections, int badLines) {
    /** A file as its ARCHIVED line records it: the name it arrived with, its content, when it was received. */
    record Known(String name, String sha256, long size, Instant received) {
        String key() {
            return key(name, sha256);
        }

        static String key(String name, String sha) {
            return name + '\u0000' + sha;
        }
    }

    static final History NONE = new History(Map.of(), Map.of(), Set.of(), 0);

    static History of(Ledger.Contents contents) {
        return NONE.then(contents);
    }

    /**
     * This history followed by the lines of {@code later}, as {@link #of} gives it for all of them, provided no
     * run has lines on both sides (run ids are unique: a time and a process id), so that a run completed in
     * {@code later} has its STATUS lines there.
     */
    History then(Ledger.Contents later) {
        Map<String, Known> archived = new LinkedHashMap<>(this.archived);
        Set<String> completedRuns = new HashSet<>();
        for (LedgerEntry e : later.entries()) {
            if (e.is(LedgerEvent.ARCHIVED)) {
                Known k = new Known(e.require("name"), e.require("sha256"), Long.parseLong(e.require("size")),
                        IsoInstant.parse(e.require("received")));
                archived.putIfAbsent(k.key(), k);
            } else if (e.is(LedgerEvent.RUN_END)) {
                completedRuns.add(e.run());
            }
        }
        Map<String, String> lastStatus = new HashMap<>(this.lastStatus);
        Set<String> reportedRejections = new HashSet<>(this.reportedRejections);
        for (LedgerEntry e : later.of(LedgerEvent.STATUS)) {
            if (completedRuns.contains(e.run())) {
                String key = Known.key(e.require("name"), e.require("sha256"));
                lastStatus.put(key, e.require("status") + "|" + e.field("reason").orElse(""));
                if (e.require("status").equals(FileStatus.REJECTED.name())) {
                    reportedRejections.add(key);
                }
            }
        }
        return new History(archived, lastStatus, reportedRejections, badLines + later.badLines());
    }
}
