package it.peg.merge;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;
import it.peg.domain.Finding;
import it.peg.domain.Findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static it.peg.merge.Ledger.fields;

/**
 * The night's last step: the folder of rejected files brought up to date, each file's status change noted in the
 * ledger (STATUS), and the totals of the run.
 */
final class StatusStep {
    /**
     * The totals of a night.
     *
     * @param notFilled          blank schede ("non compilata"): read and kept, not a delivery, not accepted
     * @param inputErrors        the run's outcome is INPUT_ERRORS (see {@link MergeJob})
     * @param acceptedWithErrors an accepted file had ERRORE findings
     * @param rejectedServices   services whose delivery is refused
     * @param errorsToReport     the ERRORE findings of the files that count or were refused tonight: what the console
     *                           (and cron's mail) names
     * @param statuses           each file's status as noted ({@code STATUS|reason}), by {@code name NUL sha256}
     */
    record Tally(int accepted, int notFilled, int superseded, int rejected, int missing, boolean inputErrors,
                 boolean acceptedWithErrors, long rejectedServices, List<Finding> errorsToReport,
                 SortedMap<String, String> statuses) {
    }

    /**
     * What the step reads of a file: its archived copy (the rejected folder copies it) and its own findings, from its
     * assessment tonight or as the last complete night kept them ({@link it.peg.consolidate.KeptFigures}).
     */
    record FileSeen(InputFile file, String sha256, long size, List<Finding> findings) {
        FileSeen {
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(sha256, "sha256");
            findings = List.copyOf(findings);
        }

        static FileSeen of(FileAssessment a) {
            return new FileSeen(a.file(), a.sha256(), a.size(), a.findings());
        }
    }

    private StatusStep() {
    }

    /** Each assessed file by {@code name NUL sha256}. */
    static Map<String, FileSeen> byKey(List<FileAssessment> assessed) {
        Map<String, FileSeen> byKey = new HashMap<>(assessed.size() * 4 / 3 + 1);
        assessed.forEach(a -> byKey.put(History.Known.key(a.file().name(), a.sha256()), FileSeen.of(a)));
        return byKey;
    }

    /**
     * @param byKey      every file's archived copy and findings, by {@code name NUL sha256}
     * @param unreported files whose rejection no completed run has reported yet
     * @param skippedAny the inbox holds links or special files (they are reported every night)
     */
    static Tally run(ConsolidationResult result, Map<String, FileSeen> byKey, Map<String, String> lastStatus,
                     Set<String> unreported, boolean skippedAny, RejectedFolder rejectedFolder, Ledger ledger)
            throws IOException {
        List<RejectedFolder.Entry> rejectedEntries = new ArrayList<>();
        int accepted = 0;
        int notFilled = 0;
        int superseded = 0;
        int rejected = 0;
        boolean inputErrors = false;
        boolean acceptedWithErrors = false;
        List<Finding> errorsToReport = new ArrayList<>();
        SortedMap<String, String> statuses = new TreeMap<>();
        List<Ledger.Line> changes = new ArrayList<>(); // appended together: one fsync, not one per status change
        for (FileRecord r : result.registry()) {
            String key = History.Known.key(r.fileName(), r.sha256());
            FileSeen af = byKey.get(key);
            List<Finding> findings = af == null ? List.of() : af.findings();
            switch (r.status()) {
                case ACCEPTED -> {
                    accepted++;
                    acceptedWithErrors |= Findings.anyError(findings);
                    findings.stream().filter(Finding::isError).forEach(errorsToReport::add);
                }
                // a blank scheda is read and kept, but is not a delivery (issue 17): counted apart from the accepted
                // files, as consolidate and the Registro name it; its service stays without a delivery in the summary
                case NOT_FILLED -> notFilled++;
                case SUPERSEDED -> superseded++;
                case REJECTED -> {
                    rejected++;
                    // a leggimi.txt left in the inbox is noted (ledger, Registro) but is nobody's failed delivery
                    inputErrors |= unreported.contains(key) && InputFolders.namedAsSpreadsheet(r.fileName());
                    if (unreported.contains(key) && InputFolders.namedAsSpreadsheet(r.fileName())) {
                        findings.stream().filter(Finding::isError).forEach(errorsToReport::add);
                    }
                    if (af != null) {
                        rejectedEntries.add(new RejectedFolder.Entry(af, r.reason()));
                    }
                }
            }
            String status = r.status().name() + "|" + r.reason();
            statuses.put(key, status);
            if (!status.equals(lastStatus.get(key))) {
                changes.add(new Ledger.Line(LedgerEvent.STATUS, fields("sha256", r.sha256(), "name", r.fileName(),
                        "service", r.serviceCode().orElse(""), "status", r.status().name(), "reason", r.reason(),
                        "errors", String.valueOf(findings.stream().filter(Finding::isError).count()),
                        "warnings", String.valueOf(findings.stream().filter(f -> !f.isError()).count())),
                        ledger.now()));
            }
        }
        ledger.appendAll(changes);
        rejectedFolder.update(rejectedEntries);
        long rejectedServices = result.deliveries().stream().filter(d -> d.state() == DeliveryState.REJECTED).count();
        inputErrors |= acceptedWithErrors || rejectedServices > 0 || skippedAny;
        int missing = (int) result.deliveries().stream().filter(d -> d.state() == DeliveryState.MISSING).count();
        return new Tally(accepted, notFilled, superseded, rejected, missing, inputErrors, acceptedWithErrors,
                rejectedServices, errorsToReport, statuses);
    }
}
