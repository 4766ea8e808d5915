package it.peg.cli;


import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.NucleoReadResult;
import it.peg.summary.ValutazioneWorkbookWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code peg consolidate}: read, validate and score every workbook found, write the summary (and CSV). */
public final class ConsolidateCommand implements Command {
    @Override
    public String name() {
        return "consolidate";
    }

    @Override
    public String summary() {
        return "legge, valida e valuta le schede restituite e scrive il riepilogo (e il CSV)";
    }

    @Override
    public String synopsis() {
        return "--plan FILE --in DIR... --at DATA --out FILE.xlsx [--csv FILE.csv] [--previous FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required().desc("il piano (.xlsx)").get());
        o.addOption(PlanLoader.previousOption());
        o.addOption(Option.builder().longOpt("in").hasArgs().argName("DIR").required()
                .desc("cartelle con le schede restituite (anche più di una)").get());
        o.addOption(Option.builder().longOpt("at").hasArg().argName("DATA").required()
                .desc("la verifica: la sua data o una successiva (gg/mm/aaaa o aaaa-mm-gg)").get());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE.xlsx").required().desc("il riepilogo da scrivere").get());
        o.addOption(Option.builder().longOpt("csv").hasArg().argName("FILE.csv").desc("anche l'esportazione CSV (open data)").get());
        return o;
    }


    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        // the outputs first: a refused run has read nothing (not even the plan) and written nothing
        Optional<String> refused = refusedOutputs(line);
        if (refused.isPresent()) {
            console.problem(refused.get());
            return ExitCode.USAGE_OR_PLAN;
        }
        // the returned files are read while the plan is loaded and the other inputs checked: reading needs no plan
        Optional<EarlyReading> early = EarlyReading.start(line.getOptionValues("in"));
        try {
            return run(line, console, early);
        } finally {
            early.ifPresent(EarlyReading::stop);
        }
    }

    private ExitCode run(CommandLine line, Console console, Optional<EarlyReading> early) throws Exception {
        Plan plan = PlanLoader.loadCachedOrExit(Path.of(line.getOptionValue("plan")), line, console);
        Verifica verifica = plan.settings().verificaAt(Dates.inPlanYear("at", line.getOptionValue("at"), plan));
        List<Path> folders = new ArrayList<>();
        for (String dir : line.getOptionValues("in")) {
            Path p = Path.of(dir);
            if (!Files.isDirectory(p)) {
                throw new UsageException("La cartella '" + dir + "' indicata con --in non esiste.");
            }
            folders.add(p);
        }
        Path out = Path.of(line.getOptionValue("out"));
        Optional<Path> csv = Optional.ofNullable(line.getOptionValue("csv")).map(Path::of);
        Map<String, NucleoOverride> overrides = Map.of();
        NucleoColumnsCache nucleoCache = NucleoColumnsCache.inUserFolder();
        if (Files.isRegularFile(out)) {
            NucleoReadResult previous = nucleoCache.read(out);
            if (previous.holdsJudgementsOfAnother(verifica.date())) {
                // overwriting it would lose the Nucleo's work on that verifica; taking it would judge this one with it
                LocalDate other = previous.verifica().orElseThrow();
                // the formatter made here, not in a static field: every command's start sets up each command class
                String day = other.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                throw new UsageException("Il riepilogo " + out + " è della verifica al " + day
                        + " e contiene le valutazioni del Nucleo per quella verifica: per la verifica al "
                        + verifica.fullLabel() + " indicare un altro file con --out (es. riepilogo-" + verifica.code()
                        + ".xlsx). Il file esistente non è stato modificato.");
            }
            previous.findings().stream().filter(f -> f.isError() || console.verbosity() != Console.Verbosity.QUIET)
                    .forEach(f -> console.problem(FindingsPrinter.line(f)));
            if (previous.findings().stream().anyMatch(Finding::isError)) {
                // overwriting it would lose what the Nucleo typed there (a judgement typed wrongly, a file saved with a
                // password or in another format): stop, as merge does, and leave it as it is
                throw new UsageException("Il riepilogo " + out + " non è stato sovrascritto, per non perdere le valutazioni"
                        + " del Nucleo che contiene: correggerlo come indicato sopra, oppure indicare un altro file con"
                        + " --out. Nessun file è stato scritto.");
            }
            overrides = previous.forVerifica(verifica.date()).overrides();
        }
        early.ifPresent(EarlyReading::stop);
        Consolidator consolidator = early.flatMap(EarlyReading::ahead).map(a -> Pipeline.consolidator(verifica, a))
                .orElseGet(() -> Pipeline.consolidator(verifica))
                .withSeal(it.peg.io.SealKeyFile.load(Path.of(line.getOptionValue("plan"))));
        Optional<InputFolders.Listing> listed = early.flatMap(EarlyReading::listing);
        InputFolders.Listing listing = listed.isPresent() ? listed.get() : InputFolders.scan(folders);
        List<InputFile> inputs = ownOutputsLeftOut(InputFolders.inputFiles(listing), out, csv);
        List<FileAssessment> assessments = consolidator.assessAll(plan, verifica, inputs, Consolidator.defaultThreads(),
                done -> console.progress("Lettura schede", done, inputs.size()));
        ConsolidationResult result = consolidator.combine(plan, verifica, assessments, overrides)
                .withFindingsFirst(listing.skipped().stream().map(InputFolders.Skipped::finding).toList());
        // what the next run would read back from the summary's Nucleo columns, worked out beside the writers: after
        // them only the cache's entry is written (it was the main thread's last work, the other core idle)
        java.util.concurrent.CompletableFuture<Optional<it.peg.summary.NucleoReadResult>> readBack =
                it.peg.consolidate.SideTask.start("peg-nucleo", () -> NucleoColumnsCache.readBackOf(result));
        // the console's report made beside the writers too, and printed as before: once the outputs are written
        java.util.concurrent.CompletableFuture<String> report = it.peg.consolidate.SideTask.startUnlogged("peg-console",
                () -> ConsolidateReport.text(result, out, inputs.size(), console.verbosity()));
        String written = SummaryOutputs.writeWithForms(result, out, csv);
        // the next run finds this file as written (unless the Nucleo typed into it) and reads nothing back
        nucleoCache.remember(out, written, it.peg.consolidate.SideTask.await(readBack));
        console.print(it.peg.consolidate.SideTask.await(report));
        return result.findings().stream().anyMatch(Finding::isError) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
    }

    /**
     * The outputs' checks, which need neither the plan nor the returned files: an {@code --out} that is not
     * {@code .xlsx}, a folder that cannot hold an output, two outputs that are one file (a usage error), or a link where
     * an output goes (the message returned).
     */
    private static Optional<String> refusedOutputs(CommandLine line) throws UsageException {
        Path out = Path.of(line.getOptionValue("out"));
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--out deve essere un file .xlsx (es. riepilogo.xlsx).");
        }
        Optional<Path> csv = Optional.ofNullable(line.getOptionValue("csv")).map(Path::of);
        OutputPaths.requireFolder("out", out);
        if (csv.isPresent()) {
            OutputPaths.requireFolder("csv", csv.get());
        }
        // the Schede per la valutazione go beside the summary: a link there is refused as one at --out is
        Path forms = out.resolveSibling(ValutazioneWorkbookWriter.besides(out).getFileName());
        refuseSameFile(out, csv, forms);
        List<Path> outputs = new ArrayList<>(List.of(out));
        csv.ifPresent(outputs::add);
        outputs.add(forms);
        return OutputLinks.refusal(outputs);
    }

    /**
     * Each output its own file: the forms beside a summary named {@code schede-valutazione.xlsx} are that file, and a
     * {@code --csv} naming the summary or the forms is written over by it (or over it); either way one output replaced
     * the other without a word. Names compared ignoring case: on Windows and macOS they are the same file.
     */
    private static void refuseSameFile(Path out, Optional<Path> csv, Path forms) throws UsageException {
        if (sameName(out, forms)) {
            throw new UsageException("--out non può chiamarsi " + out.getFileName() + ": è il nome delle Schede per la"
                    + " valutazione, che consolidate scrive accanto al riepilogo e che lo sostituirebbero. Indicare con"
                    + " --out un altro nome (es. riepilogo.xlsx).");
        }
        if (csv.isPresent() && (sameName(csv.get(), out) || sameName(csv.get(), forms))) {
            throw new UsageException("--csv indica " + csv.get() + ", un file che consolidate scrive come riepilogo o"
                    + " come Schede per la valutazione: uno sostituirebbe l'altro. Indicare con --csv un altro file"
                    + " (es. riepilogo.csv).");
        }
    }

    /**
     * The input files but this run's own outputs: a summary written into a folder it reads ({@code --in consegne --out
     * consegne/riepilogo.xlsx}) was read back by the next run as an office's file, the summary, its CSV and the Schede
     * per la valutazione each an ERRORE ("non è una scheda generata da peg: usare il file ricevuto dal controllo di
     * gestione"), and exit 1.
     */
    static List<InputFile> ownOutputsLeftOut(List<InputFile> inputs, Path out, Optional<Path> csv) {
        List<Path> outputs = new ArrayList<>(List.of(out, ValutazioneWorkbookWriter.besides(out)));
        csv.ifPresent(outputs::add);
        return inputs.stream().filter(f -> outputs.stream().noneMatch(o -> sameName(o, f.path()))).toList();
    }

    private static boolean sameName(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        return x.getFileName().toString().equalsIgnoreCase(y.getFileName().toString())
                && java.util.Objects.equals(x.getParent(), y.getParent());
    }
}
