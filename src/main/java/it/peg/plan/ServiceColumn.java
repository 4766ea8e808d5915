package it.peg.plan;

import java.util.List;

/** Columns of the Servizi sheet. */
enum ServiceColumn implements Column {
    CODICE("Codice", true),
    DIREZIONE("Direzione", false, "Area"),
    DIRETTORE("Direttore", false),
    SETTORE("Settore", false),
    SERVIZIO("Servizio", false, "Nome servizio"),
    DIRIGENTE("Dirigente", false, "Dirigente area"),
    RESPONSABILE("Responsabile", false, "Resp. servizio", "Responsabile servizio"),
    REFERENTE_POLITICO("Referente politico", false, "Assessore"),
    CLASSIFICAZIONE("Classificazione", false, "Tipologia"),
    PERSONALE("Personale coinvolto", false, "Personale"),
    FUNZIONI("Funzioni", false, "Funzioni assegnate");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    ServiceColumn(String header, boolean required, String... aliases) {
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
