package it.peg.generate;

import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Verifica;
import it.peg.xlsx.SheetModel;

import java.util.List;

/** The Fasi sheet: each objective's phases as a month Gantt, with a state to choose at every verifica. */
final class PhaseSheetWriter {
    private static final String[] MONTHS = {"GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"};
    private static final int C_OBJ = 0;
    private static final int C_PHASE = 1;
    private static final int C_DESC = 2;
    private static final int C_MONTHS = 3;
    private static final int C_GANTT = 4;
    private static final int C_STATE = C_GANTT + 12;
    private static final int DESC_WIDTH = 28;
    private static final int MONTHS_WIDTH = 12;

    private final Stamp s;
    private final SheetModel sheet;
    private final InputCells inputs;

    PhaseSheetWriter(Stamp stamp, SheetModel sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.inputs = new InputCells(stamp);
    }

    /** Whether the service has any phase (the sheet is dropped otherwise). */
    static boolean needed(Stamp stamp) {
        return stamp.plan.objectivesOf(stamp.service.code()).stream()
                .anyMatch(o -> !stamp.plan.phasesOf(o.code()).isEmpty());
    }

    void write() {
        List<Verifica> vs = s.plan.settings().verifiche();
        int last = C_STATE + vs.size() - 1;
        // at most 159 characters (four verifiche): one landscape page wide at 8 points or more (SchedaPrint); a month
        // column as wide as its bold heading (MAR, MAG)
        sheet.width(C_OBJ, 10 * 256);
        sheet.width(C_PHASE, 5 * 256);
        sheet.width(C_DESC, DESC_WIDTH * 256);
        sheet.width(C_MONTHS, MONTHS_WIDTH * 256);
        for (int m = 0; m < 12; m++) {
            sheet.width(C_GANTT + m, 5 * 256);
        }
        for (int i = 0; i < vs.size(); i++) {
            sheet.width(C_STATE + i, 11 * 256);
        }
        int r = sheet.lastRow() + 2;
        int headerRow = r;
        s.text(sheet, r, C_OBJ, s.label(Label.FASI_OBIETTIVO), StyleKey.INTESTAZIONE);
        s.text(sheet, r, C_PHASE, s.label(Label.FASI_FASE), StyleKey.INTESTAZIONE);
        s.text(sheet, r, C_DESC, s.label(Label.FASI_DESCRIZIONE), StyleKey.INTESTAZIONE);
        s.text(sheet, r, C_MONTHS, s.label(Label.FASI_MESI), StyleKey.INTESTAZIONE);
        for (int m = 0; m < 12; m++) {
            s.text(sheet, r, C_GANTT + m, MONTHS[m], StyleKey.INTESTAZIONE);
        }
        for (int i = 0; i < vs.size(); i++) {
            s.text(sheet, r, C_STATE + i, s.label(Label.FASI_STATO, vs.get(i).fullLabel()), StyleKey.INTESTAZIONE);
        }
        Stamp.atLeast(Stamp.row(sheet, r), 28);
        r++;
        for (Objective o : s.plan.objectivesOf(s.service.code())) {
            List<Phase> phases = s.plan.phasesOf(o.code());
            if (phases.isEmpty()) {
                continue;
            }
            s.merge(sheet, r, r, 0, last, StyleKey.OBIETTIVO);
            String title = s.label(Label.OBIETTIVO) + " " + o.code() + (o.title().isBlank() ? "" : " - " + o.title());
            s.text(sheet, r, 0, title, StyleKey.OBIETTIVO);
            Stamp.atLeast(Stamp.row(sheet, r), 18);
            r++;
            List<String> keys = InputNames.phaseKeys(phases);
            for (int p = 0; p < phases.size(); p++) {
                Phase ph = phases.get(p);
                s.text(sheet, r, C_OBJ, o.code(), StyleKey.CELLA);
                s.text(sheet, r, C_PHASE, ph.phase(), StyleKey.CELLA_CENTRO);
                s.text(sheet, r, C_DESC, ph.description(), StyleKey.CELLA);
                s.text(sheet, r, C_MONTHS, ph.monthsText(), StyleKey.CELLA_CENTRO);
                for (int m = 1; m <= 12; m++) {
                    s.text(sheet, r, C_GANTT + m - 1, "", ph.months().contains(m) ? StyleKey.GANTT_ATTIVO : StyleKey.GANTT_VUOTO);
                }
                for (int i = 0; i < vs.size(); i++) {
                    inputs.create(sheet, r, C_STATE + i, InputType.PHASE_STATE,
                            InputNames.phase(o.code(), keys.get(p), vs.get(i)));
                }
                Stamp.atLeast(Stamp.row(sheet, r), Math.max(20, Math.max(Stamp.height(ph.description(), DESC_WIDTH, 9f),
                        Stamp.height(ph.monthsText(), MONTHS_WIDTH, 9f))));
                r++;
            }
        }
        sheet.freeze(C_MONTHS, headerRow + 1);
        s.repeatingRows(sheet, headerRow, headerRow);
        s.printArea(sheet, 0, last, 0, r);
        SchedaPrint.fitToWidth(sheet, last);
    }
}
