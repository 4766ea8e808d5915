package it.peg.bench;

import it.peg.consolidate.Consolidator;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The run's workbooks, made once before anything is compared: generated from the synthetic plan (the generate row),
 * then filled as the offices would, at the XML level (the fill row, not compared with the readers).
 */
final class Preparation {
    private final Path dir;
    private final int threads;
    private final Consumer<String> log;

    /**
     * @param dir     the bench's folder: the blank workbooks go to {@code schede}, the filled ones to {@code consegne}
     * @param threads threads of the generation, as of the parallel consolidation
     * @param log     progress lines (Italian)
     */
    Preparation(Path dir, int threads, Consumer<String> log) {
        this.dir = dir;
        this.threads = threads;
        this.log = log;
    }

    /** 1. Every service's blank workbook, generated and measured; returns their files, in the plan's order. */
    List<Path> generate(Plan plan, List<BenchResult.Row> rows) throws IOException {
        int services = plan.services().size();
        // 1. generate: template loaded once, each service stamped into a fresh copy of it
        Path blank = dir.resolve("schede");
        Files.createDirectories(blank);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        List<Path> generated = plan.services().stream().map(s -> blank.resolve(WorkbookFileNames.of(s))).toList();
        // one workbook per task on the same bounded pool size as consolidate: each copy of the template
        // is independent (the generator is stateless, the template's bytes are read-only)
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, services).parallel().forEach(i -> {
                try {
                    Files.write(generated.get(i), generator.generate(plan, plan.services().get(i)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("generation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        rows.add(new BenchResult.Row(Benchmark.GENERATE, services, Optional.of(Measure.seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                "modello letto una volta, un servizio per copia, " + threads + " thread"));
        log.accept("Generate " + services + " schede in " + blank + ".");
        return generated;
    }

    /** 2. Every blank workbook filled with its office's values of every verifica, received before the final one's due date. */
    List<FilledWorkbook> fill(Plan plan, OfficeSimulator offices, List<Path> generated, List<BenchResult.Row> rows)
            throws IOException {
        int services = plan.services().size();
        Verifica verifica = plan.settings().finalVerifica();
        // 2. fill once, at the XML level (not measured against the readers)
        Path delivered = dir.resolve("consegne");
        Files.createDirectories(delivered);
        Instant received = verifica.due().orElse(verifica.date()).minusDays(3).atStartOfDay(Consolidator.ZONE).toInstant();
        List<FilledWorkbook> workbooks = new ArrayList<>(services);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        long cellsSet = 0;
        for (int i = 0; i < services; i++) {
            Service s = plan.services().get(i);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Verifica v : plan.settings().verifiche()) {
                values.putAll(offices.values(s.code(), v));
            }
            DirectFiller.Filled filled = DirectFiller.fill(Files.readAllBytes(generated.get(i)), values);
            cellsSet += filled.cellsSet();
            Path file = delivered.resolve(generated.get(i).getFileName());
            Files.write(file, filled.bytes());
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(received));
            workbooks.add(new FilledWorkbook(new InputFile(file, file.getFileName().toString(), received), filled.namedParts()));
        }
        rows.add(new BenchResult.Row(Benchmark.FILL, services, Optional.of(Measure.seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                cellsSet + " celle compilate via XML, una volta per tutte le fasi"));
        log.accept("Compilate " + services + " schede in " + delivered + " (" + cellsSet + " celle).");
        return workbooks;
    }
}
