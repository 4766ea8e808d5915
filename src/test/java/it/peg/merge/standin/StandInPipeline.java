package it.peg.merge.standin;

import it.peg.summary.NucleoReadResult;
import it.peg.plan.PlanReadResult;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.DataReport;
import it.peg.domain.Finding;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.merge.Stages;
import it.peg.scoring.Distribution;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ScoreReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * TEST-ONLY stand-in for the real pipeline (PlanReader, Consolidator, SummaryWorkbookWriter, CsvExporter,
 * NucleoColumnsReader) until they land on main. Plans and "workbooks" are tiny text files so that the fault
 * test can push hundreds of files through real processes quickly; the summary is a real, deterministic xlsx
 * written with POI, with the Obiettivi sheet's Nucleo columns, so that the carry-over can be tested.
 *
 * <p>Plan text: {@code anno=2024}, {@code verifiche=2024-06-30;2024-12-31}, {@code servizio=S01},
 * {@code obiettivo=OB1;S01}, {@code invalido} (makes the plan invalid). Input text: {@code servizio=S01},
 * {@code valore=42}. System property {@link #HOLD} makes loadPlan say {@link #HOLDING} on standard error and
 * wait until standard input is closed (lock tests: the run holds the lock for as long as the test needs).
 */
public class StandInPipeline {
    /** System property: {@code true} holds the run in loadPlan, after RUN_START, until standard input closes. */
    public static final String HOLD = "peg.standin.holdInLoadPlan";
    /** The line loadPlan writes on standard error when it starts holding. */
    public static final String HOLDING = "standin: loadPlan waits for standard input to close";

    /** These stand-ins as merge's stages (a subclass's overrides included). */
    public Stages stages() {
        return new Stages(this::loadPlan, this::assess, this::combine, this::readNucleo, result -> Optional.empty(),
                (result, out, earlierFile, earlier, scratch) -> {
                    writeSummary(result, out);
                    return List.of();
                },
                (result, out, earlier, scratch) -> {
                    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writeCsv(result, w);
                    w.flush();
                    return Optional.empty();
                });
    }

    public PlanReadResult loadPlan(Path planFile) throws IOException {
        if (Boolean.getBoolean(HOLD)) {
            System.err.println(HOLDING);
            System.err.flush();
            System.in.readAllBytes(); // returns when the test closes the process's input
        }
        int year = 2024;
        List<Verifica> verifiche = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String line : Files.readAllLines(planFile, StandardCharsets.UTF_8)) {
            String[] kv = line.split("=", 2);
            switch (kv[0].trim()) {
                case "anno" -> year = Integer.parseInt(kv[1].trim());
                case "verifiche" -> {
                    String[] dates = kv[1].split(";");
                    for (int i = 0; i < dates.length; i++) {
                        verifiche.add(new Verifica(LocalDate.parse(dates[i].trim()), Optional.empty(),
                                i == dates.length - 1));
                    }
                }
                case "servizio" -> services.add(new Service(kv[1].trim(), "", "", "", "Servizio " + kv[1].trim(),
                        "", "", "", "", "", "", 0));
                case "obiettivo" -> {
                    String[] p = kv[1].split(";");
                    objectives.add(new Objective(p[0].trim(), p[1].trim(), "Obiettivo " + p[0].trim(), "", "", "", "",
                            Optional.empty(), Optional.empty(), "", Optional.empty(), "", false, "", "",
                            Optional.empty(), Optional.empty(), "", Aggregation.WEIGHTED_MEAN, 0));
                }
                case "invalido" -> findings.add(Finding.error("PIANO_NON_VALIDO", "Piano di prova non valido: "
                        + "togliere la riga 'invalido'.").withFile(planFile.getFileName().toString()));
                default -> { }
            }
        }
        Settings settings = new Settings("Comune di Prova", year, verifiche, BigDecimal.ZERO, BigDecimal.ONE, 0,
                List.of(new Band(BigDecimal.ZERO, "Non raggiunto"), new Band(new BigDecimal("0.9"), "Raggiunto")));
        return new PlanReadResult(Optional.of(new Plan(settings, services, objectives, List.of(), List.of(), List.of(),
                List.of())), findings);
    }

    public FileAssessment assess(Plan plan, it.peg.domain.Verifica verifica, InputFile file) {
        Map<String, String> props = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file.path(), StandardCharsets.UTF_8)) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2) {
                    props.put(kv[0].trim(), kv[1].trim());
                }
            }
        } catch (IOException e) {
            return reject(Optional.empty(), "FILE_ILLEGGIBILE", "File illeggibile: " + e.getMessage(), file);
        }
        String code = props.getOrDefault("servizio", "");
        if (code.isEmpty()) {
            return reject(Optional.empty(), "FILE_NON_RICONOSCIUTO",
                    "Non è una scheda peg: inviare la scheda generata con 'peg generate'.", file);
        }
        if (plan.service(code).isEmpty()) {
            return reject(Optional.empty(), "SERVIZIO_SCONOSCIUTO",
                    "Il servizio " + code + " non è nel piano: usare la scheda del proprio servizio.", file);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(props.getOrDefault("valore", ""));
        } catch (NumberFormatException e) {
            return reject(Optional.of(code), "VALORE_NON_NUMERICO", "Il valore deve essere un numero (es. 42).", file);
        }
        Submission s = new Submission(file.name(), code, List.of(), List.of(), List.of(),
                List.of(new DataReport("VAL", plan.settings().year(), Optional.of(value), file.name() + "!Dati!B2")));
        return assessed(file, Optional.of(code), Optional.of(s), List.of());
    }

    private static FileAssessment reject(Optional<String> code, String findingCode, String message, InputFile file) {
        return assessed(file, code, Optional.empty(), List.of(Finding.error(findingCode, message).withFile(file.name())));
    }

    /** Merge gives archived copies, whose content it knows. */
    private static FileAssessment assessed(InputFile file, Optional<String> code, Optional<Submission> submission,
                                           List<Finding> findings) {
        InputFile.Content content = file.content().orElseThrow();
        return new FileAssessment(file, content.sha256(), content.size(), code, submission, findings);
    }

    public ConsolidationResult combine(Plan plan, Verifica verifica, List<FileAssessment> files,
                                       Map<String, NucleoOverride> overrides) {
        List<FileAssessment> ordered = new ArrayList<>(files);
        // newest first: received, then name, then hash, so ties are broken the same way every time
        ordered.sort(Comparator.comparing((FileAssessment a) -> a.file().received())
                .thenComparing(a -> a.file().name()).thenComparing(FileAssessment::sha256).reversed());
        Map<String, FileAssessment> winner = new LinkedHashMap<>();
        Map<String, FileAssessment> newestRejected = new HashMap<>();
        for (FileAssessment a : ordered) {
            a.serviceCode().ifPresent(code -> {
                if (a.submission().isPresent()) {
                    winner.putIfAbsent(code, a);
                } else {
                    newestRejected.putIfAbsent(code, a);
                }
            });
        }
        List<FileRecord> registry = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (FileAssessment a : ordered) {
            Optional<String> code = a.serviceCode();
            FileStatus status = a.submission().isEmpty() ? FileStatus.REJECTED
                    : winner.get(code.orElseThrow()) == a ? FileStatus.ACCEPTED : FileStatus.SUPERSEDED;
            String reason = status == FileStatus.REJECTED ? a.findings().get(0).message()
                    : status == FileStatus.SUPERSEDED ? "Sostituito da " + winner.get(code.get()).file().name() : "";
            registry.add(new FileRecord(a.file().name(), a.sha256(), a.size(), a.file().received(), code,
                    status, reason));
            findings.addAll(a.findings());
        }
        registry.sort(Comparator.comparing(FileRecord::fileName).thenComparing(FileRecord::sha256));
        List<Delivery> deliveries = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        for (Service s : plan.services()) {
            FileAssessment w = winner.get(s.code());
            FileAssessment r = newestRejected.get(s.code());
            if (w != null) {
                submissions.add(w.submission().get());
                deliveries.add(new Delivery(s.code(), DeliveryState.COMPLETE, Optional.of(w.file().name()),
                        Optional.of(w.file().received()), Optional.empty()));
            } else if (r != null) {
                deliveries.add(new Delivery(s.code(), DeliveryState.REJECTED, Optional.of(r.file().name()),
                        Optional.of(r.file().received()), Optional.empty()));
            } else {
                deliveries.add(new Delivery(s.code(), DeliveryState.MISSING, Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
        }
        List<ObjectiveScore> objectives = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            Optional<BigDecimal> computed = Optional.ofNullable(winner.get(o.serviceCode()))
                    .flatMap(w -> w.submission().get().data().get(0).value())
                    .map(v -> v.movePointLeft(2));
            objectives.add(new ObjectiveScore(o.code(), verifica, computed, Optional.ofNullable(overrides.get(o.code())),
                    BigDecimal.ONE, Optional.empty(), Optional.empty(), "", false, Optional.empty()));
        }
        ScoreReport scores = new ScoreReport(verifica, List.of(), objectives, List.of(), Optional.empty(),
                Optional.empty(), Distribution.empty(), List.of());
        return new ConsolidationResult(plan, scores, submissions, deliveries, registry, findings);
    }

    public NucleoReadResult readNucleo(Path summaryWorkbook) throws IOException {
        Map<String, NucleoOverride> overrides = new HashMap<>();
        try (InputStream in = Files.newInputStream(summaryWorkbook); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Obiettivi");
            for (int r = 1; sheet != null && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = text(row.getCell(0));
                Cell scoreCell = row.getCell(2);
                Optional<BigDecimal> score = scoreCell != null && scoreCell.getCellType() == CellType.NUMERIC
                        ? Optional.of(BigDecimal.valueOf(scoreCell.getNumericCellValue())) : Optional.empty();
                String note = text(row.getCell(3));
                if (!code.isEmpty() && (score.isPresent() || !note.isEmpty())) {
                    overrides.put(code, new NucleoOverride(code, score, note));
                }
            }
        } catch (RuntimeException e) {
            return new NucleoReadResult(Map.of(), List.of(Finding.error("RIEPILOGO_ILLEGGIBILE",
                    "Riepilogo illeggibile: " + e.getMessage())));
        }
        return new NucleoReadResult(overrides, List.of());
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().trim();
    }

    public void writeSummary(ConsolidationResult result, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(0)));
            Sheet servizi = wb.createSheet("Servizi");
            row(servizi, 0, "Codice", "Stato", "File");
            int r = 1;
            for (Delivery d : result.deliveries()) {
                row(servizi, r++, d.serviceCode(), d.state().italian(), d.fileName().orElse(""));
            }
            Sheet obiettivi = wb.createSheet("Obiettivi");
            row(obiettivi, 0, "Codice", "Punteggio", "Valutazione Nucleo %", "Note Nucleo");
            r = 1;
            for (ObjectiveScore o : result.scores().objectives()) {
                Row row = row(obiettivi, r++, o.objectiveCode());
                o.computed().ifPresent(v -> row.createCell(1).setCellValue(v.doubleValue()));
                o.override().flatMap(NucleoOverride::score).ifPresent(v -> row.createCell(2).setCellValue(v.doubleValue()));
                o.override().map(NucleoOverride::note).filter(n -> !n.isEmpty())
                        .ifPresent(n -> row.createCell(3).setCellValue(n));
            }
            Sheet registro = wb.createSheet("Registro");
            row(registro, 0, "File", "SHA-256", "Dimensione", "Ricevuto", "Servizio", "Stato", "Motivo");
            r = 1;
            for (FileRecord f : result.registry()) {
                row(registro, r++, f.fileName(), f.sha256(), String.valueOf(f.size()), f.received().toString(),
                        f.serviceCode().orElse(""), f.status().italian(), f.reason());
            }
            wb.write(raw);
        }
        normaliseZip(raw.toByteArray(), out);
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }

    /** Rewrites the zip with fixed entry times, in the same order: same content, same bytes. */
    private static void normaliseZip(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream zout = new ZipOutputStream(out);
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(315532800000L);
                zout.putNextEntry(copy);
                zout.write(zin.readAllBytes());
                zout.closeEntry();
            }
        }
        zout.finish();
        zout.flush();
    }

    public void writeCsv(ConsolidationResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("servizio", "stato", "file", "valore").get());
        for (Delivery d : result.deliveries()) {
            String value = result.submissions().stream().filter(s -> s.serviceCode().equals(d.serviceCode()))
                    .findFirst().flatMap(s -> s.data().get(0).value()).map(BigDecimal::toPlainString).orElse("");
            csv.printRecord(d.serviceCode(), d.state().italian(), d.fileName().orElse(""), value);
        }
        csv.flush();
    }
}
