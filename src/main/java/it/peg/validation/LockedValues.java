package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.italian.ItalianText;
import it.peg.domain.Findings;
import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.Plural;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;
import it.peg.xlsx.MetadataSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import it.peg.domain.LockSeal;

/**
 * The input cells of the verifiche already closed when the workbook was generated with {@code generate --from}
 * are locked, and their values recorded in the metadata sheet ({@link MetadataSheet}). An office can still
 * unprotect the sheet and change one: each recorded value is compared, by value and not by text, with the cell
 * read back under the same name ({@code 1200} equals a typed {@code 1.200}, {@code SI} a {@code Sì} or a
 * boolean TRUE, {@code 2024-06-30} a date serial or {@code 30/6/2024}).
 * <p>
 * A difference, or a recorded name whose cell is gone, is an ERRORE ({@link FindingCode#VALORE_BLOCCATO_MODIFICATO}). Like
 * every value-level ERRORE it does not refuse the file; but instead of dropping the value, the value recorded at
 * generation is put back and is the one validated and scored: it is the value the controllo di gestione already
 * received and scored at that verifica, so a change made after the fact can never move a past score. Correcting
 * a past value is the controllo di gestione's job (it corrects the workbook returned at that verifica and
 * regenerates).
 */
final class LockedValues {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Free-text inputs: compared as text (case, accents and spacing aside). */
    private static final String[] TEXT_PREFIXES = {"CAUSA_", "NOTE_", "FASE_"};

    /** What a recorded canonical text stands for. */
    sealed interface Expected permits Blank, Number, Day, YesNo, Text {
    }

    record Blank() implements Expected {
    }

    record Number(BigDecimal value) implements Expected {
    }

    record Day(LocalDate value) implements Expected {
    }

    record YesNo(boolean yes) implements Expected {
    }

    record Text(String value) implements Expected {
    }

    /** Where a locked name sits in the plan, for the finding's subject, message and display. */
    private record Place(String subject, Verifica verifica, boolean percent) {
    }

    private LockedValues() {
    }

    /**
     * Checks every recorded locked value of {@code wb} and returns the workbook to validate: {@code wb} itself when
     * nothing changed, otherwise a copy with the recorded values put back in the changed (or vanished) cells.
     */
    static RawWorkbook check(Plan plan, String serviceCode, RawWorkbook wb, Findings findings) {
        return check(plan, serviceCode, wb, findings, Optional.empty());
    }

    /**
     * As {@link #check(Plan, String, RawWorkbook, Findings)}; with the key of the seals ({@link LockSeal}), the
     * original values are the sealed ones, whatever the records in the hidden sheet now say: a record edited
     * together with its cell is an ERRORE and the sealed value is kept; a value whose seal does not match is an
     * ERRORE and not used.
     */
    static RawWorkbook check(Plan plan, String serviceCode, RawWorkbook wb, Findings findings, Optional<LockSeal> seal) {
        Map<String, String> recorded = recorded(wb);
        String declared = wb.meta(MetadataSheet.KEY_LOCKED_VALUES).orElse("").trim();
        Map<String, String> sealedRows = prefixed(wb, MetadataSheet.SEAL_PREFIX);
        if (recorded.isEmpty() && declared.isEmpty() && sealedRows.isEmpty()
                && wb.meta(MetadataSheet.KEY_SEAL).isEmpty()) {
            return wb;
        }
        int recordedCount = recorded.size();
        java.util.Set<String> broken = new java.util.TreeSet<>();
        Map<String, Place> places = places(plan, serviceCode);
        if (!sealedRows.isEmpty() || wb.meta(MetadataSheet.KEY_SEAL).isPresent()) {
            if (seal.isEmpty()) {
                findings.add(new Spot(wb.fileName(), MetadataSheet.SHEET, "", serviceCode).warning(
                        FindingCode.SIGILLO_NON_VERIFICATO, "", it.peg.io.SealKeyFile.NAME,
                        "I valori bloccati della scheda sono sigillati, ma accanto al piano non c'è la chiave dei sigilli ("
                                + it.peg.io.SealKeyFile.NAME + "): sono confrontati solo con quanto registrato nella scheda."
                                + " Lanciare peg con il piano nella cartella in cui 'peg generate --from' ha creato la chiave."));
            } else {
                recorded = authentic(serviceCode, wb, recorded, sealedRows, seal.get(), places, broken, findings);
            }
        }
        if (!declared.equals(Integer.toString(recordedCount))) {
            findings.add(new Spot(wb.fileName(), MetadataSheet.SHEET, "", serviceCode).error(FindingCode.VALORE_BLOCCATO_MODIFICATO,
                    Integer.toString(recordedCount), declared,
                    "Il foglio nascosto della scheda che registra i valori delle verifiche già chiuse è stato modificato"
                            + " (" + Plural.count(recordedCount, "valore", "valori") + " invece di " + declared + "): non è possibile controllare"
                            + " che i valori già consegnati non siano cambiati. Rinviare la scheda ricevuta dal controllo"
                            + " di gestione, senza modificarne i fogli nascosti."));
        }
        CellReader reader = new CellReader(wb.date1904(), plan.settings().year(), new Findings());
        TreeMap<String, RawCell> cells = new TreeMap<>(wb.cells());
        boolean restored = false;
        for (String name : broken) {
            // no trusted original: the value is not used (its ERRORE is said)
            Optional<RawCell> cell = wb.cell(name);
            cells.put(name, RawCell.blank(cell.map(RawCell::sheet).orElse(""), cell.map(RawCell::cell).orElse("")));
            restored = true;
        }
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            String name = e.getKey();
            Expected expected = expected(name, e.getValue());
            Optional<RawCell> cell = wb.cell(name);
            if (cell.isPresent() && same(expected, cell.get(), reader)) {
                continue;
            }
            Place place = places.getOrDefault(name, new Place(serviceCode, null, false));
            String shown = display(expected, place.percent());
            String verifica = place.verifica() == null ? "una verifica già chiusa"
                    : "la verifica del " + place.verifica().date().format(DAY) + ", già chiusa";
            String fix = " Il valore considerato resta " + quoted(shown) + ". Se il valore di allora era sbagliato,"
                    + " chiedere al controllo di gestione di correggerlo nella scheda consegnata per quella verifica e di"
                    + " rigenerare questa scheda (" + Regeneration.command(plan, serviceCode) + ").";
            if (cell.isPresent()) {
                RawCell c = cell.get();
                String found = found(c, place.percent(), reader);
                findings.add(Spot.of(wb.fileName(), c, place.subject()).error(FindingCode.VALORE_BLOCCATO_MODIFICATO,
                        found, shown,
                        "Il valore della cella " + name + " (" + verifica + ") era " + quoted(shown) + " quando la"
                                + " scheda è stata generata e la cella bloccata, ma ora è " + quoted(found)
                                + ": ripristinare " + quoted(shown) + "." + fix));
                cells.put(name, restore(expected, c.sheet(), c.cell()));
            } else {
                findings.add(new Spot(wb.fileName(), "", "", place.subject()).error(FindingCode.VALORE_BLOCCATO_MODIFICATO, "", shown,
                        "La cella " + name + " (" + verifica + ") non c'è più nella scheda (righe o celle eliminate,"
                                + " nomi cancellati): alla generazione valeva " + quoted(shown) + ". Ricopiare i valori"
                                + " nella scheda originale ricevuta dal controllo di gestione e rinviarla." + fix));
                cells.put(name, restore(expected, "", ""));
            }
            restored = true;
        }
        return restored ? new RawWorkbook(wb.fileName(), wb.sha256(), wb.size(), wb.metadata(), cells, wb.date1904()) : wb;
    }

    /** Locked name (upper case) to its recorded canonical text, from the metadata rows. */
    static Map<String, String> recorded(RawWorkbook wb) {
        return prefixed(wb, MetadataSheet.LOCKED_PREFIX);
    }

    private static Map<String, String> prefixed(RawWorkbook wb, String prefix) {
        Map<String, String> out = new TreeMap<>();
        wb.metadata().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()).trim().toUpperCase(java.util.Locale.ROOT), v);
            }
        });
        return out;
    }

    /**
     * The original of every locked value, from its seal: a record that disagrees with its sealed value was edited
     * (ERRORE naming the record, the original and the new value; the original counts), a seal that is not the key's
     * was forged or damaged (ERRORE; the name goes in {@code broken}), and the set seal guards against rows removed.
     */
    private static Map<String, String> authentic(String serviceCode, RawWorkbook wb, Map<String, String> recorded,
                                                 Map<String, String> sealedRows, LockSeal seal, Map<String, Place> places,
                                                 java.util.Set<String> broken, Findings findings) {
        Map<String, String> out = new TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(recorded.keySet());
        names.addAll(sealedRows.keySet());
        for (String name : names) {
            Place place = places.getOrDefault(name, new Place(serviceCode, null, false));
            Optional<String> original = Optional.ofNullable(sealedRows.get(name)).flatMap(t -> seal.open(serviceCode, name, t));
            if (original.isEmpty()) {
                broken.add(name);
                findings.add(new Spot(wb.fileName(), MetadataSheet.SHEET, "", place.subject()).error(
                        FindingCode.SIGILLO_NON_VALIDO, recorded.getOrDefault(name, ""), "",
                        "Il sigillo del valore bloccato " + name + " nel foglio nascosto della scheda manca o non"
                                + " corrisponde: il valore non si può verificare e non viene considerato. Rinviare la"
                                + " scheda ricevuta dal controllo di gestione senza modificarne i fogli nascosti."));
                continue;
            }
            out.put(name, original.get());
            String record = recorded.get(name);
            if (record == null || !record.equals(original.get())) {
                String shown = display(expected(name, original.get()), place.percent());
                String now = record == null ? "" : display(expected(name, record), place.percent());
                findings.add(new Spot(wb.fileName(), MetadataSheet.SHEET, "", place.subject()).error(
                        FindingCode.VALORE_BLOCCATO_MODIFICATO, now, shown,
                        "Il valore bloccato " + name + " registrato nel foglio nascosto della scheda è stato modificato"
                                + " (ora " + quoted(now) + ", sigillato alla generazione " + quoted(shown) + "): resta "
                                + quoted(shown) + ". Rinviare la scheda ricevuta dal controllo di gestione senza"
                                + " modificarne i fogli nascosti."));
            }
        }
        Optional<String> set = wb.meta(MetadataSheet.KEY_SEAL);
        Map<String, String> all = new TreeMap<>(out);
        if (broken.isEmpty() && (set.isEmpty() || !LockSeal.equal(set.get().trim(), seal.ofAll(serviceCode, all)))) {
            findings.add(new Spot(wb.fileName(), MetadataSheet.SHEET, "", serviceCode).error(
                    FindingCode.SIGILLO_NON_VALIDO, Integer.toString(all.size()), "",
                    "Il sigillo dell'insieme dei valori bloccati nel foglio nascosto della scheda non corrisponde"
                            + " (righe aggiunte o tolte): i valori bloccati non si possono verificare per intero. Rinviare"
                            + " la scheda ricevuta dal controllo di gestione senza modificarne i fogli nascosti."));
        }
        return out;
    }

    /**
     * What a recorded text means: free-text names (causes, notes, phase states) are texts; otherwise blank, SI/NO,
     * an ISO day or a plain decimal, as {@link MetadataSheet#lockedText} writes them.
     */
    static Expected expected(String name, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return new Blank();
        }
        for (String prefix : TEXT_PREFIXES) {
            if (name.startsWith(prefix)) {
                return new Text(t);
            }
        }
        if (t.equals("SI") || t.equals("NO")) {
            return new YesNo(t.equals("SI"));
        }
        if (ISO_DAY.matcher(t).matches()) {
            try {
                return new Day(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                return new Text(t);
            }
        }
        try {
            return new Number(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return new Text(t);
        }
    }

    /** The cell holds the expected value, read the way validation reads it (interpretation notes aside). */
    static boolean same(Expected expected, RawCell cell, CellReader reader) {
        Spot nowhere = Spot.file("");
        if (expected instanceof Blank) {
            return cell.isBlank();
        }
        if (cell.isBlank()) {
            return false;
        }
        if (expected instanceof Number n) {
            return reader.number(cell, nowhere).map(v -> close(v, n.value())).orElse(false);
        }
        if (expected instanceof Day d) {
            return reader.date(cell, nowhere).map(d.value()::equals).orElse(false);
        }
        if (expected instanceof YesNo y) {
            return reader.yesNo(cell, nowhere).map(b -> b == y.yes()).orElse(false);
        }
        return fold(reader.text(cell)).equals(fold(((Text) expected).value()));
    }

    /** Equal as numbers, a binary rounding aside (the recorded value went through a double once). */
    private static boolean close(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a.doubleValue()), Math.abs(b.doubleValue())));
        return Math.abs(a.doubleValue() - b.doubleValue()) <= 1e-9 * scale;
    }

    private static String fold(String s) {
        return CellReader.fold(s).replace('_', ' ');
    }

    /** The recorded value as a cell holding it, so that validation reads the original value. */
    private static RawCell restore(Expected expected, String sheet, String cell) {
        if (expected instanceof Number n) {
            return new RawCell(sheet, cell, CellKind.NUMBER, "", Optional.of(n.value().doubleValue()), "General", false,
                    Optional.empty());
        }
        String text = expected instanceof Blank ? "" : expected instanceof Day d ? d.value().format(DAY)
                : expected instanceof YesNo y ? (y.yes() ? "SI" : "NO") : ((Text) expected).value();
        return text.isEmpty() ? RawCell.blank(sheet, cell)
                : new RawCell(sheet, cell, CellKind.TEXT, text, Optional.empty(), "General", false, Optional.empty());
    }

    /** The value found, in the same units as the original: a percentage cell's number as a percentage (80%, not 0,8). */
    private static String found(RawCell c, boolean percent, CellReader reader) {
        if (percent && c.kind() == it.peg.readback.CellKind.NUMBER && c.number().isPresent()) {
            return ItalianText.formatPercent(new BigDecimal(Double.toString(c.number().get())));
        }
        return reader.display(c);
    }

    private static String display(Expected expected, boolean percent) {
        if (expected instanceof Number n) {
            return percent ? ItalianText.formatPercent(n.value()) : ItalianText.format(n.value());
        }
        if (expected instanceof Day d) {
            return d.value().format(DAY);
        }
        if (expected instanceof YesNo y) {
            return y.yes() ? "SI" : "NO";
        }
        return expected instanceof Text t ? t.value() : "";
    }

    private static String quoted(String shown) {
        return shown.isEmpty() ? "vuoto" : "'" + shown + "'";
    }

    /** Every input name of the service's objectives and indicators, with its plan code and verifica. */
    private static Map<String, Place> places(Plan plan, String serviceCode) {
        Map<String, Place> out = new HashMap<>();
        for (Objective o : plan.objectivesOf(serviceCode)) {
            java.util.List<Phase> phases = plan.phasesOf(o.code());
            for (Verifica v : plan.settings().verifiche()) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    boolean percent = i.inputKind() == InputKind.PERCENT || i.inputKind() == InputKind.PROGRESS;
                    out.put(InputNames.value(i.code(), v), new Place(i.code(), v, percent));
                    out.put(InputNames.numerator(i.code(), v), new Place(i.code(), v, false));
                    out.put(InputNames.denominator(i.code(), v), new Place(i.code(), v, false));
                    out.put(InputNames.cause(i.code(), v), new Place(i.code(), v, false));
                }
                for (String key : InputNames.phaseKeys(phases)) {
                    out.put(InputNames.phase(o.code(), key, v), new Place(o.code(), v, false));
                }
                out.put(InputNames.reachable(o.code(), v), new Place(o.code(), v, false));
                out.put(InputNames.notes(o.code(), v), new Place(o.code(), v, false));
            }
        }
        return out;
    }
}
