package it.peg.cli;

import it.peg.consolidate.Consolidator;
import it.peg.domain.Verifica;
import it.peg.readback.XlsxReturnedWorkbookReader;

/** Wires the stages of the pipeline for the commands. */
final class Pipeline {
    private Pipeline() {
    }

    static Consolidator consolidator(Verifica verifica) {
        return Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
    }

    /** With the reader given (consolidate's files read ahead while the plan loads). */
    static Consolidator consolidator(Verifica verifica, it.peg.readback.ReturnedWorkbookReader reader) {
        return Consolidator.forVerifica(reader, verifica);
    }
}
