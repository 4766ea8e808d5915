package it.peg.plan;

/**
 * The plan file breaks off while it is read (its XML is truncated or malformed): a problem of the file, reported as
 * "unreadable", unlike any other exception, which is peg's fault ({@link it.peg.domain.PegFault}).
 */
final class PlanFileException extends RuntimeException {
    PlanFileException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
