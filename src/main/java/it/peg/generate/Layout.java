package it.peg.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a comune's scheda looks like beyond its styles and texts, read from the template's {@code Struttura} sheet
 * (see {@link LayoutSheet}): the indicator table's columns (which, in what order, how wide, once per indicator or
 * once per verifica), verifiche as rows under each indicator or as groups of columns beside it, indicators under
 * headings by dimension with a TOTALE row, and the blocks of each objective's header. Only where things go: every
 * input cell keeps its defined name, so reading a scheda back does not depend on the layout.
 *
 * @param verificheInColumns one group of columns per verifica (Serravalle's "Valore al 30/09 / al 31/12", Trezzo's
 *                           Target and % ponder per verifica) instead of one row per verifica under each indicator
 * @param columns            the indicator table's columns, in order
 * @param sections           headings by dimension, in order; none: one table per objective
 * @param total              a TOTALE row of the indicator weights closes each objective's table
 * @param blocks             the objective header's blocks, in order
 */
record Layout(boolean verificheInColumns, List<Column> columns, List<Section> sections, boolean total,
              List<Block> blocks) {
    Layout {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
    }

    /** What a column shows. {@code perVerifica}: which of "una volta" / "per verifica" it may be. */
    enum Field {
        CODICE(Label.COL_CODICE, false, true, false),
        INDICATORE(Label.COL_INDICATORE, false, true, false),
        TIPO(Label.COL_TIPO, false, true, false),
        DIMENSIONE(Label.COL_DIMENSIONE, false, true, false),
        UNITA(Label.COL_UNITA, false, true, false),
        PESO(Label.COL_PESO, false, true, true),
        VERIFICA(Label.COL_VERIFICA, false, false, true),
        TARGET(Label.COL_TARGET, false, true, true),
        VALORE(Label.COL_VALORE, true, false, true),
        DENOMINATORE(Label.COL_DENOMINATORE, true, false, true),
        RAPPORTO(Label.COL_RAPPORTO, false, false, true),
        RAGGIUNGIMENTO(Label.COL_RAGGIUNGIMENTO, false, false, true),
        CAUSE(Label.COL_CAUSE, true, false, true);

        final Label heading;
        /** The office types into it: never among the first two columns (see {@link LayoutSheet}). */
        final boolean input;
        final boolean once;
        final boolean perVerifica;

        Field(Label heading, boolean input, boolean once, boolean perVerifica) {
            this.heading = heading;
            this.input = input;
            this.once = once;
            this.perVerifica = perVerifica;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One column of the indicator table.
     *
     * @param group with verifiche in columns, consecutive per-verifica columns of the same group are repeated
     *              together for each verifica (Target, % ponder, Report); "" is a group of its own
     */
    record Column(Field field, int width, boolean perVerifica, String group) {
        Column {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(group, "group");
        }
    }

    /** A heading by dimension: indicators whose Dimensione begins with {@code key} go under {@code text}. */
    record Section(String key, String text) {
    }

    /** The blocks of an objective's header, in the order the template lists them. */
    enum Block {
        TIPO, PESO, DATE, PLURIENNALE, RESPONSABILE, RISORSE, BILANCIO, BUDGET, DESCRIZIONE, COLLEGATI;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The layout of the default template, and of a template without a Struttura sheet. */
    static final Layout DEFAULT = new Layout(false, List.of(
            new Column(Field.CODICE, 13, false, ""), new Column(Field.INDICATORE, 22, false, ""),
            new Column(Field.TIPO, 14, false, ""), new Column(Field.DIMENSIONE, 13, false, ""),
            new Column(Field.UNITA, 11, false, ""), new Column(Field.PESO, 6, false, ""),
            new Column(Field.VERIFICA, 10, true, ""), new Column(Field.TARGET, 13, true, ""),
            new Column(Field.VALORE, 11, true, ""), new Column(Field.DENOMINATORE, 12, true, ""),
            new Column(Field.RAPPORTO, 9, true, ""), new Column(Field.RAGGIUNGIMENTO, 14, true, ""),
            new Column(Field.CAUSE, 12, true, "")), List.of(), false,
            List.of(Block.TIPO, Block.PESO, Block.DATE, Block.PLURIENNALE, Block.RESPONSABILE, Block.RISORSE,
                    Block.BILANCIO, Block.DESCRIZIONE));

    boolean has(Field f) {
        return columns.stream().anyMatch(c -> c.field() == f);
    }

    /** The fields that must be in every layout: the cells the contract and the plan check need. */
    static Set<Field> required(boolean verificheInColumns) {
        Set<Field> s = EnumSet.of(Field.TARGET, Field.PESO, Field.VALORE, Field.CAUSE);
        if (!verificheInColumns) {
            s.add(Field.VERIFICA);
        }
        return s;
    }

    /** The section an indicator's dimension falls in: its index in {@link #sections}, or -1 (the closing "altri"). */
    int sectionOf(String dimension) {
        String d = normalise(dimension);
        for (int i = 0; i < sections.size(); i++) {
            String k = normalise(sections.get(i).key());
            if (!d.isEmpty() && !k.isEmpty() && (d.startsWith(k) || k.startsWith(d))) {
                return i;
            }
        }
        return -1;
    }

    static String normalise(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** The columns as a list of fields, for messages and tests. */
    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        columns.forEach(c -> out.add(c.field()));
        return out;
    }
}
