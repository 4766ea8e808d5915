package it.peg;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No package of peg imports, directly or through others, a package that imports it back (issue 18): each stage
 * can then be read, tested and changed from its dependencies up. The graph is computed from the sources by
 * {@link ImportGraph}; a cycle fails the build with every loop and the files that make it.
 */
class PackageCyclesTest {

    @Test
    void theMainSourcesHaveNoPackageCycle() {
        ImportGraph graph = ImportGraph.scan(Path.of("src/main/java"));

        // the scan sees the code (otherwise "no cycle" would prove nothing): the command line reaches merge,
        // and merge reaches the stages it runs
        assertTrue(graph.edges().getOrDefault("it.peg.cli", Map.of()).containsKey("it.peg.merge"), graph.toString());
        assertTrue(graph.edges().getOrDefault("it.peg.merge", Map.of()).containsKey("it.peg.consolidate"),
                graph.toString());

        List<String> cycles = graph.cycles();
        assertEquals(List.of(), cycles, "package cycles in src/main/java:\n" + String.join("\n", cycles));
    }

    @Test
    void aCycleIsReportedWithTheFilesThatMakeIt() {
        ImportGraph graph = new ImportGraph(Map.of(
                "it.peg.cli", Map.of("it.peg.generate", "cli/Main.java", "it.peg.bench", "cli/BenchCommand.java"),
                "it.peg.generate", Map.of("it.peg.cli", "generate/ServiceWorkbookGenerator.java",
                        "it.peg.domain", "generate/Stamp.java"),
                "it.peg.bench", Map.of("it.peg.cli", "bench/Benchmark.java", "it.peg.generate",
                        "bench/Benchmark.java"),
                "it.peg.domain", Map.of()));

        assertEquals(List.of(
                "bench -> cli -> bench (bench/Benchmark.java, cli/BenchCommand.java)",
                "cli -> generate -> cli (cli/Main.java, generate/ServiceWorkbookGenerator.java)"),
                graph.cycles());
    }

    @Test
    void aLongerCycleIsFoundThroughEveryPackageOnIt() {
        ImportGraph graph = new ImportGraph(Map.of(
                "it.peg.a", Map.of("it.peg.b", "a/A.java"),
                "it.peg.b", Map.of("it.peg.c", "b/B.java"),
                "it.peg.c", Map.of("it.peg.a", "c/C.java")));

        assertEquals(List.of("a -> b -> c -> a (a/A.java, b/B.java, c/C.java)"), graph.cycles());
    }

    @Test
    void aGraphWithoutLoopsHasNoCycle() {
        ImportGraph graph = new ImportGraph(Map.of(
                "it.peg.cli", Map.of("it.peg.merge", "cli/MergeCommand.java", "it.peg.domain", "cli/Main.java"),
                "it.peg.merge", Map.of("it.peg.domain", "merge/MergeJob.java"),
                "it.peg.domain", Map.of()));

        assertEquals(List.of(), graph.cycles());
    }

    @Test
    void importsStaticImportsWildcardsAndQualifiedNamesCountButCommentsAndStringsDoNot() {
        String source = """
                package it.peg.cli;

                import it.peg.merge.MergeJob;
                import static it.peg.scoring.Italian.plural;
                import it.peg.domain.*;
                // import it.peg.bench.Benchmark;
                /** see {@link it.peg.demo.OfficeSimulator} */
                class X {
                    String s = "it.peg.summary.SummaryWorkbookWriter";
                    char c = '"';
                    Object o = new it.peg.version.Version();
                    Object p = it.peg.plan.PlanReader.class;
                    String t = \"""
                        it.peg.xlsx.WorksheetCells
                        \""";
                    Object q = it.peg.readback .ReadLimits.defaults();
                }
                """;
        String code = ImportGraph.codeOnly(source);

        assertEquals("it.peg.cli", ImportGraph.packageOf(code).orElseThrow());
        assertEquals(Set.of("it.peg.merge", "it.peg.scoring", "it.peg.domain", "it.peg.version", "it.peg.plan",
                "it.peg.readback"), ImportGraph.referencedPackages(code));
        assertEquals(source.lines().count(), code.lines().count(), "line breaks kept");
    }
}
