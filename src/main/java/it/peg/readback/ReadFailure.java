package it.peg.readback;

/** Stops reading one file: carries the problem that becomes its finding. Never leaves the package. */
final class ReadFailure extends Exception {
    private final ReadProblem problem;

    ReadFailure(ReadProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    ReadFailure(ReadProblem problem, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.problem = problem;
    }

    ReadProblem problem() {
        return problem;
    }
}
