package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 as a scheduler sees it: the packaged application run as a whole process ({@code java -jar
 * target/peg-app.jar}), its exit codes and its stdout and stderr exactly.
 */
class CommandLineProcessIT {
    private static final Path JAR = Path.of("target/peg-app.jar");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result peg(String... args) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after 'mvn package': " + JAR.toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "peg did not end");
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void helpOfEveryCommandExitsZeroInItalian() throws Exception {
        for (Command c : Commands.all()) {
            Result r = peg(c.name(), "-h");
            assertEquals(0, r.exit(), c.name() + ": " + r);
            assertEquals("Uso: peg " + c.name() + " " + c.synopsis(), r.out().lines().findFirst().orElseThrow());
            assertEquals("", r.err());
        }
    }

    @Test
    void aMissingRequiredOptionIsNamedAsTypedAndExitsTwo() throws Exception {
        Result r = peg("check");
        assertEquals(2, r.exit());
        assertEquals("Errore negli argomenti di 'peg check': manca l'opzione obbligatoria --plan FILE.\n"
                + "Uso: peg check --plan FILE [--previous FILE]\n"
                + "Vedere 'peg check --help'.\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingOutFolderIsRefusedAndNothingIsCreated() throws Exception {
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 2, "");
        Path in = Files.createDirectories(dir.resolve("in"));
        Result r = peg("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "31/12/2027",
                "--out", dir.resolve("manca/x.xlsx").toString(), "-q");
        assertEquals(2, r.exit());
        assertEquals("La cartella '" + dir.resolve("manca") + "' di --out " + dir.resolve("manca/x.xlsx")
                + " non esiste: crearla prima oppure indicare un percorso in una cartella esistente. Nessun file è stato"
                + " scritto.\n", r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("in", "piano.xlsx"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void quietConsolidateOfCleanSchedePrintsOneLine() throws Exception {
        ManySchede schede = new ManySchede(dir, 3);
        Path out = dir.resolve("riepilogo.xlsx");
        Result r = peg("consolidate", "--plan", schede.planFile.toString(), "--in", schede.in.toString(),
                "--at", "31/12/2027", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("Riepilogo scritto in " + out + " (3 file letti, 0 errori, 0 avvisi).\n", r.out());
        assertEquals("", r.err());
    }
}
