package it.peg.bench;

import it.peg.cli.BenchRunner;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code peg bench}'s benchmark as the command line sees it: a {@link Benchmark} run, printed as a {@link BenchTable}.
 * Found by the command line through {@link java.util.ServiceLoader} (META-INF/services).
 */
public final class BenchTool implements BenchRunner {
    @Override
    public List<String> run(Settings s, Consumer<String> progress) throws IOException {
        BenchResult result = new Benchmark(s.services(), s.threads(), s.dir(), s.baseline(), s.summary(), progress)
                .nightsOnly(s.nightsOnly()).run();
        return BenchTable.lines(result);
    }

    @Override
    public List<String> outputs() {
        return List.of("schede", "consegne", "riepilogo.xlsx", "piano.xlsx", "merge",
                Benchmark.RESENT_DIR, Benchmark.ORIGINALS_DIR, Benchmark.WARM_UP_DIR);
    }
}
