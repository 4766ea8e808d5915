package it.peg.generate;

import it.peg.domain.Verifica;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Layout} laid out for a plan's verifiche: the sheet's columns, left to right, and where the header block,
 * the office's judgement and the signature box go. With verifiche in rows there is one sheet column per layout
 * column; with verifiche in columns each group of per-verifica columns is repeated once per verifica.
 */
final class Grid {
    /** One sheet column: what it shows and, for a repeated per-verifica column, for which verifica. */
    record Slot(Layout.Field field, Optional<Verifica> verifica, int width, boolean perVerifica) {
    }

    /** A group of per-verifica columns repeated for one verifica: its heading spans them. */
    record Group(int first, int last, Verifica verifica) {
    }

    final Layout layout;
    final List<Slot> slots = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    /** The bands of columns the sheet prints on, one per page across. */
    final SchedaPrint.Across across;

    Grid(Layout layout, List<Verifica> verifiche) {
        this.layout = layout;
        List<Layout.Column> cs = layout.columns();
        int i = 0;
        while (i < cs.size()) {
            Layout.Column c = cs.get(i);
            if (!layout.verificheInColumns() || !c.perVerifica()) {
                slots.add(new Slot(c.field(), Optional.empty(), c.width(), c.perVerifica()));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cs.size() && cs.get(end).perVerifica() && !c.group().isEmpty()
                    && cs.get(end).group().equals(c.group())) {
                end++;
            }
            for (Verifica v : verifiche) {
                int first = slots.size();
                for (int k = i; k < end; k++) {
                    slots.add(new Slot(cs.get(k).field(), Optional.of(v), cs.get(k).width(), true));
                }
                if (end - i > 1) {
                    groups.add(new Group(first, slots.size() - 1, v));
                }
            }
            i = end;
        }
        this.across = across();
    }

    /**
     * How the sheet prints across ({@link SchedaPrint#across}): the columns before the first per-verifica column
     * identify an indicator (codes, description, target...) and repeat on every page; each run of consecutive columns of
     * one verifica is a unit kept on one page.
     */
    private SchedaPrint.Across across() {
        int titleEnd = -1;
        while (titleEnd + 1 < slots.size() && slots.get(titleEnd + 1).verifica().isEmpty()) {
            titleEnd++;
        }
        List<Integer> unitEnds = new ArrayList<>();
        for (int c = titleEnd + 1; c < slots.size(); c++) {
            if (c == slots.size() - 1 || !slots.get(c + 1).verifica().equals(slots.get(c).verifica())
                    || slots.get(c).verifica().isEmpty()) {
                unitEnds.add(c);
            }
        }
        return SchedaPrint.across(slots.stream().map(Slot::width).toList(), titleEnd, unitEnds);
    }

    /**
     * The last column of the sheet's texts outside the indicator table (headings, header values, descriptions, the
     * office's judgement, the signature): the first printed page's, so that no text runs across a page break.
     */
    int textLast() {
        return across.firstEnd();
    }

    int last() {
        return slots.size() - 1;
    }

    int width(int col) {
        return slots.get(col).width();
    }

    /** The column of a field shown once (or, with verifiche in rows, the field's only column). */
    Optional<Integer> col(Layout.Field f) {
        for (int c = 0; c < slots.size(); c++) {
            if (slots.get(c).field() == f && slots.get(c).verifica().isEmpty()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The column of a field at a verifica: its repeated column, or its only column. */
    Optional<Integer> col(Layout.Field f, Verifica v) {
        for (int c = 0; c < slots.size(); c++) {
            if (slots.get(c).field() == f && slots.get(c).verifica().map(v::equals).orElse(true)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    double span(int c1, int c2) {
        double w = 0;
        for (int c = c1; c <= c2; c++) {
            w += width(c);
        }
        return w;
    }

    /** The first column the office types into (the objective's SI/NO goes there, its notes after it). */
    int firstValue() {
        for (int c = 0; c < slots.size(); c++) {
            if (slots.get(c).field() == Layout.Field.VALORE) {
                return c;
            }
        }
        throw new IllegalStateException("a layout always has a valore column");
    }

    /**
     * Where a header row's second value starts: the last target column, which never holds an input (LibreOffice's
     * AutoInput completes what is typed from the texts of the same column); empty when it is too far left for a
     * label and a value before it: each header value then gets a row of its own.
     */
    Optional<Integer> secondValue() {
        int m = -1;
        for (int c = 0; c <= textLast(); c++) {
            if (slots.get(c).field() == Layout.Field.TARGET) {
                m = c;
            }
        }
        return m >= 3 && m < textLast() ? Optional.of(m) : Optional.empty();
    }

    /** The characters the signature's label needs on one line: its longest word, "responsabile". */
    private static final int SIGNATURE_LABEL = 12;

    /** The signature row's four spans: place label, its box, signature label, its box (first and last columns). */
    int[] signature() {
        int f = firstValue();
        if (f >= 4) {
            int l1 = f - 2 > 2 ? 1 : 0;
            return new int[] {0, l1, l1 + 1, f - 3, f - 2, f - 1, f, textLast()};
        }
        int h = Math.max(2, (textLast() + 1) / 2);
        // the signature's label over as many columns as its longest word needs ("responsabile")
        int e = h;
        while (e + 1 < textLast() && span(h, e) < SIGNATURE_LABEL) {
            e++;
        }
        return new int[] {0, 0, 1, h - 1, h, e, e + 1, Math.max(e + 1, textLast())};
    }
}
