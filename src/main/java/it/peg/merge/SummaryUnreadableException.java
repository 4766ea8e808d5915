package it.peg.merge;

import java.io.IOException;

/**
 * A summary the night reads is not as it can use it: the current summary in the work folder, where the Nucleo types,
 * cannot be read (a sheet removed or renamed, the file saved in another format), and the night stops and leaves it
 * as it is, so as not to lose the Nucleo's judgements; or last year's summary ({@code merge --previous}) changed
 * while the night read it. A file of the user's to mend, not peg's fault: its message names the file and the fix,
 * and the command prints it (exit 2) instead of "unexpected error".
 */
public final class SummaryUnreadableException extends IOException {
    private static final long serialVersionUID = 1L;

    public SummaryUnreadableException(String message) {
        super(message);
    }
}
