package it.peg.domain;

/** Whether a higher reported value is better (crescente) or a lower one is (decrescente). */
public enum Polarity {
    INCREASING("crescente"),
    DECREASING("decrescente");

    private final String italian;

    Polarity(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }
}
