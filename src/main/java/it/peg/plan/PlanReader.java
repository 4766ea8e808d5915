package it.peg.plan;

import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.PegFault;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Severity;
import it.peg.xlsx.BrokenWorkbookException;
import it.peg.xlsx.ExcelFiles;
import it.peg.xlsx.ExcelSheet;
import it.peg.xlsx.ExcelWorkbook;
import it.peg.xlsx.UnreadableWorkbookException;
import it.peg.xlsx.WorkbookPasswordException;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plan workbook (SPEC section 3) into a {@link Plan}, then runs {@link PlanChecker}. Never
 * throws for bad input: a missing, non-xlsx, encrypted or corrupt file, a missing sheet or column, an
 * unreadable cell are all findings that name the sheet, the cell and the fix.
 * <p>The file is opened by the Excel boundary ({@link ExcelFiles#open}): an .xlsx file is read streaming (one row at
 * a time, no cell objects), so that the plan of a very large comune is read fast and in little memory; other files
 * (.xls) whole. Both give the same plan and the same findings; this package sees sheets, rows and cells only.
 * <p>This class opens the file and hands each sheet to its reader ({@link SettingsSheetReader} with
 * {@link BandsSheetReader}, {@link ServicesSheetReader}, {@link ObjectivesSheetReader}, {@link IndicatorsSheetReader},
 * {@link PhasesSheetReader}, {@link DataSheetReader}), which share the findings through {@link SheetReading}.
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

    private final String file;
    /** The plan's folder: a relative Logo path starts there. */
    private final Path folder;
    private PreviousSummary previous = PreviousSummary.none();
    /** The plan's findings, in the order the sheet readers raise them (see {@link SheetReading}). */
    private final List<Finding> findings = new ArrayList<>();

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

    /** Reads with the streaming reader for .xlsx files when {@code streaming}, else always whole (the reference). */
    private static PlanReadResult read(Path path, boolean streaming, PreviousSummary previous) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Path parent = path.toAbsolutePath().getParent();
        PlanReader reader = new PlanReader(name, parent == null ? Path.of("").toAbsolutePath() : parent);
        reader.previous = previous;
        if (Files.isDirectory(path)) {
            reader.findings.add(new Finding(Severity.ERRORE, FindingCode.PIANO_CARTELLA, name, "", "", "", path.toString(), "un file .xlsx",
                    folderMessage(path)));
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        if (!Files.isRegularFile(path)) {
            reader.findings.add(new Finding(Severity.ERRORE, FindingCode.PIANO_NON_TROVATO, name, "", "", "", path.toString(), "",
                    "Il file del piano '" + path + "' non esiste o non è un file. Controllare il percorso indicato con"
                            + " --plan; per crearne uno vuoto: peg init --out " + name));
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        ExcelWorkbook wb;
        try {
            wb = streaming ? ExcelFiles.open(path) : ExcelFiles.openWhole(path);
        } catch (WorkbookPasswordException e) {
            reader.findings.add(new Finding(Severity.ERRORE, FindingCode.PIANO_PROTETTO, name, "", "", "", "", "",
                    "Il piano '" + name + "' è protetto da password: aprirlo in Excel o LibreOffice, togliere la password"
                            + " (File > Proprietà / Proteggi documento) e salvarlo di nuovo come .xlsx."));
            return new PlanReadResult(Optional.empty(), reader.findings);
        } catch (UnreadableWorkbookException e) {
            reader.unreadable(e.getCause());
            return new PlanReadResult(Optional.empty(), reader.findings);
        } catch (RuntimeException | LinkageError e) {
            reader.unreadable(e);
            return new PlanReadResult(Optional.empty(), reader.findings);
        }
        return reader.readOpened(wb);
    }

    /**
     * Reads a workbook that opened. A file that breaks off halfway is unreadable; any other exception is a fault
     * of peg ({@link PegFault}), never blamed on the file.
     */
    PlanReadResult readOpened(ExcelWorkbook wb) {
        try (wb) {
            return read(wb);
        } catch (BrokenWorkbookException | java.io.UncheckedIOException e) {
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

    private void unreadable(Throwable e) {
        // why POI gave up is for the log (-v); the user reads what to do, never an exception's class
        LOG.debug("plan {} not readable", file, e);
        findings.clear(); // a sheet that breaks halfway: only this finding, as for a file that does not open
        findings.add(new Finding(Severity.ERRORE, FindingCode.PIANO_ILLEGGIBILE, file, "", "", "", "", "file .xlsx",
                "Il piano '" + file + "' non è una cartella di lavoro Excel leggibile."
                        + " Aprirlo in Excel o LibreOffice e salvarlo come 'Cartella di lavoro Excel (.xlsx)',"
                        + " oppure crearne uno nuovo con: peg init --out piano.xlsx"));
    }

    /** What to say when {@code --plan} names a folder: it exists, it is just not a file. */
    public static String folderMessage(Path path) {
        return "'" + path + "' è una cartella, non il file del piano: indicare con --plan il file .xlsx del piano"
                + " (es. --plan " + path.resolve("piano.xlsx") + ").";
    }

    private PlanReadResult read(ExcelWorkbook wb) {
        PlanLayout layout = new PlanLayout();
        SheetReading reading = new SheetReading(file, new Cells(wb.date1904(), new Dedup()), layout, findings);
        Optional<ExcelSheet> settingsSheet = reading.sheet(wb, SETTINGS, true);
        Optional<ExcelSheet> servicesSheet = reading.sheet(wb, SERVICES, true);
        Optional<ExcelSheet> objectivesSheet = reading.sheet(wb, OBJECTIVES, true);
        Optional<ExcelSheet> indicatorsSheet = reading.sheet(wb, INDICATORS, true);
        if (settingsSheet.isEmpty()) {
            return new PlanReadResult(Optional.empty(), findings);
        }
        Optional<PlanTable> bandsSheet = reading.sheet(wb, BANDS, false).map(PlanTable::new);
        Settings settings = new SettingsSheetReader(reading, folder).read(settingsSheet.get(), bandsSheet);
        int year = settings.year();
        List<Service> services = servicesSheet.map(s -> new ServicesSheetReader(reading).read(new PlanTable(s)))
                .orElse(List.of());
        List<Objective> objectives = objectivesSheet
                .map(s -> new ObjectivesSheetReader(reading).read(new PlanTable(s), year)).orElse(List.of());
        List<Indicator> indicators = indicatorsSheet
                .map(s -> new IndicatorsSheetReader(reading, previous).read(new PlanTable(s), year)).orElse(List.of());
        List<Phase> phases = reading.sheet(wb, PHASES, false)
                .map(s -> new PhasesSheetReader(reading).read(new PlanTable(s))).orElse(List.of());
        List<Integer> dataYears = new ArrayList<>();
        List<DataRow> dataRows = reading.sheet(wb, DATA, false)
                .map(s -> new DataSheetReader(reading).read(new PlanTable(s), dataYears)).orElse(List.of());
        Plan plan = new Plan(settings, services, objectives, indicators, phases, dataYears, dataRows);
        findings.addAll(PlanChecker.check(plan, layout).stream().map(f -> f.withFile(file)).toList());
        return new PlanReadResult(Optional.of(plan), findings);
    }
}
