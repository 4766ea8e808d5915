package it.peg.generate;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.RatioTarget;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main sheet (Scheda): instructions, the service header, then for each objective its details, the
 * indicator table with one row per verifica (value, ratio, live achievement, cause), the office's
 * judgement at intermediate verifiche, and the signature box.
 */
final class MainSheetWriter {
    static final int C_CODE = 0;
    static final int C_DESC = 1;
    static final int C_TYPE = 2;
    static final int C_DIM = 3;
    static final int C_UNIT = 4;
    static final int C_WEIGHT = 5;
    static final int C_VERIFICA = 6;
    static final int C_TARGET = 7;
    static final int C_VALUE = 8;
    static final int C_DEN = 9;
    static final int C_RATIO = 10;
    static final int C_ACH = 11;
    static final int C_CAUSE = 12;
    static final int LAST = C_CAUSE;
    /**
     * 160 characters: printed one landscape A4 page wide at 89%, the 9-point type at 8 points (SchedaPrint). Each column
     * as wide as the longest word it shows in Liberation Sans/Arial 9 (bold for labels and headings), so no word breaks:
     * ASS_SOC_1_I1 (13), PERFORMANCE (14), ECONOMICITA' (13), avanzamento (11), 31/12/2017 (10), Denominatore (12),
     * Raggiungimento (14), scostamento (12).
     */
    private static final int[] WIDTHS = {13, 22, 14, 13, 11, 6, 10, 13, 11, 12, 9, 14, 12};
    private static final float LINE = 10f;

    private final Stamp s;
    private final XSSFSheet sheet;
    private final InputCells inputs;
    private final Plan plan;
    private final Settings settings;
    private int r;
    /** The achievement cells with a live formula, coloured by one traffic light at the end. */
    private final List<CellRangeAddress> achievements = new ArrayList<>();
    /** Where a printed page may begin: each objective, indicator, judgement and the signature box. */
    private final SchedaPrint.Blocks blocks = new SchedaPrint.Blocks();

    MainSheetWriter(Stamp stamp, XSSFSheet sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.inputs = new InputCells(stamp);
        this.plan = stamp.plan;
        this.settings = stamp.plan.settings();
    }

    void write() {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int titleRows = sheet.getLastRowNum() + 1;
        r = titleRows + 1;
        String instructions = s.label(Label.ISTRUZIONI);
        s.merge(sheet, r, r, 0, LAST, StyleKey.ISTRUZIONI);
        s.text(sheet, r, 0, instructions, StyleKey.ISTRUZIONI);
        Stamp.atLeast(Stamp.row(sheet, r), Stamp.height(instructions, span(0, LAST), 10f));
        r += 2;
        header(s.service);
        List<Objective> objectives = plan.objectivesOf(s.service.code());
        if (objectives.isEmpty()) {
            s.merge(sheet, r, r, 0, LAST, StyleKey.CELLA);
            s.text(sheet, r, 0, s.label(Label.NESSUN_OBIETTIVO), StyleKey.CELLA);
            r += 2;
        }
        for (Objective o : objectives) {
            objective(o);
        }
        signature();
        trafficLight();
        sheet.createFreezePane(0, titleRows);
        sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, 0, LAST));
        s.wb.setPrintArea(s.wb.getSheetIndex(sheet), 0, LAST, 0, r);
        SchedaPrint.paginate(sheet, blocks, titleRows, LAST, r);
    }

    private void header(Service sv) {
        s.merge(sheet, r, r, 0, LAST, StyleKey.OBIETTIVO);
        s.text(sheet, r, 0, s.label(Label.SEZIONE_SERVIZIO), StyleKey.OBIETTIVO);
        Stamp.row(sheet, r).setHeightInPoints(18);
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
     * Label in A, value B:E, label F:G, value H:M; returns the row written. The values sit in columns that hold
     * no input cell (B and H): LibreOffice's AutoInput completes what is typed from the texts of the same
     * column, so a year or a date here, above an input cell, turned a typed {@code 2} into {@code 2018} and
     * {@code 31} into {@code 31/12/2018}.
     */
    private int pair(Label l1, Object v1, Label l2, Object v2) {
        s.text(sheet, r, C_CODE, s.label(l1), StyleKey.ETICHETTA);
        value(r, C_DESC, C_UNIT, v1);
        s.merge(sheet, r, r, C_WEIGHT, C_VERIFICA, StyleKey.ETICHETTA);
        s.text(sheet, r, C_WEIGHT, s.label(l2), StyleKey.ETICHETTA);
        value(r, C_TARGET, LAST, v2);
        float h = Math.max(Math.max(Stamp.height(text(v1), span(C_DESC, C_UNIT), LINE),
                Stamp.height(text(v2), span(C_TARGET, LAST), LINE)), Math.max(Stamp.height(s.label(l1), span(0, 0), LINE),
                Stamp.height(s.label(l2), span(C_WEIGHT, C_VERIFICA), LINE)));
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, h));
        return r++;
    }

    private void wide(Label l, String v) {
        if (v.isBlank()) {
            return;
        }
        // a text too long for one printed page goes over several rows, a few paragraphs each (SchedaPrint)
        List<String> parts = SchedaPrint.rowsOf(v, span(C_DESC, LAST), 9f);
        for (int i = 0; i < parts.size(); i++) {
            s.text(sheet, r, C_CODE, i == 0 ? s.label(l) : "", StyleKey.ETICHETTA);
            s.merge(sheet, r, r, C_DESC, LAST, StyleKey.TESTO_LUNGO);
            s.text(sheet, r, C_DESC, parts.get(i), StyleKey.TESTO_LUNGO);
            // as tall as the value and as the label, which wraps in column A ("Referente / politico")
            Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Math.max(Stamp.height(parts.get(i), span(C_DESC, LAST), 9f),
                    i == 0 ? Stamp.height(s.label(l), span(C_CODE, C_CODE), LINE) : 0)));
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
        s.merge(sheet, r, r, 0, LAST, StyleKey.OBIETTIVO);
        String title = s.label(Label.OBIETTIVO) + " " + o.code() + (o.title().isBlank() ? "" : " - " + o.title());
        s.text(sheet, r, 0, title, StyleKey.OBIETTIVO);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(18, Stamp.height(title, span(0, LAST), 11f)));
        r++;
        pair(Label.TIPO, o.type(), Label.COLLEGATO, o.linkedTo());
        int weightRow = pair(Label.MISSIONE, o.missionProgram(), Label.PESO, new Weight(o.weight()));
        s.name(InputNames.planObjectiveWeight(o.code()), sheet, weightRow, C_TARGET);
        pair(Label.DATA_INIZIO, o.startText(), Label.DATA_FINE, o.endText());
        pair(Label.PLURIENNALE, o.multiYear() ? s.label(Label.SI) : s.label(Label.NO), Label.ALTRI_SERVIZI, o.otherServices());
        if (!o.responsible().isBlank()) {
            wide(Label.RESP_OBIETTIVO, o.responsible());
        }
        if (!o.humanResources().isBlank() || !o.financialResources().isBlank()) {
            pair(Label.RISORSE_UMANE, o.humanResources(), Label.RISORSE_FINANZIARIE, o.financialResources());
        }
        if (o.revenue().isPresent() || o.expense().isPresent()) {
            pair(Label.ENTRATA, new Euro(o.revenue()), Label.SPESA, new Euro(o.expense()));
        }
        wide(Label.DESCRIZIONE, o.description());
        r++;
        indicators(o);
        judgement(o);
        r++;
    }

    private void indicators(Objective o) {
        List<Indicator> list = plan.indicatorsOf(o.code());
        if (list.isEmpty()) {
            s.merge(sheet, r, r, 0, LAST, StyleKey.CELLA);
            s.text(sheet, r, 0, s.label(Label.NESSUN_INDICATORE), StyleKey.CELLA);
            r += 2;
            return;
        }
        Label[] heads = {Label.COL_CODICE, Label.COL_INDICATORE, Label.COL_TIPO, Label.COL_DIMENSIONE, Label.COL_UNITA,
                Label.COL_PESO, Label.COL_VERIFICA, Label.COL_TARGET, Label.COL_VALORE, Label.COL_DENOMINATORE,
                Label.COL_RAPPORTO, Label.COL_RAGGIUNGIMENTO, Label.COL_CAUSE};
        for (int c = 0; c < heads.length; c++) {
            s.text(sheet, r, c, s.label(heads[c]), StyleKey.INTESTAZIONE);
        }
        Stamp.atLeast(Stamp.row(sheet, r), 26);
        r++;
        for (Indicator ind : list) {
            if (ind != list.get(0)) {
                blocks.startsAt(r);
            }
            indicator(ind);
        }
    }

    private void indicator(Indicator ind) {
        List<Verifica> vs = settings.verifiche();
        int first = r;
        int last = r + vs.size() - 1;
        s.merge(sheet, first, last, C_CODE, C_CODE, StyleKey.CELLA);
        s.text(sheet, first, C_CODE, ind.code(), StyleKey.CELLA);
        s.merge(sheet, first, last, C_DESC, C_DESC, StyleKey.CELLA);
        s.text(sheet, first, C_DESC, ind.description(), StyleKey.CELLA);
        s.merge(sheet, first, last, C_TYPE, C_TYPE, StyleKey.CELLA_CENTRO);
        s.text(sheet, first, C_TYPE, ind.type(), StyleKey.CELLA_CENTRO);
        s.merge(sheet, first, last, C_DIM, C_DIM, StyleKey.CELLA_CENTRO);
        s.text(sheet, first, C_DIM, ind.dimension(), StyleKey.CELLA_CENTRO);
        s.merge(sheet, first, last, C_UNIT, C_UNIT, StyleKey.CELLA_CENTRO);
        s.text(sheet, first, C_UNIT, ind.unit(), StyleKey.CELLA_CENTRO);
        s.merge(sheet, first, last, C_WEIGHT, C_WEIGHT, StyleKey.CELLA_NUMERO);
        s.number(sheet, first, C_WEIGHT, ind.weight().orElse(null), StyleKey.CELLA_NUMERO);
        s.name(InputNames.planIndicatorWeight(ind.code()), sheet, first, C_WEIGHT);
        float needed = Math.max(Stamp.height(ind.description(), WIDTHS[C_DESC], 9f),
                Stamp.height(ind.dimension() + " " + ind.type(), WIDTHS[C_DIM], 9f));
        float perRow = Math.max(24, needed / vs.size());
        // each verifica's row as tall as its target, which wraps in its column (a qualitative target is a sentence)
        for (Verifica v : vs) {
            perRow = Math.max(perRow, Stamp.height(ind.targetAt(v).map(TargetSpec::text).orElse(""), WIDTHS[C_TARGET], 9f));
        }
        for (Verifica v : vs) {
            verificaRow(ind, v);
            Stamp.atLeast(Stamp.row(sheet, r), perRow);
            r++;
        }
    }

    private void verificaRow(Indicator ind, Verifica v) {
        String when = v.isFinal() ? v.fullLabel() + "\n(" + s.label(Label.FINALE) + ")" : v.fullLabel();
        s.text(sheet, r, C_VERIFICA, when, StyleKey.CELLA_CENTRO);
        Optional<TargetSpec> target = ind.targetAt(v);
        if (target.isPresent()) {
            s.text(sheet, r, C_TARGET, target.get().text(), StyleKey.TARGET);
        } else {
            s.text(sheet, r, C_TARGET, s.label(Label.SOLO_MONITORAGGIO), StyleKey.CELLA_GRIGIA);
        }
        if (v.isFinal()) {
            s.name(InputNames.planTarget(ind.code()), sheet, r, C_TARGET);
        }
        InputKind kind = ind.inputKind();
        String valueRef;
        if (kind == InputKind.RATIO) {
            inputs.create(sheet, r, C_VALUE, InputType.NUMBER, InputNames.numerator(ind.code(), v), ind.min(), ind.max());
            inputs.create(sheet, r, C_DEN, InputType.NUMBER, InputNames.denominator(ind.code(), v), Optional.empty(), Optional.empty());
            XSSFCell ratio = s.text(sheet, r, C_RATIO, "", StyleKey.RAPPORTO);
            ratio.setCellFormula(AchievementFormulas.ratio(ref(r, C_VALUE), ref(r, C_DEN)));
            valueRef = ref(r, C_RATIO);
        } else {
            InputType type = switch (kind) {
                case NUMBER -> InputType.NUMBER;
                case PERCENT -> InputType.PERCENT;
                case DATE -> InputType.DATE;
                case YES_NO -> InputType.YES_NO;
                case PROGRESS -> InputType.PROGRESS;
                case RATIO -> throw new IllegalStateException();
            };
            inputs.create(sheet, r, C_VALUE, type, InputNames.value(ind.code(), v), ind.min(), ind.max());
            s.text(sheet, r, C_DEN, "", StyleKey.CELLA_GRIGIA);
            s.text(sheet, r, C_RATIO, "", StyleKey.CELLA_GRIGIA);
            valueRef = ref(r, C_VALUE);
        }
        Optional<String> formula = target.filter(t -> compatible(kind, t.target()))
                .flatMap(t -> AchievementFormulas.achievement(t.target(), ind.polarity(), valueRef, settings));
        if (formula.isPresent()) {
            XSSFCell ach = s.text(sheet, r, C_ACH, "", StyleKey.RAGGIUNGIMENTO);
            ach.setCellFormula(formula.get());
            achieved(r, C_ACH);
        } else {
            s.text(sheet, r, C_ACH, "", StyleKey.CELLA_GRIGIA);
        }
        inputs.create(sheet, r, C_CAUSE, InputType.TEXT, InputNames.cause(ind.code(), v));
    }

    /** Whether a verifica's target can be computed from the value the indicator's input kind collects. */
    private static boolean compatible(InputKind kind, Target t) {
        InputKind tk = t.inputKind();
        if (kind == tk) {
            return true;
        }
        boolean numericInput = kind == InputKind.NUMBER || kind == InputKind.PERCENT || kind == InputKind.RATIO;
        return numericInput && (t instanceof NumericTarget || t instanceof RatioTarget);
    }

    /** Adds an achievement cell to the traffic light; a cell just below the previous one extends its range. */
    private void achieved(int row, int col) {
        if (!achievements.isEmpty()) {
            CellRangeAddress last = achievements.get(achievements.size() - 1);
            if (last.getFirstColumn() == col && last.getLastRow() == row - 1) {
                last.setLastRow(row);
                return;
            }
        }
        achievements.add(new CellRangeAddress(row, row, col, col));
    }

    /**
     * One conditional formatting (three rules, three differential styles) over every achievement cell, instead
     * of one per cell. The formulas are relative to the first cell, which is also the top-left corner of all
     * the ranges (one column, rows in order): Excel and LibreOffice anchor them there alike.
     */
    private void trafficLight() {
        if (achievements.isEmpty()) {
            return;
        }
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress first = achievements.get(0);
        String ref = new CellReference(first.getFirstRow(), first.getFirstColumn(), false, false).formatAsString();
        BigDecimal green = bandFrom(settings.bands().size() - 1, new BigDecimal("0.9"));
        BigDecimal yellow = bandFrom(settings.bands().size() - 2, new BigDecimal("0.6"));
        XSSFConditionalFormattingRule g = rule(cf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(green) + ")", StyleKey.SEMAFORO_VERDE);
        XSSFConditionalFormattingRule y = rule(cf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(yellow) + ")", StyleKey.SEMAFORO_GIALLO);
        XSSFConditionalFormattingRule red = rule(cf, "ISNUMBER(" + ref + ")", StyleKey.SEMAFORO_ROSSO);
        cf.addConditionalFormatting(achievements.toArray(new CellRangeAddress[0]), new XSSFConditionalFormattingRule[] {g, y, red});
    }

    private BigDecimal bandFrom(int index, BigDecimal fallback) {
        if (settings.bands().size() >= 2 && index >= 0) {
            BigDecimal from = settings.bands().get(index).from();
            return from.signum() > 0 ? from : fallback;
        }
        return fallback;
    }

    private XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting cf, String formula, StyleKey key) {
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        XSSFCellStyle proto = s.style(key);
        var fill = rule.createPatternFormatting();
        if (proto.getFillForegroundXSSFColor() != null) {
            fill.setFillBackgroundColor(proto.getFillForegroundXSSFColor());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        }
        var font = rule.createFontFormatting();
        if (proto.getFont().getXSSFColor() != null) {
            it.peg.xlsx.ArgbColours.setFontColor(font, proto.getFont().getXSSFColor());
        }
        font.setFontStyle(false, proto.getFont().getBold());
        return rule;
    }

    private void judgement(Objective o) {
        List<Verifica> intermediate = settings.verifiche().stream().filter(v -> !v.isFinal()).toList();
        if (intermediate.isEmpty()) {
            return;
        }
        r++;
        blocks.startsAt(r);
        // the SI/NO cell goes in the value column, the notes under ratio, achievement and cause: the columns
        // of the indicator types and units (plan texts AutoInput would complete a typed SI or NO from) hold no input
        s.merge(sheet, r, r, C_CODE, C_TARGET, StyleKey.INTESTAZIONE);
        s.text(sheet, r, C_CODE, s.label(Label.COL_STATO_VERIFICA), StyleKey.INTESTAZIONE);
        s.merge(sheet, r, r, C_VALUE, C_DEN, StyleKey.INTESTAZIONE);
        String reachable = s.label(Label.COL_RAGGIUNGIBILE);
        s.text(sheet, r, C_VALUE, reachable, StyleKey.INTESTAZIONE);
        s.merge(sheet, r, r, C_RATIO, LAST, StyleKey.INTESTAZIONE);
        s.text(sheet, r, C_RATIO, s.label(Label.COL_NOTE), StyleKey.INTESTAZIONE);
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(26, Stamp.height(reachable, span(C_VALUE, C_DEN), 9f)));
        r++;
        for (Verifica v : intermediate) {
            s.merge(sheet, r, r, C_CODE, C_TARGET, StyleKey.ETICHETTA);
            s.text(sheet, r, C_CODE, s.label(Label.STATO_OBIETTIVO, v.fullLabel()), StyleKey.ETICHETTA);
            s.merge(sheet, r, r, C_VALUE, C_DEN, StyleKey.INPUT_LISTA);
            inputs.create(sheet, r, C_VALUE, InputType.YES_NO, InputNames.reachable(o.code(), v));
            s.merge(sheet, r, r, C_RATIO, LAST, StyleKey.INPUT_TESTO);
            inputs.create(sheet, r, C_RATIO, InputType.TEXT, InputNames.notes(o.code(), v));
            Stamp.atLeast(Stamp.row(sheet, r), 40);
            r++;
        }
    }

    private void signature() {
        r++;
        blocks.startsAt(r);
        s.merge(sheet, r, r, C_CODE, C_DESC, StyleKey.FIRMA_ETICHETTA);
        s.text(sheet, r, C_CODE, s.label(Label.FIRMA_LUOGO), StyleKey.FIRMA_ETICHETTA);
        s.merge(sheet, r, r, C_TYPE, C_WEIGHT, StyleKey.FIRMA_CASELLA);
        s.merge(sheet, r, r, C_VERIFICA, C_TARGET, StyleKey.FIRMA_ETICHETTA);
        s.text(sheet, r, C_VERIFICA, s.label(Label.FIRMA), StyleKey.FIRMA_ETICHETTA);
        s.merge(sheet, r, r, C_VALUE, LAST, StyleKey.FIRMA_CASELLA);
        Stamp.row(sheet, r).setHeightInPoints(45);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString();
    }

    private static double span(int c1, int c2) {
        double w = 0;
        for (int c = c1; c <= c2; c++) {
            w += WIDTHS[c];
        }
        return w;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

}
