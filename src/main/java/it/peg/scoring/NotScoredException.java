package it.peg.scoring;

/**
 * A writer asked a partial {@link ScoreReport} for a service whose full scoring it does not hold: peg's bug (the
 * night scored fewer services than the rows it renders need), never the user's. Thrown instead of rendering an empty
 * score, so that no wrong row is written; a night that meets it renders from the full scoring instead.
 */
public final class NotScoredException extends IllegalStateException {
    private final String serviceCode;

    NotScoredException(String serviceCode, String what, int held) {
        super("peg's bug: rendering needs " + what + " of service " + serviceCode + ", but the result holds the full "
                + "scoring of " + held + (held == 1 ? " service" : " services") + ", not of " + serviceCode);
        this.serviceCode = serviceCode;
    }

    /** The service whose scoring was missing. */
    public String serviceCode() {
        return serviceCode;
    }
}
