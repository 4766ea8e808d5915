package it.peg.generate;

import java.util.Locale;

/**
 * The Italian texts a service workbook shows. Each can be changed in the template's {@code Etichette}
 * sheet (key in column A, text in column B); a key missing there falls back to the default below.
 * Placeholders: {@code {ente} {anno} {codice} {servizio} {verifica} {finale}}.
 */
public enum Label {
    ISTRUZIONI("COME COMPILARE: scrivere solo nelle celle gialle (le altre sono protette). Per ogni indicatore "
            + "indicare alla data di verifica il valore raggiunto (per i rapporti: numeratore e denominatore) e, se il "
            + "valore si discosta dal target, le cause di scostamento. Le colonne Rapporto e Raggiungimento si "
            + "calcolano da sole (verde: in linea, giallo: parziale, rosso: critico) e sono solo indicative. Nel foglio "
            + "Fasi scegliere lo stato di ogni fase; nel foglio Dati indicare i valori dell'anno {anno}. Alle verifiche "
            + "intermedie indicare se l'obiettivo è raggiungibile e le note. Salvare il file senza rinominarlo "
            + "(formato .xlsx) e inviarlo al controllo di gestione entro la scadenza."),
    SEZIONE_SERVIZIO("Dati del servizio"),
    ENTE("Ente"),
    ANNO("Anno"),
    DIREZIONE("Direzione / Area"),
    DIRETTORE("Direttore"),
    SETTORE("Settore"),
    RESP_SETTORE("Responsabile settore"),
    RESP_OBIETTIVO("Responsabile dell'obiettivo"),
    SERVIZIO("Servizio"),
    DIRIGENTE("Dirigente"),
    RESPONSABILE("Responsabile"),
    REFERENTE("Referente politico"),
    CLASSIFICAZIONE("Classificazione"),
    PERSONALE("Personale coinvolto"),
    FUNZIONI("Funzioni assegnate"),
    OBIETTIVO("Obiettivo"),
    TIPO("Tipo"),
    COLLEGATO("Collegato a"),
    MISSIONE("Missione / Programma"),
    PESO("Peso"),
    DATA_INIZIO("Data inizio"),
    DATA_FINE("Data fine"),
    PLURIENNALE("Pluriennale"),
    ALTRI_SERVIZI("Altri servizi coinvolti"),
    RISORSE_UMANE("Risorse umane"),
    RISORSE_FINANZIARIE("Risorse finanziarie"),
    ENTRATA("Entrata (euro)"),
    SPESA("Spesa (euro)"),
    DESCRIZIONE("Descrizione"),
    COL_CODICE("Codice"),
    COL_INDICATORE("Indicatore"),
    COL_TIPO("Tipo"),
    COL_DIMENSIONE("Dimensione"),
    COL_UNITA("Unità di misura"),
    COL_PESO("Peso"),
    COL_VERIFICA("Verifica"),
    COL_TARGET("Target"),
    COL_VALORE("Valore / Numeratore"),
    COL_DENOMINATORE("Denominatore"),
    COL_RAPPORTO("Rapporto"),
    COL_RAGGIUNGIMENTO("Raggiungimento"),
    COL_CAUSE("Cause di scostamento"),
    FINALE("finale"),
    SOLO_MONITORAGGIO("solo monitoraggio"),
    NESSUN_INDICATORE("Nessun indicatore previsto per questo obiettivo."),
    NESSUN_OBIETTIVO("Nessun obiettivo previsto nel piano per questo servizio."),
    STATO_OBIETTIVO("Stato al {verifica}"),
    COL_STATO_VERIFICA("Verifica"),
    COL_RAGGIUNGIBILE("Raggiungibile entro il {finale}? (SI/NO)"),
    COL_NOTE("Note: azioni intraprese, criticità incontrate"),
    SI("SI"),
    NO("NO"),
    FASI_OBIETTIVO("Obiettivo"),
    FASI_FASE("Fase"),
    FASI_DESCRIZIONE("Descrizione"),
    FASI_MESI("Mesi"),
    FASI_STATO("Stato al {verifica}"),
    DATI_CODICE("Codice"),
    DATI_DESCRIZIONE("Descrizione"),
    DATI_ANNO("{anno}"),
    FIRMA_LUOGO("Luogo e data"),
    FIRMA("Firma del responsabile");

    private final String defaultText;

    Label(String defaultText) {
        this.defaultText = defaultText;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The key as written in the Etichette sheet. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
