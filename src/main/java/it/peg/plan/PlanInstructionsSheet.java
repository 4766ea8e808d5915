package it.peg.plan;

import it.peg.domain.Plan;
import it.peg.xlsx.ExcelSheetWriter;
import it.peg.xlsx.ExcelWorkbookWriter;

import java.util.ArrayList;
import java.util.List;

/** The Istruzioni sheet of a plan workbook: how to fill in each sheet, in Italian, for the controllo di gestione. */
final class PlanInstructionsSheet {
    private PlanInstructionsSheet() {
    }

    static void write(ExcelWorkbookWriter wb, PlanSheetCells cells, Plan plan) {
        ExcelSheetWriter s = wb.sheet("Istruzioni");
        s.columnWidth(0, 110);
        List<String> lines = new ArrayList<>(List.of(
                "Piano della performance " + plan.settings().year() + (plan.settings().ente().isEmpty() ? "" : " - " + plan.settings().ente()),
                "",
                "Come compilare questo file (letto da 'peg check --plan FILE' e 'peg generate').",
                "Le intestazioni in riga 1 si possono riordinare; maiuscole e accenti non contano; colonne e fogli in più sono ignorati.",
                "",
                "IMPOSTAZIONI: una voce per riga (colonna A la voce, colonna B il valore).",
                "  Ente, Anno (es. " + plan.settings().year() + "); Verifiche: le date di monitoraggio separate da ';' (es. 30/06; 30/09; 31/12),"
                        + " l'ultima è la verifica finale;",
                "  Scadenze consegna: una data per verifica, nello stesso ordine (es. 15/07; 15/10; 31/01: 31/01 si intende dell'anno dopo);",
                "  Soglia minima (sotto questa percentuale un indicatore vale 0, default 0%); Tetto raggiungimento (default 100%);",
                "  Tolleranza scadenze (giorni): ritardo entro il quale una scadenza mancata vale in proporzione (default 0);",
                "  Logo: il file PNG dello stemma (es. stemma.png, accanto a questo file), stampato su ogni scheda e riepilogo;",
                "  Valori mancanti: 'non valutati' (default: un indicatore senza valore resta fuori e il punteggio mostra la copertura)"
                        + " oppure 'zero' (un indicatore senza valore vale 0%).",
                "FASCE: 'Da %' e 'Esito', soglie crescenti (es. 0% Non raggiunto, 60% Parzialmente raggiunto, 90% Raggiunto).",
                "SERVIZI: un servizio per riga, con un Codice unico (es. ZN08): a ogni servizio sarà inviata una scheda.",
                "OBIETTIVI: Codice unico, Servizio (il codice del foglio Servizi), Titolo, Peso nel servizio, date, risorse;",
                "  'Collegato a' indica l'obiettivo padre o la linea del DUP; Aggregazione: 'media pesata' (default) o 'tutti'.",
                "INDICATORI: Codice unico, Obiettivo (il codice del foglio Obiettivi), Target, Peso nell'obiettivo, Unità di misura,",
                "  Minimo/Massimo plausibili (una unità 'scala 1-5' li implica), Polarità (crescente/decrescente; vuota = dedotta dal target),",
                "  Cumulativo (SI se il valore si accumula nell'anno). Target intermedi: aggiungere colonne 'Target 30/06' / 'Peso 30/06'",
                "  con la data di una verifica intermedia; senza target intermedio l'indicatore è solo monitorato a quella verifica.",
                "  Target accettati: numero (24000, 1.200, 0,5), percentuale (75%), rapporto numeratore/denominatore (1200/3),",
                "  confronto (>=5, =>4, almeno 1, <=30, non oltre 30, =7), scadenza (31/12/" + plan.settings().year() + ", 30 Giugno "
                        + plan.settings().year() + ", Settembre " + plan.settings().year() + ", 31.12, entro il 30/06/" + plan.settings().year() + "),",
                "  intervallo (tra 5 e 10, da 5 a 10), periodo (entro l'anno, I semestre, primo trimestre, entro giugno),",
                "  variazione sul valore della colonna Baseline (+5%, incremento del 10%, riduzione del 10% rispetto al "
                        + (plan.settings().year() - 1) + "),",
                "  SI / NO. Ogni altro testo è un target qualitativo: l'ufficio indicherà la % di avanzamento, il Nucleo la validerà.",
                "PESI: percentuali (20%) o coefficienti (1,0 / 1,2 / 1,4); se non sommano a 100 sono normalizzati in proporzione.",
                "  Tutti vuoti = pesi uguali; alcuni vuoti = quelli vuoti valgono 0.",
                "FASI: Obiettivo, Fase (A, B, ...), Descrizione, Mesi (es. GEN-MAR oppure GEN, GIU, DIC).",
                "DATI: Codice, Servizio, Descrizione e una colonna per anno (es. " + (plan.settings().year() - 2) + ", "
                        + (plan.settings().year() - 1) + ", " + plan.settings().year() + "): il valore dell'anno del piano lo compila l'ufficio.",
                "",
                "Dopo ogni modifica: peg check --plan <questo file>  (elenca errori e avvisi, con la cella e come correggerli)."));
        for (int i = 0; i < lines.size(); i++) {
            // a continuation line is indented by its format, not by leading spaces: a text with leading white space
            // needs xml:space="preserve", which the SpreadsheetML schema does not declare (issue 14)
            boolean continued = lines.get(i).startsWith("  ");
            s.text(i, 0, continued ? lines.get(i).strip() : lines.get(i),
                    i == 0 ? cells.titleStyle() : continued ? cells.indentStyle() : cells.wrapStyle());
        }
    }
}
