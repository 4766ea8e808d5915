package it.peg.cli;

/** A command line that cannot be run as given; the message is Italian and says how to fix it. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
