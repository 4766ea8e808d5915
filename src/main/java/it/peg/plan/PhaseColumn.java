package it.peg.plan;

import java.util.List;

/** Columns of the Fasi sheet. */
enum PhaseColumn implements Column {
    OBIETTIVO("Obiettivo", true, "Codice obiettivo"),
    FASE("Fase", false, "N."),
    DESCRIZIONE("Descrizione", false),
    MESI("Mesi", false);

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    PhaseColumn(String header, boolean required, String... aliases) {
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
