package it.peg.domain;

/** How an objective combines its indicators' achievements. */
public enum Aggregation {
    /** Weighted mean of the scored indicators (the default). */
    WEIGHTED_MEAN("media pesata"),
    /** 100% when every indicator reaches its target, 0% otherwise. */
    ALL("tutti");

    private final String italian;

    Aggregation(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }
}
