package it.peg.plan;

import java.util.List;

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
    CUMULATIVO("Cumulativo", false);

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    IndicatorColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
