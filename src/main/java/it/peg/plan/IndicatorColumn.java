package it.peg.plan;

/** Columns of the Indicatori sheet (besides the optional Target dd/mm and Peso dd/mm columns). */
enum IndicatorColumn implements Column {
    CODICE("Codice", true),
    OBIETTIVO("Obiettivo", true, "Codice obiettivo"),
    DESCRIZIONE("Descrizione", false),
    TIPO("Tipo", false),
    DIMENSIONE("Dimensione", false),
    TARGET("Target", true, "Valore atteso"),
    PESO("Peso", false, "Peso %", "% ponderazione"),
    UNITA("Unità di misura", false, "Unità", "UdM"),
    MINIMO("Minimo", false, "Min"),
    MASSIMO("Massimo", false, "Max"),
    POLARITA("Polarità", false),
    CUMULATIVO("Cumulativo", false),
    /** The value a relative target ({@code +5%}) starts from: last year's value. */
    BASELINE("Baseline", false, "Valore di partenza", "Valore anno precedente");

    private final ColumnSpec spec;

    IndicatorColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
