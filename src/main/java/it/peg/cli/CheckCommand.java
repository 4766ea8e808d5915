package it.peg.cli;

import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.plan.TargetReadings;
import it.peg.italian.Polarities;
import it.peg.domain.Plural;
import it.peg.plan.PlanReadResult;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code peg check --plan FILE}: validates a plan workbook and prints every finding; exit 0 or 2. */
public final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "controlla un piano e stampa ogni errore e avviso";
    }

    @Override
    public String synopsis() {
        return "--plan FILE [--previous FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required().desc("il piano (.xlsx)").get());
        o.addOption(PlanLoader.previousOption());
        return o;
    }

    /**
     * Each target peg had to read, as the reading it will score ({@code '1500 su 2000' → rapporto >= 0,75}); each
     * qualitative target with a measurable way to write it.
     */
    private static void printReadings(Console console, Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            boolean decreasingBare = !i.target().text().isEmpty() && Polarities.bareNumber(i.target().target()) && i.polarity() == Polarity.DECREASING;
            if (!TargetReadings.interpreted(i) && !decreasingBare) {
                continue;
            }
            String line = "  " + i.code() + " (riga " + i.row() + "): " + TargetReadings.reading(i.target(), i.polarity());
            if (i.target().target() instanceof QualitativeTarget) {
                line += "; per renderlo misurabile: " + TargetReadings.rewrite(i.target().text(), plan.settings().year());
            }
            lines.add(line);
        }
        if (!lines.isEmpty()) {
            console.info("Lettura dei target (come saranno valutati):");
            lines.forEach(console::info);
        }
    }

    @Override
    public ExitCode run(CommandLine line, Console console) {
        Path plan = Path.of(line.getOptionValue("plan"));
        PlanReadResult result = PlanLoader.read(plan, line);
        FindingsPrinter.print(console, result.findings());
        result.plan().ifPresent(p -> printReadings(console, p));
        int services = result.plan().map(p -> p.services().size()).orElse(0);
        int objectives = result.plan().map(p -> p.objectives().size()).orElse(0);
        int indicators = result.plan().map(p -> p.indicators().size()).orElse(0);
        String what = result.plan().map(Plan::settings).map(s -> "Piano " + s.year() + (s.ente().isEmpty() ? "" : " di " + s.ente()))
                .orElse("Piano " + plan.getFileName());
        console.result(what + ": " + Plural.services(services) + ", " + Plural.count(objectives, "obiettivo", "obiettivi") + ", "
                + Plural.count(indicators, "indicatore", "indicatori") + "; "
                + FindingsPrinter.totals(result.findings()) + ".");
        if (result.isValid()) {
            console.info("Il piano è valido.");
            return ExitCode.OK;
        }
        console.problem("Il piano non è valido: correggere gli ERRORI elencati e rilanciare 'peg check --plan " + plan + "'.");
        return ExitCode.USAGE_OR_PLAN;
    }
}
