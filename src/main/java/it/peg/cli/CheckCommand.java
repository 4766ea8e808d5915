package it.peg.cli;

import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.nio.file.Path;

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
        return "--plan FILE";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("plan").hasArg().argName("FILE").required().desc("il piano (.xlsx)").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) {
        Path plan = Path.of(line.getOptionValue("plan"));
        PlanReadResult result = PlanReader.read(plan);
        FindingsPrinter.print(console, result.findings());
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
