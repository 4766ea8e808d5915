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

    private static final Path PRODUCT = Path.of("src/main/java");
    /** peg bench and the demo's offices: compiled after the product, found by cli through ServiceLoader. */
    private static final Path TOOLS = Path.of("src/tools/java");

    @Test
    void theProductAndTheToolsHaveNoPackageCycle() {
        ImportGraph graph = ImportGraph.scan(PRODUCT, TOOLS);

        // the scan sees the code (otherwise "no cycle" would prove nothing): the command line reaches merge,
        // merge reaches the stages it runs, and the benchmark (a tool) reaches merge
        assertTrue(graph.edges().getOrDefault("it.peg.cli", Map.of()).containsKey("it.peg.merge"), graph.toString());
        assertTrue(graph.edges().getOrDefault("it.peg.merge", Map.of()).containsKey("it.peg.consolidate"),
                graph.toString());
        assertTrue(graph.edges().getOrDefault("it.peg.bench", Map.of()).containsKey("it.peg.merge"), graph.toString());

        List<String> cycles = graph.cycles();
        assertEquals(List.of(), cycles, "package cycles in src/main/java and src/tools/java:\n"
                + String.join("\n", cycles));
    }

    /**
     * The tools (bench, demo) stay out of the product (issue 18): no product package refers to a tool's package,
     * and no package is split over the two source sets (a tool class in a product package would be in reach of
     * the product by its package alone). The build enforces the first too (the product is compiled before the tools
     * and without them); this test names the file.
     */
    @Test
    void noProductPackageRefersToATool() {
        Set<String> tools = ImportGraph.packagesIn(TOOLS);
        Set<String> product = ImportGraph.packagesIn(PRODUCT);
        assertEquals(Set.of("it.peg.bench", "it.peg.demo"), tools, "the tools' packages");
        assertEquals(Set.of(), intersection(tools, product), "packages in both src/main/java and src/tools/java");

        assertEquals(List.of(), toolReferences(ImportGraph.scan(PRODUCT), tools), "product code referring to the tools");
    }

    @Test
    void aProductReferenceToAToolIsReportedWithItsFile() {
        ImportGraph product = new ImportGraph(Map.of(
                "it.peg.cli", Map.of("it.peg.bench", "cli/BenchCommand.java", "it.peg.merge", "cli/MergeCommand.java"),
                "it.peg.merge", Map.of("it.peg.demo", "merge/MergeJob.java")));

        assertEquals(List.of("cli/BenchCommand.java refers to it.peg.bench", "merge/MergeJob.java refers to it.peg.demo"),
                toolReferences(product, Set.of("it.peg.bench", "it.peg.demo")));
    }

    /** Each reference of the product's graph to a tool package, with the file that makes it. */
    private static List<String> toolReferences(ImportGraph product, Set<String> tools) {
        List<String> references = new java.util.ArrayList<>();
        product.edges().forEach((from, to) -> to.forEach((target, file) -> {
            if (tools.contains(target)) {
                references.add(file + " refers to " + target);
            }
        }));
        return references;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.TreeSet<>(a);
        both.retainAll(b);
        return both;
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
