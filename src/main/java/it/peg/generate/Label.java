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
            + "(formato .xlsx) e inviarlo al controllo di gestione entro la scadenza. Altre indicazioni nel foglio "
            + "Istruzioni."),
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
    GRUPPO_VERIFICA("Verifica al {verifica}"),
    SEZIONE_ALTRI("Altri indicatori"),
    TOTALE("TOTALE"),
    BUDGET("BUDGET"),
    COLLEGATI("OBIETTIVI COLLEGATI"),
    COL_COLLEGATO_CODICE("Codice"),
    COL_COLLEGATO_TITOLO("Titolo"),
    COL_ENTRATA("Entrata"),
    COL_SPESA("Spesa"),
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
    FIRMA("Firma del responsabile"),
    ISTR_FOGLIO("Istruzioni"),
    ISTR_TITOLO("Istruzioni per la compilazione - {codice} {servizio}"),
    ISTR_SOTTOTITOLO("{ente} - Piano della performance {anno}"),
    ISTR_CHI("Chi compila e quando"),
    ISTR_CHI_TESTO("Il responsabile del servizio, o chi ne ha l'incarico, compila il foglio Scheda a ogni verifica e "
            + "restituisce il file al controllo di gestione entro la scadenza. Le verifiche dell'anno {anno}:"),
    ISTR_VERIFICA("verifica al {verifica}"),
    ISTR_SCADENZA("consegna entro il {scadenza}"),
    ISTR_DOVE("Dove scrivere"),
    ISTR_DOVE_TESTO("Solo nelle celle gialle: tutte le altre sono protette. Non occorre togliere la protezione. Non "
            + "inserire, spostare o cancellare righe, colonne o fogli e non cambiare i nomi dei fogli: peg ritrova "
            + "ogni valore dal nome della sua cella."),
    ISTR_COME("Come scrivere i valori"),
    ISTR_COME_TESTO("Numeri con la virgola per i decimali e, se si vuole, il punto per le migliaia (1.200 oppure "
            + "3,5); percentuali con il simbolo % (75%); date come 30/06/{anno}. Per i rapporti il numeratore va nella "
            + "colonna Valore / Numeratore e il denominatore nella colonna Denominatore. Dove c'è un elenco (SI/NO, "
            + "stato delle fasi) scegliere dall'elenco. Selezionando una cella gialla compare un suggerimento; un "
            + "valore non ammesso viene rifiutato subito, con un messaggio."),
    ISTR_CAUSE("Cause di scostamento e note"),
    ISTR_CAUSE_TESTO("Se il valore si discosta dal target, spiegare nella colonna Cause di scostamento perché e che "
            + "cosa si è fatto. Alle verifiche intermedie indicare anche se l'obiettivo è raggiungibile entro il "
            + "{finale} (SI/NO) e le note."),
    ISTR_FASI("Fasi e dati"),
    ISTR_FASI_TESTO("Se ci sono, nel foglio Fasi scegliere lo stato di ogni fase alla data della verifica (Da avviare, "
            + "In corso, Completata) e nel foglio Dati scrivere i valori dell'anno {anno}; gli anni precedenti sono "
            + "bloccati."),
    ISTR_COLORI("Cosa significano i colori"),
    ISTR_GIALLO("da compilare"),
    ISTR_GIALLO_TESTO("Cella da compilare."),
    ISTR_GRIGIO("bloccato"),
    ISTR_GRIGIO_TESTO("Testo del piano, oppure valore di una verifica già chiusa, riportato e bloccato: non si cambia."),
    ISTR_VERDE("verde"),
    ISTR_VERDE_TESTO("Raggiungimento in linea con il target."),
    ISTR_GIALLO_SEMAFORO("giallo"),
    ISTR_GIALLO_SEMAFORO_TESTO("Raggiungimento parziale."),
    ISTR_ROSSO("rosso"),
    ISTR_ROSSO_TESTO("Raggiungimento critico. Le colonne Rapporto e Raggiungimento si calcolano da sole e sono solo "
            + "indicative: il punteggio ufficiale lo calcola il controllo di gestione."),
    ISTR_PROGRAMMI("Excel o LibreOffice"),
    ISTR_PROGRAMMI_TESTO("La scheda si apre con Microsoft Excel e con LibreOffice Calc. Salvare sempre nel formato "
            + ".xlsx: in LibreOffice, quando chiede quale formato usare, scegliere il formato Excel 2007-365, non il "
            + "formato ODF. Non salvare in .ods, .xls, .csv o .pdf."),
    ISTR_INVIO("Come restituire la scheda"),
    ISTR_INVIO_TESTO("Salvare il file senza cambiarne il nome e inviarlo al controllo di gestione nel modo indicato "
            + "(posta elettronica o cartella condivisa) entro la scadenza. Dopo una correzione si può inviare di "
            + "nuovo: conta il file più recente. Il controllo di gestione segnala gli eventuali errori con la cella e "
            + "il modo di correggerli."),
    ISTR_STAMPA("Stampa e firma"),
    ISTR_STAMPA_TESTO("Il foglio Scheda si stampa su fogli A4 orizzontali, con le intestazioni ripetute su ogni "
            + "pagina; firmare nel riquadro in fondo.");

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
