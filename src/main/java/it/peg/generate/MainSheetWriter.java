package it.peg.generate;

import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Verifica;
import it.peg.xlsx.SheetModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The main sheet (Scheda): instructions, the service header, then for each objective its header blocks, the
 * indicator table ({@link IndicatorTable}), the office's judgement at intermediate verifiche, and the signature box;
 * where each goes follows the template's layout ({@link Layout}, laid out for the plan's verifiche in a {@link Grid}).
 */
final class MainSheetWriter {
    private static final float LINE = 10f;

    private final Stamp s;
    private final SheetModel sheet;
    private final InputCells inputs;
    private final Plan plan;
    private final Settings settings;
    private final Grid grid;
    /** The last column of the texts outside the indicator table: the first printed page's ({@link Grid#textLast}). */
    private final int last;
    private final TrafficLight light;
    private final IndicatorTable table;
    /** Where a printed page may begin: each objective, indicator, judgement and the signature box (SchedaPrint). */
    private final SchedaPrint.Blocks blocks = new SchedaPrint.Blocks();
    private int r;

    MainSheetWriter(Stamp stamp, SheetModel sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.inputs = new InputCells(stamp);
        this.plan = stamp.plan;
        this.settings = stamp.plan.settings();
        this.grid = new Grid(stamp.template.layout(), settings.verifiche());
        this.last = grid.textLast();
        this.light = new TrafficLight(stamp, sheet);
        this.table = new IndicatorTable(stamp, sheet, grid, light, blocks);
    }

    void write() {
        for (int c = 0; c <= grid.last(); c++) {
            sheet.width(c, grid.width(c) * 256);
        }
        int titleRows = sheet.lastRow() + 1;
        r = titleRows + 1;
        String instructions = s.label(Label.ISTRUZIONI);
        s.merge(sheet, r, r, 0, last, StyleKey.ISTRUZIONI);
        s.text(sheet, r, 0, instructions, StyleKey.ISTRUZIONI);
        Stamp.atLeast(Stamp.row(sheet, r), Stamp.height(instructions, grid.span(0, last), 10f));
        r += 2;
        header(s.service);
        List<Objective> objectives = plan.objectivesOf(s.service.code());
        if (objectives.isEmpty()) {
            s.merge(sheet, r, r, 0, last, StyleKey.CELLA);
            s.text(sheet, r, 0, s.label(Label.NESSUN_OBIETTIVO), StyleKey.CELLA);
            r += 2;
        }
        for (Objective o : objectives) {
            objective(o);
        }
        signature();
        light.write();
        sheet.freeze(0, titleRows);
        if (grid.across.wide() && grid.across.titleEnd() >= 0) {
            // on every page across, the indicators' identifying columns beside the verifiche it shows
            s.repeatingColumnsAndRows(sheet, 0, grid.across.titleEnd(), 0, titleRows - 1);
        } else {
            s.repeatingRows(sheet, 0, titleRows - 1);
        }
        s.printArea(sheet, 0, grid.last(), 0, r);
        SchedaPrint.paginate(sheet, blocks, titleRows, grid.across, r);
    }

    private void header(Service sv) {
        s.merge(sheet, r, r, 0, last, StyleKey.OBIETTIVO);
        s.text(sheet, r, 0, s.label(Label.SEZIONE_SERVIZIO), StyleKey.OBIETTIVO);
        Stamp.row(sheet, r).height(18);
        r++;
        pair(Label.ENTE, settings.ente(), Label.ANNO, Integer.toString(settings.year()));
        pair(Label.DIREZIONE, sv.direction(), Label.DIRETTORE, sv.director());
        if (!sv.sector().isBlank() || !sv.sectorResponsible().isBlank()) {
            pair(Label.SETTORE, sv.sector(), Label.RESP_SETTORE, sv.sectorResponsible());
        }
        pair(Label.SERVIZIO, sv.code() + " - " + sv.name(), Label.CLASSIFICAZIONE, sv.classification());
        pair(Label.DIRIGENTE, sv.manager(), Label.RESPONSABILE, sv.responsible());
        wide(Label.REFERENTE, sv.politicalReferent());
        wide(Label.PERSONALE, sv.staff());
        wide(Label.FUNZIONI, sv.functions());
        r++;
    }

    /**
     * Two labelled values on a row: label in A, value from B, label, value from the last target column (in the
     * default layout B:E, F:G, H:M); returns the row and column of the second value. The values sit in columns that
     * hold no input cell: LibreOffice's AutoInput completes what is typed from the texts of the same column, so a
     * year or a date here, above an input cell, turned a typed {@code 2} into {@code 2018} and {@code 31} into
     * {@code 31/12/2018}. A layout with no such column far enough right gets one row per value.
     */
    private int[] pair(Label l1, Object v1, Label l2, Object v2) {
        Optional<Integer> second = grid.secondValue();
        if (second.isEmpty()) {
            single(l1, v1);
            return new int[] {single(l2, v2), 1};
        }
        int m = second.get();
        int k = Math.max(2, m - 2);
        s.text(sheet, r, 0, s.label(l1), StyleKey.ETICHETTA);
        value(r, 1, k - 1, v1);
        s.merge(sheet, r, r, k, m - 1, StyleKey.ETICHETTA);
        s.text(sheet, r, k, s.label(l2), StyleKey.ETICHETTA);
        value(r, m, last, v2);
        float h = Math.max(Math.max(Stamp.height(text(v1), grid.span(1, k - 1), LINE),
                Stamp.height(text(v2), grid.span(m, last), LINE)), Math.max(Stamp.height(s.label(l1), grid.span(0, 0), LINE),
                Stamp.height(s.label(l2), grid.span(k, m - 1), LINE)));
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, h));
        return new int[] {r++, m};
    }

    /** One labelled value on its own row (label in A, value from B); a blank text is left out. */
    private int single(Label l, Object v) {
        if (v instanceof String str && str.isBlank()) {
            return r;
        }
        s.text(sheet, r, 0, s.label(l), StyleKey.ETICHETTA);
        value(r, 1, last, v);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Math.max(Stamp.height(text(v), grid.span(1, last), LINE),
                Stamp.height(s.label(l), grid.span(0, 0), LINE))));
        return r++;
    }

    private void wide(Label l, String v) {
        if (v.isBlank()) {
            return;
        }
        // a text too long for one printed page goes over several rows, a few paragraphs each (SchedaPrint)
        List<String> parts = SchedaPrint.rowsOf(v, grid.span(1, last), 9f);
        for (int i = 0; i < parts.size(); i++) {
            s.text(sheet, r, 0, i == 0 ? s.label(l) : "", StyleKey.ETICHETTA);
            s.merge(sheet, r, r, 1, last, StyleKey.TESTO_LUNGO);
            s.text(sheet, r, 1, parts.get(i), StyleKey.TESTO_LUNGO);
            // as tall as the value and as the label, which wraps in column A ("Referente / politico")
            Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Math.max(Stamp.height(parts.get(i), grid.span(1, last), 9f),
                    i == 0 ? Stamp.height(s.label(l), grid.span(0, 0), LINE) : 0)));
            r++;
        }
    }

    private void value(int row, int c1, int c2, Object v) {
        if (v instanceof Euro e) {
            s.merge(sheet, row, row, c1, c2, StyleKey.VALORE_EURO);
            e.amount().ifPresent(a -> s.number(sheet, row, c1, a, StyleKey.VALORE_EURO));
        } else if (v instanceof Weight w) {
            s.merge(sheet, row, row, c1, c2, StyleKey.VALORE_NUMERO);
            s.number(sheet, row, c1, w.amount().orElse(null), StyleKey.VALORE_NUMERO);
        } else {
            s.merge(sheet, row, row, c1, c2, StyleKey.VALORE);
            s.text(sheet, row, c1, text(v), StyleKey.VALORE);
        }
    }

    private static String text(Object v) {
        return v instanceof String str ? str : "";
    }

    private record Euro(Optional<BigDecimal> amount) {
    }

    private record Weight(Optional<BigDecimal> amount) {
    }

    private void objective(Objective o) {
        blocks.startsAt(r);
        s.merge(sheet, r, r, 0, last, StyleKey.OBIETTIVO);
        String title = s.label(Label.OBIETTIVO) + " " + o.code() + (o.title().isBlank() ? "" : " - " + o.title());
        s.text(sheet, r, 0, title, StyleKey.OBIETTIVO);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(18, Stamp.height(title, grid.span(0, last), 11f)));
        r++;
        for (Layout.Block b : grid.layout.blocks()) {
            block(o, b);
        }
        r++;
        r = table.write(o, r);
        if (grid.layout.blocks().contains(Layout.Block.COLLEGATI)) {
            linked(o);
        }
        judgement(o);
        r++;
    }

    private void block(Objective o, Layout.Block b) {
        switch (b) {
            case TIPO -> pair(Label.TIPO, o.type(), Label.COLLEGATO, o.linkedTo());
            case PESO -> {
                int[] at = pair(Label.MISSIONE, o.missionProgram(), Label.PESO, new Weight(o.weight()));
                s.name(InputNames.planObjectiveWeight(o.code()), sheet, at[0], at[1]);
            }
            case DATE -> pair(Label.DATA_INIZIO, o.startText(), Label.DATA_FINE, o.endText());
            case PLURIENNALE -> pair(Label.PLURIENNALE, o.multiYear() ? s.label(Label.SI) : s.label(Label.NO),
                    Label.ALTRI_SERVIZI, o.otherServices());
            case RESPONSABILE -> wide(Label.RESP_OBIETTIVO, o.responsible());
            case RISORSE -> {
                if (!o.humanResources().isBlank() || !o.financialResources().isBlank()) {
                    pair(Label.RISORSE_UMANE, o.humanResources(), Label.RISORSE_FINANZIARIE, o.financialResources());
                }
            }
            case BILANCIO -> {
                if (o.revenue().isPresent() || o.expense().isPresent()) {
                    pair(Label.ENTRATA, new Euro(o.revenue()), Label.SPESA, new Euro(o.expense()));
                }
            }
            case BUDGET -> {
                s.merge(sheet, r, r, 0, last, StyleKey.ETICHETTA);
                s.text(sheet, r, 0, s.label(Label.BUDGET), StyleKey.ETICHETTA);
                Stamp.atLeast(Stamp.row(sheet, r), 15);
                r++;
                pair(Label.ENTRATA, new Euro(o.revenue()), Label.SPESA, new Euro(o.expense()));
            }
            case DESCRIZIONE -> wide(Label.DESCRIZIONE, o.description());
            case COLLEGATI -> {
                // after the indicator table, as the forms print it
            }
        }
    }

    /** The obiettivi collegati (objectives whose Collegato a is this one) with their Entrata and Spesa. */
    private void linked(Objective o) {
        List<Objective> linked = plan.objectives().stream().filter(x -> x.linkedTo().equals(o.code())).toList();
        if (linked.isEmpty()) {
            return;
        }
        r++;
        s.merge(sheet, r, r, 0, last, StyleKey.ETICHETTA);
        s.text(sheet, r, 0, s.label(Label.COLLEGATI), StyleKey.ETICHETTA);
        r++;
        Label[] heads = {Label.COL_COLLEGATO_CODICE, Label.COL_COLLEGATO_TITOLO, Label.COL_ENTRATA, Label.COL_SPESA};
        int[] from = {0, 1, last - 1, last};
        int[] to = {0, last - 2, last - 1, last};
        for (int i = 0; i < heads.length; i++) {
            s.merge(sheet, r, r, from[i], to[i], StyleKey.INTESTAZIONE);
            s.text(sheet, r, from[i], s.label(heads[i]), StyleKey.INTESTAZIONE);
        }
        Stamp.atLeast(Stamp.row(sheet, r), 18);
        r++;
        for (Objective x : linked) {
            s.text(sheet, r, 0, x.code(), StyleKey.CELLA);
            s.merge(sheet, r, r, 1, last - 2, StyleKey.CELLA);
            s.text(sheet, r, 1, x.title(), StyleKey.CELLA);
            s.number(sheet, r, last - 1, x.revenue().orElse(null), StyleKey.VALORE_EURO);
            s.number(sheet, r, last, x.expense().orElse(null), StyleKey.VALORE_EURO);
            Stamp.atLeast(Stamp.row(sheet, r), Math.max(18, Stamp.height(x.title(), grid.span(1, last - 2), 9f)));
            r++;
        }
    }

    private void judgement(Objective o) {
        List<Verifica> intermediate = settings.verifiche().stream().filter(v -> !v.isFinal()).toList();
        if (intermediate.isEmpty()) {
            return;
        }
        r++;
        blocks.startsAt(r);
        // the SI/NO cell goes in the (first) value column, the notes after it: the columns of the indicator types
        // and units (plan texts AutoInput would complete a typed SI or NO from) hold no input
        int f = grid.firstValue();
        int g = f < last && grid.slots.get(f + 1).field() == Layout.Field.DENOMINATORE && f + 1 < last ? f + 1 : f;
        s.merge(sheet, r, r, 0, f - 1, StyleKey.INTESTAZIONE);
        s.text(sheet, r, 0, s.label(Label.COL_STATO_VERIFICA), StyleKey.INTESTAZIONE);
        s.merge(sheet, r, r, f, g, StyleKey.INTESTAZIONE);
        String reachable = s.label(Label.COL_RAGGIUNGIBILE);
        s.text(sheet, r, f, reachable, StyleKey.INTESTAZIONE);
        s.merge(sheet, r, r, g + 1, last, StyleKey.INTESTAZIONE);
        s.text(sheet, r, g + 1, s.label(Label.COL_NOTE), StyleKey.INTESTAZIONE);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(26, Stamp.height(reachable, grid.span(f, g), 9f)));
        r++;
        for (Verifica v : intermediate) {
            s.merge(sheet, r, r, 0, f - 1, StyleKey.ETICHETTA);
            s.text(sheet, r, 0, s.label(Label.STATO_OBIETTIVO, v.fullLabel()), StyleKey.ETICHETTA);
            s.merge(sheet, r, r, f, g, StyleKey.INPUT_LISTA);
            inputs.create(sheet, r, f, InputType.YES_NO, InputNames.reachable(o.code(), v));
            s.merge(sheet, r, r, g + 1, last, StyleKey.INPUT_TESTO);
            inputs.create(sheet, r, g + 1, InputType.TEXT, InputNames.notes(o.code(), v));
            Stamp.atLeast(Stamp.row(sheet, r), 40);
            r++;
        }
    }

    private void signature() {
        r++;
        blocks.startsAt(r);
        int[] sp = grid.signature();
        s.merge(sheet, r, r, sp[0], sp[1], StyleKey.FIRMA_ETICHETTA);
        s.text(sheet, r, sp[0], s.label(Label.FIRMA_LUOGO), StyleKey.FIRMA_ETICHETTA);
        s.merge(sheet, r, r, sp[2], sp[3], StyleKey.FIRMA_CASELLA);
        s.merge(sheet, r, r, sp[4], sp[5], StyleKey.FIRMA_ETICHETTA);
        s.text(sheet, r, sp[4], s.label(Label.FIRMA), StyleKey.FIRMA_ETICHETTA);
        s.merge(sheet, r, r, sp[6], sp[7], StyleKey.FIRMA_CASELLA);
        Stamp.row(sheet, r).height(45);
    }
}
