package it.peg.bench;

import it.peg.cli.Commands;
import it.peg.cli.Main;
import it.peg.plan.PlanReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the class data sharing archive ({@code mvn package}, pom.xml): the classes it loads are the
 * ones {@code bin/peg} maps from {@code peg.jsa} instead of loading and verifying them from the jar. It runs, in one
 * JVM, {@code peg demo} (generate, validate, consolidate) and then the nightly merge over the demo's last deliveries
 * as cron runs it: a first night, a night with one file re-sent (read, the others from the cache), a night with
 * nothing new, and one more on a new day (merge.log of yesterday, rolled over by {@code MergeLogRollover}: loaded
 * from the jar, that class alone opened it, a quarter of what the rollover by peg saves). Without the nights, a quiet night loaded about 290 classes from the jar and spun its lambdas and string
 * concatenations at run time, and a 1% night about 1,500 (docs/performance.md, "Cold nights at 2,000 and 10,000").
 * Then {@code peg consolidate} over the same deliveries, twice, as users run it: the demo consolidates through its own
 * code, not the command, so the command's classes (the plan cache's decoder, the Schede per la valutazione, the CSV,
 * the console report) came from the jar; the first run reads the plan and fills a cache folder of the training's own,
 * the second loads the plan from it and finds the first's summary in place (its Nucleo columns are read back), as
 * every later consolidate of a plan does.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=peg.classlist -cp peg-app.jar it.peg.bench.CdsTraining DIR}.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("uso: CdsTraining CARTELLA");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0])));
    }

    /** The demo, then four nights; the first exit code above 1 (peg's fault or a usage error), else 0. */
    static int run(Path dir) throws IOException {
        Main peg = new Main(Commands.all());
        int demo = peg.run(new String[] {"demo", "--out", dir.toString()}, null);
        if (demo > 1) {
            return demo;
        }
        Path plan = dir.resolve("piano.xlsx");
        String at = PlanReader.read(plan).plan().orElseThrow(() -> new IOException("demo plan unreadable: " + plan))
                .settings().finalVerifica().date().toString();
        Path delivered = dir.resolve("consegne-" + at.substring(5, 7) + at.substring(8, 10));
        Path earlier = dir.resolve("consegne-0930");
        Path inbox = dir.resolve("merge-consegne");
        Path work = dir.resolve("merge");
        // a folder left by an earlier build: each night as on a fresh installation
        deleteTree(inbox);
        deleteTree(work);
        deleteTree(dir.resolve("cache"));
        deleteTree(dir.resolve("consolidate"));
        Files.createDirectories(inbox);
        List<Path> files;
        try (Stream<Path> list = Files.list(delivered)) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            Files.copy(f, inbox.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        String[] merge = {"merge", "-q", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                work.toString(), "--at", at};
        int first = peg.run(merge, null);
        // one office re-sends: its earlier delivery's bytes under the same name, read while the others come from the cache
        Path resent = files.stream().map(f -> earlier.resolve(f.getFileName())).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IOException("no earlier delivery in " + earlier));
        Files.copy(resent, inbox.resolve(resent.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        int onePercent = peg.run(merge, null);
        int quiet = peg.run(merge, null);
        // a cron night: merge.log last written yesterday, rolled over by peg (MergeLogRollover) before its lines
        Path log = work.resolve("logs").resolve("merge.log");
        Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(log).toInstant().minus(java.time.Duration.ofDays(1))));
        int newDay = peg.run(merge, null);
        // what a quiet night's main thread loads when it waits for the inbox's listing (at 2,000 files most nights, but
        // not over the demo's few files): from the archive rather than the JDK's module image (issue 21)
        loadForTheArchive("java.util.concurrent.CompletableFuture$Signaller");
        int read = consolidate(peg, dir, plan, delivered, at);
        int cached = consolidate(peg, dir, plan, delivered, at);
        return Stream.of(first, onePercent, quiet, newDay, read, cached).filter(code -> code > 1).findFirst().orElse(0);
    }

    private static void loadForTheArchive(String className) throws IOException {
        try {
            Class.forName(className, false, CdsTraining.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException(className + " is not in this Java", e);
        }
    }

    /** {@code peg consolidate} with the summary, the CSV and the Schede per la valutazione, the plan cache in DIR. */
    private static int consolidate(Main peg, Path dir, Path plan, Path delivered, String at) throws IOException {
        // the training's own cache folder, never the user's (UserCache.PROPERTY)
        System.setProperty("peg.cache", dir.resolve("cache").toString());
        Path out = dir.resolve("consolidate");
        Files.createDirectories(out);
        return peg.run(new String[] {"consolidate", "--plan", plan.toString(), "--in", delivered.toString(), "--at", at,
                "--out", out.resolve("riepilogo.xlsx").toString(), "--csv", out.resolve("riepilogo.csv").toString()},
                null);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
