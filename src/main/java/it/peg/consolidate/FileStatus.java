package it.peg.consolidate;

/** What became of a file considered by consolidate or merge (Registro sheet). */
public enum FileStatus {
    /** Read and used (possibly with AVVISO findings). */
    ACCEPTED("accettato"),
    /**
     * The service's newest valid scheda, returned with nothing reported at the verifica: not a delivery, and named
     * as the Servizi sheet, the console and the CSV name it (issue 17's trial found it "accettato" here).
     */
    NOT_FILLED("non compilata"),
    /** Valid but a newer submission for the same service counts. */
    SUPERSEDED("superato"),
    /** Refused: not a peg workbook, foreign, stale, unreadable, or with blocking findings on the file. */
    REJECTED("scartato");

    private final String italian;

    FileStatus(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }
}
