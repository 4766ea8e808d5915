package it.peg.cli;

import it.peg.consolidate.Consolidator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code peg bench}: builds a synthetic plan of N services, generates and fills its workbooks, and
 * measures generate, consolidate, the naive POI reader and the floor side by side (docs/performance.md).
 */
public final class BenchCommand implements Command {
    static final int DEFAULT_SERVICES = 2_000;
    /** The value of {@code --only} that measures only the cold merge nights. */
    static final String ONLY_NIGHTS = "notti";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "misura le prestazioni su un piano sintetico (generazione, consolidamento, lettore POI, floor)";
    }

    @Override
    public String synopsis() {
        return "[--services N] [--out DIR] [--keep] [--threads N] [--no-baseline] [--no-summary] [--only notti]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("services").hasArg().argName("N")
                .desc("numero di servizi (schede) del piano sintetico (predefinito " + DEFAULT_SERVICES + ")").get());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                .desc("cartella di lavoro (predefinita: una cartella temporanea)").get());
        o.addOption(Option.builder().longOpt("no-baseline")
                .desc("non misurare il lettore POI (lento): per la prova di memoria con 10.000 schede").get());
        o.addOption(Option.builder().longOpt("no-summary")
                .desc("non scrivere il riepilogo.xlsx (un solo file POI con tutti gli indicatori)").get());
        o.addOption(Option.builder().longOpt("only").hasArg().argName(ONLY_NIGHTS)
                .desc("solo le notti a freddo di merge (processi interi, -Xmx256m): le schede generate e compilate, "
                        + "nient'altro misurato; pochi minuti anche con 10.000 servizi").get());
        o.addOption(Option.builder().longOpt("keep").desc("non cancellare le schede al termine").get());
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
                .desc("thread del consolidamento parallelo (predefinito: i core, al massimo 4)").get());
        return o;
    }

    @Override
    public ExitCode run(CommandLine line, Console console) throws Exception {
        int services = positive(line, "services", DEFAULT_SERVICES);
        int threads = positive(line, "threads", Consolidator.defaultThreads());
        boolean given = line.hasOption("out");
        Path dir = given ? Path.of(line.getOptionValue("out")) : Files.createTempDirectory("peg-bench-");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out deve indicare una cartella, ma '" + dir + "' è un file.");
        }
        Files.createDirectories(dir);
        boolean keep = line.hasOption("keep");
        boolean nightsOnly = line.hasOption("only");
        if (nightsOnly && !ONLY_NIGHTS.equals(line.getOptionValue("only").trim())) {
            throw new UsageException("--only accetta solo '" + ONLY_NIGHTS + "' (le notti a freddo di merge), non '"
                    + line.getOptionValue("only") + "'.");
        }
        if (nightsOnly && line.hasOption("no-summary")) {
            throw new UsageException("--only " + ONLY_NIGHTS + " e --no-summary insieme non misurano nulla: merge scrive"
                    + " il riepilogo. Togli --no-summary.");
        }
        BenchRunner bench = Tools.load(BenchRunner.class);
        try {
            List<String> table = bench.run(new BenchRunner.Settings(services, threads, dir,
                    !line.hasOption("no-baseline") && !nightsOnly, !line.hasOption("no-summary"), nightsOnly), console::info);
            console.result("");
            table.forEach(console::result);
        } finally {
            if (!keep) {
                deleteBenchFiles(dir, bench.outputs(), !given);
            }
        }
        if (keep) {
            console.info("Schede e riepilogo conservati in " + dir + ".");
        }
        return ExitCode.OK;
    }

    private static int positive(CommandLine line, String option, int fallback) throws UsageException {
        if (!line.hasOption(option)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(line.getOptionValue(option).trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--" + option + " vuole un numero intero positivo (es. --" + option + " 2000).");
    }

    /** Deletes only what the benchmark wrote (and the folder itself when it made it). */
    private static void deleteBenchFiles(Path dir, List<String> outputs, boolean ownFolder) throws IOException {
        for (String sub : outputs) {
            deleteTree(dir.resolve(sub));
        }
        if (ownFolder) {
            Files.deleteIfExists(dir);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
