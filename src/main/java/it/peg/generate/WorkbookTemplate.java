package it.peg.generate;

import it.peg.xlsx.TemplateSheet;
import it.peg.xlsx.TemplateWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service-workbook template ({@code workbook-templates/scheda.xlsx}), read once per run through the Excel
 * boundary ({@link TemplateWorkbook}: its sheets as {@link TemplateSheet}s, its styles table extended). Each
 * generated workbook starts from what it prepares once ({@link TemplateParts}): the styles part as bytes and the
 * template's sheets as models, so the styles, header rows and print setup a municipality designed in Excel are
 * reused as they are (no style is rebuilt) and no scheda reads the template again. The Stili, Etichette and
 * Struttura sheets are read here once and never reach a scheda.
 */
public final class WorkbookTemplate {
    public static final String FILE_NAME = "scheda.xlsx";
    public static final String FOLDER = "workbook-templates";
    public static final String SHEET_MAIN = "Scheda";
    public static final String SHEET_PHASES = "Fasi";
    public static final String SHEET_DATA = "Dati";
    public static final String SHEET_STYLES = "Stili";
    public static final String SHEET_LABELS = "Etichette";
    public static final String SHEET_LAYOUT = LayoutSheet.SHEET;
    /** The comuni's templates shipped beside the default, each in its folder: {@code workbook-templates/<name>/}. */
    public static final List<String> SHIPPED = List.of("firenze", "serravalle", "trezzo");

    private final String source;
    /** What every scheda shares: styles, the template's sheets as models (without Stili, Etichette, Struttura). */
    private final TemplateParts parts;
    private final Map<StyleKey, Integer> styleIndex;
    private final Map<Label, String> labels;
    private final Layout layout;

    private WorkbookTemplate(String source, TemplateParts parts, Map<StyleKey, Integer> styleIndex, Map<Label, String> labels,
                             Layout layout) {
        this.source = source;
        this.parts = parts;
        this.styleIndex = styleIndex;
        this.labels = labels;
        this.layout = layout;
    }

    /**
     * Finds the template: {@code templatesDir} when given, else {@code $peg.home/workbook-templates},
     * else the copy bundled in the application.
     */
    public static WorkbookTemplate locate(Optional<Path> templatesDir) {
        if (templatesDir.isPresent()) {
            Path file = templatesDir.get().resolve(FILE_NAME);
            if (!Files.isRegularFile(file)) {
                throw new TemplateException("Modello non trovato: " + file + ". La cartella indicata con --templates deve "
                        + "contenere " + FILE_NAME + " (copiarlo da " + FOLDER + "/ e modificarlo in Excel).");
            }
            return load(file);
        }
        String home = System.getProperty("peg.home");
        if (home != null && !home.isBlank()) {
            Path file = Path.of(home, FOLDER, FILE_NAME);
            if (Files.isRegularFile(file)) {
                return load(file);
            }
        }
        return bundled();
    }

    /**
     * The template a plan asks for: {@code templatesDir} when given (the command line wins), else the plan's
     * {@code Modello} setting, else the default as {@link #locate(Optional)} finds it. {@code Modello} is the name of
     * a template shipped with peg ({@link #SHIPPED}: {@code $peg.home/workbook-templates/<name>/scheda.xlsx}, else the
     * bundled copy) or a folder holding {@code scheda.xlsx}, or an {@code .xlsx} file, relative to the plan's folder.
     */
    public static WorkbookTemplate locate(Optional<Path> templatesDir, Optional<String> modello, Path planFolder) {
        if (templatesDir.isPresent() || modello.isEmpty() || modello.get().isBlank()) {
            return locate(templatesDir);
        }
        String name = modello.get().trim();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (SHIPPED.contains(lower)) {
            String home = System.getProperty("peg.home");
            if (home != null && !home.isBlank()) {
                Path file = Path.of(home, FOLDER, lower, FILE_NAME);
                if (Files.isRegularFile(file)) {
                    return load(file);
                }
            }
            return bundled(lower + "/" + FILE_NAME);
        }
        Path file = null;
        try {
            Path path = planFolder.resolve(name);
            file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : lower.endsWith(".xlsx") ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            // not a path: refused below like a missing one
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new TemplateException("Il modello '" + name + "' indicato nel piano (foglio Impostazioni, riga"
                    + " Modello) non esiste" + (file == null ? "" : ": manca " + file) + ". Scrivere il nome di un"
                    + " modello di peg (" + String.join(", ", SHIPPED) + "), oppure una cartella che contiene "
                    + FILE_NAME + " o il file .xlsx del modello, con il percorso a partire dalla cartella del piano;"
                    + " lasciare vuoto per il modello standard.");
        }
        return load(file);
    }

    /** The template bundled on the classpath. */
    public static WorkbookTemplate bundled() {
        return bundled(FILE_NAME);
    }

    private static WorkbookTemplate bundled(String name) {
        String resource = "/" + FOLDER + "/" + name;
        try (InputStream in = WorkbookTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException("Modello " + resource + " assente dall'applicazione: ricostruire con 'mvn package'.");
            }
            return parse("classpath:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkbookTemplate load(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new TemplateException("Impossibile leggere il modello " + file + ": " + e.getMessage());
        }
    }

    static WorkbookTemplate parse(String source, byte[] bytes) {
        try (TemplateWorkbook wb = TemplateWorkbook.open(bytes)) {
            for (String name : List.of(SHEET_MAIN, SHEET_PHASES, SHEET_DATA, SHEET_STYLES)) {
                if (!wb.hasSheet(name)) {
                    throw new TemplateException("Il modello " + source + " non ha il foglio '" + name
                            + "': non rinominare né eliminare i fogli del modello.");
                }
            }
            Map<String, TemplateSheet.Cell> protos = keyed(wb.sheet(SHEET_STYLES, SETTINGS_PRIORITY));
            Map<StyleKey, Integer> styles = new EnumMap<>(StyleKey.class);
            List<String> missing = new ArrayList<>();
            for (StyleKey k : StyleKey.values()) {
                TemplateSheet.Cell c = protos.get(k.key());
                if (c == null) {
                    missing.add(k.key());
                } else {
                    styles.put(k, c.style());
                }
            }
            if (!missing.isEmpty()) {
                throw new TemplateException("Nel foglio Stili del modello " + source + " mancano gli stili: "
                        + String.join(", ", missing) + ". Ripristinare le righe (chiave in colonna A, cella di esempio in B).");
            }
            keepsTypedPercentSigns(wb, styles.get(StyleKey.INPUT_PERCENTUALE));
            Map<Label, String> labels = new EnumMap<>(Label.class);
            // shown as Excel shows them in the user's locale
            Map<String, TemplateSheet.Cell> texts = keyed(wb.sheet(SHEET_LABELS, java.util.Locale.getDefault(),
                    SETTINGS_PRIORITY));
            for (Label l : Label.values()) {
                TemplateSheet.Cell c = texts.get(l.key());
                String text = c == null ? "" : c.shown().orElseThrow();
                labels.put(l, text.isBlank() ? l.defaultText() : text);
            }
            refusesFormulasIntoRemovedSheets(wb, source);
            TemplateExtras.refusesNames(source, wb.names());
            Layout layout = LayoutSheet.read(source, wb.sheet(SHEET_LAYOUT, LayoutSheet.SHOWN_IN, SETTINGS_PRIORITY));
            return new WorkbookTemplate(source, prepare(source, wb, styles), styles, labels, layout);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TemplateException te) {
                throw te;
            }
            if (e instanceof RuntimeException bug && !(e instanceof it.peg.xlsx.BrokenWorkbookException) && it.peg.xlsx.FaultOrigin.isPegs(bug)) {
                throw bug; // peg's own code failed: a fault of peg's (exit 4, its stack trace with -v), not the file's
            }
            // POI's words are English and technical: for the log (-v), not for the message
            org.slf4j.LoggerFactory.getLogger(WorkbookTemplate.class).debug("template {} not readable", source, e);
            throw new TemplateException("Il modello " + source + " non è un file .xlsx leggibile: aprirlo in Excel o"
                    + " LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)', oppure usare il modello standard"
                    + " di peg (senza --templates, e con la riga Modello del piano vuota). Per il motivo tecnico rilanciare con -v.");
        }
    }

    /** The settings sheets' conditional formats are never carried: their rules keep the numbers they start from. */
    private static final int SETTINGS_PRIORITY = 1;

    /**
     * LibreOffice pre-fills a {@code %} as soon as a digit is typed into a cell with a percent format, so a typed
     * {@code 88%} became the text {@code 88%%}, shown as such, with no live achievement (trial of issue 17). A plain
     * percent format ({@code 0%}, {@code 0.0%}) of the percent input style becomes {@link Validations#PERCENT_FORMAT},
     * which shows the same fractions and a typed {@code 88} or {@code 93,5} as points; any other format is the
     * template's own choice and stays.
     */
    private static void keepsTypedPercentSigns(TemplateWorkbook wb, int styleIndex) {
        if (wb.numberFormat(styleIndex).filter(f -> f.matches("[0#.,]+%")).isPresent()) {
            wb.numberFormat(styleIndex, Validations.PERCENT_FORMAT);
        }
    }

    /**
     * Stili, Etichette and Struttura are read by peg and left out of every scheda: a formula of a sheet that stays pointing at
     * them (a municipality restyling the template in Excel might write {@code =Etichette!B2}) would fail every
     * scheda while formulas are computed. Said once, here, naming the cell and the fix.
     */
    private static void refusesFormulasIntoRemovedSheets(TemplateWorkbook wb, String source) {
        java.util.regex.Pattern removed = java.util.regex.Pattern.compile(
                "(?i)(^|[^A-Za-z0-9_.])'?(" + SHEET_STYLES + "|" + SHEET_LABELS + "|" + SHEET_LAYOUT + ")'?!");
        for (String sheet : wb.sheetNames()) {
            if (REMOVED.contains(sheet)) {
                continue;
            }
            for (TemplateSheet.Cell cell : wb.formulaCells(sheet)) {
                java.util.regex.Matcher m = removed.matcher(cell.text());
                if (m.find()) {
                    throw new TemplateException("Nel modello " + source + " la cella " + sheet
                            + "!" + cell.ref() + " contiene la formula '=" + cell.text()
                            + "', che usa il foglio '" + m.group(2) + "': peg toglie i fogli " + SHEET_STYLES
                            + ", " + SHEET_LABELS + " e " + SHEET_LAYOUT + " dalle schede generate, quindi le formule non possono"
                            + " riferirsi a loro. Scrivere il testo nella cella (le etichette si cambiano nel"
                            + " foglio " + SHEET_LABELS + ", che peg legge da sé) e rigenerare.");
                }
            }
        }
    }

    /**
     * Drops the sheets only generation reads and prepares what every scheda shares from what is left
     * ({@link TemplateParts}). Style indexes stay valid: the styles table is the workbook's, not a sheet's.
     */
    private static final List<String> REMOVED = List.of(SHEET_STYLES, SHEET_LABELS, SHEET_LAYOUT);

    private static TemplateParts prepare(String source, TemplateWorkbook wb, Map<StyleKey, Integer> styles)
            throws IOException {
        for (String name : REMOVED) {
            wb.removeSheet(name);
        }
        // a template restyled by a tool that writes RGB colours as six digits would pass them on to every scheda
        wb.normaliseColours();
        return TemplateParts.of(source, wb, styles);
    }

    /** A settings sheet's rows by the text key in column A (trimmed, lower case): the row's cell in column B. */
    private static Map<String, TemplateSheet.Cell> keyed(Optional<TemplateSheet> sheet) {
        Map<String, TemplateSheet.Cell> map = new java.util.HashMap<>();
        for (TemplateSheet.Row row : sheet.map(TemplateSheet::rows).orElse(List.of())) {
            Optional<TemplateSheet.Cell> key = row.cell(0).filter(c -> c.kind() == TemplateSheet.Kind.TEXT);
            Optional<TemplateSheet.Cell> value = row.cell(1);
            if (key.isPresent() && value.isPresent()) {
                map.put(key.get().text().trim().toLowerCase(java.util.Locale.ROOT), value.get());
            }
        }
        return map;
    }

    /** What every scheda shares, prepared once (see {@link TemplateParts}). */
    TemplateParts parts() {
        return parts;
    }

    /** Index of the style of a prototype cell (valid in the styles of {@link #parts()}). */
    public int styleIndex(StyleKey key) {
        return styleIndex.get(key);
    }

    public String label(Label label) {
        return labels.get(label);
    }

    /** Where things go in the scheda: the template's Struttura sheet. */
    Layout layout() {
        return layout;
    }

    /**
     * Whether this template can hold the plan: an indicator reported as a ratio needs the layout's
     * {@code denominatore} column. Said before any scheda is written, naming the template, the indicator and the fix.
     */
    public void checkFits(it.peg.domain.Plan plan) {
        if (layout.has(Layout.Field.DENOMINATORE)) {
            return;
        }
        plan.indicators().stream().filter(i -> i.inputKind() == it.peg.domain.InputKind.RATIO).findFirst()
                .ifPresent(i -> {
                    throw new TemplateException("Il modello " + source + " non ha la colonna 'denominatore' (foglio "
                            + SHEET_LAYOUT + "), ma l'indicatore " + i.code() + " del piano è un rapporto (target '"
                            + i.target().text() + "'): aggiungere al foglio " + SHEET_LAYOUT + " la riga 'colonna |"
                            + " denominatore | 13 | per verifica' dopo la colonna valore, oppure usare un altro modello.");
                });
    }

    /** Where the template was read from, for messages. */
    public String source() {
        return source;
    }
}
