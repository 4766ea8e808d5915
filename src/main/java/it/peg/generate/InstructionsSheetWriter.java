package it.peg.generate;

import it.peg.domain.Verifica;
import it.peg.xlsx.SheetModel;

import java.time.format.DateTimeFormatter;

/**
 * The Istruzioni sheet of a scheda: the essentials of docs/guida-uffici.md for the office that fills it in (who
 * fills it and by when, where to write, how to write values, the colours, Excel or LibreOffice, how to send it
 * back), in the template's styles and labels, so that a comune restyling the template restyles this sheet too.
 * It holds no input cell, is protected like every sheet, and prints on one A4 page wide.
 */
final class InstructionsSheetWriter {
    static final int C_LABEL = 0;
    static final int C_TEXT = 1;
    /** Column widths in characters: the heading or colour sample, the text. */
    /** 104 characters: one portrait A4 page wide at 89%, the 9-point type at 8 points (SchedaPrint). */
    private static final int[] WIDTHS = {20, 84};
    private static final float LINE = 10f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Stamp s;
    private final SheetModel sheet;
    private int r;

    InstructionsSheetWriter(Stamp stamp, SheetModel sheet) {
        this.s = stamp;
        this.sheet = sheet;
    }

    /** The rows the emblem is drawn over, in column A, as the template's {stemma} area on the Scheda sheet. */
    static final int EMBLEM_ROWS = 3;

    void write() {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c] * 256);
        }
        Stamp.row(sheet, 0).height(24);
        Stamp.row(sheet, 1).height(18);
        Stamp.row(sheet, 2).height(18);
        s.text(sheet, 0, C_TEXT, s.label(Label.ISTR_TITOLO), StyleKey.TITOLO);
        s.text(sheet, 1, C_TEXT, s.label(Label.ISTR_SOTTOTITOLO), StyleKey.SOTTOTITOLO);
        r = EMBLEM_ROWS + 1;

        section(Label.ISTR_CHI, Label.ISTR_CHI_TESTO);
        for (Verifica v : s.plan.settings().verifiche()) {
            String due = v.due().map(d -> ", " + s.label(Label.ISTR_SCADENZA).replace("{scadenza}", d.format(DATE)))
                    .orElse("");
            line("- " + s.label(Label.ISTR_VERIFICA, v.fullLabel()) + due);
        }
        r++;
        section(Label.ISTR_DOVE, Label.ISTR_DOVE_TESTO);
        section(Label.ISTR_COME, Label.ISTR_COME_TESTO);
        section(Label.ISTR_CAUSE, Label.ISTR_CAUSE_TESTO);
        section(Label.ISTR_FASI, Label.ISTR_FASI_TESTO);

        heading(Label.ISTR_COLORI);
        colour(StyleKey.INPUT_TESTO, Label.ISTR_GIALLO, Label.ISTR_GIALLO_TESTO);
        colour(StyleKey.CELLA_GRIGIA, Label.ISTR_GRIGIO, Label.ISTR_GRIGIO_TESTO);
        colour(StyleKey.SEMAFORO_VERDE, Label.ISTR_VERDE, Label.ISTR_VERDE_TESTO);
        colour(StyleKey.SEMAFORO_GIALLO, Label.ISTR_GIALLO_SEMAFORO, Label.ISTR_GIALLO_SEMAFORO_TESTO);
        colour(StyleKey.SEMAFORO_ROSSO, Label.ISTR_ROSSO, Label.ISTR_ROSSO_TESTO);
        r++;

        section(Label.ISTR_PROGRAMMI, Label.ISTR_PROGRAMMI_TESTO);
        section(Label.ISTR_INVIO, Label.ISTR_INVIO_TESTO);
        section(Label.ISTR_STAMPA, Label.ISTR_STAMPA_TESTO);
        printSetup();
    }

    private void heading(Label label) {
        s.merge(sheet, r, r, C_LABEL, C_TEXT, StyleKey.OBIETTIVO);
        s.text(sheet, r, C_LABEL, s.label(label), StyleKey.OBIETTIVO);
        Stamp.row(sheet, r).height(18);
        r++;
    }

    private void section(Label heading, Label text) {
        heading(heading);
        line(s.label(text));
        r++;
    }

    /** A paragraph across both columns. */
    private void line(String text) {
        s.merge(sheet, r, r, C_LABEL, C_TEXT, StyleKey.TESTO_LUNGO);
        s.text(sheet, r, C_LABEL, text, StyleKey.TESTO_LUNGO);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Stamp.height(text, WIDTHS[0] + WIDTHS[1], LINE)));
        r++;
    }

    /** A sample cell in the very style the scheda uses, and what it means. */
    private void colour(StyleKey style, Label sample, Label meaning) {
        // a sample of an input style, locked here: the Istruzioni sheet has nothing to fill in
        s.text(sheet, r, C_LABEL, s.label(sample), style).style(lockedTwin(style));
        String text = s.label(meaning);
        s.text(sheet, r, C_TEXT, text, StyleKey.TESTO_LUNGO);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Stamp.height(text, WIDTHS[1], LINE)));
        r++;
    }

    private int lockedTwin(StyleKey style) {
        return s.lockedSample(style);
    }

    private void printSetup() {
        // A4 portrait, one page wide, 0,5" at the sides and 0,6" above and below (A4Pages), headers at 0,25"
        SheetModel.Print p = sheet.print();
        p.setup = true;
        p.paperSize = 9;
        p.landscape = false;
        p.fitToPage = true;
        p.fitWidth = 1;
        p.fitHeight = 0;
        p.left = 0.5;
        p.right = 0.5;
        p.top = 0.6;
        p.bottom = 0.6;
        p.header = 0.25;
        p.footer = 0.25;
        // '&' starts a code in a page header: doubled, it prints itself
        p.oddHeader = "&L" + s.plan.settings().ente().replace("&", "&&") + "&R"
                + (s.service.code() + " - " + s.service.name()).replace("&", "&&");
        p.oddFooter = "&RPagina &P di &N";
        p.gridLines = false;
        sheet.showGridLines(false);
        s.repeatingRows(sheet, 0, EMBLEM_ROWS - 1);
        s.printArea(sheet, C_LABEL, C_TEXT, 0, r);
        SchedaPrint.fitToWidth(sheet, C_TEXT);
    }
}
