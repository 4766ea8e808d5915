package it.peg.plan;

import java.util.List;

/** Keys (column A) of the Impostazioni sheet. */
enum SettingKey implements Column {
    ENTE("Ente", false, "Comune"),
    ANNO("Anno", true),
    VERIFICHE("Verifiche", false),
    SCADENZE("Scadenze consegna", false, "Scadenze"),
    SOGLIA("Soglia minima", false, "Soglia"),
    TETTO("Tetto raggiungimento", false, "Tetto"),
    TOLLERANZA("Tolleranza scadenze (giorni)", false, "Tolleranza scadenze", "Tolleranza");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    SettingKey(String header, boolean required, String... aliases) {
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
