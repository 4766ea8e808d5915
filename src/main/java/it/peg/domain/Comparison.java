package it.peg.domain;

/**
 * The comparator written in a numeric target ({@code >=5}, {@code <=30}, {@code =7}, a range {@code tra 5 e 10},
 * or none).
 */
public enum Comparison {
    AT_LEAST(">="),
    AT_MOST("<="),
    EQUAL("="),
    /** A range: the target's value is the lower bound, {@link NumericTarget#upper()} the upper one. */
    BETWEEN("tra"),
    UNSPECIFIED("");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
