package it.peg.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The templates peg ships: the default and one per source comune, each modelled on that comune's own form
 * ({@code /work/shared/source-documents/}): its title lines, its column headings (Etichette) and its Struttura rows.
 *
 * @param name   the folder under {@code workbook-templates/} ("" for the default, which sits at the top)
 * @param titles the three title lines of the Scheda sheet
 * @param labels the Etichette that differ from the defaults
 * @param layout the Struttura rows (key, value, width, una volta / per verifica, group)
 */
public record TemplateVariant(String name, List<String> titles, Map<Label, String> labels, List<String[]> layout) {
    static final Map<String, String> NOTES = Map.of(
            "verifiche", "righe: una riga per verifica sotto ogni indicatore; colonne: un gruppo di colonne per verifica",
            "colonna", "una riga per colonna della tabella degli indicatori, nell'ordine: codice, indicatore, tipo,"
                    + " dimensione, unita, peso, verifica, target, valore, denominatore, rapporto, raggiungimento, cause;"
                    + " con le verifiche in colonne, le colonne per verifica consecutive con lo stesso gruppo si ripetono"
                    + " insieme per ogni verifica",
            "sezione", "gli indicatori la cui Dimensione comincia con il valore vanno sotto questo titolo (colonna C)",
            "totale", "SI: una riga TOTALE dei pesi chiude la tabella di ogni obiettivo",
            "obiettivo", "i blocchi dell'intestazione di ogni obiettivo, nell'ordine: tipo, peso, date, pluriennale,"
                    + " responsabile, risorse, bilancio, budget, descrizione, collegati (dopo gli indicatori)");

    public static final TemplateVariant DEFAULT = new TemplateVariant("", List.of("{ente}",
            "Piano esecutivo di gestione - Piano della performance {anno}",
            "Scheda di monitoraggio del servizio {codice} - {servizio}"), Map.of(), rows(
            "verifiche", "righe",
            "colonna", "codice", "13", "una volta", "",
            "colonna", "indicatore", "22", "una volta", "",
            "colonna", "tipo", "14", "una volta", "",
            "colonna", "dimensione", "13", "una volta", "",
            "colonna", "unita", "11", "una volta", "",
            "colonna", "peso", "6", "una volta", "",
            "colonna", "verifica", "10", "per verifica", "",
            "colonna", "target", "13", "per verifica", "",
            "colonna", "valore", "11", "per verifica", "",
            "colonna", "denominatore", "12", "per verifica", "",
            "colonna", "rapporto", "9", "per verifica", "",
            "colonna", "raggiungimento", "14", "per verifica", "",
            "colonna", "cause", "12", "per verifica", "",
            "totale", "NO",
            "obiettivo", "tipo, peso, date, pluriennale, responsabile, risorse, bilancio, descrizione"));

    /**
     * Firenze's scheda obiettivo: Descrizione, Tipo, Valore atteso; the BUDGET box and the obiettivi collegati. 160
     * characters wide, as the default (see {@code SchedaPrint}): each column as wide as the longest word it shows in
     * the Firenze plans ("Raggiungimento", "Denominatore", "184000/190000"), the rest to the description and causes.
     */
    public static final TemplateVariant FIRENZE = new TemplateVariant("firenze", List.of("{ente}",
            "Piano esecutivo di gestione {anno} - Scheda obiettivo", "{codice} {servizio}"), labels(
            Label.COL_INDICATORE, "Descrizione",
            Label.COL_TIPO, "Tipo",
            Label.COL_TARGET, "Valore atteso",
            Label.TIPO, "Tipologia",
            Label.DESCRIZIONE, "Descrizione dettagliata dell'obiettivo",
            Label.DIREZIONE, "Direzione",
            Label.SEZIONE_SERVIZIO, "Scheda obiettivo"), rows(
            "verifiche", "righe",
            "colonna", "indicatore", "44", "una volta", "",
            "colonna", "tipo", "13", "una volta", "",
            "colonna", "target", "13", "per verifica", "",
            "colonna", "peso", "6", "una volta", "",
            "colonna", "verifica", "10", "per verifica", "",
            "colonna", "valore", "11", "per verifica", "",
            "colonna", "denominatore", "12", "per verifica", "",
            "colonna", "rapporto", "9", "per verifica", "",
            "colonna", "raggiungimento", "14", "per verifica", "",
            "colonna", "cause", "28", "per verifica", "",
            "totale", "NO",
            "obiettivo", "tipo, peso, descrizione, budget, collegati"));

    /** Serravalle's PEG: the expected value, then "Valore al 30/09", "Valore al 31/12" and the causes as columns. */
    public static final TemplateVariant SERRAVALLE = new TemplateVariant("serravalle", List.of("{ente}",
            "PIANO ESECUTIVO DI GESTIONE per l'ESERCIZIO {anno}", "Centro di responsabilità {codice} - {servizio}"),
            labels(
                    Label.COL_INDICATORE, "Indicatori di risultato e di processo (misurabili e/o riscontrabili)",
                    Label.COL_TARGET, "Valore atteso",
                    Label.COL_VALORE, "Valore al {verifica}",
                    Label.COL_CAUSE, "Cause di eventuali scostamenti al {verifica}",
                    Label.DESCRIZIONE, "Descrizione obiettivo",
                    Label.COLLEGATO, "Riferimento al programma",
                    Label.DATA_INIZIO, "Data di inizio prevista",
                    Label.DATA_FINE, "Data di completamento prevista",
                    Label.PLURIENNALE, "L'obiettivo è pluriennale",
                    Label.ALTRI_SERVIZI, "L'obiettivo coinvolge altri servizi dell'Ente",
                    Label.RESP_OBIETTIVO, "Responsabile",
                    Label.RISORSE_UMANE, "Risorse dedicate: umane",
                    Label.RISORSE_FINANZIARIE, "Risorse dedicate: finanziarie",
                    Label.SEZIONE_SERVIZIO, "Piano esecutivo di gestione del centro di responsabilità"), rows(
            "verifiche", "colonne",
            "colonna", "indicatore", "46", "una volta", "",
            "colonna", "target", "16", "una volta", "",
            "colonna", "peso", "7", "una volta", "",
            "colonna", "valore", "14", "per verifica", "",
            "colonna", "cause", "30", "per verifica", "",
            "totale", "NO",
            "obiettivo", "descrizione, tipo, peso, date, pluriennale, responsabile, risorse"));

    /**
     * Trezzo's scheda obiettivi specifici: Target, % ponder and Report per verifica, sections by dimension, TOTALE. 160
     * characters wide with two verifiche, as the default (see {@code SchedaPrint}): the per-verifica columns as wide as
     * the longest word they show ("monitoraggio", "Raggiungibile", "responsabile"), the rest to the indicator and causes.
     */
    public static final TemplateVariant TREZZO = new TemplateVariant("trezzo", List.of("{ente}",
            "PIANO ESECUTIVO DI GESTIONE - PIANO DELLA PERFORMANCE - {anno}", "SCHEDA OBIETTIVI SPECIFICI - {codice} {servizio}"),
            labels(
                    Label.COL_INDICATORE, "INDICATORI DI PERFORMANCE",
                    Label.COL_TARGET, "Target",
                    Label.COL_PESO, "% ponder",
                    Label.COL_VALORE, "Report",
                    Label.COL_RAGGIUNGIMENTO, "Raggiung.",
                    Label.COL_CAUSE, "Cause di scostamento al {verifica}",
                    Label.GRUPPO_VERIFICA, "verifica al {verifica}",
                    Label.DESCRIZIONE, "DESCRIZIONE",
                    Label.MISSIONE, "RIFERIMENTI DUP: missione / programma",
                    Label.PESO, "Peso del progetto",
                    Label.TIPO, "Tipo di obiettivo",
                    Label.DIREZIONE, "Area",
                    Label.DIRIGENTE, "Dirigente area",
                    Label.RESPONSABILE, "Resp. servizio",
                    Label.SEZIONE_SERVIZIO, "SCHEDA OBIETTIVI SPECIFICI"), rows(
            "verifiche", "colonne",
            "colonna", "indicatore", "40", "una volta", "",
            "colonna", "target", "12", "per verifica", "verifica",
            "colonna", "peso", "7", "per verifica", "verifica",
            "colonna", "valore", "13", "per verifica", "verifica",
            "colonna", "raggiungimento", "10", "per verifica", "verifica",
            "colonna", "cause", "18", "per verifica", "",
            "sezione", "EFFICIENZA", "EFFICIENZA TECNICO-OPERATIVA corrisponde al rapporto tra risorse consumate e"
                    + " risultati ottenuti;",
            "sezione", "EFFICACIA", "EFFICACIA corrisponde al rapporto tra risultato ottenuto e obiettivo prefissato;",
            "sezione", "ECONOMICITA'", "ECONOMICITA' corrisponde al rispetto delle condizioni di equilibrio"
                    + " economico-finanziario nel raggiungere l'obiettivo prefissato;",
            "totale", "SI",
            "obiettivo", "descrizione, peso, tipo"));

    public static final List<TemplateVariant> ALL = List.of(DEFAULT, FIRENZE, SERRAVALLE, TREZZO);

    /** Where the variant's file goes under {@code folder} ({@code workbook-templates}). */
    public Path file(Path folder) {
        return (name.isEmpty() ? folder : folder.resolve(name)).resolve(WorkbookTemplate.FILE_NAME);
    }

    private static Map<Label, String> labels(Object... pairs) {
        Map<Label, String> m = new EnumMap<>(Label.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Label) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    /** Rows of the Struttura sheet: "colonna" takes four values after the key, "sezione" two, the others one. */
    private static List<String[]> rows(String... cells) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < cells.length) {
            int n = switch (cells[i]) {
                case "colonna" -> 5;
                case "sezione" -> 3;
                default -> 2;
            };
            String[] row = new String[n];
            System.arraycopy(cells, i, row, 0, n);
            out.add(row);
            i += n;
        }
        return out;
    }
}
