package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.summary.NucleoColumnsReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A summary the night reads is not as it can use it: the current summary in the work folder, where the Nucleo types,
 * cannot be read (a sheet removed or renamed, the file saved in another format, a judgement that is no percentage),
 * and the night stops and leaves it as it is, so as not to lose the Nucleo's judgements; or last year's summary
 * ({@code merge --previous}) changed while the night read it. A file of the user's to mend, not peg's fault: its
 * message names the file and the fix, and the command prints it (exit 2) instead of "unexpected error".
 */
public final class SummaryUnreadableException extends IOException {
    private static final long serialVersionUID = 1L;

    public SummaryUnreadableException(String message) {
        super(message);
    }

    /**
     * The summary in {@code work} the Nucleo's columns were read from (the current one, or the verifica's copy saved
     * after it) and every error found there, each with its cell when it has one: one night shows every value to mend.
     */
    static SummaryUnreadableException ofNucleo(Path work, List<Finding> errors) {
        String file = errors.get(0).file().isBlank() ? MergeJob.SUMMARY : errors.get(0).file();
        if (errors.size() == 1 && errors.get(0).code().equals(FindingCode.NUCLEO_RIEPILOGO_ILLEGGIBILE.code())) {
            // not opened at all: its reason once, and one way to mend it (the finding's own message, written for
            // consolidate, says "impossibile leggere" and "rilanciare" again)
            String reason = errors.get(0).value();
            return new SummaryUnreadableException("Non riesco a leggere le colonne del Nucleo in " + work.resolve(file)
                    + ": " + reason + ". Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo: "
                    + NucleoColumnsReader.restoreHint(reason) + " e rilanciare.");
        }
        StringBuilder why = new StringBuilder();
        for (Finding error : errors) {
            why.append(' ');
            if (error.cell().matches("[A-Z]{1,3}[0-9]+")) { // a cell, not a row (the headers' "1") nor none
                why.append(error.sheet()).append('!').append(error.cell()).append(": ");
            }
            why.append(error.message());
        }
        return new SummaryUnreadableException("Non riesco a leggere le colonne del Nucleo in " + work.resolve(file) + ":"
                + why + " Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo: correggere o"
                + " ripristinare il file e rilanciare.");
    }
}
