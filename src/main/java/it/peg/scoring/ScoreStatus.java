package it.peg.scoring;

/** Why an indicator has, or has not, an achievement at a verifica. */
public enum ScoreStatus {
    /** Scored: the achievement is set. */
    SCORED("valutato"),
    /** Monitored only: no target applies at this intermediate verifica. */
    MONITORED("monitorato"),
    /** No value reported (blank, or the file is missing). */
    MISSING("mancante"),
    /** A deadline not yet passed and not completed: in corso, not scored. */
    IN_PROGRESS("in corso"),
    /** The value was rejected by an ERRORE finding. */
    REJECTED("scartato");

    private final String italian;

    ScoreStatus(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }
}
