package it.peg.generate;

import it.peg.domain.CarriedValues;
import it.peg.xlsx.ExcelDates;
import it.peg.xlsx.SheetModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Creates input cells: unlocked style, a Stop-style validation with Italian messages (grouped with the
 * cells of the same rule by {@link Validations}), and the defined name.
 */
final class InputCells {
    static final int MAX_TEXT = 2000;
    private static final String BIG = "999999999999";
    /** The entries of a SI / NO cell's list: {@code Sì} too, which LibreOffice refused when typed (case is ignored). */
    static final String YES_NO_LIST = "SI|NO|S\u00ec";

    private final Stamp stamp;

    InputCells(Stamp stamp) {
        this.stamp = stamp;
    }

    /** An input cell with the default range for its type. */
    SheetModel.Cell create(SheetModel sheet, int r, int c, InputType type, String name) {
        return create(sheet, r, c, type, name, Optional.empty(), Optional.empty());
    }

    /** An input cell; {@code min}/{@code max} narrow a NUMBER's accepted range. */
    SheetModel.Cell create(SheetModel sheet, int r, int c, InputType type, String name, Optional<BigDecimal> min,
                    Optional<BigDecimal> max) {
        SheetModel.Cell cell = Stamp.cell(sheet, r, c);
        cell.style(stamp.style(type.style()));
        stamp.validations.add(sheet, rule(type, min, max), r, c);
        stamp.name(name, sheet, r, c);
        carry(cell, type, name);
        return cell;
    }

    /** The validation of an input cell: its constraint and Italian input and error messages. */
    private Validations.Rule rule(InputType type, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        int year = stamp.plan.settings().year();
        return switch (type) {
            case NUMBER -> {
                String range = min.isPresent() || max.isPresent()
                        ? " Valori ammessi: da " + it(min, "-") + " a " + it(max, "+") + "." : "";
                yield new Validations.Rule(type, min.map(BigDecimal::toPlainString).orElse("-" + BIG),
                        max.map(BigDecimal::toPlainString).orElse(BIG), "Valore",
                        "Scrivere un numero, es. 1.200 oppure 3,5." + range,
                        "Serve un numero (es. 1.200 oppure 3,5), senza testo o unità di misura." + range);
            }
            case PERCENT -> new Validations.Rule(type, "0", "1", "Percentuale",
                    "Scrivere la percentuale, es. 75 oppure 75% (anche con decimali: 93,5 oppure 93,5%).",
                    "Serve una percentuale tra 0% e 100%: scrivere ad es. 75 oppure 75%.");
            case PROGRESS -> new Validations.Rule(type, "0", "1", "Avanzamento",
                    "Percentuale di realizzazione stimata, da 0 a 100: es. 80 oppure 80%. Spiegarla nelle cause.",
                    "Serve una percentuale di avanzamento tra 0% e 100%: scrivere ad es. 80 oppure 80%.");
            case DATE -> new Validations.Rule(type, serial(LocalDate.of(year - 1, 1, 1)), serial(LocalDate.of(year + 1, 12, 31)),
                    "Data di completamento",
                    "Scrivere la data in cui l'attività è stata completata, gg/mm/aaaa (es. 30/09/" + year
                            + "). Lasciare vuoto se non è ancora completata.",
                    "Serve una data tra 01/01/" + (year - 1) + " e 31/12/" + (year + 1) + " nel formato gg/mm/aaaa.");
            // Sì as Italians write it: a list validation compares without case (LibreOffice and Excel take si,
            // Si, No, no), but not without accents, so Sì and SÌ need their own entry
            case YES_NO -> new Validations.Rule(type, YES_NO_LIST, "", "SI / NO",
                    "Scegliere SI o NO dall'elenco (si può anche scrivere Sì, Si, No).",
                    "Sono ammessi solo SI (o Sì) e NO: sceglierli dall'elenco.");
            case PHASE_STATE -> new Validations.Rule(type, "Da avviare|In corso|Completata", "", "Stato della fase",
                    "Scegliere dall'elenco: Da avviare, In corso, Completata.",
                    "Sono ammessi solo: Da avviare, In corso, Completata. Sceglierli dall'elenco.");
            case TEXT -> new Validations.Rule(type, "", Integer.toString(MAX_TEXT), "Testo",
                    "Testo libero, al massimo " + MAX_TEXT + " caratteri.",
                    "Testo troppo lungo: al massimo " + MAX_TEXT + " caratteri.");
        };
    }

    /** Writes the value carried forward for this cell, if any, and locks the cell of a past verifica. */
    private void carry(SheetModel.Cell cell, InputType type, String name) {
        stamp.carried.value(name).ifPresent(v -> {
            if (v instanceof CarriedValues.Number n) {
                cell.number(n.value().doubleValue());
            } else if (v instanceof CarriedValues.Day d) {
                cell.number(ExcelDates.serial(d.value()));
            } else if (v instanceof CarriedValues.Text t) {
                cell.text(t.value());
            }
        });
        if (stamp.carried.locked(name)) {
            cell.style(stamp.lockedStyle(type.style()));
        }
    }

    private static String serial(LocalDate d) {
        return Long.toString(Math.round(ExcelDates.serial(d)));
    }

    private static String it(Optional<BigDecimal> v, String none) {
        return v.map(b -> b.stripTrailingZeros().toPlainString().replace('.', ',')).orElse(none.equals("-") ? "qualsiasi" : "qualsiasi");
    }
}
