package it.peg.plan;

/** Columns of the Fasce sheet. */
enum BandColumn implements Column {
    DA("Da %", true, "Da", "Dal %", "Soglia"),
    ESITO("Esito", true);

    private final ColumnSpec spec;

    BandColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
