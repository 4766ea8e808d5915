package it.peg.cli;

/** Exit codes of every command, for schedulers (SPEC section 2). */
public enum ExitCode {
    /** Done, no blocking finding. */
    OK(0),
    /** Done and outputs written, but some inputs have blocking findings (ERRORE). */
    INPUT_ERRORS(1),
    /** Usage error, or the plan itself is invalid: nothing written. */
    USAGE_OR_PLAN(2),
    /** merge: another run holds the lock; nothing done. */
    LOCKED(3),
    /** Unexpected failure: outputs left exactly as they were before the run. */
    FAILURE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
