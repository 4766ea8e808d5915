package it.peg.xlsx;

/**
 * A workbook that opened breaks off while its sheets are read (its XML is truncated or malformed): a problem of the
 * file, which a reader reports as "unreadable", unlike any other exception, which is peg's fault
 * ({@link it.peg.domain.PegFault}).
 */
public final class BrokenWorkbookException extends RuntimeException {
    BrokenWorkbookException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** A problem the reader found itself (a part the format requires, left out), for the log. */
    BrokenWorkbookException(String problem) {
        super(problem);
    }
}
