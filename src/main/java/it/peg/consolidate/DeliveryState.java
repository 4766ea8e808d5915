package it.peg.consolidate;

/** Delivery state of a service's workbook at a verifica. */
public enum DeliveryState {
    VALID("valido"),
    REJECTED("scartato"),
    MISSING("mancante");

    private final String italian;

    DeliveryState(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }
}
