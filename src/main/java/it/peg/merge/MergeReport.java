package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.domain.Plural;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one merge run did, for the console, the log, the ledger and the exit code.
 *
 * @param outcome         how it ended
 * @param verifica        the verifica consolidated (empty when the plan was invalid)
 * @param seen            files found in the inbox
 * @param newFiles        files (name + content) never received before, archived by this run
 * @param read            files actually read and validated (new, or whose cached assessment was stale)
 * @param accepted        files whose submission counts
 * @param notFilled       schede returned with nothing reported at the verifica ("non compilata"): read and kept,
 *                        not a delivery, so not counted with the accepted files
 * @param superseded      valid files superseded by a newer submission of their service
 * @param rejected        files refused
 * @param missingServices services with no valid submission and no rejected one
 * @param summaryChanged  riepilogo.xlsx was replaced
 * @param csvChanged      riepilogo.csv was replaced
 * @param duration        wall time of the run
 * @param planFindings    findings about the plan (those with ERRORE made it invalid); shown only for an invalid
 *                        plan, and a valid plan decoded from the cache comes without its warnings (they are
 *                        {@code check}'s to show)
 */
public record MergeReport(Outcome outcome, Optional<String> verifica, int seen, int newFiles, int read, int accepted,
                          int notFilled, int superseded, int rejected, int missingServices, boolean summaryChanged,
                          boolean csvChanged, Duration duration, List<Finding> planFindings,
                          List<Finding> inputErrors) {
    public enum Outcome {
        /** Outputs up to date, no blocking finding to report. */
        OK,
        /** Outputs up to date, but some inputs have blocking findings (see {@link MergeJob} for which). */
        INPUT_ERRORS,
        /** The plan is invalid: nothing consolidated, outputs untouched. */
        PLAN_INVALID
    }

    public MergeReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(duration, "duration");
        planFindings = List.copyOf(planFindings);
        inputErrors = List.copyOf(inputErrors);
    }

    static MergeReport planInvalid(int seen, Duration duration, List<Finding> findings) {
        return new MergeReport(Outcome.PLAN_INVALID, Optional.empty(), seen, 0, 0, 0, 0, 0, 0, 0, false, false,
                duration, findings, List.of());
    }

    /** The one console line (Italian) for people and cron mails. */
    public String italianLine() {
        if (outcome == Outcome.PLAN_INVALID) {
            return "merge: piano non valido, nessun file elaborato e riepilogo invariato (correggere il piano e rilanciare).";
        }
        // the counts below are of every file received for the verifica (the Registro): a file taken out of the inbox,
        // or replaced there under its name, still counts, so they add up to more than the folder holds; said so
        int received = accepted + notFilled + superseded + rejected;
        return "merge " + verifica.orElse("") + ": " + Plural.files(seen) + " nella cartella"
                + (received <= seen ? "" : " (" + received + " ricevuti in tutto: l'archivio tiene anche i file tolti"
                + " dalla cartella o sostituiti)") + ", "
                + Plural.count(newFiles, "nuovo", "nuovi") + ", " + Plural.count(read, "letto", "letti") + ", "
                + Plural.count(accepted, "accettato", "accettati") + ", "
                + Plural.count(notFilled, "scheda non compilata", "schede non compilate") + ", "
                + Plural.count(superseded, "superato", "superati")
                + ", " + Plural.count(rejected, "scartato", "scartati") + ", "
                + Plural.count(missingServices, "servizio mancante", "servizi mancanti") + "; riepilogo "
                + (summaryChanged || csvChanged ? "aggiornato" : "invariato")
                + "; " + seconds(duration.toMillis()) + " s";
    }

    /** The same line for the log, with English keys for machines. */
    public String logLine() {
        // concatenated rather than String.format: the Formatter's set-up was a visible share of a quiet night
        return "merge summary outcome=" + outcome + " verifica=" + verifica.orElse("") + " seen=" + seen + " new="
                + newFiles + " read=" + read + " accepted=" + accepted + " notFilled=" + notFilled + " superseded="
                + superseded + " rejected=" + rejected + " missing=" + missingServices + " summary="
                + (summaryChanged ? "replaced" : "unchanged") + " csv=" + (csvChanged ? "replaced" : "unchanged")
                + " durationMs=" + duration.toMillis();
    }

    /**
     * {@code millis} in seconds with one decimal and a decimal comma, as {@code String.format(Locale.ITALY, "%.1f")}
     * writes them (half up), without the Formatter's set-up and Italian locale data on a quiet night (issue 21).
     */
    static String seconds(long millis) {
        if (millis < 0) {
            return String.format(Locale.ITALY, "%.1f", millis / 1000.0);
        }
        long tenths = (millis + 50) / 100;
        return (tenths / 10) + "," + (tenths % 10);
    }
}
