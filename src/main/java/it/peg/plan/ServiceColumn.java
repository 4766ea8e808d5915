package it.peg.plan;

/** Columns of the Servizi sheet. */
enum ServiceColumn implements Column {
    CODICE("Codice", true),
    DIREZIONE("Direzione", false, "Area"),
    DIRETTORE("Direttore", false),
    SETTORE("Settore", false),
    RESPONSABILE_SETTORE("Responsabile settore", false, "Resp. settore"),
    SERVIZIO("Servizio", false, "Nome servizio"),
    DIRIGENTE("Dirigente", false, "Dirigente area"),
    RESPONSABILE("Responsabile", false, "Resp. servizio", "Responsabile servizio"),
    REFERENTE_POLITICO("Referente politico", false, "Assessore"),
    CLASSIFICAZIONE("Classificazione", false, "Tipologia"),
    PERSONALE("Personale coinvolto", false, "Personale"),
    FUNZIONI("Funzioni", false, "Funzioni assegnate");

    private final ColumnSpec spec;

    ServiceColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
