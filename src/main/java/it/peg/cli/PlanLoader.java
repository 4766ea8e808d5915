package it.peg.cli;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Plural;
import it.peg.merge.cache.PlanCache;
import it.peg.version.Version;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads the plan for a command that needs a valid one: prints its blocking findings and tells the
 * caller to stop (exit 2) when it is invalid; warnings are counted, with the command that lists them.
 */
final class PlanLoader {
    /** Set up when first used: {@code peg merge} asks this class for an option, and a quiet night logs nothing here. */
    private static final class Log {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanLoader.class);
    }

    private PlanLoader() {
    }

    /** {@code --previous FILE}: last year's summary, the baselines of relative targets the plan gives none for. */
    static org.apache.commons.cli.Option previousOption() {
        return org.apache.commons.cli.Option.builder().longOpt("previous").hasArg().argName("FILE")
                .desc("il riepilogo dell'anno precedente (riepilogo.xlsx): valori di partenza dei target come +5%").get();
    }

    /** Reads the plan, with the baselines of {@code --previous} when the command line gives it. */
    static PlanReadResult read(Path path, org.apache.commons.cli.CommandLine line) {
        return line.hasOption("previous")
                ? PlanReader.read(path, it.peg.plan.PreviousSummary.read(Path.of(line.getOptionValue("previous"))))
                : PlanReader.read(path);
    }

    static Plan loadOrExit(Path path, org.apache.commons.cli.CommandLine line, Console console) throws UsageException {
        requirePlanFile(path);
        return loaded(path, read(path, line), console);
    }

    /**
     * {@link #loadOrExit(Path, org.apache.commons.cli.CommandLine, Console)} through the cache of read plans in the
     * user's cache folder ({@link UserCache}, keyed by the plan file's SHA-256 and the build): what {@code consolidate}
     * reads on every run, a plan changed a few times a year. Not with {@code --previous} (the baselines come from a
     * second file), nor without a cache folder that can be written; a cache that fails is a plan read again.
     */
    static Plan loadCachedOrExit(Path path, org.apache.commons.cli.CommandLine line, Console console) throws UsageException {
        requirePlanFile(path);
        Optional<Path> cache = line.hasOption("previous") ? Optional.empty() : UserCache.folder();
        Optional<PlanReadResult> cached = Optional.empty();
        if (cache.isPresent()) {
            try {
                // the plan's warnings are shown only with -v (their count): otherwise left undecoded in the entry
                cached = Optional.of(console.verbosity() == Console.Verbosity.VERBOSE
                        ? PlanCache.read(path, cache.get(), Version.build())
                        : PlanCache.readWithoutWarnings(path, cache.get(), Version.build()));
            } catch (java.io.IOException | RuntimeException e) {
                Log.LOG.info("plan cache in {} not usable, the plan is read: {}", cache.get(), e.toString(), e);
            }
        }
        return loaded(path, cached.orElseGet(() -> read(path, line)), console);
    }

    static Plan loadOrExit(Path path, Console console) throws UsageException {
        requirePlanFile(path);
        return loaded(path, PlanReader.read(path), console);
    }

    private static void requirePlanFile(Path path) throws UsageException {
        if (Files.isDirectory(path)) {
            throw new UsageException(it.peg.plan.PlanReader.folderMessage(path));
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("Il piano '" + path + "' non esiste. Indicare con --plan il file del piano"
                    + " (.xlsx); per crearne uno vuoto: peg init --out piano.xlsx");
        }
    }

    private static Plan loaded(Path path, PlanReadResult result, Console console) throws UsageException {
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        Optional<Plan> plan = result.plan();
        if (!errors.isEmpty() || plan.isEmpty()) {
            FindingsPrinter.print(console, errors);
            throw new UsageException("Il piano '" + path.getFileName() + "' non è valido (" + Plural.errors(errors.size())
                    + "): correggerlo e ricontrollarlo con 'peg check --plan " + path + "'. Nessun file scritto.");
        }
        long warnings = result.findings().size() - errors.size();
        if (warnings > 0) {
            console.detail("Il piano ha " + Plural.warnings(warnings) + ": 'peg check --plan " + path + "' li elenca.");
        }
        return plan.get();
    }
}
