package it.peg.domain;

/** The comparator written in a numeric target ({@code >=5}, {@code <=30}, {@code =7}, or none). */
public enum Comparison {
    AT_LEAST(">="),
    AT_MOST("<="),
    EQUAL("="),
    UNSPECIFIED("");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
