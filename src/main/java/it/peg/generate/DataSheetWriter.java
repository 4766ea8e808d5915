package it.peg.generate;

import it.peg.domain.DataRow;
import it.peg.domain.InputNames;
import it.peg.xlsx.SheetModel;

import java.util.List;
import java.util.Optional;

/** The Dati sheet: multi-year output volumes, past years locked, the plan year to fill. */
final class DataSheetWriter {
    private static final int DESC_WIDTH = 50;
    private final Stamp s;
    private final SheetModel sheet;
    private final InputCells inputs;

    DataSheetWriter(Stamp stamp, SheetModel sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.inputs = new InputCells(stamp);
    }

    static boolean needed(Stamp stamp) {
        return !stamp.plan.dataRowsOf(stamp.service.code()).isEmpty();
    }

    void write() {
        int year = s.plan.settings().year();
        List<Integer> past = s.plan.dataYears().stream().filter(y -> y < year).toList();
        int planCol = 2 + past.size();
        sheet.width(0, 15 * 256);
        sheet.width(1, DESC_WIDTH * 256);
        for (int c = 2; c <= planCol; c++) {
            sheet.width(c, 13 * 256);
        }
        int r = sheet.lastRow() + 2;
        int headerRow = r;
        s.text(sheet, r, 0, s.label(Label.DATI_CODICE), StyleKey.INTESTAZIONE);
        s.text(sheet, r, 1, s.label(Label.DATI_DESCRIZIONE), StyleKey.INTESTAZIONE);
        for (int i = 0; i < past.size(); i++) {
            yearHeading(r, 2 + i, s.label(Label.DATI_ANNO).replace(Integer.toString(year), past.get(i).toString()));
        }
        yearHeading(r, planCol, s.label(Label.DATI_ANNO));
        Stamp.atLeast(Stamp.row(sheet, r), 22);
        r++;
        for (DataRow d : s.plan.dataRowsOf(s.service.code())) {
            s.text(sheet, r, 0, d.code(), StyleKey.CELLA);
            s.text(sheet, r, 1, d.description(), StyleKey.CELLA);
            for (int i = 0; i < past.size(); i++) {
                s.number(sheet, r, 2 + i, d.valueOf(past.get(i)).orElse(null), StyleKey.DATO_STORICO);
            }
            inputs.create(sheet, r, planCol, InputType.NUMBER, InputNames.data(d.code(), year), Optional.empty(), Optional.empty());
            Stamp.atLeast(Stamp.row(sheet, r), Math.max(18, Stamp.height(d.description(), DESC_WIDTH, 10f)));
            r++;
        }
        sheet.freeze(2, headerRow + 1);
        s.repeatingRows(sheet, headerRow, headerRow);
        s.printArea(sheet, 0, planCol, 0, r);
        SchedaPrint.fitToWidth(sheet, planCol);
    }

    /**
     * A year heading that is just a year is written as a number: LibreOffice's AutoInput completes what is typed
     * from the texts of the same column, so the text {@code 2022} above the input cells turned a typed {@code 2}
     * into {@code 2022}. Numbers are never completion candidates.
     */
    private void yearHeading(int r, int c, String label) {
        if (label.matches("[0-9]{1,9}")) {
            s.number(sheet, r, c, new java.math.BigDecimal(label), StyleKey.INTESTAZIONE);
        } else {
            s.text(sheet, r, c, label, StyleKey.INTESTAZIONE);
        }
    }
}
