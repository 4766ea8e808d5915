package it.peg.generate;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.xlsx.SheetModelXml;
import it.peg.xlsx.SheetModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An objective's indicator table as the template's layout has it: the headings, the indicators (under their
 * dimension's heading when the layout has sections), each with one row per verifica or one row with a group of
 * columns per verifica, and the TOTALE row. Every input cell gets its contract name wherever it lands.
 */
final class IndicatorTable {
    private final Stamp s;
    private final SheetModel sheet;
    private final Grid grid;
    private final InputCells inputs;
    private final TrafficLight light;
    private final List<Verifica> verifiche;
    /**
     * Where a printed page may begin: every indicator but the first of a table (its headings go with it), or the
     * section heading above an indicator (it goes with its first indicator).
     */
    private final SchedaPrint.Blocks blocks;
    /** The first row of the table being written, after its headings. */
    private int firstRow;

    IndicatorTable(Stamp stamp, SheetModel sheet, Grid grid, TrafficLight light, SchedaPrint.Blocks blocks) {
        this.blocks = blocks;
        this.s = stamp;
        this.sheet = sheet;
        this.grid = grid;
        this.inputs = new InputCells(stamp);
        this.light = light;
        this.verifiche = stamp.plan.settings().verifiche();
    }

    /** Writes the table from row {@code r}; returns the next free row. */
    int write(Objective o, int r) {
        List<Indicator> list = s.plan.indicatorsOf(o.code());
        if (list.isEmpty()) {
            s.merge(sheet, r, r, 0, grid.textLast(), StyleKey.CELLA);
            s.text(sheet, r, 0, s.label(Label.NESSUN_INDICATORE), StyleKey.CELLA);
            return r + 2;
        }
        r = headings(r);
        firstRow = r;
        Layout layout = grid.layout;
        if (layout.sections().isEmpty()) {
            for (Indicator ind : list) {
                breakableAbove(r);
                r = indicator(ind, r);
            }
        } else {
            // a heading starts the printed block of its first indicator, so that a page never ends with it; headings
            // with no indicator between them (an empty section) go together with the next one's
            boolean headingAbove = false;
            for (int i = 0; i <= layout.sections().size(); i++) {
                int section = i == layout.sections().size() ? -1 : i;
                List<Indicator> in = list.stream().filter(ind -> layout.sectionOf(ind.dimension()) == section).toList();
                if (section == -1 && in.isEmpty()) {
                    continue;
                }
                if (!headingAbove) {
                    breakableAbove(r);
                }
                String heading = section == -1 ? s.label(Label.SEZIONE_ALTRI) : layout.sections().get(section).text();
                // across the table, one merged band per printed page: the heading's text in the first page's
                s.merge(sheet, r, r, 0, grid.textLast(), StyleKey.ETICHETTA);
                List<Integer> ends = grid.across.ends();
                for (int b = 1; b < ends.size(); b++) {
                    s.merge(sheet, r, r, ends.get(b - 1) + 1, ends.get(b), StyleKey.ETICHETTA);
                }
                s.text(sheet, r, 0, heading, StyleKey.ETICHETTA);
                Stamp.atLeast(Stamp.row(sheet, r), Math.max(15, Stamp.height(heading, grid.span(0, grid.textLast()), 9f)));
                r++;
                headingAbove = true;
                for (Indicator ind : in) {
                    if (!headingAbove) {
                        breakableAbove(r);
                    }
                    headingAbove = false;
                    r = indicator(ind, r);
                }
            }
        }
        return layout.total() ? total(list, r) : r;
    }

    private int headings(int r) {
        boolean twoRows = !grid.groups.isEmpty();
        for (int c = 0; c <= grid.last(); c++) {
            Grid.Slot slot = grid.slots.get(c);
            String text = slot.verifica().map(v -> s.label(slot.field().heading, v.fullLabel()))
                    .orElseGet(() -> s.label(slot.field().heading));
            int top = r;
            if (twoRows && inGroup(c)) {
                top = r + 1;
            } else if (twoRows) {
                s.merge(sheet, r, r + 1, c, c, StyleKey.INTESTAZIONE);
            }
            s.text(sheet, top, c, text, StyleKey.INTESTAZIONE);
        }
        for (Grid.Group g : grid.groups) {
            s.merge(sheet, r, r, g.first(), g.last(), StyleKey.INTESTAZIONE);
            s.text(sheet, r, g.first(), s.label(Label.GRUPPO_VERIFICA, g.verifica().fullLabel()), StyleKey.INTESTAZIONE);
        }
        Stamp.atLeast(Stamp.row(sheet, r), twoRows ? 18 : 26);
        if (twoRows) {
            Stamp.atLeast(Stamp.row(sheet, r + 1), 26);
        }
        return r + (twoRows ? 2 : 1);
    }

    private boolean inGroup(int c) {
        return grid.groups.stream().anyMatch(g -> g.first() <= c && c <= g.last());
    }

    /** A printed page may begin at {@code r}: every row of the table but its first (its headings go with it). */
    private void breakableAbove(int r) {
        if (r > firstRow) {
            blocks.startsAt(r);
        }
    }

    private int indicator(Indicator ind, int r) {
        boolean rows = !grid.layout.verificheInColumns();
        int first = r;
        int last = rows ? r + verifiche.size() - 1 : r;
        for (int c = 0; c <= grid.last(); c++) {
            if (!grid.slots.get(c).perVerifica()) {
                once(ind, grid.slots.get(c).field(), first, last, c);
            }
        }
        float needed = needed(ind);
        if (rows) {
            float perRow = Math.max(24, needed / verifiche.size());
            // each verifica's row as tall as its target, which wraps in its column (a qualitative target is a sentence)
            Optional<Integer> target = grid.col(Layout.Field.TARGET);
            if (target.isPresent()) {
                for (Verifica v : verifiche) {
                    perRow = Math.max(perRow, Stamp.height(ind.targetAt(v).map(TargetSpec::text).orElse(""),
                            grid.width(target.get()), 9f));
                }
            }
            for (Verifica v : verifiche) {
                for (int c = 0; c <= grid.last(); c++) {
                    if (grid.slots.get(c).perVerifica()) {
                        atVerifica(ind, v, grid.slots.get(c).field(), r, c);
                    }
                }
                Stamp.atLeast(Stamp.row(sheet, r), perRow);
                r++;
            }
            return r;
        }
        for (int c = 0; c <= grid.last(); c++) {
            Grid.Slot slot = grid.slots.get(c);
            if (slot.perVerifica()) {
                atVerifica(ind, slot.verifica().orElseThrow(), slot.field(), r, c);
            }
        }
        Stamp.atLeast(Stamp.row(sheet, r), Math.max(24, needed));
        return r + 1;
    }

    /** A cell written once per indicator (merged over its verifica rows). */
    private void once(Indicator ind, Layout.Field f, int first, int last, int c) {
        switch (f) {
            case CODICE -> mergedText(first, last, c, ind.code(), StyleKey.CELLA);
            case INDICATORE -> mergedText(first, last, c, ind.description(), StyleKey.CELLA);
            case TIPO -> mergedText(first, last, c, ind.type(), StyleKey.CELLA_CENTRO);
            case DIMENSIONE -> mergedText(first, last, c, ind.dimension(), StyleKey.CELLA_CENTRO);
            case UNITA -> mergedText(first, last, c, ind.unit(), StyleKey.CELLA_CENTRO);
            case PESO -> {
                s.merge(sheet, first, last, c, c, StyleKey.CELLA_NUMERO);
                s.number(sheet, first, c, ind.weight().orElse(null), StyleKey.CELLA_NUMERO);
                s.name(InputNames.planIndicatorWeight(ind.code()), sheet, first, c);
            }
            case TARGET -> {
                s.merge(sheet, first, last, c, c, StyleKey.TARGET);
                s.text(sheet, first, c, ind.target().text(), StyleKey.TARGET);
                s.name(InputNames.planTarget(ind.code()), sheet, first, c);
            }
            default -> throw new IllegalStateException(f + " is per verifica");
        }
    }

    private void mergedText(int first, int last, int c, String text, StyleKey style) {
        s.merge(sheet, first, last, c, c, style);
        s.text(sheet, first, c, text, style);
    }

    /** A cell of one verifica: the verifica, its target and weight, the inputs, the live ratio and achievement. */
    private void atVerifica(Indicator ind, Verifica v, Layout.Field f, int r, int c) {
        Optional<TargetSpec> target = ind.targetAt(v);
        InputKind kind = ind.inputKind();
        switch (f) {
            case VERIFICA -> s.text(sheet, r, c, v.isFinal() ? v.fullLabel() + "\n(" + s.label(Label.FINALE) + ")"
                    : v.fullLabel(), StyleKey.CELLA_CENTRO);
            case TARGET -> {
                if (target.isPresent()) {
                    s.text(sheet, r, c, target.get().text(), StyleKey.TARGET);
                } else {
                    s.text(sheet, r, c, s.label(Label.SOLO_MONITORAGGIO), StyleKey.CELLA_GRIGIA);
                }
                if (v.isFinal()) {
                    s.name(InputNames.planTarget(ind.code()), sheet, r, c);
                }
            }
            case PESO -> {
                if (target.isPresent()) {
                    s.number(sheet, r, c, ind.weightAt(v).orElse(null), StyleKey.CELLA_NUMERO);
                } else {
                    s.text(sheet, r, c, "", StyleKey.CELLA_GRIGIA);
                }
                if (v.isFinal()) {
                    s.name(InputNames.planIndicatorWeight(ind.code()), sheet, r, c);
                }
            }
            case VALORE -> {
                if (kind == InputKind.RATIO) {
                    inputs.create(sheet, r, c, InputType.NUMBER, InputNames.numerator(ind.code(), v), ind.min(), ind.max());
                } else {
                    inputs.create(sheet, r, c, type(kind), InputNames.value(ind.code(), v), ind.min(), ind.max());
                }
            }
            case DENOMINATORE -> {
                if (kind == InputKind.RATIO) {
                    inputs.create(sheet, r, c, InputType.NUMBER, InputNames.denominator(ind.code(), v), Optional.empty(),
                            Optional.empty());
                } else {
                    s.text(sheet, r, c, "", StyleKey.CELLA_GRIGIA);
                }
            }
            case RAPPORTO -> {
                if (kind == InputKind.RATIO) {
                    SheetModel.Cell ratio = s.text(sheet, r, c, "", StyleKey.RAPPORTO);
                    ratio.formula(AchievementFormulas.ratio(ref(r, grid.col(Layout.Field.VALORE, v).orElseThrow()),
                            ref(r, grid.col(Layout.Field.DENOMINATORE, v).orElseThrow())));
                } else {
                    s.text(sheet, r, c, "", StyleKey.CELLA_GRIGIA);
                }
            }
            case RAGGIUNGIMENTO -> achievement(ind, v, target, r, c);
            case CAUSE -> inputs.create(sheet, r, c, InputType.TEXT, InputNames.cause(ind.code(), v));
            default -> throw new IllegalStateException(f + " is written once");
        }
    }

    private void achievement(Indicator ind, Verifica v, Optional<TargetSpec> target, int r, int c) {
        InputKind kind = ind.inputKind();
        Optional<Integer> valueCol = kind == InputKind.RATIO ? grid.col(Layout.Field.RAPPORTO, v)
                : grid.col(Layout.Field.VALORE, v);
        Optional<String> formula = valueCol.flatMap(vc -> target.filter(t -> compatible(kind, t.target()))
                .flatMap(t -> AchievementFormulas.achievement(t.target(), ind.polarity(), percentAsFraction(kind, ref(r, vc)),
                        s.plan.settings())));
        if (formula.isPresent()) {
            SheetModel.Cell ach = s.text(sheet, r, c, "", StyleKey.RAGGIUNGIMENTO);
            ach.formula(formula.get());
            light.add(r, c);
        } else {
            s.text(sheet, r, c, "", StyleKey.CELLA_GRIGIA);
        }
    }

    private static String percentAsFraction(InputKind kind, String ref) {
        return kind == InputKind.PERCENT || kind == InputKind.PROGRESS ? AchievementFormulas.fraction(ref) : ref;
    }

    private static InputType type(InputKind kind) {
        return switch (kind) {
            case NUMBER -> InputType.NUMBER;
            case PERCENT -> InputType.PERCENT;
            case DATE -> InputType.DATE;
            case YES_NO -> InputType.YES_NO;
            case PROGRESS -> InputType.PROGRESS;
            case RATIO -> throw new IllegalStateException("a ratio has a numerator and a denominator");
        };
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

    /** The height the indicator's texts need (spread over its verifica rows when verifiche are rows). */
    private float needed(Indicator ind) {
        float needed = 0;
        Optional<Integer> desc = grid.col(Layout.Field.INDICATORE);
        if (desc.isPresent()) {
            needed = Stamp.height(ind.description(), grid.width(desc.get()), 9f);
        }
        Optional<Integer> dim = grid.col(Layout.Field.DIMENSIONE);
        Optional<Integer> type = grid.col(Layout.Field.TIPO);
        if (dim.isPresent()) {
            needed = Math.max(needed, Stamp.height(ind.dimension() + " " + ind.type(), grid.width(dim.get()), 9f));
        } else if (type.isPresent()) {
            needed = Math.max(needed, Stamp.height(ind.type(), grid.width(type.get()), 9f));
        }
        if (grid.layout.verificheInColumns()) {
            for (int c = 0; c <= grid.last(); c++) {
                Grid.Slot slot = grid.slots.get(c);
                if (slot.field() == Layout.Field.TARGET) {
                    String t = slot.verifica().flatMap(ind::targetAt).map(TargetSpec::text).orElse(ind.target().text());
                    needed = Math.max(needed, Stamp.height(t, slot.width(), 9f));
                }
            }
        }
        return needed;
    }

    /** TOTALE: the weights of the objective's indicators, per weight column (a verifica's: those scored there). */
    private int total(List<Indicator> list, int r) {
        int firstWeight = grid.last() + 1;
        for (int c = 0; c <= grid.last(); c++) {
            if (grid.slots.get(c).field() == Layout.Field.PESO) {
                firstWeight = Math.min(firstWeight, c);
            }
        }
        int labelEnd = Math.max(0, firstWeight - 1);
        s.merge(sheet, r, r, 0, labelEnd, StyleKey.ETICHETTA);
        s.text(sheet, r, 0, s.label(Label.TOTALE), StyleKey.ETICHETTA);
        for (int c = labelEnd + 1; c <= grid.last(); c++) {
            Grid.Slot slot = grid.slots.get(c);
            if (slot.field() != Layout.Field.PESO) {
                s.text(sheet, r, c, "", StyleKey.ETICHETTA);
                continue;
            }
            List<BigDecimal> ws = new ArrayList<>();
            for (Indicator ind : list) {
                if (slot.verifica().isEmpty()) {
                    ind.weight().ifPresent(ws::add);
                } else if (ind.targetAt(slot.verifica().get()).isPresent()) {
                    ind.weightAt(slot.verifica().get()).ifPresent(ws::add);
                }
            }
            s.number(sheet, r, c, ws.isEmpty() ? null : ws.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    StyleKey.CELLA_NUMERO);
        }
        Stamp.atLeast(Stamp.row(sheet, r), 18);
        return r + 1;
    }

    private static String ref(int row, int col) {
        return SheetModelXml.cell(row, col);
    }
}
