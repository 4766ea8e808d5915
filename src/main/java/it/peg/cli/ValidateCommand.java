package it.peg.cli;

import it.peg.consolidate.InputFolders;
import it.peg.consolidate.ResourceGuard;
import it.peg.readback.ReadProblem;
import java.util.Optional;

import it.peg.domain.Finding;
import it.peg.domain.Findings;
import it.peg.domain.Plan;
import it.peg.plan.PlanReadResult;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.validation.DuplicateSubmissions;
import it.peg.validation.ReceivedSubmission;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code peg validate --plan FILE FILE...}: quick feedback on returned schede. Reads the plan, reads and
 * validates every file (a folder stands for the .xlsx files in it), and prints every finding grouped by file.
 * Writes nothing.
 */
public final class ValidateCommand implements Command {
    private final Clock clock;
    private final ReturnedWorkbookReader reader;

    public ValidateCommand() {
        this(it.peg.clock.SystemClock.INSTANCE, new XlsxReturnedWorkbookReader());
    }

    public ValidateCommand(Clock clock, ReturnedWorkbookReader reader) {
        this.clock = clock;
        this.reader = reader;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "controlla le schede restituite dagli uffici e stampa ogni problema trovato";
    }

    @Override
    public String synopsis() {
        return "--plan FILE [--at DATA] [--previous FILE] SCHEDA.xlsx... (o cartelle)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("p").longOpt("plan").hasArg().argName("FILE").required()
                .desc("il piano (.xlsx) da cui le schede sono state generate").get());
        o.addOption(Option.builder().longOpt("at").hasArg().argName("DATA")
                .desc("la verifica da controllare: la sua data o una successiva (gg/mm/aaaa o aaaa-mm-gg);"
                        + " senza, la verifica in corso secondo il piano").get());
        o.addOption(PlanLoader.previousOption());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path planFile = Path.of(line.getOptionValue("plan"));
        List<InputFolders.Skipped> skipped = new ArrayList<>();
        List<Path> files = files(line.getArgList(), planFile, skipped);
        PlanReadResult planRead = PlanLoader.read(planFile, line);
        if (!planRead.isValid()) {
            FindingsPrinter.print(console, planRead.findings());
            console.problem("Il piano " + planFile.getFileName() + " non è valido: correggere gli errori indicati"
                    + " (peg check --plan " + planFile + ") e rilanciare. Nessuna scheda è stata controllata.");
            return ExitCode.USAGE_OR_PLAN;
        }
        Plan plan = planRead.plan().orElseThrow();
        // the verifica checked: what is due by it is reported when missing, per cell, before the office sends the file
        it.peg.domain.Verifica verifica = plan.settings().verificaAt(line.hasOption("at")
                ? Dates.inPlanYear("at", line.getOptionValue("at"), plan) : LocalDate.now(clock));
        SubmissionValidator validator = new SubmissionValidator(verifica.date().plusDays(1))
                .withSeal(it.peg.io.SealKeyFile.load(planFile));
        console.result("Verifica al " + verifica.fullLabel() + (verifica.isFinal() ? " (finale)" : "")
                + ": si controllano i valori dovuti fino a questa verifica.");

        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (InputFolders.Skipped s : skipped) {
            byFile.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.finding());
        }
        List<ReceivedSubmission> accepted = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            ReadResult read = reader.read(file);
            List<Finding> findings = new ArrayList<>(read.findings());
            Optional<ValidationResult> checked = read.workbook()
                    .flatMap(wb -> ResourceGuard.validate(() -> validator.validate(plan, wb)));
            if (read.workbook().isPresent() && checked.isEmpty()) {
                findings.add(ReadProblem.MEMORIA_INSUFFICIENTE.findingAbout(read.fileName(), "memoria esaurita"));
            }
            if (checked.isPresent()) {
                ValidationResult result = checked.get();
                // the reader already names a file that is not a scheda: do not say it twice
                Set<String> said = read.findings().stream().map(Finding::code).collect(Collectors.toSet());
                result.findings().stream().filter(f -> !(f.cell().isEmpty() && said.contains(f.code()))).forEach(findings::add);
                result.submission().ifPresent(s -> accepted.add(new ReceivedSubmission(s, received(file))));
                result.submission().filter(s -> !s.reportsAnythingAt(verifica.date())).ifPresent(s -> findings.add(
                        SubmissionValidator.emptyWorkbook(read.fileName(), s.serviceCode(), verifica)));
            }
            byFile.computeIfAbsent(read.fileName(), k -> new ArrayList<>()).addAll(findings);
            console.progress("Schede controllate", ++done, files.size());
        }
        for (Finding f : DuplicateSubmissions.resolve(accepted, verifica.date()).findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> all = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            if (e.getValue().isEmpty()) {
                console.info(e.getKey() + ": nessun problema");
            } else {
                FindingsPrinter.print(console, e.getValue());
                all.addAll(e.getValue());
            }
        }
        int refused = files.size() + skipped.size() - accepted.size();
        console.result("Schede controllate: " + (files.size() + skipped.size()) + " (accettate " + accepted.size() + ", rifiutate " + refused
                + "); " + FindingsPrinter.totals(all) + ".");
        return Findings.anyError(all) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
    }

    private static List<Path> files(List<String> args, Path planFile, List<InputFolders.Skipped> skipped)
            throws UsageException, IOException {
        if (args.isEmpty()) {
            throw new UsageException("Indicare almeno una scheda da controllare: peg validate --plan PIANO.xlsx SCHEDA.xlsx..."
                    + " (anche una cartella: vengono controllati tutti i file .xlsx che contiene).");
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = InputFolders.named(Path.of(a));
            if (Files.isDirectory(p)) {
                // the one rule for links and special files (InputFolders); only the .xlsx files of the folder itself
                InputFolders.Listing l = InputFolders.walk(p, false,
                        n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"));
                l.files().stream().map(InputFolders.Found::path).filter(f -> !samePath(f, planFile))
                        .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                        .forEach(files::add);
                skipped.addAll(l.skipped());
            } else {
                // a missing file is reported by the reader as a finding, like any unreadable one
                files.add(p);
            }
        }
        return files;
    }

    /** The plan often sits in the folder of the returned schede: it is not one of them. */
    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Instant received(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
