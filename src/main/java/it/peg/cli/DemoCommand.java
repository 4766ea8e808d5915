package it.peg.cli;


import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code peg demo}: the whole cycle on the bundled example plan. Writes the plan, generates the
 * service workbooks, fills them as offices would at every verifica (with a few realistic mistakes and
 * one late or missing delivery), consolidates each verifica and prints the final scores.
 */
public final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "l'intero ciclo sul piano di esempio: piano, schede, compilazione, riepiloghi";
    }

    @Override
    public String synopsis() {
        return "[--out DIR]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                .desc("cartella di lavoro della demo (predefinita: peg-demo)").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        Path out = Path.of(line.getOptionValue("out", "peg-demo"));
        Files.createDirectories(out);
        Path planFile = out.resolve("piano.xlsx");
        DemoOffices offices = Tools.load(DemoOffices.class);
        try (InputStream in = offices.examplePlan()) {
            Files.copy(in, planFile, StandardCopyOption.REPLACE_EXISTING);
        }
        Plan plan = PlanLoader.loadOrExit(planFile, console);
        console.info("1. Piano di esempio scritto in " + planFile + " (" + Plural.services(plan.services().size()) + ", "
                + Plural.count(plan.objectives().size(), "obiettivo", "obiettivi") + ", "
                + Plural.count(plan.indicators().size(), "indicatore", "indicatori") + ").");

        Path blank = out.resolve("schede");
        Files.createDirectories(blank);
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        List<Path> workbooks = new ArrayList<>();
        for (Service s : plan.services()) {
            workbooks.add(generator.write(plan, s, blank));
        }
        console.info("2. " + (workbooks.size() == 1 ? "Generata " : "Generate ")
                + Plural.count(workbooks.size(), "scheda", "schede") + " in " + blank + ".");

        List<Verifica> verifiche = plan.settings().verifiche();
        ConsolidationResult last = null;
        Path previous = blank;
        for (int k = 0; k < verifiche.size(); k++) {
            Verifica v = verifiche.get(k);
            Path delivered = out.resolve("consegne-" + v.code());
            Files.createDirectories(delivered);
            for (int i = 0; i < plan.services().size(); i++) {
                Path source = previous.resolve(workbooks.get(i).getFileName());
                if (!Files.exists(source)) {
                    source = workbooks.get(i);
                }
                if (k == 0 && i == plan.services().size() - 1) {
                    continue; // the last office forgets the first verifica entirely
                }
                Path file = delivered.resolve(workbooks.get(i).getFileName());
                Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
                offices.fill(plan, file, i, k);
                boolean late = i == 1 && k == verifiche.size() - 1;
                Files.setLastModifiedTime(file, deliveryTime(v, late));
            }
            console.info("3." + (k + 1) + " Compilate dagli uffici le schede al " + v.fullLabel() + " in " + delivered
                    + ".");
            last = consolidate(plan, v, delivered, out);
            console.info("4." + (k + 1) + " Riepilogo al " + v.fullLabel() + ": " + out.resolve("riepilogo-" + v.code()
                    + ".xlsx") + " (" + FindingsPrinter.totals(last.findings()) + ").");
            previous = delivered;
        }
        List<Finding> errors = last.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            console.info("");
            console.info("Errori trovati nelle schede dell'ultima verifica (così li vedrebbe il controllo di gestione):");
            FindingsPrinter.print(console, errors);
        }
        console.result("");
        ScoreTable.print(last, console);
        console.info("");
        console.info("Aprire " + out.resolve("riepilogo-" + plan.settings().finalVerifica().code() + ".xlsx")
                + " per il riepilogo completo.");
        return ExitCode.OK;
    }

    /** Delivered three days before the due date, or five days after it when late. */
    private static FileTime deliveryTime(Verifica v, boolean late) {
        java.time.LocalDate due = v.due().orElse(v.date().plusDays(15));
        java.time.LocalDate day = late ? due.plusDays(5) : due.minusDays(3);
        return FileTime.from(day.atTime(LocalTime.of(10, 30)).atZone(Consolidator.ZONE).toInstant());
    }

    private static ConsolidationResult consolidate(Plan plan, Verifica v, Path delivered, Path out) throws Exception {
        Consolidator consolidator = Pipeline.consolidator(v);
        List<FileAssessment> assessments = new ArrayList<>();
        for (InputFile f : InputFolders.inputFiles(List.of(delivered))) {
            assessments.add(consolidator.assess(plan, f));
        }
        ConsolidationResult result = consolidator.combine(plan, v, assessments, Map.of());
        SummaryOutputs.write(result, out.resolve("riepilogo-" + v.code() + ".xlsx"),
                Optional.of(out.resolve("riepilogo-" + v.code() + ".csv")));
        return result;
    }
}
