package it.peg.cli;

import it.peg.io.AtomicFiles;

import it.peg.consolidate.CarryForward;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InOrder;
import it.peg.consolidate.InputFolders;
import it.peg.domain.CarriedValues;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.TemplateException;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** {@code peg generate}: one service workbook (scheda) per service of the plan. */
public final class GenerateCommand implements Command {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "genera una scheda .xlsx per ogni servizio del piano, da inviare agli uffici";
    }

    @Override
    public String synopsis() {
        return "--plan FILE --out DIR [--service CODICE]... [--from DIR]... [--at DATA] [--templates DIR] [--force] [--previous FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required()
                .desc("il piano (.xlsx)").get());
        o.addOption(PlanLoader.previousOption());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
                .desc("cartella in cui scrivere le schede (creata se manca)").get());
        o.addOption(Option.builder().longOpt("service").hasArg().argName("CODICE")
                .desc("genera solo questo servizio (ripetibile); senza, tutti i servizi").get());
        o.addOption(Option.builder().longOpt("from").hasArg().argName("DIR")
                .desc("cartella delle schede già restituite dagli uffici (ripetibile): i loro valori sono riportati"
                        + " nelle nuove schede, quelli delle verifiche passate bloccati").get());
        o.addOption(Option.builder().longOpt("at").hasArg().argName("DATA")
                .desc("con --from: la data di riferimento (gg/mm/aaaa, default oggi); restano modificabili la verifica"
                        + " a cui si riferisce e le successive, le precedenti sono bloccate").get());
        o.addOption(Option.builder().longOpt("force")
                .desc("sostituisce anche le schede di --out che contengono valori già inseriti dagli uffici"
                        + " (senza, peg si rifiuta e non scrive nulla)").get());
        o.addOption(Option.builder().longOpt("templates").hasArg().argName("DIR")
                .desc("cartella con il modello scheda.xlsx da usare al posto di quello indicato dal piano (Modello in"
                        + " Impostazioni) o di quello standard di peg").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path planFile = Path.of(line.getOptionValue("plan"));
        Path out = Path.of(line.getOptionValue("out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out deve indicare una cartella, ma '" + out + "' è un file.");
        }
        // the folder itself is created when missing, its parent is not: a mistyped path must not grow folders
        OutputPaths.requireFolder("out", out);
        // the template is prepared on another thread while the plan is read: both are fixed costs of every run,
        // mostly cold code (POI's classes, the plan reader), and on two cores they overlap. It is the one --templates
        // names, else the default, which the plan's Modello may then replace; a bad --templates is said before the
        // plan's findings, as before
        Optional<Path> templates = Optional.ofNullable(line.getOptionValue("templates")).map(Path::of);
        Path planFolder = planFile.toAbsolutePath().getParent();
        CompletableFuture<WorkbookTemplate> preparing = CompletableFuture.supplyAsync(
                () -> WorkbookTemplate.locate(templates, Optional.empty(), planFolder), GenerateCommand::daemon);
        WorkbookTemplate prepared;
        PlanReadResult read;
        try {
            read = PlanLoader.read(planFile, line);
        } finally {
            prepared = template(preparing);
        }
        if (!read.isValid()) {
            FindingsPrinter.print(console, read.findings());
            console.problem("Il piano contiene errori (" + FindingsPrinter.totals(read.findings())
                    + "): nessuna scheda generata. Correggere il piano e rilanciare; per il solo controllo: peg check --plan "
                    + planFile);
            return ExitCode.USAGE_OR_PLAN;
        }
        Plan plan = read.plan().orElseThrow();
        // the plan's Modello picks the template, unless --templates names one
        WorkbookTemplate template = templates.isPresent() || plan.settings().template().isEmpty() ? prepared
                : template(Optional.empty(), plan.settings().template(), planFile);
        try {
            template.checkFits(plan);
        } catch (TemplateException e) {
            throw new UsageException(e.getMessage());
        }
        long warnings = read.findings().stream().filter(f -> !f.isError()).count();
        if (warnings > 0) {
            console.info("Piano letto con " + Plural.warnings(warnings) + " (dettagli: peg check --plan " + planFile + ").");
            if (console.verbosity() == Console.Verbosity.VERBOSE) {
                FindingsPrinter.print(console, read.findings());
            }
        }
        List<Service> services = selected(plan, line.getOptionValues("service"));
        CarryForward.Outcome carried = carried(plan, line, services, console);
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(template);
        if (services.stream().anyMatch(s -> !carried.of(s.code()).lockedNames().isEmpty())) {
            // locked values are sealed with the key beside the plan, made the first time it is needed
            generator = generator.sealedWith(it.peg.io.SealKeyFile.loadOrCreate(planFile));
        }
        // Generate everything in memory first: a failure half-way leaves the output folder as it was. The services
        // are generated on the consolidate's threads (each scheda is independent; the generator is stateless) and
        // collected in the plan's order, so names, files and console lines are those of one thread.
        ServiceWorkbookGenerator g = generator;
        List<byte[]> bytes = inOrder(services, s -> g.generate(plan, s, carried.of(s.code())),
                done -> console.progress("Generazione schede", done, services.size()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> lowerNames = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            files.put(unique(WorkbookFileNames.of(services.get(i)), lowerNames), bytes.get(i));
        }
        if (!line.hasOption("force")) {
            OverwriteGuard guard = new OverwriteGuard(new it.peg.readback.XlsxReturnedWorkbookReader());
            List<String> refused = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                guard.refusal(out.resolve(e.getKey()), e.getValue()).ifPresent(why -> refused.add(
                        "La scheda '" + e.getKey() + "' in " + out + " " + why + "."));
            }
            if (!refused.isEmpty()) {
                refused.forEach(console::problem);
                console.problem("Nessuna scheda è stata scritta: le schede già compilate non vengono sostituite."
                        + " Generare in un'altra cartella (--out), riportandone i valori con --from " + out
                        + "; oppure aggiungere --force per sostituirle comunque.");
                return ExitCode.USAGE_OR_PLAN;
            }
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = out.resolve(e.getKey());
            AtomicFiles.write(target, e.getValue());
            console.detail("Scritta " + target);
        }
        console.result(Plural.count(files.size(), "scheda generata", "schede generate") + " in " + out
                + " (modello: " + template.source() + ").");
        return carried.findings().stream().anyMatch(Finding::isError) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
    }

    private static WorkbookTemplate template(Optional<Path> templates, Optional<String> modello, Path planFile)
            throws UsageException {
        try {
            return WorkbookTemplate.locate(templates, modello, planFile.toAbsolutePath().getParent());
        } catch (TemplateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The prepared template, or the template's problem as a usage error (a missing or unreadable scheda.xlsx). */
    private static WorkbookTemplate template(CompletableFuture<WorkbookTemplate> preparing) throws UsageException {
        try {
            return preparing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TemplateException te) {
                throw new UsageException(te.getMessage());
            }
            throw rethrown(e.getCause());
        }
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "peg-template");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Generates on {@link Consolidator#defaultThreads()} threads, the results in the services' order. A failure is
     * thrown as itself, as it was on one thread: peg's bug, reported with its stack trace.
     */
    private static List<byte[]> inOrder(List<Service> services, java.util.function.Function<Service, byte[]> generate,
                                        java.util.function.IntConsumer progress) throws InterruptedException {
        try {
            return InOrder.map(services, Consolidator.defaultThreads(), "peg-generate", generate, progress);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    /** {@code --from}: reads and validates every returned workbook, and tells what each service gets. */
    private static CarryForward.Outcome carried(Plan plan, CommandLine line, List<Service> services, Console console)
            throws Exception {
        String[] dirs = line.getOptionValues("from");
        if (dirs == null || dirs.length == 0) {
            if (line.hasOption("at")) {
                throw new UsageException("--at si usa solo insieme a --from.");
            }
            return new CarryForward.Outcome(Map.of(), List.of());
        }
        List<Path> folders = new ArrayList<>();
        for (String dir : dirs) {
            Path p = Path.of(dir);
            if (!Files.isDirectory(p)) {
                throw new UsageException("La cartella '" + dir + "' indicata con --from non esiste.");
            }
            folders.add(p);
        }
        LocalDate at = line.hasOption("at") ? Dates.inPlanYear("at", line.getOptionValue("at"), plan)
                : LocalDate.now(Consolidator.ZONE);
        Consolidator consolidator = Consolidator.forCarryForward(new XlsxReturnedWorkbookReader(), plan)
                .withSeal(it.peg.io.SealKeyFile.load(Path.of(line.getOptionValue("plan"))));
        InputFolders.Listing listing = InputFolders.scan(folders);
        List<InputFile> files = InputFolders.inputFiles(listing);
        listing.skipped().forEach(s -> console.problem(FindingsPrinter.line(s.finding())));
        List<FileAssessment> assessments = new ArrayList<>();
        int done = 0;
        for (InputFile f : files) {
            assessments.add(consolidator.assess(plan, f));
            console.progress("Lettura schede restituite", ++done, files.size());
        }
        CarryForward.Outcome outcome = CarryForward.collect(plan, assessments, at);
        if (!outcome.findings().isEmpty()) {
            FindingsPrinter.print(console, outcome.findings());
        }
        List<Verifica> locked = CarryForward.locked(plan, at);
        console.info("Valori riportati da " + Plural.files(files.size()) + " in " + String.join(", ", dirs) + "; verifiche bloccate: "
                + (locked.isEmpty() ? "nessuna" : locked.stream().map(Verifica::label).collect(Collectors.joining(", ")))
                + " (riferimento " + plan.settings().verificaAt(at).label() + ").");
        for (Service s : services) {
            CarriedValues c = outcome.of(s.code());
            console.info("  " + s.code() + ": " + (c.sourceFile().isEmpty() ? "nessuna scheda restituita valida, scheda vuota"
                    : Plural.count(c.values().size(), "valore riportato", "valori riportati")
                    + " da '" + c.sourceFile() + "'"));
        }
        return outcome;
    }

    private static List<Service> selected(Plan plan, String[] codes) throws UsageException {
        if (codes == null || codes.length == 0) {
            if (plan.services().isEmpty()) {
                throw new UsageException("Il piano non contiene servizi: aggiungerli nel foglio Servizi.");
            }
            return plan.services();
        }
        List<Service> result = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            Optional<Service> s = plan.service(code.trim());
            if (s.isEmpty()) {
                s = plan.services().stream().filter(x -> x.code().equalsIgnoreCase(code.trim())).findFirst();
            }
            if (s.isPresent()) {
                if (!result.contains(s.get())) {
                    result.add(s.get());
                }
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException("Servizio sconosciuto: " + String.join(", ", unknown) + ". Codici del piano: "
                    + plan.services().stream().map(Service::code).collect(Collectors.joining(", ")) + ".");
        }
        return result;
    }

    /** Two services whose names differ only in characters unsafe for files would collide: number them. */
    private static String unique(String fileName, Set<String> taken) {
        String candidate = fileName;
        int n = 2;
        while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = fileName.substring(0, fileName.length() - ".xlsx".length()) + " (" + n++ + ").xlsx";
        }
        return candidate;
    }
}
