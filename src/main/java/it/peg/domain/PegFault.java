package it.peg.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every reader does with an exception it did not expect once a file has opened: the fault is peg's, not the
 * user's file's. It is logged (one line always, the stack trace with {@code -v}) and becomes an ERRORE finding that
 * says so ({@link FindingCode#ERRORE_INTERNO_PEG}), instead of "your file is unreadable". A reader tells the two apart itself: problems of the file (it does
 * not open, its XML breaks off) are its own findings; anything else thrown while reading comes here.
 */
public final class PegFault {
    private static final Logger LOG = LoggerFactory.getLogger(PegFault.class);

    private PegFault() {
    }

    /**
     * Logs {@code fault} and returns its finding.
     *
     * @param what  what peg was doing, in Italian ("la lettura del piano")
     * @param file  the file being read
     * @param sheet the sheet being read, "" when not known
     */
    public static Finding finding(Throwable fault, String what, String file, String sheet) {
        LOG.warn("errore interno di peg durante {} di '{}': {} (dettagli con -v)", what, file, fault.toString());
        LOG.debug("stack trace dell'errore interno", fault);
        // the user reads that it is peg's fault and what to do; the exception itself is for the log (-v)
        return new Finding(Severity.ERRORE, FindingCode.ERRORE_INTERNO_PEG, file, sheet, "", "", "", "",
                "Errore interno di peg durante " + what + " di '" + file
                        + "': è un difetto del programma, non del file. Rilanciare il comando con -v per vedere i"
                        + " dettagli tecnici e segnalarli all'assistenza di peg allegando il file.");
    }
}
