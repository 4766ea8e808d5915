package it.peg.cli;

import it.peg.consolidate.Consolidator;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.Scorer;
import it.peg.validation.SubmissionValidator;

/** Wires the stages of the pipeline for the commands. */
final class Pipeline {
    private Pipeline() {
    }

    static Consolidator consolidator() {
        return new Consolidator(new XlsxReturnedWorkbookReader(), new SubmissionValidator(), new Scorer());
    }
}
