package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.italian.ItalianText;
import it.peg.italian.Texts;
import it.peg.domain.Findings;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one raw input cell as the kind of value it should hold, the way an Italian office fills it:
 * a real number or the text an Excel/LibreOffice user may leave ({@code 1.200}, {@code 75%%},
 * {@code 30/9/18}, {@code Sì}). Blank gives empty without a finding; an unreadable value gives empty
 * and an ERRORE; an ambiguous one is read the Italian way with an AVVISO showing how.
 */
final class CellReader {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Highest serial Excel accepts (31/12/9999). */
    private static final double MAX_SERIAL = 2958465;

    private final boolean date1904;
    private final int planYear;
    private final Findings findings;

    CellReader(boolean date1904, int planYear, Findings findings) {
        this.date1904 = date1904;
        this.planYear = planYear;
        this.findings = findings;
    }

    /** The cell as a person would read it, for the "trovato" part of findings. */
    String display(RawCell c) {
        return switch (c.kind()) {
            case BLANK -> "";
            case TEXT, ERROR -> c.text();
            case BOOLEAN -> "TRUE".equalsIgnoreCase(c.text()) ? "VERO" : "FALSO";
            case NUMBER -> c.dateFormatted()
                    ? ItalianText.shownDate(c.number().orElseThrow(), date1904)
                    : ItalianText.format(BigDecimal.valueOf(c.number().orElseThrow()));
        };
    }

    /** Free text (causes, notes): numbers and booleans as displayed, trimmed. */
    String text(RawCell c) {
        return c.kind() == CellKind.ERROR ? "" : display(c).trim();
    }

    private boolean unusable(RawCell c, Spot spot) {
        if (c.kind() == CellKind.ERROR) {
            findings.add(spot.error(FindingCode.ERRORE_FORMULA, c.text(), "un valore",
                    "La cella contiene un errore di formula (" + c.text() + "): scrivere il valore direttamente, senza formula."));
            return true;
        }
        return false;
    }

    /** A plain number (count, euro, days, scale value, numerator, denominator). */
    Optional<BigDecimal> number(RawCell c, Spot spot) {
        if (c.isBlank() || unusable(c, spot)) {
            return Optional.empty();
        }
        if (c.kind() == CellKind.NUMBER && c.dateFormatted()) {
            return dateFormattedNumber(c, spot);
        }
        Optional<ParsedNumber> parsed = numeric(c);
        if (parsed.isPresent()) {
            ParsedNumber p = parsed.get();
            if (p.percent()) {
                interpreted(c, spot, "'" + c.text().trim() + "' letto come " + ItalianText.format(p.value())
                        + " (percentuale in un indicatore numerico)", ItalianText.format(p.value()));
            } else {
                p.interpretation().ifPresent(note -> interpreted(c, spot, note, ItalianText.format(p.value())));
            }
            return Optional.of(p.value());
        }
        findings.add(spot.error(FindingCode.VALORE_NON_NUMERICO, display(c), "un numero, es. 1.200 o 3,5",
                "Il valore non è un numero: scrivere solo la cifra (es. 1.200 oppure 3,5), senza testo come 'circa' o 'n.d.';"
                        + " se il dato non è disponibile lasciare la cella vuota e spiegarlo nelle cause di scostamento."));
        return Optional.empty();
    }

    /**
     * A number input whose cell carries a date format. A date near the plan year is what LibreOffice leaves when it
     * completes a typed {@code 31} from a date text of the same column ({@code 31/12/2018}), or when a number is
     * typed as a date: the serial is no count, so the value is refused, with the day as the likely intended number.
     * A date far from it (a small number in a cell left with a date format, {@code 31} shown as 31/01/1900) is the
     * number, read with an AVVISO.
     */
    private Optional<BigDecimal> dateFormattedNumber(RawCell c, Spot spot) {
        double serial = c.number().orElseThrow();
        BigDecimal number = BigDecimal.valueOf(serial);
        String shown = display(c);
        if (serial >= 1 && serial <= MAX_SERIAL) {
            LocalDate d = ItalianText.fromSerial(serial, date1904);
            if (Math.abs(d.getYear() - planYear) <= 5) {
                String day = Integer.toString(d.getDayOfMonth());
                findings.add(spot.error(FindingCode.NUMERO_IN_FORMATO_DATA, shown, "un numero (forse " + day + ")",
                        "La cella " + spot.where() + " mostra la data " + shown + ", ma qui va un numero (letto così"
                                + " sarebbe " + ItalianText.format(number) + ", il numero di serie della data): forse intendevi "
                                + day + "? Il valore scritto è stato completato o letto come data. Riscrivere il numero;"
                                + " se la cella mostra ancora una data, annullare con Ctrl+Z e riscriverlo."));
                return Optional.empty();
            }
        }
        findings.add(spot.warning(FindingCode.NUMERO_IN_FORMATO_DATA, shown, ItalianText.format(number),
                "La cella " + spot.where() + " è formattata come data e mostra " + shown + ": letto il numero "
                        + ItalianText.format(number) + ". Se il numero non è quello giusto, riscriverlo."));
        return Optional.of(number);
    }

    /** A percentage as a fraction: 0.75 from a percent cell, or text {@code 75%} / {@code 75%%} / {@code 0,75}. */
    Optional<BigDecimal> percent(RawCell c, Spot spot) {
        if (c.isBlank() || unusable(c, spot)) {
            return Optional.empty();
        }
        if (c.kind() == CellKind.NUMBER && c.number().get() > 1 && showsPoints(c.numberFormat())) {
            // the scheda's percent format shows a number above 1 as points: 93.5 is 93,5%, as the cell shows
            return Optional.of(Decimals.normal(BigDecimal.valueOf(c.number().get()).movePointLeft(2)));
        }
        Optional<ParsedNumber> parsed = numeric(c);
        if (parsed.isPresent()) {
            ParsedNumber p = parsed.get();
            p.interpretation().ifPresent(note -> interpreted(c, spot, note, ItalianText.formatPercent(p.value())));
            return Optional.of(p.value());
        }
        findings.add(spot.error(FindingCode.VALORE_NON_NUMERICO, display(c), "una percentuale, es. 75%",
                "Il valore non è una percentuale: scrivere solo la cifra con il simbolo % (es. 75%), senza altro testo;"
                        + " se il dato non è disponibile lasciare la cella vuota e spiegarlo nelle cause di scostamento."));
        return Optional.empty();
    }

    /**
     * Whether a number format shows a number as percentage points, with a literal {@code %} after it (the percent
     * cells' format of a scheda, {@code [<=1]0.0%;0.0"%"}, which LibreOffice saves as {@code [<=1]0.0%;0.0\%}).
     */
    static boolean showsPoints(String numberFormat) {
        return numberFormat.contains("\"%\"") || numberFormat.contains("\\%");
    }

    /** A number cell's value (no interpretation note), or text read the Italian way; empty when neither. */
    private static Optional<ParsedNumber> numeric(RawCell c) {
        if (c.kind() == CellKind.NUMBER) {
            return Optional.of(new ParsedNumber(decimal(c.number().orElseThrow()), false, Optional.empty()));
        }
        return c.kind() == CellKind.TEXT ? ItalianText.parseNumber(c.text()) : Optional.empty();
    }

    /**
     * {@code BigDecimal.valueOf(d)}, the same value and scale: a whole number under ten million, what most cells hold,
     * without {@code Double.toString} (its shortest-digits search, run for every number cell of every file), as the
     * {@code 1230} tenths that {@code "123.0"} gives; any other through {@code valueOf}.
     */
    static BigDecimal decimal(double d) {
        if (d > -1e7 && d < 1e7 && d == (long) d) {
            return BigDecimal.valueOf((long) d * 10, 1);
        }
        return BigDecimal.valueOf(d);
    }

    /** A day: a date serial (1900 or 1904 system) or text {@code 30/09/2018}, {@code 30/9/18}. */
    Optional<LocalDate> date(RawCell c, Spot spot) {
        if (c.isBlank() || unusable(c, spot)) {
            return Optional.empty();
        }
        if (c.kind() == CellKind.NUMBER) {
            double serial = c.number().orElseThrow();
            if (serial >= 1 && serial <= MAX_SERIAL) {
                LocalDate d = ItalianText.fromSerial(serial, date1904);
                if (!c.dateFormatted()) {
                    interpreted(c, spot, "il numero " + display(c) + " letto come la data " + d.format(DAY)
                            + " (la cella non era formattata come data)", d.format(DAY));
                }
                return Optional.of(d);
            }
        } else if (c.kind() == CellKind.TEXT) {
            ItalianText.DateReading parsed = ItalianText.parseDate(c.text(), planYear);
            if (parsed.date().isPresent()) {
                String day = parsed.date().get().format(DAY);
                parsed.interpretation().ifPresent(note -> interpreted(c, spot, note, day));
                return parsed.date();
            }
            if (parsed.dateShaped()) {
                findings.add(spot.error(FindingCode.DATA_INESISTENTE, display(c), "una data esistente, es. 30/09/" + planYear,
                        "La data non esiste nel calendario: controllare giorno e mese e scriverla come gg/mm/aaaa."));
                return Optional.empty();
            }
        }
        findings.add(spot.error(FindingCode.DATA_NON_VALIDA, display(c), "una data gg/mm/aaaa, es. 30/09/" + planYear,
                "Il valore non è una data: scrivere la data di completamento come gg/mm/aaaa (es. 30/09/" + planYear
                        + "); se l'attività non è completata lasciare la cella vuota."));
        return Optional.empty();
    }

    /** SI (true) or NO (false): a boolean cell, or text SI, Sì, NO, VERO, FALSO. */
    Optional<Boolean> yesNo(RawCell c, Spot spot) {
        if (c.isBlank() || unusable(c, spot)) {
            return Optional.empty();
        }
        if (c.kind() == CellKind.BOOLEAN) {
            return Optional.of("TRUE".equalsIgnoreCase(c.text()));
        }
        if (c.kind() == CellKind.TEXT) {
            String t = withoutFinalStops(fold(c.text()));
            switch (t) {
                case "SI", "S", "VERO", "TRUE", "YES" -> {
                    return Optional.of(true);
                }
                case "NO", "N", "FALSO", "FALSE" -> {
                    return Optional.of(false);
                }
                default -> {
                }
            }
        }
        if (c.kind() == CellKind.NUMBER && (c.number().get() == 1 || c.number().get() == 0)) {
            boolean yes = c.number().get() == 1;
            interpreted(c, spot, "il numero " + display(c) + " letto come " + (yes ? "SI" : "NO"), yes ? "SI" : "NO");
            return Optional.of(yes);
        }
        String t = fold(display(c));
        String hint = (t.startsWith("SI") || t.startsWith("NO")) && t.length() > 2
                ? " Probabilmente il completamento automatico di LibreOffice ha trasformato 'Si' o 'No' in '"
                        + display(c).trim() + "': riscrivere il valore e premere Canc prima di Invio, oppure sceglierlo dall'elenco."
                : "";
        findings.add(spot.error(FindingCode.SI_NO_NON_VALIDO, display(c), "SI oppure NO",
                "Il valore deve essere SI oppure NO: sceglierlo dall'elenco della cella." + hint));
        return Optional.empty();
    }

    private void interpreted(RawCell c, Spot spot, String note, String readAs) {
        findings.add(spot.warning(FindingCode.VALORE_INTERPRETATO, display(c), readAs,
                "Valore ambiguo, " + note + ". Se la lettura non è corretta, riscrivere il valore."));
    }

    /**
     * The text without its final run of {@code .} and {@code !} ({@code SI.} → {@code SI}): what
     * {@code replaceAll("[.!]+$", "")} did, its pattern compiled for every SI/NO cell of every file. A folded text
     * ends with no white space; one ending with another line separator matches no SI/NO either way.
     */
    static String withoutFinalStops(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '!')) {
            end--;
        }
        return end == t.length() ? t : t.substring(0, end);
    }

    /** Upper case, accents removed, inner spaces collapsed. */
    static String fold(String s) {
        // Texts compiles its patterns once: fold runs for every cell of every file (String.replaceAll compiled
        // its pattern on each call, the largest cost of validation in the benchmark)
        return Texts.singleSpaces(Texts.withoutAccents(s.trim())).toUpperCase(Locale.ROOT);
    }

}
