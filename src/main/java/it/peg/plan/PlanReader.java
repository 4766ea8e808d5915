package it.peg.plan;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.PegFault;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Severity;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedDate;
import it.peg.italian.ParsedNumber;
import it.peg.italian.ParsedTarget;
import it.peg.italian.Polarities;
import it.peg.italian.TargetParser;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan workbook (SPEC section 3) into a {@link Plan}, then runs {@link PlanChecker}. Never
 * throws for bad input: a missing, non-xlsx, encrypted or corrupt file, a missing sheet or column, an
 * unreadable cell are all findings that name the sheet, the cell and the fix.
 * <p>An .xlsx file is read streaming ({@link StreamingWorkbook}: one row at a time, no cell objects), so that the
 * plan of a very large comune is read fast and in little memory; other files (.xls, and anything POI's
 * {@link WorkbookFactory} must decide about, such as a password-protected file) through POI's usermodel. Both give
 * the same plan and the same findings.
 */
public final class PlanReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanReader.class);
    public static final String SETTINGS = "Impostazioni";
    public static final String BANDS = "Fasce";
    public static final String SERVICES = "Servizi";
    public static final String OBJECTIVES = "Obiettivi";
    public static final String INDICATORS = "Indicatori";
    public static final String PHASES = "Fasi";
    public static final String DATA = "Dati";

    static final List<Band> DEFAULT_BANDS = List.of(new Band(BigDecimal.ZERO, "Non raggiunto"),
            new Band(new BigDecimal("0.6"), "Parzialmente raggiunto"), new Band(new BigDecimal("0.9"), "Raggiunto"));

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern TARGET_AT = Pattern.compile("target (.+)");
    private static final Pattern WEIGHT_AT = Pattern.compile("peso (.+)");
    private static final Pattern YEAR = Pattern.compile("(?:.*\\D)?((?:19|20)\\d{2})(?:\\D.*)?");
    private static final Pattern SCALE = Pattern.compile("(?i).*scala\\s*(-?\\d+)\\s*[-–/a]+\\s*(-?\\d+).*");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile(".*\\d{4}.*|.*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2}\\s*");

    private final String file;
    /** The plan's folder: a relative Logo path starts there. */
    private final Path folder;
    private PreviousSummary previous = PreviousSummary.none();
    /** Where findings go now: rows of a table add theirs to a deferred list (see {@link #eachLine}). */
    private List<Finding> findings = new ArrayList<>();
    private final PlanLayout layout = new PlanLayout();
    private Cells cells;

    private PlanReader(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    /** Reads and checks the plan workbook at {@code path}. */
    public static PlanReadResult read(Path path) {
        return read(path, true);
    }

    /**
     * Reads and checks the plan, taking the baseline of a relative target without one in the plan from last year's
     * summary ({@code --previous FILE}); the summary's own findings come first.
     */
    public static PlanReadResult read(Path path, PreviousSummary previous) {
        PlanReadResult r = read(path, true, previous);
        List<Finding> all = new ArrayList<>(previous.findings());
        all.addAll(r.findings());
        return new PlanReadResult(r.plan(), all);
    }

    static PlanReadResult read(Path path, boolean streaming) {
        return read(path, streaming, PreviousSummary.none());
    }

    /** Reads with the streaming reader for .xlsx files when {@code streaming}, else always with POI's usermodel. */
    private static PlanReadResult read(Path path, boolean streaming, PreviousSummary previous) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Path parent = path.toAbsolutePath().getParent();
        PlanReader reader = new PlanReader(name, parent == null ? Path.of("").toAbsolutePath() : parent);
        reader.previous = previous;
        if (Files.isDirectory(path)) {
            reader.findings.add(new Finding(Severity.ERRORE, "PIANO_CARTELLA", name, "", "", "", path.toString(), "un file .xlsx",
                    folderMessage(path)));
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        if (!Files.isRegularFile(path)) {
            reader.findings.add(new Finding(Severity.ERRORE, "PIANO_NON_TROVATO", name, "", "", "", path.toString(), "",
                    "Il file del piano '" + path + "' non esiste o non è un file. Controllare il percorso indicato con"
                            + " --plan; per crearne uno vuoto: peg init --out " + name));
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        PlanWorkbook wb;
        Optional<Workbook> poi = Optional.empty();
        try {
            if (streaming && FileMagic.valueOf(path.toFile()) == FileMagic.OOXML) {
                wb = StreamingWorkbook.open(path.toFile());
            } else {
                poi = Optional.of(WorkbookFactory.create(path.toFile(), null, true));
                wb = new UsermodelWorkbook(poi.get());
            }
        } catch (EncryptedDocumentException e) {
            reader.findings.add(new Finding(Severity.ERRORE, "PIANO_PROTETTO", name, "", "", "", "", "",
                    "Il piano '" + name + "' è protetto da password: aprirlo in Excel o LibreOffice, togliere la password"
                            + " (File > Proprietà / Proteggi documento) e salvarlo di nuovo come .xlsx."));
            return new PlanReadResult(Optional.empty(), reader.findings);
        } catch (Exception | LinkageError e) {
            reader.unreadable(e);
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        try {
            return reader.readOpened(wb);
        } finally {
            poi.ifPresent(PlanReader::closeQuietly);
        }
    }

    /**
     * Reads a workbook that opened. A file that breaks off halfway is unreadable; any other exception is a fault
     * of peg ({@link PegFault}), never blamed on the file.
     */
    PlanReadResult readOpened(PlanWorkbook wb) {
        try (wb) {
            return read(wb);
        } catch (PlanFileException | java.io.UncheckedIOException e) {
            unreadable(e); // the file breaks off halfway (truncated XML, a part missing)
        } catch (Exception | LinkageError | StackOverflowError e) {
            findings.clear();
            findings.add(PegFault.finding(e, "la lettura del piano", file, ""));
        }
        return new PlanReadResult(Optional.empty(), findings);
    }

    /** A reader for {@link #readOpened}, for a test that makes peg fail on purpose. */
    static PlanReader forFile(String file) {
        return new PlanReader(file, Path.of("").toAbsolutePath());
    }

    private static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (java.io.IOException | RuntimeException e) {
            // opened read-only: nothing to save, nothing lost
        }
    }

    private void unreadable(Throwable e) {
        // why POI gave up is for the log (-v); the user reads what to do, never an exception's class
        LOG.debug("plan {} not readable", file, e);
        findings.clear(); // a sheet that breaks halfway: only this finding, as for a file that does not open
        findings.add(new Finding(Severity.ERRORE, "PIANO_ILLEGGIBILE", file, "", "", "", "", "file .xlsx",
                "Il piano '" + file + "' non è una cartella di lavoro Excel leggibile."
                        + " Aprirlo in Excel o LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)',"
                        + " oppure crearne uno nuovo con: peg init --out piano.xlsx"));
    }

    /** What to say when {@code --plan} names a folder: it exists, it is just not a file. */
    public static String folderMessage(Path path) {
        return "'" + path + "' è una cartella, non il file del piano: indicare con --plan il file .xlsx del piano"
                + " (es. --plan " + path.resolve("piano.xlsx") + ").";
    }

    /**
     * Reads and checks an already open workbook; {@code fileName} is used in findings, and a relative Logo path
     * starts from the working folder.
     */
    public static PlanReadResult read(Workbook wb, String fileName) {
        return new PlanReader(fileName, Path.of("").toAbsolutePath()).read(new UsermodelWorkbook(wb));
    }

    private PlanReadResult read(PlanWorkbook wb) {
        cells = new Cells(wb.date1904(), new Dedup());
        Optional<PlanSheet> settingsSheet = sheet(wb, SETTINGS, true);
        Optional<PlanSheet> servicesSheet = sheet(wb, SERVICES, true);
        Optional<PlanSheet> objectivesSheet = sheet(wb, OBJECTIVES, true);
        Optional<PlanSheet> indicatorsSheet = sheet(wb, INDICATORS, true);
        if (settingsSheet.isEmpty()) {
            return new PlanReadResult(Optional.empty(), findings);
        }
        Settings settings = settings(settingsSheet.get(), sheet(wb, BANDS, false).map(Table::new));
        int year = settings.year();
        List<Service> services = servicesSheet.map(s -> services(new Table(s))).orElse(List.of());
        List<Objective> objectives = objectivesSheet.map(s -> objectives(new Table(s), year)).orElse(List.of());
        List<Indicator> indicators = indicatorsSheet.map(s -> indicators(new Table(s), year)).orElse(List.of());
        List<Phase> phases = sheet(wb, PHASES, false).map(s -> phases(new Table(s))).orElse(List.of());
        List<Integer> dataYears = new ArrayList<>();
        List<DataRow> dataRows = sheet(wb, DATA, false).map(s -> data(new Table(s), dataYears)).orElse(List.of());
        Plan plan = new Plan(settings, services, objectives, indicators, phases, dataYears, dataRows);
        findings.addAll(PlanChecker.check(plan, layout).stream().map(f -> f.withFile(file)).toList());
        return new PlanReadResult(Optional.of(plan), findings);
    }

    // ---------------------------------------------------------------- sheets and tables

    private Optional<PlanSheet> sheet(PlanWorkbook wb, String name, boolean required) {
        List<String> names = wb.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (Headers.normalise(names.get(i)).equals(Headers.normalise(name))) {
                return Optional.of(wb.sheet(i));
            }
        }
        if (required) {
            add(Severity.ERRORE, "FOGLIO_MANCANTE", name, "", "", "", "foglio '" + name + "'",
                    "Manca il foglio '" + name + "'. Aggiungerlo con le intestazioni in riga 1 (un piano vuoto di esempio:"
                            + " peg init --out piano.xlsx).");
        }
        return Optional.empty();
    }

    /** A sheet's header row mapped to a column enum; empty (with findings) when a required column is missing. */
    private <E extends Enum<E> & Column> Optional<Map<E, Integer>> header(Table sheet, Class<E> type,
                                                                          Map<Integer, String> allHeaders) {
        SheetRow row = sheet.header();
        for (int col : row.columns()) {
            String text = cells.text(row.cell(col));
            if (!text.isEmpty()) {
                allHeaders.put(col, text);
                layout.put(sheet.name(), text, col);
            }
        }
        Map<E, Integer> map = Headers.map(type, allHeaders);
        map.forEach((col, idx) -> layout.put(canonical(sheet), col.header(), idx));
        boolean ok = true;
        for (E c : type.getEnumConstants()) {
            if (c.required() && !map.containsKey(c)) {
                ok = false;
                add(Severity.ERRORE, "COLONNA_MANCANTE", canonical(sheet), "", "", "", "colonna '" + c.header() + "'",
                        "Nel foglio '" + sheet.name() + "' manca la colonna '" + c.header()
                                + "': aggiungerla in riga 1 (maiuscole, accenti e ordine non contano).");
            }
        }
        return ok ? Optional.of(map) : Optional.empty();
    }

    private String canonical(Table sheet) {
        for (String n : List.of(SETTINGS, BANDS, SERVICES, OBJECTIVES, INDICATORS, PHASES, DATA)) {
            if (Headers.normalise(n).equals(Headers.normalise(sheet.name()))) {
                return n;
            }
        }
        return sheet.name();
    }

    /**
     * A table sheet read once from top to bottom: its header row (row 1, or none), then its other rows.
     */
    private static final class Table {
        private final PlanSheet sheet;
        private final Iterator<SheetRow> rows;
        private SheetRow pending;

        Table(PlanSheet sheet) {
            this.sheet = sheet;
            this.rows = sheet.rows();
        }

        String name() {
            return sheet.name();
        }

        /** Row 1; an empty row when the sheet has none. Called once, before {@link #next()}. */
        SheetRow header() {
            if (rows.hasNext()) {
                SheetRow first = rows.next();
                if (first.index() == 0) {
                    return first;
                }
                pending = first;
            }
            return SheetRow.empty(0);
        }

        boolean hasNext() {
            return pending != null || rows.hasNext();
        }

        SheetRow next() {
            if (pending != null) {
                SheetRow r = pending;
                pending = null;
                return r;
            }
            return rows.next();
        }
    }

    /** One data row of a sheet: its cells by column. */
    private final class Line<E extends Enum<E> & Column> {
        final SheetRow sheetRow;
        final int index;
        final Map<E, Integer> cols;

        Line(SheetRow sheetRow, Map<E, Integer> cols) {
            this.sheetRow = sheetRow;
            this.index = sheetRow.index();
            this.cols = cols;
        }

        SheetCell cell(E col) {
            Integer c = cols.get(col);
            return c == null ? null : sheetRow.cell(c);
        }

        SheetCell cell(int col) {
            return sheetRow.cell(col);
        }

        String text(E col) {
            return cells.text(cell(col));
        }

        String ref(E col) {
            Integer c = cols.get(col);
            return c == null ? "" : Cells.ref(index, c);
        }

        int row() {
            return index + 1;
        }

        boolean blank() {
            return cols.keySet().stream().allMatch(c -> text(c).isEmpty());
        }
    }

    /**
     * Hands each data row with a code to {@code body}, one at a time as the sheet is read. Findings keep the order
     * of a two-pass read: first every row without a code, then the findings of the rows in order.
     */
    private <E extends Enum<E> & Column> void eachLine(Table sheet, Map<E, Integer> cols, E codeColumn,
                                                       Consumer<Line<E>> body) {
        eachLine(sheet, cols, codeColumn, List.of(), body);
    }

    private <E extends Enum<E> & Column> void eachLine(Table sheet, Map<E, Integer> cols, E codeColumn,
                                                       java.util.Collection<Integer> otherColumns, Consumer<Line<E>> body) {
        TreeSet<Integer> read = new TreeSet<>(cols.values());
        read.addAll(otherColumns);
        List<Finding> outer = findings;
        List<Finding> rowFindings = new ArrayList<>();
        while (sheet.hasNext()) {
            SheetRow row = sheet.next();
            if (row.index() < 1) {
                continue;
            }
            Line<E> line = new Line<>(row, cols);
            if (line.blank()) {
                continue;
            }
            if (line.text(codeColumn).isEmpty()) {
                add(Severity.ERRORE, "CODICE_MANCANTE", canonical(sheet), line.ref(codeColumn), "", "", "un codice",
                        "La riga " + line.row() + " del foglio '" + sheet.name() + "' ha dati ma nessun '"
                                + codeColumn.header() + "': scriverlo, oppure cancellare la riga.");
                continue;
            }
            findings = rowFindings;
            try {
                String code = line.text(codeColumn);
                for (int col : read) {
                    formula(line.cell(col), canonical(sheet), Cells.ref(line.index, col), code);
                }
                body.accept(line);
            } finally {
                findings = outer;
            }
        }
        findings.addAll(rowFindings);
    }

    /** A formula in a plan cell: its finding, naming the cell (see {@link FormulaAdvice}). */
    private void formula(SheetCell cell, String sheet, String ref, String code) {
        if (cell != null) {
            FormulaAdvice.finding(cell, cells.text(cell), file, sheet, ref, code).ifPresent(findings::add);
        }
    }

    // ---------------------------------------------------------------- Impostazioni and Fasce

    private Settings settings(PlanSheet sheet, Optional<Table> bandsSheet) {
        Map<SettingKey, List<SheetCell>> values = new EnumMap<>(SettingKey.class);
        Map<SettingKey, Integer> rows = new EnumMap<>(SettingKey.class);
        for (Iterator<SheetRow> it = sheet.rows(); it.hasNext(); ) {
            SheetRow row = it.next();
            Optional<SettingKey> key = Headers.find(SettingKey.class, cells.text(row.cell(0)));
            if (key.isEmpty() || values.containsKey(key.get())) {
                continue;
            }
            List<SheetCell> vs = new ArrayList<>();
            for (int c = 1; c < Math.max(2, row.lastCellNum()); c++) {
                SheetCell cell = row.cell(c);
                if (cell != null && !cells.text(cell).isEmpty()) {
                    vs.add(cell);
                }
            }
            values.put(key.get(), vs);
            rows.put(key.get(), row.index());
        }
        String ente = first(values, SettingKey.ENTE).map(cells::text).orElse("");
        if (ente.isEmpty()) {
            add(Severity.AVVISO, "ENTE_MANCANTE", SETTINGS, ref(rows, SettingKey.ENTE), "", "", "nome dell'ente",
                    "Manca il nome dell'ente: scriverlo accanto a 'Ente' (es. Comune di Trezzo sull'Adda); compare nelle schede.");
        }
        int year = year(values, rows);
        List<LocalDate> dates = verifiche(values, rows, year);
        List<Optional<LocalDate>> dues = dues(values, rows, year, dates);
        List<Verifica> verifiche = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            verifiche.add(new Verifica(dates.get(i), dues.get(i), i == dates.size() - 1));
        }
        BigDecimal threshold = fraction(values, rows, SettingKey.SOGLIA, BigDecimal.ONE).orElse(BigDecimal.ZERO);
        BigDecimal cap = fraction(values, rows, SettingKey.TETTO, new BigDecimal(2)).orElse(BigDecimal.ONE);
        int tolerance = tolerance(values, rows);
        List<Band> bands = bandsSheet.map(this::bands).filter(b -> !b.isEmpty()).orElse(DEFAULT_BANDS);
        LogoSetting.Result logo = LogoSetting.check(first(values, SettingKey.LOGO).map(cells::text).orElse(""), folder,
                file, SETTINGS, ref(rows, SettingKey.LOGO));
        findings.addAll(logo.findings());
        return new Settings(ente, year, verifiche, threshold, cap, tolerance, bands, logo.logo().map(Path::toString),
                missingValues(values, rows), first(values, SettingKey.MODELLO).map(cells::text).filter(t -> !t.isBlank()));
    }

    private it.peg.domain.MissingValues missingValues(Map<SettingKey, List<SheetCell>> values,
                                                      Map<SettingKey, Integer> rows) {
        Optional<SheetCell> cell = first(values, SettingKey.VALORI_MANCANTI);
        if (cell.isEmpty()) {
            return it.peg.domain.MissingValues.NOT_VALUED;
        }
        String text = cells.text(cell.get());
        Optional<it.peg.domain.MissingValues> rule = it.peg.domain.MissingValues.fromText(text);
        if (rule.isEmpty()) {
            add(Severity.ERRORE, "VALORI_MANCANTI_NON_VALIDO", SETTINGS, ref(rows, SettingKey.VALORI_MANCANTI), "", text,
                    "non valutati oppure zero", "Valori mancanti accetta 'non valutati' (un indicatore senza valore"
                            + " resta fuori dal punteggio, calcolato su quanto riportato e con la copertura indicata)"
                            + " oppure 'zero' (un indicatore senza valore vale 0%): correggere la cella.");
            return it.peg.domain.MissingValues.NOT_VALUED;
        }
        return rule.get();
    }

    private static Optional<SheetCell> first(Map<SettingKey, List<SheetCell>> values, SettingKey key) {
        List<SheetCell> vs = values.getOrDefault(key, List.of());
        return vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(0));
    }

    private static String ref(Map<SettingKey, Integer> rows, SettingKey key) {
        Integer r = rows.get(key);
        return r == null ? "" : Cells.ref(r, 1);
    }

    private int year(Map<SettingKey, List<SheetCell>> values, Map<SettingKey, Integer> rows) {
        Optional<SheetCell> cell = first(values, SettingKey.ANNO);
        if (cell.isEmpty()) {
            add(Severity.ERRORE, "ANNO_MANCANTE", SETTINGS, ref(rows, SettingKey.ANNO), "", "", "un anno (es. 2024)",
                    "Manca l'anno del piano: scrivere 'Anno' in colonna A e l'anno (es. 2024) in colonna B del foglio Impostazioni.");
            return 2000;
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().percent() || n.get().value().stripTrailingZeros().scale() > 0
                || n.get().value().intValue() < 1900 || n.get().value().intValue() > 2200) {
            add(Severity.ERRORE, "ANNO_NON_VALIDO", SETTINGS, ref(rows, SettingKey.ANNO), "", cells.text(cell.get()),
                    "un anno di quattro cifre", "L'anno del piano non è valido: scrivere l'anno con quattro cifre (es. 2024).");
            return 2000;
        }
        return n.get().value().intValue();
    }

    /** The dates written in a key's cells: date cells, or text split on ';' / ',' / new lines. */
    private List<Map.Entry<String, Optional<ParsedDate>>> dateItems(List<SheetCell> vs, int year) {
        List<Map.Entry<String, Optional<ParsedDate>>> items = new ArrayList<>();
        for (SheetCell c : vs) {
            if (c.isDateFormatted() || (!c.formula() && c.kind() == SheetCell.Kind.NUMBER)) {
                items.add(Map.entry(cells.text(c), cells.date(c, year).flatMap(o -> o)));
                continue;
            }
            for (String part : cells.text(c).split("[;,\\n]")) {
                if (!part.isBlank()) {
                    items.add(Map.entry(part.strip(), it.peg.italian.ItalianDates.parse(part, year)));
                }
            }
        }
        return items;
    }

    private List<LocalDate> verifiche(Map<SettingKey, List<SheetCell>> values, Map<SettingKey, Integer> rows, int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        String where = ref(rows, SettingKey.VERIFICHE);
        for (Map.Entry<String, Optional<ParsedDate>> item : dateItems(values.getOrDefault(SettingKey.VERIFICHE, List.of()), year)) {
            if (item.getValue().isEmpty()) {
                add(Severity.ERRORE, "VERIFICA_NON_VALIDA", SETTINGS, where, "", item.getKey(), "gg/mm (es. 30/06; 30/09; 31/12)",
                        "La verifica '" + item.getKey() + "' non è una data valida: scrivere le date separate da ';' (es. 30/06; 30/09; 31/12).");
            } else if (!dates.add(item.getValue().get().date())) {
                add(Severity.ERRORE, "VERIFICA_DUPLICATA", SETTINGS, where, "", item.getKey(), "date diverse",
                        "La verifica '" + item.getKey() + "' è scritta due volte: cancellare il duplicato.");
            }
        }
        if (dates.isEmpty()) {
            LocalDate end = LocalDate.of(year, 12, 31);
            add(Severity.AVVISO, "VERIFICHE_MANCANTI", SETTINGS, where, "", "", "es. 30/06; 31/12",
                    "Nessuna verifica indicata: si usa solo la verifica finale " + end.format(FULL)
                            + ". Per i monitoraggi intermedi scrivere accanto a 'Verifiche' le date (es. 30/06; 30/09; 31/12).");
            dates.add(end);
        }
        return List.copyOf(dates);
    }

    private List<Optional<LocalDate>> dues(Map<SettingKey, List<SheetCell>> values, Map<SettingKey, Integer> rows, int year,
                                           List<LocalDate> verifiche) {
        List<Optional<LocalDate>> none = verifiche.stream().map(v -> Optional.<LocalDate>empty()).toList();
        List<Map.Entry<String, Optional<ParsedDate>>> items = dateItems(values.getOrDefault(SettingKey.SCADENZE, List.of()), year);
        if (items.isEmpty()) {
            return none;
        }
        String where = ref(rows, SettingKey.SCADENZE);
        if (items.size() != verifiche.size()) {
            add(Severity.ERRORE, "SCADENZE_NUMERO_DIVERSO", SETTINGS, where, "", items.size() + " scadenze",
                    verifiche.size() + " scadenze", "Le scadenze di consegna sono " + items.size() + " ma le verifiche sono "
                            + verifiche.size() + ": scrivere una scadenza per ogni verifica, nello stesso ordine (es. 15/07; 15/10; 31/01).");
            return none;
        }
        List<Optional<LocalDate>> dues = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map.Entry<String, Optional<ParsedDate>> item = items.get(i);
            if (item.getValue().isEmpty()) {
                add(Severity.ERRORE, "SCADENZA_NON_VALIDA", SETTINGS, where, "", item.getKey(), "gg/mm/aaaa",
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
    private Optional<BigDecimal> fraction(Map<SettingKey, List<SheetCell>> values, Map<SettingKey, Integer> rows, SettingKey key,
                                         BigDecimal asIsUpTo) {
        Optional<SheetCell> cell = first(values, key);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().value().signum() < 0) {
            add(Severity.ERRORE, "NUMERO_NON_VALIDO", SETTINGS, ref(rows, key), "", cells.text(cell.get()), "una percentuale (es. 60%)",
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

    private int tolerance(Map<SettingKey, List<SheetCell>> values, Map<SettingKey, Integer> rows) {
        Optional<SheetCell> cell = first(values, SettingKey.TOLLERANZA);
        if (cell.isEmpty()) {
            return 0;
        }
        Optional<ParsedNumber> n = cells.number(cell.get()).flatMap(o -> o);
        if (n.isEmpty() || n.get().percent() || n.get().value().signum() < 0 || n.get().value().stripTrailingZeros().scale() > 0) {
            add(Severity.ERRORE, "NUMERO_NON_VALIDO", SETTINGS, ref(rows, SettingKey.TOLLERANZA), "", cells.text(cell.get()),
                    "un numero intero di giorni (es. 30)", "La tolleranza delle scadenze va scritta in giorni interi (es. 30; 0 = nessuna tolleranza).");
            return 0;
        }
        return n.get().value().intValue();
    }

    private List<Band> bands(Table sheet) {
        Optional<Map<BandColumn, Integer>> cols = header(sheet, BandColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>();
        eachLine(sheet, cols.get(), BandColumn.DA, line -> {
            Optional<ParsedNumber> from = cells.number(line.cell(BandColumn.DA)).flatMap(o -> o);
            String esito = line.text(BandColumn.ESITO);
            if (from.isEmpty()) {
                add(Severity.ERRORE, "NUMERO_NON_VALIDO", BANDS, line.ref(BandColumn.DA), "", line.text(BandColumn.DA),
                        "una percentuale (es. 60%)", "La soglia della fascia non è una percentuale: scrivere ad esempio 60%.");
            } else if (esito.isEmpty()) {
                add(Severity.ERRORE, "VALORE_MANCANTE", BANDS, line.ref(BandColumn.ESITO), "", "", "un esito",
                        "Manca l'esito della fascia: scriverlo (es. Raggiunto).");
            } else {
                bands.add(new Band(fraction(from.get(), BigDecimal.ONE), esito));
            }
        });
        return bands;
    }

    // ---------------------------------------------------------------- Servizi

    private List<Service> services(Table sheet) {
        Optional<Map<ServiceColumn, Integer>> cols = header(sheet, ServiceColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Service> services = new ArrayList<>();
        eachLine(sheet, cols.get(), ServiceColumn.CODICE, l -> services.add(new Service(l.text(ServiceColumn.CODICE), l.text(ServiceColumn.DIREZIONE), l.text(ServiceColumn.DIRETTORE),
                    l.text(ServiceColumn.SETTORE), l.text(ServiceColumn.RESPONSABILE_SETTORE), l.text(ServiceColumn.SERVIZIO), l.text(ServiceColumn.DIRIGENTE),
                    l.text(ServiceColumn.RESPONSABILE), l.text(ServiceColumn.REFERENTE_POLITICO),
                    l.text(ServiceColumn.CLASSIFICAZIONE), l.text(ServiceColumn.PERSONALE), l.text(ServiceColumn.FUNZIONI), l.row())));
        if (services.isEmpty()) {
            // nothing to generate, nothing to score: such a plan is not "valido"
            add(Severity.ERRORE, "PIANO_SENZA_SERVIZI", SERVICES, "", "", "", "almeno un servizio",
                    "Il foglio '" + sheet.name() + "' non contiene alcun servizio: aggiungere una riga per ogni servizio"
                            + " (almeno il Codice e il nome del Servizio) sotto l'intestazione.");
        }
        return services;
    }

    // ---------------------------------------------------------------- Obiettivi

    /** An objective's start or end date; a text that is no date (31/02/2027) is an error, not a blank. */
    private Optional<LocalDate> objectiveDate(Line<ObjectiveColumn> l, ObjectiveColumn column, String code, int year) {
        Optional<Optional<ParsedDate>> read = cells.date(l.cell(column), year);
        if (read.isPresent() && read.get().isEmpty()) {
            String text = l.text(column);
            if (it.peg.italian.ItalianDates.looksLikeDate(text)) {
                add(Severity.ERRORE, "DATA_NON_VALIDA", OBJECTIVES, l.ref(column), code, text, "una data gg/mm/aaaa",
                        "La data '" + text + "' in '" + column.header() + "' non esiste nel calendario: scriverla come"
                                + " gg/mm/aaaa (es. 31/12/" + year + ") o lasciare la cella vuota.");
            } else if (text.chars().anyMatch(Character::isLetterOrDigit)) {
                // the forms write "continuativo", "-----" for an objective without dates: a word is read as none
                add(Severity.AVVISO, "DATA_NON_RICONOSCIUTA", OBJECTIVES, l.ref(column), code, text, "una data gg/mm/aaaa",
                        "'" + text + "' in '" + column.header() + "' non è una data ed è ignorata: per indicare una data"
                                + " scriverla come gg/mm/aaaa (es. 31/12/" + year + ").");
            }
        }
        return read.flatMap(o -> o).map(ParsedDate::date);
    }

    private List<Objective> objectives(Table sheet, int year) {
        Optional<Map<ObjectiveColumn, Integer>> cols = header(sheet, ObjectiveColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Objective> objectives = new ArrayList<>();
        eachLine(sheet, cols.get(), ObjectiveColumn.CODICE, l -> {
            String code = l.text(ObjectiveColumn.CODICE);
            Optional<LocalDate> start = cells.shared(objectiveDate(l, ObjectiveColumn.DATA_INIZIO, code, year));
            Optional<LocalDate> end = cells.shared(objectiveDate(l, ObjectiveColumn.DATA_FINE, code, year));
            String aggregationText = Headers.normalise(l.text(ObjectiveColumn.AGGREGAZIONE));
            Aggregation aggregation = Aggregation.WEIGHTED_MEAN;
            if (aggregationText.equals("tutti") || aggregationText.startsWith("tutti ")) {
                aggregation = Aggregation.ALL;
            } else if (!aggregationText.isEmpty() && !aggregationText.startsWith("media")) {
                add(Severity.ERRORE, "VALORE_NON_VALIDO", OBJECTIVES, l.ref(ObjectiveColumn.AGGREGAZIONE), code,
                        l.text(ObjectiveColumn.AGGREGAZIONE), "media pesata | tutti",
                        "Aggregazione non riconosciuta: scrivere 'media pesata' (il default) oppure 'tutti' (raggiunto solo se ogni indicatore raggiunge il target).");
            }
            objectives.add(new Objective(code, l.text(ObjectiveColumn.SERVIZIO), l.text(ObjectiveColumn.TITOLO),
                    l.text(ObjectiveColumn.DESCRIZIONE), l.text(ObjectiveColumn.TIPO), l.text(ObjectiveColumn.COLLEGATO_A),
                    l.text(ObjectiveColumn.MISSIONE_PROGRAMMA), weight(l, ObjectiveColumn.PESO, OBJECTIVES, code),
                    start, l.text(ObjectiveColumn.DATA_INIZIO), end, l.text(ObjectiveColumn.DATA_FINE),
                    yesNo(l, ObjectiveColumn.PLURIENNALE, OBJECTIVES, code), l.text(ObjectiveColumn.RISORSE_UMANE),
                    l.text(ObjectiveColumn.RISORSE_FINANZIARIE), amount(l, ObjectiveColumn.ENTRATA, code),
                    amount(l, ObjectiveColumn.SPESA, code), l.text(ObjectiveColumn.ALTRI_SERVIZI),
                    l.text(ObjectiveColumn.RESPONSABILE), aggregation, l.row()));
        });
        return objectives;
    }

    /** A weight on the percentage-points scale as written: 20%, a percent cell 0.2 and 20 all give 20; 1,2 gives 1.2. */
    private <E extends Enum<E> & Column> Optional<BigDecimal> weight(Line<E> l, E col, String sheet, String code) {
        return weight(l.cell(col), l.ref(col), sheet, code, col.header());
    }

    private Optional<BigDecimal> weight(SheetCell cell, String ref, String sheet, String code, String header) {
        Optional<Optional<ParsedNumber>> n = cells.number(cell);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get().isEmpty()) {
            add(Severity.ERRORE, "NUMERO_NON_VALIDO", sheet, ref, code, cells.text(cell), "un numero o una percentuale (es. 20 o 20%)",
                    "'" + header + "' non è un numero: scrivere il peso come percentuale (es. 20%) o coefficiente (es. 1,2), oppure lasciarlo vuoto.");
            return Optional.empty();
        }
        ParsedNumber p = n.get().get();
        return cells.shared(Optional.of(cells.shared(Decimals.normal(p.percent() ? p.value().movePointRight(2) : p.value()))));
    }

    private <E extends Enum<E> & Column> Optional<BigDecimal> amount(Line<E> l, E col, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(col));
        if (n.isPresent() && n.get().isEmpty()) {
            add(Severity.AVVISO, "NUMERO_NON_VALIDO", OBJECTIVES, l.ref(col), code, l.text(col), "un importo in euro (es. 5.000,00)",
                    "'" + col.header() + "' non è un importo: scrivere solo la cifra (es. 5.000,00); il testo va in 'Risorse finanziarie'. Il valore è ignorato.");
        }
        return cells.shared(n.flatMap(o -> o).map(ParsedNumber::value));
    }

    private <E extends Enum<E> & Column> boolean yesNo(Line<E> l, E col, String sheet, String code) {
        String t = Headers.normalise(l.text(col)).replace("'", "");
        if (t.isEmpty() || t.equals("no") || t.equals("falso") || t.equals("false") || t.equals("0") || t.equals("n")) {
            return false;
        }
        if (t.equals("si") || t.equals("vero") || t.equals("true") || t.equals("1") || t.equals("x") || t.equals("s")) {
            return true;
        }
        add(Severity.ERRORE, "VALORE_NON_VALIDO", sheet, l.ref(col), code, l.text(col), "SI | NO",
                "'" + col.header() + "' accetta solo SI o NO (vuoto = NO).");
        return false;
    }

    // ---------------------------------------------------------------- Indicatori

    private List<Indicator> indicators(Table sheet, int year) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        Optional<Map<IndicatorColumn, Integer>> found = header(sheet, IndicatorColumn.class, headers);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<IndicatorColumn, Integer> cols = found.get();
        Map<Integer, LocalDate> targetCols = new TreeMap<>();
        Map<Integer, LocalDate> weightCols = new TreeMap<>();
        headers.forEach((idx, text) -> {
            if (cols.containsValue(idx)) {
                return;
            }
            String n = Headers.normalise(text);
            Matcher t = TARGET_AT.matcher(n);
            Matcher w = WEIGHT_AT.matcher(n);
            Matcher m = t.matches() ? t : w.matches() ? w : null;
            if (m == null) {
                return;
            }
            Optional<ParsedDate> d = it.peg.italian.ItalianDates.parse(m.group(1), year);
            if (d.isEmpty()) {
                add(Severity.ERRORE, "COLONNA_NON_VALIDA", INDICATORS, Cells.ref(0, idx), "", text, "Target gg/mm o Peso gg/mm",
                        "L'intestazione '" + text + "' non indica una verifica: scrivere ad esempio 'Target 30/06' o 'Peso 30/06'.");
            } else {
                (m == t ? targetCols : weightCols).put(idx, d.get().date());
            }
        });
        List<Indicator> indicators = new ArrayList<>();
        List<Integer> dated = new ArrayList<>(targetCols.keySet());
        dated.addAll(weightCols.keySet());
        eachLine(sheet, cols, IndicatorColumn.CODICE, dated,
                l -> indicator(l, year, targetCols, weightCols).ifPresent(indicators::add));
        return indicators;
    }

    private Optional<Indicator> indicator(Line<IndicatorColumn> l, int year, Map<Integer, LocalDate> targetCols,
                                          Map<Integer, LocalDate> weightCols) {
        String code = l.text(IndicatorColumn.CODICE);
        String unit = l.text(IndicatorColumn.UNITA);
        TargetCell finalCell = target(l.cell(IndicatorColumn.TARGET), l.ref(IndicatorColumn.TARGET), year, code);
        Optional<ParsedNumber> baseline = baseline(l, code);
        boolean percentUnit = unit.contains("%");
        boolean hasBaselineColumn = l.cols.containsKey(IndicatorColumn.BASELINE);
        TargetSpec target = resolve(finalCell, baseline, percentUnit, code, hasBaselineColumn);
        TreeMap<LocalDate, TargetSpec> intermediate = new TreeMap<>();
        targetCols.forEach((idx, date) -> {
            SheetCell c = l.cell(idx);
            if (!cells.text(c).isEmpty()) {
                intermediate.put(date, resolve(target(c, Cells.ref(l.index, idx), year, code), baseline, percentUnit, code,
                        hasBaselineColumn));
            }
        });
        TreeMap<LocalDate, BigDecimal> intermediateWeights = new TreeMap<>();
        weightCols.forEach((idx, date) -> weight(l.cell(idx), Cells.ref(l.index, idx),
                INDICATORS, code, "Peso " + date.format(DateTimeFormatter.ofPattern("dd/MM")))
                .ifPresent(w -> intermediateWeights.put(date, w)));
        Optional<BigDecimal> min = bound(l, IndicatorColumn.MINIMO, code);
        Optional<BigDecimal> max = bound(l, IndicatorColumn.MASSIMO, code);
        Matcher scale = SCALE.matcher(unit);
        if (scale.matches()) {
            if (min.isEmpty()) {
                min = Optional.of(new BigDecimal(scale.group(1)));
            }
            if (max.isEmpty()) {
                max = Optional.of(new BigDecimal(scale.group(2)));
            }
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            add(Severity.ERRORE, "MINIMO_MAGGIORE_MASSIMO", INDICATORS, l.ref(IndicatorColumn.MINIMO), code,
                    Decimals.italian(min.get()) + " > " + Decimals.italian(max.get()), "Minimo <= Massimo",
                    "Il minimo plausibile supera il massimo: correggere 'Minimo' o 'Massimo' (o l'unità 'scala').");
            min = Optional.empty();
            max = Optional.empty();
        }
        String polarityText = Headers.normalise(l.text(IndicatorColumn.POLARITA));
        Polarity polarity = target.target().defaultPolarity();
        if (polarityText.startsWith("cresc") || polarityText.equals("+") || polarityText.startsWith("positiv")) {
            polarity = Polarity.INCREASING;
        } else if (polarityText.startsWith("decresc") || polarityText.equals("-") || polarityText.startsWith("negativ")) {
            polarity = Polarity.DECREASING;
        } else if (!polarityText.isEmpty()) {
            add(Severity.ERRORE, "VALORE_NON_VALIDO", INDICATORS, l.ref(IndicatorColumn.POLARITA), code,
                    l.text(IndicatorColumn.POLARITA), "crescente | decrescente",
                    "Polarità non riconosciuta: scrivere 'crescente' (più alto è meglio) o 'decrescente' (più basso è meglio), oppure lasciarla vuota.");
        } else if (finalCell.parsed().isValid() && Polarities.bareNumber(target.target())) {
            String description = l.text(IndicatorColumn.DESCRIZIONE);
            Optional<String> why = Polarities.lowerIsBetter(description, unit, finalCell.parsed().unit());
            if (why.isPresent()) {
                polarity = Polarity.DECREASING;
                boolean hasColumn = l.cols.containsKey(IndicatorColumn.POLARITA);
                add(Severity.AVVISO, "POLARITA_DEDOTTA", INDICATORS, l.ref(IndicatorColumn.TARGET), code, finalCell.text(),
                        "decrescente", "Il target '" + finalCell.text() + "' è un numero senza confronto e l'indicatore è "
                                + why.get() + ": letto come decrescente (più basso è meglio: il target è un valore da non"
                                + " superare). Se invece più alto è meglio, scrivere 'crescente' nella colonna 'Polarità'"
                                + (hasColumn ? "" : " (aggiungerla al foglio Indicatori)") + ".");
            }
        }
        return Optional.of(new Indicator(code, l.text(IndicatorColumn.OBIETTIVO), l.text(IndicatorColumn.DESCRIZIONE),
                cells.shared(l.text(IndicatorColumn.TIPO).toUpperCase(java.util.Locale.ROOT)), cells.shared(l.text(IndicatorColumn.DIMENSIONE).toUpperCase(java.util.Locale.ROOT)),
                target, weight(l, IndicatorColumn.PESO, INDICATORS, code), unit, min, max, polarity,
                yesNo(l, IndicatorColumn.CUMULATIVO, INDICATORS, code), intermediate, intermediateWeights, l.row()));
    }

    /** The Baseline cell: a number, a percentage (a fraction then), or empty when blank or unreadable (ERRORE). */
    private Optional<ParsedNumber> baseline(Line<IndicatorColumn> l, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(IndicatorColumn.BASELINE));
        if (n.isPresent() && n.get().isEmpty()) {
            add(Severity.ERRORE, "NUMERO_NON_VALIDO", INDICATORS, l.ref(IndicatorColumn.BASELINE), code,
                    l.text(IndicatorColumn.BASELINE), "un numero",
                    "'Baseline' non è un numero: scrivere il valore di partenza (es. 200 o 80%), oppure lasciarla vuota.");
        }
        return n.flatMap(o -> o);
    }

    private Optional<BigDecimal> bound(Line<IndicatorColumn> l, IndicatorColumn col, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(col));
        if (n.isPresent() && n.get().isEmpty()) {
            add(Severity.ERRORE, "NUMERO_NON_VALIDO", INDICATORS, l.ref(col), code, l.text(col), "un numero",
                    "'" + col.header() + "' non è un numero: scrivere il valore plausibile (es. 0 o 100), oppure lasciarlo vuoto.");
        }
        return cells.shared(n.flatMap(o -> o).map(p -> p.value()));
    }

    /** A target cell as read: what the parser made of it, and the cell it came from. */
    private record TargetCell(ParsedTarget parsed, String ref, String text) {
    }

    private TargetCell target(SheetCell cell, String ref, int year, String code) {
        String text = cells.text(cell);
        if (cell != null && (cell.formulaWithoutValue() || cell.formulaError())) {
            // the formula's own finding says how to write the cell (see formula())
            return new TargetCell(new ParsedTarget(new TargetSpec(text, new it.peg.domain.QualitativeTarget(text),
                    Optional.empty()), Optional.of("formula")), ref, text);
        }
        ParsedTarget parsed = TargetParser.parse(text, year);
        parsed.error().ifPresent(e -> add(Severity.ERRORE, text.isEmpty() ? "TARGET_MANCANTE" : "TARGET_NON_VALIDO",
                INDICATORS, ref, code, text, "es. 24000, 75%, 1200/3, >=5, 31/12/" + year + ", SI", e));
        if (parsed.isValid() && parsed.relative().isEmpty()) {
            TargetSpec spec = parsed.spec();
            if (spec.target() instanceof it.peg.domain.QualitativeTarget) {
                add(Severity.AVVISO, "TARGET_QUALITATIVO", INDICATORS, ref, code, text, TargetReadings.rewrite(text, year),
                        "Target qualitativo: l'ufficio indicherà la % di avanzamento e il Nucleo la validerà. Se il target è misurabile,"
                                + " scriverlo come numero, percentuale, rapporto, data o SI/NO (ad esempio "
                                + TargetReadings.rewrite(text, year) + ").");
            } else {
                spec.interpretation().ifPresent(i -> add(Severity.AVVISO, "TARGET_INTERPRETATO", INDICATORS, ref, code, text, "",
                        "Target interpretato: " + i + ". Se non è corretto, riscrivere il target in modo esplicito."));
            }
        }
        return new TargetCell(parsed, ref, text);
    }

    /** The target an indicator scores against (see {@link RelativeTargets}); the spec shared with equal ones. */
    private TargetSpec resolve(TargetCell cell, Optional<ParsedNumber> baseline, boolean percentUnit, String code,
                               boolean hasBaselineColumn) {
        TargetSpec spec = new RelativeTargets(file, previous).resolve(cell.parsed(), cell.ref(), cell.text(), baseline,
                percentUnit, code, hasBaselineColumn, findings);
        return spec == cell.parsed().spec() ? cells.shared(spec) : spec;
    }

    // ---------------------------------------------------------------- Fasi and Dati

    private List<Phase> phases(Table sheet) {
        Optional<Map<PhaseColumn, Integer>> cols = header(sheet, PhaseColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Phase> phases = new ArrayList<>();
        eachLine(sheet, cols.get(), PhaseColumn.OBIETTIVO, l -> {
            String monthsText = l.text(PhaseColumn.MESI);
            Optional<List<Integer>> months = Months.parse(monthsText);
            if (months.isEmpty()) {
                add(Severity.ERRORE, "MESI_NON_VALIDI", PHASES, l.ref(PhaseColumn.MESI), l.text(PhaseColumn.OBIETTIVO), monthsText,
                        "es. GEN-MAR oppure GEN, GIU, DIC", "Mesi non riconosciuti: scrivere i mesi abbreviati (GEN ... DIC) o per esteso,"
                                + " separati da virgole, con '-' per un intervallo (es. GEN-MAR, GIU).");
            }
            phases.add(new Phase(l.text(PhaseColumn.OBIETTIVO), l.text(PhaseColumn.FASE), l.text(PhaseColumn.DESCRIZIONE),
                    months.orElse(List.of()), monthsText, l.row()));
        });
        return phases;
    }

    private List<DataRow> data(Table sheet, List<Integer> yearsOut) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        Optional<Map<DataColumn, Integer>> found = header(sheet, DataColumn.class, headers);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> yearCols = new TreeMap<>();
        headers.forEach((idx, text) -> {
            Matcher m = YEAR.matcher(text.replace(".", ""));
            if (!found.get().containsValue(idx) && m.matches()) {
                yearCols.put(idx, Integer.parseInt(m.group(1)));
            }
        });
        yearsOut.addAll(new TreeSet<>(yearCols.values()));
        List<DataRow> rows = new ArrayList<>();
        eachLine(sheet, found.get(), DataColumn.CODICE, l -> {
            TreeMap<Integer, BigDecimal> values = new TreeMap<>();
            yearCols.forEach((idx, y) -> {
                SheetCell c = l.cell(idx);
                Optional<Optional<ParsedNumber>> n = cells.number(c);
                if (n.isPresent() && n.get().isEmpty()) {
                    add(Severity.ERRORE, "NUMERO_NON_VALIDO", DATA, Cells.ref(l.index, idx), l.text(DataColumn.CODICE), cells.text(c),
                            "un numero", "Il dato " + y + " non è un numero: scrivere la quantità (es. 1.200), oppure lasciarlo vuoto.");
                }
                n.flatMap(o -> o).ifPresent(p -> values.put(y, p.value()));
            });
            rows.add(new DataRow(l.text(DataColumn.CODICE), l.text(DataColumn.SERVIZIO), l.text(DataColumn.DESCRIZIONE), values, l.row()));
        });
        return rows;
    }

    private void add(Severity severity, String code, String sheet, String cell, String subject, String value, String expected,
                     String message) {
        findings.add(new Finding(severity, code, file, sheet, cell, subject, value, expected, message));
    }
}
