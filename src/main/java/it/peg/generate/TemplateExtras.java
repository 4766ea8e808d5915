package it.peg.generate;

import it.peg.xlsx.CellReferences;
import it.peg.xlsx.SheetModel;
import it.peg.xlsx.TemplateSheet;
import it.peg.xlsx.TemplateWorkbook;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a comune may add to a sheet of its template beyond cells, styles and print setup, since generate writes each
 * scheda's XML itself (issue 21) instead of copying the template with POI. Carried into every scheda, copied once:
 * data validations and conditional formats (their differential styles are in the template's styles part, which every
 * scheda shares), the tab colour, the zoom, a frozen pane, a sheet of the template's own left hidden. A validation or a conditional format of the Scheda, Fasi or Dati sheet
 * must lie within the template's own rows (the title rows): below them peg writes the indicators, the phases and the
 * data, which have their own. What a scheda cannot carry (comments, pictures, charts and shapes, hyperlinks, Excel
 * 2010 extensions, ranges over the generated rows, hidden or grouped rows and columns, autofilters, error values, rich
 * text, defined names) refuses the template when it is read, naming the file, the sheet,
 * the cell and the fix: a template never loses silently what its author put in.
 */
final class TemplateExtras {
    /** The sheets whose rows below the template's own are written by generate. */
    private static final List<String> GENERATED_BELOW = List.of(WorkbookTemplate.SHEET_MAIN,
            WorkbookTemplate.SHEET_PHASES, WorkbookTemplate.SHEET_DATA);

    /**
     * The carried rules' priorities, in the template's order, after the traffic light's (1, 2, 3 per indicator): each
     * rule of a sheet keeps a priority of its own, as Excel writes them; the ranges do not meet, so the order is moot.
     */
    static final int CARRIED_PRIORITY = 100_000;
    private static final String NOT_CARRIED = "; peg non ne terrebbe conto nelle schede generate. ";

    private final String source;
    private final TemplateSheet sheet;
    private final TemplateSheet.Extras extras;

    private TemplateExtras(String source, TemplateSheet sheet) {
        this.source = source;
        this.sheet = sheet;
        this.extras = sheet.extras();
    }

    /**
     * Copies the sheet's extras into {@code model} (its cells already read), or refuses what cannot be carried. The
     * sheet's conditional formats were read with their rules numbered from {@link #CARRIED_PRIORITY}.
     */
    static void carry(String source, TemplateSheet sheet, SheetModel model) {
        new TemplateExtras(source, sheet).carry(model);
    }

    /**
     * Refuses the template's own defined names: no scheda carries them (a formula using one would fail in every
     * scheda). The print area and titles of the Scheda sheet are peg's to set; names of Excel's own ({@code _xl...})
     * and those of the sheets peg drops (Stili, Etichette, Struttura) are left alone.
     */
    static void refusesNames(String source, List<TemplateWorkbook.DefinedName> names) {
        for (TemplateWorkbook.DefinedName n : names) {
            String name = n.name();
            String sheet = n.sheet();
            if (name.startsWith("_xl") && !name.startsWith("_xlnm.Print") || sheet.equals(WorkbookTemplate.SHEET_MAIN)
                    && name.startsWith("_xlnm.Print") || List.of(WorkbookTemplate.SHEET_STYLES,
                    WorkbookTemplate.SHEET_LABELS, WorkbookTemplate.SHEET_LAYOUT).contains(sheet)) {
                continue;
            }
            if (name.startsWith("_xlnm.Print")) {
                boolean area = name.equals("_xlnm.Print_Area");
                throw new TemplateException("Nel modello " + source + ", foglio " + sheet + ": "
                        + (area ? "c'è un'area di stampa" : "ci sono righe o colonne da ripetere in stampa") + " ("
                        + n.refersTo() + ")" + NOT_CARRIED + (area ? "Toglierla (Layout di pagina > Area di"
                        + " stampa > Cancella area di stampa)" : "Toglierle (Layout di pagina > Stampa titoli)")
                        + ": peg stampa il foglio intero.");
            }
            throw new TemplateException("Nel modello " + source + " c'è il nome '" + name + "' ("
                    + n.refersTo() + ")" + NOT_CARRIED + "Nelle formule scrivere il riferimento ("
                    + n.refersTo() + ") al posto del nome, poi togliere il nome (Formule > Gestione nomi).");
        }
    }

    private void carry(SheetModel model) {
        refusesComments();
        refusesDrawings();
        refusesHiddenRowsAndColumns();
        refusesCells();
        if (extras.autoFilter().isPresent()) {
            throw refuse("c'è un filtro automatico su " + extras.autoFilter().get(), "Toglierlo (Dati > Filtro).");
        }
        if (sheet.visibility() != TemplateSheet.Visibility.VISIBLE) {
            if (GENERATED_BELOW.contains(sheet.name())) {
                throw refuse("il foglio è nascosto", "Mostrarlo (tasto destro sulle linguette dei fogli, Scopri):"
                        + " chi compila la scheda deve vederlo.");
            }
            if (sheet.visibility() == TemplateSheet.Visibility.VERY_HIDDEN) {
                model.veryHidden(true);
            } else {
                model.hidden(true);
            }
        }
        if (extras.firstHyperlink().isPresent()) {
            String ref = extras.firstHyperlink().get();
            throw refuse("la cella " + ref + " ha un collegamento ipertestuale", "Togliere il collegamento dalla cella "
                    + ref + " (tasto destro sulla cella, Rimuovi collegamento ipertestuale) e scrivere l'indirizzo come"
                    + " testo, oppure usare nella cella la formula COLLEGAMENTO.IPERTESTUALE, che peg riporta come ogni"
                    + " formula del modello.");
        }
        if (extras.extensions()) {
            throw refuse("ci sono elementi di Excel 2010 o successivi (ad esempio una convalida con l'elenco preso da un"
                    + " altro foglio, barre dei dati o set di icone)", "Toglierli dal foglio, oppure scrivere l'elenco"
                    + " della convalida nello stesso foglio, entro le righe del titolo.");
        }
        int lastRow = GENERATED_BELOW.contains(sheet.name()) ? model.lastRow() : Integer.MAX_VALUE;
        for (TemplateSheet.Ranged dv : extras.validations()) {
            within(dv.sqref(), lastRow, "la convalida dei dati");
            model.validation(dv.xml());
        }
        for (TemplateSheet.Ranged cf : extras.conditionalFormats()) {
            within(cf.sqref(), lastRow, "la formattazione condizionale");
            model.conditionalFormat(cf.xml());
        }
        extras.tabColor().ifPresent(model::tabColor);
        extras.zoom().ifPresent(model::zoom);
        // a frozen pane of the template's own sheet; the writers set the Scheda's below its title rows
        extras.frozen().ifPresent(pane -> model.freeze(pane.columns(), pane.rows()));
    }

    /** A range over the rows generate writes would land on indicators, phases or data it was not made for. */
    private void within(String sqref, int lastRow, String what) {
        for (String ref : sqref.trim().split("\\s+")) {
            OptionalInt last = CellReferences.lastRow(ref);
            // a whole column (C:C) has no row: it reaches every row
            if (last.isEmpty() || last.getAsInt() > lastRow) {
                throw new TemplateException(prefix() + what + " di " + ref + " arriva oltre le righe del modello (1-"
                        + (lastRow + 1) + "), dove peg scrive le righe di ogni scheda: non si può riportare nelle schede"
                        + " generate. Limitarla alle righe 1-" + (lastRow + 1) + " (le righe del titolo, che peg riporta"
                        + " come sono) oppure toglierla." + (what.contains("convalida") ? " Le celle che peg scrive hanno"
                        + " già le loro convalide." : ""));
            }
        }
    }

    private void refusesHiddenRowsAndColumns() {
        for (TemplateSheet.Row row : sheet.rows()) {
            if (row.hidden()) {
                throw refuse("la riga " + (row.index() + 1) + " è nascosta", "Scoprirla (tasto destro sul numero"
                        + " della riga, Scopri) oppure eliminarla.");
            }
            if (row.outlineLevel() > 0) {
                throw refuse("la riga " + (row.index() + 1) + " è raggruppata", "Separare le righe (Dati >"
                        + " Separa).");
            }
        }
        for (TemplateSheet.Column col : sheet.columns()) {
            String name = CellReferences.columnName(col.min() - 1);
            if (col.hidden()) {
                throw refuse("la colonna " + name + " è nascosta", "Scoprirla (tasto destro sulla lettera della"
                        + " colonna, Scopri) oppure eliminarla.");
            }
            if (col.outlineLevel() > 0) {
                throw refuse("la colonna " + name + " è raggruppata", "Separare le colonne (Dati > Separa).");
            }
        }
    }

    /** Error values and texts in several formats: the model keeps one value and the cell's one style. */
    private void refusesCells() {
        for (TemplateSheet.Row row : sheet.rows()) {
            for (TemplateSheet.Cell cell : row.cells()) {
                String ref = cell.ref();
                if (cell.kind() == TemplateSheet.Kind.ERROR) {
                    throw refuse("la cella " + ref + " contiene l'errore " + cell.text(), "Scrivere nella cella un"
                            + " testo o un numero, oppure svuotarla.");
                }
                if (cell.kind() == TemplateSheet.Kind.TEXT && cell.richText()) {
                    throw refuse("la cella " + ref + " ha un testo con parti in formati diversi (grassetto, colori,"
                            + " caratteri)", "Dare a tutto il testo della cella lo stesso formato (il formato della"
                            + " cella), oppure dividerlo in più celle.");
                }
            }
        }
    }

    private void refusesComments() {
        if (extras.firstComment().isPresent()) {
            String ref = extras.firstComment().get();
            throw refuse("la cella " + ref + " ha un commento", "Togliere il commento dalla cella " + ref + " (tasto"
                    + " destro sulla cella, Elimina commento); se il testo serve a chi compila, scriverlo in una cella"
                    + " delle righe del titolo.");
        }
        if (extras.legacyDrawing()) {
            throw refuse("c'è un controllo o una forma di vecchio tipo (VML)", "Toglierlo dal foglio.");
        }
    }

    private void refusesDrawings() {
        if (extras.drawing().isEmpty()) {
            return;
        }
        TemplateSheet.Drawing drawing = extras.drawing().get();
        String what = "un'immagine, un grafico o una forma";
        String it = "immagini, grafici e forme";
        if (drawing.first().isPresent()) {
            TemplateSheet.Shape shape = drawing.first().get();
            what = switch (shape) {
                case PICTURE -> "un'immagine";
                case CHART -> "un grafico";
                case OTHER -> "una forma";
            };
            it = switch (shape) {
                case PICTURE -> "l'immagine";
                case CHART -> "il grafico";
                case OTHER -> "la forma";
            };
            if (drawing.anchor().isPresent()) {
                what += " in " + drawing.anchor().get();
            }
        }
        throw refuse("c'è " + what, "Togliere " + it + " dal foglio: lo stemma del comune si indica nel piano (foglio"
                + " Impostazioni, riga Logo) e peg lo mette dove il modello ha {stemma}.");
    }

    private TemplateException refuse(String what, String fix) {
        return new TemplateException(prefix() + what + NOT_CARRIED + fix);
    }

    private String prefix() {
        return "Nel modello " + source + ", foglio " + sheet.name() + ": ";
    }
}
