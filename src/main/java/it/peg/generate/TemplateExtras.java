package it.peg.generate;

import it.peg.xlsx.SheetModel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPaneState;

import javax.xml.namespace.QName;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The sheets whose rows below the template's own are written by generate. */
    private static final List<String> GENERATED_BELOW = List.of(WorkbookTemplate.SHEET_MAIN,
            WorkbookTemplate.SHEET_PHASES, WorkbookTemplate.SHEET_DATA);

    /**
     * The carried rules' priorities, in the template's order, after the traffic light's (1, 2, 3 per indicator): each
     * rule of a sheet keeps a priority of its own, as Excel writes them; the ranges do not meet, so the order is moot.
     */
    private static final int CARRIED_PRIORITY = 100_000;
    private static final String NOT_CARRIED = "; peg non ne terrebbe conto nelle schede generate. ";

    private final String source;
    private final XSSFSheet sheet;
    private final CTWorksheet ct;

    private TemplateExtras(String source, XSSFSheet sheet) {
        this.source = source;
        this.sheet = sheet;
        this.ct = sheet.getCTWorksheet();
    }

    /** Copies the sheet's extras into {@code model} (its cells already read), or refuses what cannot be carried. */
    static void carry(String source, XSSFSheet sheet, SheetModel model) {
        new TemplateExtras(source, sheet).carry(model);
    }

    /**
     * Refuses the template's own defined names: no scheda carries them (a formula using one would fail in every
     * scheda). The print area and titles of the Scheda sheet are peg's to set; names of Excel's own ({@code _xl...})
     * and those of the sheets peg drops (Stili, Etichette, Struttura) are left alone.
     */
    static void refusesNames(String source, XSSFWorkbook wb) {
        for (XSSFName n : wb.getAllNames()) {
            String name = n.getNameName();
            int local = n.getSheetIndex();
            String sheet = local >= 0 ? wb.getSheetName(local) : "";
            if (name.startsWith("_xl") && !name.startsWith("_xlnm.Print") || sheet.equals(WorkbookTemplate.SHEET_MAIN)
                    && name.startsWith("_xlnm.Print") || List.of(WorkbookTemplate.SHEET_STYLES,
                    WorkbookTemplate.SHEET_LABELS, WorkbookTemplate.SHEET_LAYOUT).contains(sheet)) {
                continue;
            }
            if (name.startsWith("_xlnm.Print")) {
                boolean area = name.equals("_xlnm.Print_Area");
                throw new TemplateException("Nel modello " + source + ", foglio " + sheet + ": "
                        + (area ? "c'è un'area di stampa" : "ci sono righe o colonne da ripetere in stampa") + " ("
                        + n.getRefersToFormula() + ")" + NOT_CARRIED + (area ? "Toglierla (Layout di pagina > Area di"
                        + " stampa > Cancella area di stampa)" : "Toglierle (Layout di pagina > Stampa titoli)")
                        + ": peg stampa il foglio intero.");
            }
            throw new TemplateException("Nel modello " + source + " c'è il nome '" + name + "' ("
                    + n.getRefersToFormula() + ")" + NOT_CARRIED + "Nelle formule scrivere il riferimento ("
                    + n.getRefersToFormula() + ") al posto del nome, poi togliere il nome (Formule > Gestione nomi).");
        }
    }

    private void carry(SheetModel model) {
        refusesComments();
        refusesDrawings();
        refusesHiddenRowsAndColumns();
        refusesCells();
        if (ct.isSetAutoFilter()) {
            throw refuse("c'è un filtro automatico su " + ct.getAutoFilter().getRef(), "Toglierlo (Dati > Filtro).");
        }
        var book = sheet.getWorkbook();
        var visibility = book.getSheetVisibility(book.getSheetIndex(sheet));
        if (visibility != org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
            if (GENERATED_BELOW.contains(sheet.getSheetName())) {
                throw refuse("il foglio è nascosto", "Mostrarlo (tasto destro sulle linguette dei fogli, Scopri):"
                        + " chi compila la scheda deve vederlo.");
            }
            if (visibility == org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
                model.veryHidden(true);
            } else {
                model.hidden(true);
            }
        }
        if (ct.isSetHyperlinks() && ct.getHyperlinks().sizeOfHyperlinkArray() > 0) {
            String ref = ct.getHyperlinks().getHyperlinkArray(0).getRef();
            throw refuse("la cella " + ref + " ha un collegamento ipertestuale", "Togliere il collegamento dalla cella "
                    + ref + " (tasto destro sulla cella, Rimuovi collegamento ipertestuale) e scrivere l'indirizzo come"
                    + " testo, oppure usare nella cella la formula COLLEGAMENTO.IPERTESTUALE, che peg riporta come ogni"
                    + " formula del modello.");
        }
        if (ct.isSetExtLst()) {
            throw refuse("ci sono elementi di Excel 2010 o successivi (ad esempio una convalida con l'elenco preso da un"
                    + " altro foglio, barre dei dati o set di icone)", "Toglierli dal foglio, oppure scrivere l'elenco"
                    + " della convalida nello stesso foglio, entro le righe del titolo.");
        }
        int lastRow = GENERATED_BELOW.contains(sheet.getSheetName()) ? model.lastRow() : Integer.MAX_VALUE;
        if (ct.isSetDataValidations()) {
            for (CTDataValidation dv : ct.getDataValidations().getDataValidationArray()) {
                within(dv.xgetSqref().getStringValue(), lastRow, "la convalida dei dati");
                model.validation(xml(dv, "dataValidation"));
            }
        }
        int priority = CARRIED_PRIORITY;
        for (CTConditionalFormatting cf : ct.getConditionalFormattingArray()) {
            within(cf.xgetSqref().getStringValue(), lastRow, "la formattazione condizionale");
            for (var rule : cf.getCfRuleArray()) {
                rule.setPriority(priority++);
            }
            model.conditionalFormat(xml(cf, "conditionalFormatting"));
        }
        if (ct.isSetSheetPr() && ct.getSheetPr().isSetTabColor()) {
            model.tabColor(xml(ct.getSheetPr().getTabColor(), "tabColor"));
        }
        if (ct.isSetSheetViews() && ct.getSheetViews().sizeOfSheetViewArray() > 0) {
            var view = ct.getSheetViews().getSheetViewArray(0);
            if (view.isSetZoomScale() && view.getZoomScale() != 100) {
                model.zoom((int) view.getZoomScale());
            }
            // a frozen pane of the template's own sheet; the writers set the Scheda's below its title rows
            if (view.isSetPane() && view.getPane().getState() == STPaneState.FROZEN) {
                model.freeze((int) view.getPane().getXSplit(), (int) view.getPane().getYSplit());
            }
        }
    }

    /** A range over the rows generate writes would land on indicators, phases or data it was not made for. */
    private void within(String sqref, int lastRow, String what) {
        for (String ref : sqref.trim().split("\\s+")) {
            CellRangeAddress a = CellRangeAddress.valueOf(ref);
            // a whole column (C:C) has no row: it reaches every row
            if (a.getLastRow() < 0 || a.getLastRow() > lastRow) {
                throw new TemplateException(prefix() + what + " di " + ref + " arriva oltre le righe del modello (1-"
                        + (lastRow + 1) + "), dove peg scrive le righe di ogni scheda: non si può riportare nelle schede"
                        + " generate. Limitarla alle righe 1-" + (lastRow + 1) + " (le righe del titolo, che peg riporta"
                        + " come sono) oppure toglierla." + (what.contains("convalida") ? " Le celle che peg scrive hanno"
                        + " già le loro convalide." : ""));
            }
        }
    }

    private void refusesHiddenRowsAndColumns() {
        for (Row row : sheet) {
            XSSFRow xr = (XSSFRow) row;
            if (xr.getZeroHeight()) {
                throw refuse("la riga " + (row.getRowNum() + 1) + " è nascosta", "Scoprirla (tasto destro sul numero"
                        + " della riga, Scopri) oppure eliminarla.");
            }
            if (xr.getCTRow().getOutlineLevel() > 0) {
                throw refuse("la riga " + (row.getRowNum() + 1) + " è raggruppata", "Separare le righe (Dati >"
                        + " Separa).");
            }
        }
        for (var cols : ct.getColsArray()) {
            for (var col : cols.getColArray()) {
                String name = CellReference.convertNumToColString((int) col.getMin() - 1);
                if (col.isSetHidden() && col.getHidden()) {
                    throw refuse("la colonna " + name + " è nascosta", "Scoprirla (tasto destro sulla lettera della"
                            + " colonna, Scopri) oppure eliminarla.");
                }
                if (col.getOutlineLevel() > 0) {
                    throw refuse("la colonna " + name + " è raggruppata", "Separare le colonne (Dati > Separa).");
                }
            }
        }
    }

    /** Error values and texts in several formats: the model keeps one value and the cell's one style. */
    private void refusesCells() {
        for (Row row : sheet) {
            for (Cell cell : row) {
                String ref = cell.getAddress().formatAsString();
                if (cell.getCellType() == CellType.ERROR) {
                    throw refuse("la cella " + ref + " contiene l'errore " + FormulaError.forInt(cell.getErrorCellValue())
                            .getString(), "Scrivere nella cella un testo o un numero, oppure svuotarla.");
                }
                if (cell.getCellType() == CellType.STRING
                        && ((XSSFRichTextString) cell.getRichStringCellValue()).numFormattingRuns() > 1) {
                    throw refuse("la cella " + ref + " ha un testo con parti in formati diversi (grassetto, colori,"
                            + " caratteri)", "Dare a tutto il testo della cella lo stesso formato (il formato della"
                            + " cella), oppure dividerlo in più celle.");
                }
            }
        }
    }

    private void refusesComments() {
        Map<String, XSSFComment> comments = new TreeMap<>();
        sheet.getCellComments().forEach((address, comment) -> comments.put(address.formatAsString(), comment));
        if (!comments.isEmpty()) {
            String ref = comments.keySet().iterator().next();
            throw refuse("la cella " + ref + " ha un commento", "Togliere il commento dalla cella " + ref + " (tasto"
                    + " destro sulla cella, Elimina commento); se il testo serve a chi compila, scriverlo in una cella"
                    + " delle righe del titolo.");
        }
        if (ct.isSetLegacyDrawing()) {
            throw refuse("c'è un controllo o una forma di vecchio tipo (VML)", "Toglierlo dal foglio.");
        }
    }

    private void refusesDrawings() {
        if (!ct.isSetDrawing()) {
            return;
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        String what = "un'immagine, un grafico o una forma";
        String it = "immagini, grafici e forme";
        if (drawing != null && !drawing.getShapes().isEmpty()) {
            XSSFShape shape = drawing.getShapes().get(0);
            what = shape instanceof XSSFPicture ? "un'immagine" : shape instanceof XSSFGraphicFrame ? "un grafico"
                    : "una forma";
            it = shape instanceof XSSFPicture ? "l'immagine" : shape instanceof XSSFGraphicFrame ? "il grafico"
                    : "la forma";
            if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
                what += " in " + new CellReference(anchor.getRow1(), anchor.getCol1()).formatAsString();
            }
        }
        throw refuse("c'è " + what, "Togliere " + it + " dal foglio: lo stemma del comune si indica nel piano (foglio"
                + " Impostazioni, riga Logo) e peg lo mette dove il modello ha {stemma}.");
    }

    private TemplateException refuse(String what, String fix) {
        return new TemplateException(prefix() + what + NOT_CARRIED + fix);
    }

    private String prefix() {
        return "Nel modello " + source + ", foglio " + sheet.getSheetName() + ": ";
    }

    /** The element as XML of the main namespace without a prefix, as the worksheet part writes it. */
    private static String xml(XmlObject o, String element) {
        XmlOptions opts = new XmlOptions();
        opts.setSaveSyntheticDocumentElement(new QName(MAIN_NS, element));
        opts.setSaveImplicitNamespaces(Map.of("", MAIN_NS));
        opts.setSaveAggressiveNamespaces();
        return o.xmlText(opts);
    }
}
