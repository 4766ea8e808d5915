package it.peg.plan;

import it.peg.domain.Band;
import it.peg.domain.FindingCode;
import it.peg.domain.MissingValues;
import it.peg.domain.Settings;
import it.peg.domain.Severity;
import it.peg.domain.Verifica;
import it.peg.italian.Decimals;
import it.peg.italian.ItalianDates;
import it.peg.italian.ParsedDate;
import it.peg.italian.ParsedNumber;
import it.peg.xlsx.CellReferences;
import it.peg.xlsx.ExcelCell;
import it.peg.xlsx.ExcelRow;
import it.peg.xlsx.ExcelSheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Impostazioni sheet: a key in column A ({@link SettingKey}), its values from column B on; with the Fasce
 * sheet ({@link BandsSheetReader}) it makes the plan's {@link Settings}.
 */
final class SettingsSheetReader {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile(".*\\d{4}.*|.*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2}\\s*");
    private static final String SETTINGS = PlanReader.SETTINGS;

    private final SheetReading reading;
    private final Cells cells;
    /** The plan's folder: a relative Logo path starts there. */
    private final Path folder;
    private final Map<SettingKey, List<ExcelCell>> values = new EnumMap<>(SettingKey.class);
    private final Map<SettingKey, Integer> rows = new EnumMap<>(SettingKey.class);

    SettingsSheetReader(SheetReading reading, Path folder) {
        this.reading = reading;
        this.cells = reading.cells();
        this.folder = folder;
    }

    Settings read(ExcelSheet sheet, Optional<PlanTable> bandsSheet) {
        for (Iterator<ExcelRow> it = sheet.rows(); it.hasNext(); ) {
            ExcelRow row = it.next();
            Optional<SettingKey> key = Headers.find(SettingKey.class, cells.text(row.cell(0).orElse(null)));
            if (key.isEmpty() || values.containsKey(key.get())) {
                continue;
            }
            List<ExcelCell> vs = new ArrayList<>();
            for (int c = 1; c < Math.max(2, row.lastCellNum()); c++) {
                ExcelCell cell = row.cell(c).orElse(null);
                if (cell != null && !cells.text(cell).isEmpty()) {
                    vs.add(cell);
                }
            }
            values.put(key.get(), vs);
            rows.put(key.get(), row.index());
        }
        String ente = first(SettingKey.ENTE).map(cells::text).orElse("");
        if (ente.isEmpty()) {
            reading.add(Severity.AVVISO, FindingCode.ENTE_MANCANTE, SETTINGS, ref(SettingKey.ENTE), "", "", "nome dell'ente",
                    "Manca il nome dell'ente: scriverlo accanto a 'Ente' (es. Comune di Trezzo sull'Adda); compare nelle schede.");
        }
        int year = year();
        List<LocalDate> dates = verifiche(year);
        List<Optional<LocalDate>> dues = dues(year, dates);
        List<Verifica> verifiche = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            verifiche.add(new Verifica(dates.get(i), dues.get(i), i == dates.size() - 1));
        }
        BigDecimal threshold = fraction(SettingKey.SOGLIA, BigDecimal.ONE).orElse(BigDecimal.ZERO);
        BigDecimal cap = fraction(SettingKey.TETTO, new BigDecimal(2)).orElse(BigDecimal.ONE);
        int tolerance = tolerance();
        List<Band> bands = bandsSheet.map(new BandsSheetReader(reading)::read).filter(b -> !b.isEmpty())
                .orElse(PlanReader.DEFAULT_BANDS);
        LogoSetting.Result logo = LogoSetting.check(first(SettingKey.LOGO).map(cells::text).orElse(""), folder,
                reading.file(), SETTINGS, ref(SettingKey.LOGO));
        reading.findings().addAll(logo.findings());
        return new Settings(ente, year, verifiche, threshold, cap, tolerance, bands, logo.logo().map(Path::toString),
                missingValues(), first(SettingKey.MODELLO).map(cells::text).filter(t -> !t.isBlank()));
    }

    private MissingValues missingValues() {
        Optional<ExcelCell> cell = first(SettingKey.VALORI_MANCANTI);
        if (cell.isEmpty()) {
            return MissingValues.NOT_VALUED;
        }
        String text = cells.text(cell.get());
        Optional<MissingValues> rule = MissingValues.fromText(text);
        if (rule.isEmpty()) {
            reading.add(Severity.ERRORE, FindingCode.VALORI_MANCANTI_NON_VALIDO, SETTINGS, ref(SettingKey.VALORI_MANCANTI), "", text,
                    "non valutati oppure zero", "Valori mancanti accetta 'non valutati' (un indicatore senza valore"
                            + " resta fuori dal punteggio, calcolato su quanto riportato e con la copertura indicata)"
                            + " oppure 'zero' (un indicatore senza valore vale 0%): correggere la cella.");
            return MissingValues.NOT_VALUED;
        }
        return rule.get();
    }

    private Optional<ExcelCell> first(SettingKey key) {
        List<ExcelCell> vs = values.getOrDefault(key, List.of());
        return vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(0));
    }

    private String ref(SettingKey key) {
        Integer r = rows.get(key);
        return r == null ? "" : CellReferences.a1(r, 1);
    }

    private int year() {
        Optional<ExcelCell> cell = first(SettingKey.ANNO);
        if (cell.isEmpty()) {
            reading.add(Severity.ERRORE, FindingCode.ANNO_MANCANTE, SETTINGS, ref(SettingKey.ANNO), "", "", "un anno (es. 2024)",
                    "Manca l'anno del piano: scrivere 'Anno' in colonna A e l'anno (es. 2024) in colonna B del foglio Impostazioni.");
            return 2000;
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().percent() || n.get().value().stripTrailingZeros().scale() > 0
                || n.get().value().intValue() < 1900 || n.get().value().intValue() > 2200) {
            reading.add(Severity.ERRORE, FindingCode.ANNO_NON_VALIDO, SETTINGS, ref(SettingKey.ANNO), "", cells.text(cell.get()),
                    "un anno di quattro cifre", "L'anno del piano non è valido: scrivere l'anno con quattro cifre (es. 2024).");
            return 2000;
        }
        return n.get().value().intValue();
    }

    /** The dates written in a key's cells: date cells, or text split on ';' / ',' / new lines. */
    private List<Map.Entry<String, Optional<ParsedDate>>> dateItems(List<ExcelCell> vs, int year) {
        List<Map.Entry<String, Optional<ParsedDate>>> items = new ArrayList<>();
        for (ExcelCell c : vs) {
            if (c.isDateFormatted() || (!c.formula() && c.kind() == ExcelCell.Kind.NUMBER)) {
                items.add(Map.entry(cells.text(c), cells.date(c, year).flatMap(o -> o)));
                continue;
            }
            for (String part : cells.text(c).split("[;,\\n]")) {
                if (!part.isBlank()) {
                    items.add(Map.entry(part.strip(), ItalianDates.parse(part, year)));
                }
            }
        }
        return items;
    }

    private List<LocalDate> verifiche(int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        String where = ref(SettingKey.VERIFICHE);
        for (Map.Entry<String, Optional<ParsedDate>> item : dateItems(values.getOrDefault(SettingKey.VERIFICHE, List.of()), year)) {
            if (item.getValue().isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.VERIFICA_NON_VALIDA, SETTINGS, where, "", item.getKey(), "gg/mm (es. 30/06; 30/09; 31/12)",
                        "La verifica '" + item.getKey() + "' non è una data valida: scrivere le date separate da ';' (es. 30/06; 30/09; 31/12).");
            } else if (!dates.add(item.getValue().get().date())) {
                reading.add(Severity.ERRORE, FindingCode.VERIFICA_DUPLICATA, SETTINGS, where, "", item.getKey(), "date diverse",
                        "La verifica '" + item.getKey() + "' è scritta due volte: cancellare il duplicato.");
            }
        }
        if (dates.isEmpty()) {
            LocalDate end = LocalDate.of(year, 12, 31);
            reading.add(Severity.AVVISO, FindingCode.VERIFICHE_MANCANTI, SETTINGS, where, "", "", "es. 30/06; 31/12",
                    "Nessuna verifica indicata: si usa solo la verifica finale " + end.format(FULL)
                            + ". Per i monitoraggi intermedi scrivere accanto a 'Verifiche' le date (es. 30/06; 30/09; 31/12).");
            dates.add(end);
        }
        return List.copyOf(dates);
    }

    private List<Optional<LocalDate>> dues(int year, List<LocalDate> verifiche) {
        List<Optional<LocalDate>> none = verifiche.stream().map(v -> Optional.<LocalDate>empty()).toList();
        List<Map.Entry<String, Optional<ParsedDate>>> items = dateItems(values.getOrDefault(SettingKey.SCADENZE, List.of()), year);
        if (items.isEmpty()) {
            return none;
        }
        String where = ref(SettingKey.SCADENZE);
        if (items.size() != verifiche.size()) {
            reading.add(Severity.ERRORE, FindingCode.SCADENZE_NUMERO_DIVERSO, SETTINGS, where, "", items.size() + " scadenze",
                    verifiche.size() + " scadenze", "Le scadenze di consegna sono " + items.size() + " ma le verifiche sono "
                            + verifiche.size() + ": scrivere una scadenza per ogni verifica, nello stesso ordine (es. 15/07; 15/10; 31/01).");
            return none;
        }
        List<Optional<LocalDate>> dues = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map.Entry<String, Optional<ParsedDate>> item = items.get(i);
            if (item.getValue().isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.SCADENZA_NON_VALIDA, SETTINGS, where, "", item.getKey(), "gg/mm/aaaa",
                        "La scadenza di consegna '" + item.getKey() + "' non è una data valida: scriverla come gg/mm (es. 15/07) o gg/mm/aaaa.");
                dues.add(Optional.empty());
                continue;
            }
            LocalDate due = item.getValue().get().date();
            // "31/01" after a 31/12 verifica means January of the next year
            if (due.isBefore(verifiche.get(i)) && !EXPLICIT_YEAR.matcher(item.getKey()).matches()) {
                due = due.plusYears(1);
            }
            dues.add(Optional.of(due));
        }
        return dues;
    }

    /** A percentage setting as a fraction: a percent cell or text with %, else a value up to {@code asIsUpTo} as a fraction, above it as points. */
    private Optional<BigDecimal> fraction(SettingKey key, BigDecimal asIsUpTo) {
        Optional<ExcelCell> cell = first(key);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().value().signum() < 0) {
            reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, SETTINGS, ref(key), "", cells.text(cell.get()), "una percentuale (es. 60%)",
                    "'" + key.header() + "' non è una percentuale valida: scrivere ad esempio 60%.");
            return Optional.empty();
        }
        return Optional.of(fraction(n.get(), asIsUpTo));
    }

    static BigDecimal fraction(ParsedNumber n, BigDecimal asIsUpTo) {
        if (n.percent() || n.value().compareTo(asIsUpTo) <= 0) {
            return Decimals.normal(n.value());
        }
        return Decimals.normal(n.value().movePointLeft(2));
    }

    private int tolerance() {
        Optional<ExcelCell> cell = first(SettingKey.TOLLERANZA);
        if (cell.isEmpty()) {
            return 0;
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().percent() || n.get().value().signum() < 0 || n.get().value().stripTrailingZeros().scale() > 0) {
            reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, SETTINGS, ref(SettingKey.TOLLERANZA), "", cells.text(cell.get()),
                    "un numero intero di giorni (es. 30)", "La tolleranza delle scadenze va scritta in giorni interi (es. 30; 0 = nessuna tolleranza).");
            return 0;
        }
        return n.get().value().intValue();
    }
}
