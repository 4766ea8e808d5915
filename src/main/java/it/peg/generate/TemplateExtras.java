package it.peg.generate;

import it.peg.xlsx.SheetModel;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import javax.xml.namespace.QName;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a comune may add to a sheet of its template beyond cells, styles and print setup, since generate writes each
 * scheda's XML itself (issue 21) instead of copying the template with POI. Carried into every scheda, copied once:
 * data validations and conditional formats (their differential styles are in the template's styles part, which every
 * scheda shares), the tab colour and the zoom. A validation or a conditional format of the Scheda, Fasi or Dati sheet
 * must lie within the template's own rows (the title rows): below them peg writes the indicators, the phases and the
 * data, which have their own. What a scheda cannot carry (comments, pictures, charts and shapes, hyperlinks, Excel
 * 2010 extensions, ranges over the generated rows) refuses the template when it is read, naming the file, the sheet,
 * the cell and the fix: a template never loses silently what its author put in.
 */
final class TemplateExtras {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The sheets whose rows below the template's own are written by generate. */
    private static final List<String> GENERATED_BELOW = List.of(WorkbookTemplate.SHEET_MAIN,
            WorkbookTemplate.SHEET_PHASES, WorkbookTemplate.SHEET_DATA);

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

    private void carry(SheetModel model) {
        refusesComments();
        refusesDrawings();
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
        for (CTConditionalFormatting cf : ct.getConditionalFormattingArray()) {
            within(cf.xgetSqref().getStringValue(), lastRow, "la formattazione condizionale");
            model.conditionalFormat(xml(cf, "conditionalFormatting"));
        }
        if (ct.isSetSheetPr() && ct.getSheetPr().isSetTabColor()) {
            model.tabColor(xml(ct.getSheetPr().getTabColor(), "tabColor"));
        }
        if (ct.isSetSheetViews() && ct.getSheetViews().sizeOfSheetViewArray() > 0
                && ct.getSheetViews().getSheetViewArray(0).isSetZoomScale()) {
            long zoom = ct.getSheetViews().getSheetViewArray(0).getZoomScale();
            if (zoom != 100) {
                model.zoom((int) zoom);
            }
        }
    }

    /** A range over the rows generate writes would land on indicators, phases or data it was not made for. */
    private void within(String sqref, int lastRow, String what) {
        for (String ref : sqref.trim().split("\\s+")) {
            CellRangeAddress a = CellRangeAddress.valueOf(ref);
            if (a.getLastRow() > lastRow) {
                throw new TemplateException(prefix() + what + " di " + ref + " arriva oltre le righe del modello (1-"
                        + (lastRow + 1) + "), dove peg scrive le righe di ogni scheda: non si può riportare nelle schede"
                        + " generate. Limitarla alle righe 1-" + (lastRow + 1) + " (le righe del titolo, che peg riporta"
                        + " come sono) oppure toglierla." + (what.contains("convalida") ? " Le celle che peg scrive hanno"
                        + " già le loro convalide." : ""));
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
        return new TemplateException(prefix() + what + ", che peg non riporta nelle schede generate. " + fix);
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
