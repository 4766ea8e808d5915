package it.peg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The benchmark behind {@code peg bench}. The implementation ({@code it.peg.bench.BenchTool}) lives with the tools in
 * {@code src/tools/java}, which the product's packages do not import: {@link BenchCommand} finds it through
 * {@link Tools}.
 */
public interface BenchRunner {
    /**
     * What to measure.
     *
     * @param services number of services (workbooks) of the synthetic plan
     * @param threads  threads of the parallel phases
     * @param dir      working folder, existing (the workbooks are written under it)
     * @param baseline also run the naive POI reader (slow)
     * @param summary  also write the summary workbook
     * @param nightsOnly only the cold merge nights (whole processes): the workbooks are generated and filled, the
     *                 in-JVM phases, consolidate's and generate's processes skipped ({@code --only notti})
     */
    record Settings(int services, int threads, Path dir, boolean baseline, boolean summary, boolean nightsOnly) {
    }

    /** Runs the benchmark, telling its progress (Italian lines); returns its table, one printed line each. */
    List<String> run(Settings settings, Consumer<String> progress) throws IOException;

    /** The files and folders a run writes in its folder, which the command deletes unless told to keep them. */
    List<String> outputs();
}
