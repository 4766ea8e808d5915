package it.peg.readback;

/** Stops reading one file: carries the problem that becomes its finding. Never leaves the package. */
final class ReadFailure extends Exception {
    private final ReadProblem problem;
    /** What was over a limit, in Italian, for the finding's message ("" when the problem says it all). */
    private final String what;

    ReadFailure(ReadProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
        this.what = "";
    }

    /** A cap was hit: {@code what} names it in Italian ("un testo di oltre 32.767 caratteri in ..."). */
    static ReadFailure limit(String what, String detail) {
        return new ReadFailure(ReadProblem.LIMITE_SUPERATO, detail, null, what);
    }

    private ReadFailure(ReadProblem problem, String detail, Throwable cause, String what) {
        super(detail, cause, false, false);
        this.problem = problem;
        this.what = what;
    }

    ReadFailure(ReadProblem problem, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.problem = problem;
        this.what = "";
    }

    /** A count or length as the Italian messages write it: 32.767. */
    static String count(long n) {
        return String.format(java.util.Locale.ITALY, "%,d", n);
    }

    /** {@code n} with thousands separators and the noun agreeing with it ("1 riga", "1.048.576 righe"). */
    static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    String what() {
        return what;
    }

    ReadProblem problem() {
        return problem;
    }
}
