package it.peg.consolidate;

/**
 * Delivery state of a service's workbook at a verifica: what the controllo di gestione can count on. Only a
 * complete or incomplete scheda is a delivery (the reporting rate counts those); a scheda returned with nothing
 * reported at the verifica is not one.
 */
public enum DeliveryState {
    /** A valid scheda with every value due at the verifica reported. */
    COMPLETE("completa"),
    /** A valid scheda with some value due at the verifica empty or refused. */
    INCOMPLETE("incompleta"),
    /** A valid scheda with nothing reported at the verifica: returned blank. */
    EMPTY("non compilata"),
    /** Only refused files received. */
    REJECTED("scartata"),
    /** Nothing received. */
    MISSING("mancante");

    private final String italian;

    DeliveryState(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }

    /** A scheda with values reported at the verifica (complete or not): what the reporting rate counts. */
    public boolean isDelivery() {
        return this == COMPLETE || this == INCOMPLETE;
    }
}
