package it.peg.plan;

/** Columns of the Obiettivi sheet. */
enum ObjectiveColumn implements Column {
    CODICE("Codice", true),
    SERVIZIO("Servizio", true, "Codice servizio"),
    TITOLO("Titolo", false),
    DESCRIZIONE("Descrizione", false),
    TIPO("Tipo", false),
    COLLEGATO_A("Collegato a", false, "Obiettivo collegato", "Riferimento DUP"),
    MISSIONE_PROGRAMMA("Missione/Programma", false, "Missione programma", "Missione"),
    PESO("Peso", false, "Peso %", "% ponderazione"),
    DATA_INIZIO("Data inizio", false),
    DATA_FINE("Data fine", false),
    PLURIENNALE("Pluriennale", false),
    RISORSE_UMANE("Risorse umane", false),
    RISORSE_FINANZIARIE("Risorse finanziarie", false),
    ENTRATA("Entrata", false),
    SPESA("Spesa", false),
    ALTRI_SERVIZI("Altri servizi coinvolti", false, "Altri servizi"),
    RESPONSABILE("Responsabile", false, "Responsabile obiettivo"),
    AGGREGAZIONE("Aggregazione", false);

    private final ColumnSpec spec;

    ObjectiveColumn(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
