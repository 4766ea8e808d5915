package it.peg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POI stays behind one Excel boundary, the {@code xlsx} package, whose public surface speaks of workbooks, sheets,
 * rows and cells (the project's rule: "the domain and scoring code never see a Cell"). A file outside {@code xlsx}
 * that refers to {@code org.apache.poi} (an import or a qualified name in code; comments and strings do not count)
 * fails the build, unless it is one of the debts listed here. The list can only shrink: a listed file that no longer
 * refers to POI fails too, until its line is removed.
 */
class ExcelBoundaryTest {
    private static final Path PRODUCT = Path.of("src/main/java");
    private static final Path TOOLS = Path.of("src/tools/java");
    private static final String BOUNDARY = "it/peg/xlsx/";

    /**
     * Files still using POI themselves (docs/architecture.md, "Known debts"): the tools' naive reader and office
     * simulator, POI on purpose.
     */
    static final Set<String> DEBTS = Set.of(
            "it/peg/bench/PoiFullReader.java",
            "it/peg/demo/OfficeSimulator.java");

    private static final Pattern POI = Pattern.compile("(?<![\\w.])org\\s*\\.\\s*apache\\s*\\.\\s*poi(?![\\w])");

    @Test
    void onlyTheExcelBoundaryAndTheListedDebtsReferToPoi() {
        Set<String> users = poiUsers(PRODUCT, TOOLS);
        assertTrue(users.stream().anyMatch(f -> f.startsWith(BOUNDARY)), "the scan sees xlsx's use of POI: " + users);

        Set<String> outside = new TreeSet<>(users);
        outside.removeIf(f -> f.startsWith(BOUNDARY));
        Set<String> unlisted = new TreeSet<>(outside);
        unlisted.removeAll(DEBTS);
        assertEquals(Set.of(), unlisted, "POI used outside the xlsx package: read and write workbooks through xlsx's"
                + " Excel vocabulary (ExcelFiles, ExcelWorkbook, ...) instead");

        Set<String> paid = new TreeSet<>(DEBTS);
        paid.removeAll(outside);
        assertEquals(Set.of(), paid, "listed as using POI but no longer do: remove them from DEBTS");
    }

    @Test
    void importsAndQualifiedNamesCountButCommentsAndStringsDoNot(@TempDir Path root) throws IOException {
        Path xlsx = Files.createDirectories(root.resolve("it/peg/xlsx"));
        Path plan = Files.createDirectories(root.resolve("it/peg/plan"));
        Path cli = Files.createDirectories(root.resolve("it/peg/cli"));
        Files.writeString(xlsx.resolve("Boundary.java"), "package it.peg.xlsx;\nimport org.apache.poi.ss.usermodel.Cell;\n");
        Files.writeString(plan.resolve("Imports.java"), "package it.peg.plan;\nimport org.apache.poi.ss.usermodel.Sheet;\n");
        Files.writeString(plan.resolve("Qualified.java"), "package it.peg.plan;\nclass Q { Object o = "
                + "org.apache.poi.ss.usermodel.CellType.NUMERIC; }\n");
        Files.writeString(cli.resolve("Logging.java"), "package it.peg.cli;\n// org.apache.poi is noisy\n"
                + "class L { String s = \"org.apache.poi\"; /** {@link org.apache.poi.ss.usermodel.Cell} */ }\n");
        Files.writeString(cli.resolve("Lookalike.java"), "package it.peg.cli;\nclass K { Object o = my.org.apache.poi2.X.Y; }\n");

        assertEquals(Set.of("it/peg/xlsx/Boundary.java", "it/peg/plan/Imports.java", "it/peg/plan/Qualified.java"),
                poiUsers(root));
    }

    /** The files under the roots (as paths relative to their root, with '/') whose code refers to POI. */
    private static Set<String> poiUsers(Path... roots) {
        Set<String> users = new TreeSet<>();
        for (Path root : roots) {
            for (Path file : javaFiles(root)) {
                String code = ImportGraph.codeOnly(read(file));
                if (POI.matcher(code).find()) {
                    users.add(root.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return users;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
