package it.peg.plan;

import java.util.List;

/** Columns of the Dati sheet (besides the year columns). */
enum DataColumn implements Column {
    CODICE("Codice", true),
    SERVIZIO("Servizio", true, "Codice servizio"),
    DESCRIZIONE("Descrizione", false);

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    DataColumn(String header, boolean required, String... aliases) {
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
