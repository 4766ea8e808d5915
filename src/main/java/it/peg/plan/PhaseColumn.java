package it.peg.plan;

/** Columns of the Fasi sheet. */
enum PhaseColumn implements Column {
    OBIETTIVO("Obiettivo", true, "Codice obiettivo"),
    FASE("Fase", false, "N."),
    DESCRIZIONE("Descrizione", false),
    MESI("Mesi", false);

    private final ColumnSpec spec;

    PhaseColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
