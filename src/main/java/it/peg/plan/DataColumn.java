package it.peg.plan;

/** Columns of the Dati sheet (besides the year columns). */
enum DataColumn implements Column {
    CODICE("Codice", true),
    SERVIZIO("Servizio", true, "Codice servizio"),
    DESCRIZIONE("Descrizione", false);

    private final ColumnSpec spec;

    DataColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
