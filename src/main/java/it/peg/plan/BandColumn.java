package it.peg.plan;

import java.util.List;

/** Columns of the Fasce sheet. */
enum BandColumn implements Column {
    DA("Da %", true, "Da", "Dal %", "Soglia"),
    ESITO("Esito", true);

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    BandColumn(String header, boolean required, String... aliases) {
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
