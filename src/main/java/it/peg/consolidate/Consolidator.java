package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.readback.ReadResult;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ScoreReport;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.Scorer;
import it.peg.validation.DuplicateSubmissions;
import it.peg.validation.ReceivedSubmission;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import it.peg.xlsx.MetadataSheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading, validation and scoring of a set of returned workbooks, in two steps so that merge can
 * cache the first: {@link #assess} one file at a time, then {@link #combine} every assessment into
 * the consolidation the summary shows.
 */
public final class Consolidator {
    /** Delivery dates are judged on the Italian calendar, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    static final Comparator<FileAssessment> BY_NAME =
            Comparator.comparing((FileAssessment a) -> a.file().name()).thenComparing(FileAssessment::sha256);
    /** Newest received last; on a tie by name, so that the choice never depends on listing order. */
    static final Comparator<FileAssessment> NEWEST_LAST =
            Comparator.comparing((FileAssessment a) -> a.file().received()).thenComparing(BY_NAME);

    private final ReturnedWorkbookReader reader;
    private final SubmissionValidator validator;

    /**
     * @param reader the reader of returned files
     * @param asOf   values of the verifiche before this day must be present (a missing one is reported)
     */
    public Consolidator(ReturnedWorkbookReader reader, LocalDate asOf) {
        this(reader, new SubmissionValidator(asOf));
    }

    private Consolidator(ReturnedWorkbookReader reader, SubmissionValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    /**
     * A consolidator for {@code peg generate --from}: workbooks generated from an older version of the plan
     * are accepted ({@link SubmissionValidator#forCarryForward}); no value is reported as missing.
     */
    public static Consolidator forCarryForward(ReturnedWorkbookReader reader, Plan plan) {
        return new Consolidator(reader,
                SubmissionValidator.forCarryForward(plan.settings().verifiche().get(0).date()));
    }

    /** This consolidator, checking locked values against their seals (key beside the plan) when present. */
    public Consolidator withSeal(Optional<it.peg.domain.LockSeal> seal) {
        return new Consolidator(reader, validator.withSeal(seal));
    }

    /** A consolidator for a verifica: the values of that verifica and of the earlier ones are expected. */
    public static Consolidator forVerifica(ReturnedWorkbookReader reader, Verifica verifica) {
        return new Consolidator(reader, verifica.date().plusDays(1));
    }

    private static boolean saidByReader(ReadResult read, String code) {
        for (Finding f : read.findings()) {
            if (f.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Reads and validates one file; never throws for bad input. */
    public FileAssessment assess(Plan plan, InputFile file) {
        // named as the office named it, in every message, wherever the bytes are read from (merge: its archive)
        ReadResult read = reader.read(file.path(), file.name());
        List<Finding> findings = new ArrayList<>();
        read.findings().forEach(f -> findings.add(f.withFile(file.name()).shared()));
        if (read.workbook().isEmpty() && !InputFolders.namedAsSpreadsheet(file.name())) {
            // a leggimi.txt or a PDF beside the schede is not a scheda at all: said as such, nobody's error
            return new FileAssessment(file, file.content().map(InputFile.Content::sha256).orElse(""), sizeOf(file),
                    Optional.empty(), Optional.empty(), List.of(notAScheda(file.name())));
        }
        if (read.workbook().isEmpty()) {
            // a damaged scheda named as generate names it ("ANA - Servizi Demografici.xlsx") is that service's
            // refused delivery, not a missing one
            Optional<String> named = it.peg.validation.FileNameCheck.namedService(plan, file.name()).map(Service::code);
            return new FileAssessment(file, file.content().map(InputFile.Content::sha256).orElse(""), sizeOf(file),
                    named, Optional.empty(), findings);
        }
        RawWorkbook wb = read.workbook().get();
        Optional<ValidationResult> checked = ResourceGuard.validate(() -> validator.validate(plan, wb));
        if (checked.isEmpty()) {
            findings.add(it.peg.readback.ReadProblem.MEMORIA_INSUFFICIENTE.findingAbout(file.name(), "memoria esaurita"));
            return new FileAssessment(file, sha256(file, wb), size(file, wb), Optional.empty(), Optional.empty(),
                    findings);
        }
        ValidationResult validated = checked.get();
        // a workbook without peg's hidden sheet is named by the reader already (NON_SCHEDA_PEG): said once, as validate
        // says it, not a second file-level error of the same code (consolidate and merge counted "2 errori")
        validated.findings().stream().filter(f -> !(f.cell().isEmpty() && saidByReader(read, f.code())))
                .forEach(f -> findings.add(f.withFile(file.name()).shared()));
        Optional<String> service = validated.submission().map(Submission::serviceCode)
                .or(() -> wb.meta(MetadataSheet.KEY_SERVICE).filter(s -> !s.isBlank()));
        Optional<Submission> submission = validated.submission()
                .map(s -> new Submission(file.name(), s.serviceCode(), s.indicators(), s.objectives(), s.phases(),
                        s.data()));
        List<String> locked = java.util.Arrays.stream(wb.meta(MetadataSheet.KEY_LOCKED).orElse("").split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new FileAssessment(file, sha256(file, wb), size(file, wb), service, submission, findings, locked);
    }

    /**
     * {@link #assess}, and the file's service scored from its submission on the calling thread ({@link #scoredAhead}):
     * combine then takes that score instead of scoring the service again.
     */
    public FileAssessment assess(Plan plan, Verifica verifica, InputFile file) {
        // consolidate renders every service's rows: their explanations are made here, on the reading threads
        return explained(scoredAhead(plan, verifica, assess(plan, file)));
    }

    /**
     * The assessment with the explanations of its scoring ahead made now ({@link it.peg.scoring.Explanation}: made when
     * first read), for a service whose rows will be rendered: on the thread that scored it, in parallel, rather than on
     * the output threads (two writers reading one explanation first at once would both make it). A night leaves the
     * explanations of its cached, unchanged services unmade: their rows are copied.
     */
    public static FileAssessment explained(FileAssessment a) {
        a.scoring().ifPresent(s -> s.indicators().forEach(of -> of.forEach(IndicatorScore::explanation)));
        return a;
    }

    /**
     * The assessment with its service scored at this verifica from its submission ({@link Scorer#scoreAhead}), when it
     * has one that reports anything at it (a blank one is not scored: combine says it is blank).
     */
    public static FileAssessment scoredAhead(Plan plan, Verifica verifica, FileAssessment a) {
        if (a.submission().isEmpty() || !a.submission().get().reportsAnythingAt(verifica.date())) {
            return a;
        }
        try {
            return a.withScoring(Scorer.scoreAhead(plan, verifica, a.submission().get()));
        } catch (RuntimeException e) {
            // a bug of the scorer: combine scores the service again and reports it there, as without scoring ahead
            return a;
        }
    }

    /** The content's hash as the caller knows it (merge: its archive's), else as the reader computed it. */
    private static String sha256(InputFile file, RawWorkbook wb) {
        return file.content().map(InputFile.Content::sha256).orElse(wb.sha256());
    }

    private static long size(InputFile file, RawWorkbook wb) {
        return file.content().map(InputFile.Content::size).orElse(wb.size());
    }

    /**
     * Assesses every file, in parallel over a bounded pool of {@code threads} when there is more than one
     * file to read, and returns the assessments in the order of {@code files} whatever the scheduling
     * (deterministic output). Reading is I/O and CPU per file with no shared state (the reader and the
     * validator are stateless), so files are independent tasks; only the small assessments are kept.
     *
     * @param progress called with the number of files assessed so far (from the calling thread)
     */
    public List<FileAssessment> assessAll(Plan plan, List<InputFile> files, int threads,
                                          java.util.function.IntConsumer progress) {
        return assessAll(files, threads, f -> assess(plan, f), progress);
    }

    private static List<FileAssessment> assessAll(List<InputFile> files, int threads,
                                                  java.util.function.Function<InputFile, FileAssessment> assess,
                                                  java.util.function.IntConsumer progress) {
        try {
            return InOrder.map(files, threads, "peg-assess", assess, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the workbooks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // assess never throws for bad input: anything here is a bug, reported as such
            throw new IllegalStateException("reading a workbook failed unexpectedly", e.getCause());
        }
    }

    /**
     * {@link #assessAll(Plan, List, int, java.util.function.IntConsumer)}, each usable file's service scored at
     * {@code verifica} on the thread that read it ({@link #assess(Plan, Verifica, InputFile)}): combine then only
     * assembles the scores.
     */
    public List<FileAssessment> assessAll(Plan plan, Verifica verifica, List<InputFile> files, int threads,
                                          java.util.function.IntConsumer progress) {
        return assessAll(files, threads, f -> assess(plan, verifica, f), progress);
    }

    /** Threads worth using to read files on this machine: the cores, at most 4 (I/O and GC share them). */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static long sizeOf(InputFile file) {
        if (file.content().isPresent()) {
            return file.content().get().size();
        }
        try {
            return java.nio.file.Files.size(file.path());
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The one finding about a file that is neither named as a spreadsheet nor one. */
    static Finding notAScheda(String name) {
        return new Finding(it.peg.domain.Severity.AVVISO, FindingCode.FILE_NON_SCHEDA.code(), name, "", "", "", "",
                "una scheda .xlsx", "Il file \"" + name + "\" non è una scheda né un foglio di calcolo: non è stato"
                        + " letto e non conta come consegna di alcun servizio. Se non serve, toglierlo dalla cartella delle"
                        + " schede.");
    }

    /** Picks the newest usable submission per service, scores, and builds deliveries and the registry. */
    public ConsolidationResult combine(Plan plan, Verifica verifica, List<FileAssessment> assessments,
                                       Map<String, NucleoOverride> overrides) {
        List<FileAssessment> ordered = assessments.stream().sorted(BY_NAME).toList();
        ofPlannedServices(plan, ordered);
        DuplicateSubmissions.Resolution resolution = DuplicateSubmissions.resolve(ordered.stream()
                .filter(FileAssessment::usable)
                .map(a -> new ReceivedSubmission(a.submission().orElseThrow(), a.file().received()))
                .toList(), verifica.date());
        // lookups by map, not by scanning every file per service: quadratic scans cost seconds at 10,000 files
        Map<String, Submission> countingByService = new java.util.HashMap<>();
        resolution.counting().forEach(s -> countingByService.putIfAbsent(s.serviceCode(), s));
        Map<Submission, FileAssessment> bySubmission = new java.util.IdentityHashMap<>();
        Map<String, List<FileAssessment>> byService = new java.util.HashMap<>();
        for (FileAssessment a : ordered) {
            a.submission().ifPresent(x -> bySubmission.putIfAbsent(x, a));
            a.serviceCode().ifPresent(code -> byService.computeIfAbsent(code, k -> new ArrayList<>()).add(a));
        }
        Map<String, FileAssessment> chosen = new LinkedHashMap<>();
        for (Service service : plan.services()) {
            Optional.ofNullable(countingByService.get(service.code())).map(bySubmission::get)
                    .ifPresent(a -> chosen.put(service.code(), a));
        }
        List<Delivery> deliveries = new ArrayList<>();
        Map<String, Submission> submissions = new LinkedHashMap<>();
        java.util.Set<String> blank = new java.util.HashSet<>();
        List<Finding> blankFindings = new ArrayList<>();
        for (Service service : plan.services()) {
            FileAssessment valid = chosen.get(service.code());
            if (valid != null) {
                Submission submission = valid.submission().orElseThrow();
                // a scheda returned with nothing reported at this verifica is not a delivery: it is not scored
                // (a blank completion date past its deadline would score 0 as "not done"), and says so
                if (submission.reportsAnythingAt(verifica.date())) {
                    submissions.put(service.code(), submission);
                } else {
                    blank.add(service.code());
                    blankFindings.add(SubmissionValidator.emptyWorkbook(valid.file().name(), service.code(), verifica));
                }
                continue;
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<FileRecord> registry = new ArrayList<>();
        for (FileAssessment a : ordered) {
            registry.add(recordOf(a, chosen, blank));
            findings.addAll(reported(a, registry.get(registry.size() - 1)));
        }
        findings.addAll(resolution.findings());
        findings.addAll(blankFindings);
        // services scored where their files were read are taken as they are, when scored from the submission that counts
        Map<String, it.peg.scoring.ServiceScoring> ahead = new java.util.HashMap<>();
        submissions.forEach((code, s) -> chosen.get(code).scoring().filter(x -> chosen.get(code).submission().get() == s)
                .ifPresent(x -> ahead.put(code, x)));
        ScoreReport scores = Scorer.score(plan, verifica, submissions, overrides, java.util.Set.of(), ahead);
        Map<String, Integer> missingByService = missingValues(plan, scores);
        for (Service service : plan.services()) {
            FileAssessment valid = chosen.get(service.code());
            if (valid != null) {
                int missing = blank.contains(service.code()) ? 0 : missingByService.getOrDefault(service.code(), 0);
                DeliveryState state = blank.contains(service.code()) ? DeliveryState.EMPTY
                        : missing > 0 ? DeliveryState.INCOMPLETE : DeliveryState.COMPLETE;
                // a blank scheda is not a delivery: it is neither on time nor late
                deliveries.add(new Delivery(service.code(), state, Optional.of(valid.file().name()),
                        Optional.of(valid.file().received()), state == DeliveryState.EMPTY ? Optional.empty()
                        : onTime(verifica, valid.file().received()), missing));
                continue;
            }
            Optional<FileAssessment> rejected = byService.getOrDefault(service.code(), List.of()).stream()
                    .max(NEWEST_LAST);
            deliveries.add(rejected
                    .map(r -> new Delivery(service.code(), DeliveryState.REJECTED, Optional.of(r.file().name()),
                            Optional.of(r.file().received()), onTime(verifica, r.file().received())))
                    .orElseGet(() -> new Delivery(service.code(), DeliveryState.MISSING, Optional.empty(),
                            Optional.empty(), Optional.empty())));
        }
        return new ConsolidationResult(plan, scores, List.copyOf(submissions.values()), deliveries, registry,
                findings);
    }

    /**
     * Every usable assessment is of a service of the plan: the validator gives a submission only for one (a scheda of
     * another service is a finding, not a submission). One that is not was made by peg against another plan: said
     * as such, naming the file and the service, not a NullPointerException while the Registro is written.
     */
    private static void ofPlannedServices(Plan plan, List<FileAssessment> assessments) {
        for (FileAssessment a : assessments) {
            if (a.usable() && a.serviceCode().flatMap(plan::service).isEmpty()) {
                throw new IllegalStateException("the usable assessment of " + a.file().name() + " is of service "
                        + a.serviceCode().orElse("(none)") + ", which the plan does not have");
            }
        }
    }

    /**
     * Values due at the scored verifica and not there, by service: indicators that apply at it (not monitored) and
     * have no value, or a refused one. A deadline not yet passed (in corso) is not missing.
     */
    private static Map<String, Integer> missingValues(Plan plan, ScoreReport scores) {
        // through the plan's own index (the first of each code, as the maps filled with putIfAbsent here gave), not
        // two maps of every objective and indicator built again per combine: only the missing values are looked up
        Map<String, Integer> missing = new java.util.HashMap<>();
        for (it.peg.scoring.IndicatorScore score : scores.indicators()) {
            if (score.status() == it.peg.scoring.ScoreStatus.MISSING
                    || score.status() == it.peg.scoring.ScoreStatus.REJECTED) {
                plan.indicator(score.indicatorCode()).flatMap(i -> plan.objective(i.objectiveCode()))
                        .ifPresent(o -> missing.merge(o.serviceCode(), 1, Integer::sum));
            }
        }
        return missing;
    }

    /** A file's findings as listed: a blank scheda that counts is SCHEDA_NON_COMPILATA, not each missing value too. */
    static List<Finding> reported(FileAssessment a, FileRecord record) {
        return record.status() != FileStatus.NOT_FILLED ? a.findings()
                : a.findings().stream().filter(Consolidator::saidOfABlankScheda).toList();
    }

    private static boolean saidOfABlankScheda(Finding f) {
        return !f.code().equals(FindingCode.VALORE_MANCANTE.code());
    }

    static FileRecord recordOf(FileAssessment a, Map<String, FileAssessment> chosen, java.util.Set<String> blank) {
        Instant received = a.file().received();
        if (a.usable()) {
            String service = a.serviceCode().orElseThrow();
            FileAssessment winner = chosen.get(service);
            if (winner == a && blank.contains(service)) {
                // its findings and the one that says it is blank (SCHEDA_NON_COMPILATA), as the Anomalie sheet lists them
                long all = a.findings().stream().filter(Consolidator::saidOfABlankScheda).count() + 1L;
                return new FileRecord(a.file().name(), a.sha256(), a.size(), received, a.serviceCode(),
                        FileStatus.NOT_FILLED, "Nessun valore per la verifica: non vale come consegna; "
                                + Plural.count(all, "segnalazione", "segnalazioni") + " (vedere Anomalie)");
            }
            if (winner == a) {
                long warnings = a.findings().size();
                return new FileRecord(a.file().name(), a.sha256(), a.size(), received, a.serviceCode(),
                        FileStatus.ACCEPTED, warnings == 0 ? ""
                                : Plural.count(warnings, "segnalazione", "segnalazioni") + " (vedere Anomalie)");
            }
            // a blank scheda sent after a filled one does not count (DuplicateSubmissions): said so, not "più recente"
            String reason = NEWEST_LAST.compare(a, winner) > 0
                    ? "Per il servizio " + service + " conta il file '" + winner.file().name() + "', il più recente che"
                    + " riporta valori per la verifica (questo non ne riporta); questo resta nell'archivio e nel registro."
                    : "Per il servizio " + service + " conta il file più recente '" + winner.file().name()
                    + "'; questo resta nell'archivio e nel registro.";
            return new FileRecord(a.file().name(), a.sha256(), a.size(), received, a.serviceCode(),
                    FileStatus.SUPERSEDED, reason);
        }
        String reason = a.findings().stream().filter(Finding::isError).map(Finding::message).findFirst()
                .or(() -> a.findings().stream().map(Finding::message).findFirst())
                .orElse("File non utilizzabile.");
        return new FileRecord(a.file().name(), a.sha256(), a.size(), received, a.serviceCode(), FileStatus.REJECTED,
                reason);
    }

    static Optional<Boolean> onTime(Verifica verifica, Instant received) {
        LocalDate day = received.atZone(ZONE).toLocalDate();
        return verifica.due().map(due -> !day.isAfter(due));
    }
}
