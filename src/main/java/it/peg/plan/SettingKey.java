package it.peg.plan;

/** Keys (column A) of the Impostazioni sheet. */
enum SettingKey implements Column {
    ENTE("Ente", false, "Comune"),
    ANNO("Anno", true),
    VERIFICHE("Verifiche", false),
    SCADENZE("Scadenze consegna", false, "Scadenze"),
    SOGLIA("Soglia minima", false, "Soglia"),
    TETTO("Tetto raggiungimento", false, "Tetto"),
    TOLLERANZA("Tolleranza scadenze (giorni)", false, "Tolleranza scadenze", "Tolleranza"),
    LOGO("Logo", false, "Stemma"),
    VALORI_MANCANTI("Valori mancanti", false),
    MODELLO("Modello", false, "Modello scheda");

    private final ColumnSpec spec;

    SettingKey(String header, boolean required, String... aliases) {
        this.spec = new ColumnSpec(header, required, aliases);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
