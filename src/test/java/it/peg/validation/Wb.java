package it.peg.validation;

import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;
import it.peg.xlsx.MetadataSheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the RawWorkbook a reader would return for a correctly generated, untouched scheda of a service:
 * metadata, plan cells and every input name (blank), each at its own cell of sheet "Scheda"; tests then
 * type values into it.
 */
final class Wb {
    static final String SHEET = "Scheda";
    static final String FILE = "S01 - Lavori pubblici.xlsx";

    private final Map<String, String> meta = new TreeMap<>();
    private final Map<String, RawCell> cells = new LinkedHashMap<>();
    private final Map<String, String> address = new LinkedHashMap<>();
    private String fileName = FILE;
    private boolean date1904;
    private int nextRow = 5;

    static Wb of(Plan plan, String service) {
        Wb wb = new Wb();
        wb.meta.put(MetadataSheet.KEY_KIND, MetadataSheet.KIND_VALUE);
        wb.meta.put(MetadataSheet.KEY_FORMAT, MetadataSheet.FORMAT_VALUE);
        wb.meta.put(MetadataSheet.KEY_ENTE, plan.settings().ente());
        wb.meta.put(MetadataSheet.KEY_YEAR, String.valueOf(plan.settings().year()));
        wb.meta.put(MetadataSheet.KEY_SERVICE, service);
        wb.meta.put(MetadataSheet.KEY_FINGERPRINT, PlanFingerprint.of(plan, service));
        List<Verifica> verifiche = plan.settings().verifiche();
        for (Objective o : plan.objectivesOf(service)) {
            wb.put(InputNames.planObjectiveWeight(o.code()), o.weight().map(w -> wb.num(w.doubleValue()))
                    .orElse(null));
            for (Indicator i : plan.indicatorsOf(o.code())) {
                wb.put(InputNames.planTarget(i.code()), wb.txt(i.target().text()));
                wb.put(InputNames.planIndicatorWeight(i.code()), i.weight().map(w -> wb.num(w.doubleValue())).orElse(null));
            }
            for (Verifica v : verifiche) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    if (i.inputKind() == InputKind.RATIO) {
                        wb.put(InputNames.numerator(i.code(), v), null);
                        wb.put(InputNames.denominator(i.code(), v), null);
                    } else {
                        wb.put(InputNames.value(i.code(), v), null);
                    }
                    wb.put(InputNames.cause(i.code(), v), null);
                }
                List<Phase> phases = plan.phasesOf(o.code());
                for (String key : InputNames.phaseKeys(phases)) {
                    wb.put(InputNames.phase(o.code(), key, v), null);
                }
                if (!v.isFinal()) {
                    wb.put(InputNames.reachable(o.code(), v), null);
                    wb.put(InputNames.notes(o.code(), v), null);
                }
            }
        }
        for (DataRow d : plan.dataRowsOf(service)) {
            wb.put(InputNames.data(d.code(), plan.settings().year()), null);
        }
        return wb;
    }

    /** Adds a name at a new cell; null content means blank. */
    private void put(String name, RawCell content) {
        String a = "F" + nextRow++;
        address.put(name, a);
        cells.put(name, content == null ? RawCell.blank(SHEET, a) : relocate(content, a));
    }

    private RawCell relocate(RawCell c, String a) {
        return new RawCell(SHEET, a, c.kind(), c.text(), c.number(), c.numberFormat(), c.dateFormatted(), c.formula());
    }

    private RawCell num(double n) {
        return new RawCell(SHEET, "", CellKind.NUMBER, "", Optional.of(n), "General", false, Optional.empty());
    }

    private RawCell txt(String t) {
        return new RawCell(SHEET, "", CellKind.TEXT, t, Optional.empty(), "General", false, Optional.empty());
    }

    String cellOf(String name) {
        String a = address.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no name " + name);
        }
        return a;
    }

    private Wb set(String name, CellKind kind, String text, Optional<Double> n, String format, boolean date,
                   Optional<String> formula) {
        cells.put(name, new RawCell(SHEET, cellOf(name), kind, text, n, format, date, formula));
        return this;
    }

    Wb number(String name, double n) {
        return set(name, CellKind.NUMBER, "", Optional.of(n), "#,##0", false, Optional.empty());
    }

    Wb percentCell(String name, double fraction) {
        return set(name, CellKind.NUMBER, "", Optional.of(fraction), "0%", false, Optional.empty());
    }

    Wb date(String name, double serial) {
        return set(name, CellKind.NUMBER, "", Optional.of(serial), "dd/mm/yyyy", true, Optional.empty());
    }

    Wb text(String name, String t) {
        return set(name, CellKind.TEXT, t, Optional.empty(), "General", false, Optional.empty());
    }

    Wb bool(String name, boolean b) {
        return set(name, CellKind.BOOLEAN, b ? "TRUE" : "FALSE", Optional.empty(), "General", false, Optional.empty());
    }

    Wb formula(String name, String formula, double cached) {
        return set(name, CellKind.NUMBER, "", Optional.of(cached), "General", false, Optional.of(formula));
    }

    Wb error(String name, String errorText) {
        return set(name, CellKind.ERROR, errorText, Optional.empty(), "General", false, Optional.of("1/0"));
    }

    /** Types a raw cell as given (kind, text, number, format) at the name's address. */
    Wb raw(String name, RawCell c) {
        cells.put(name, relocate(c, cellOf(name)));
        return this;
    }

    Wb remove(String name) {
        cells.remove(name);
        return this;
    }

    Wb meta(String key, String value) {
        if (value == null) {
            meta.remove(key);
        } else {
            meta.put(key, value);
        }
        return this;
    }

    Wb file(String name) {
        this.fileName = name;
        return this;
    }

    Wb date1904(boolean on) {
        this.date1904 = on;
        return this;
    }

    RawWorkbook build() {
        return new RawWorkbook(fileName, "0".repeat(64), 1000, new TreeMap<>(meta), new TreeMap<>(cells), date1904);
    }
}
