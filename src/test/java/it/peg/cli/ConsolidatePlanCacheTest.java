package it.peg.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: consolidate reads the plan through the cache of read plans in the user's cache folder. The second run
 * finds it there and writes the same bytes; a cache folder that cannot be used, or a damaged entry, costs the run
 * nothing but the time to read the plan.
 */
class ConsolidatePlanCacheTest {
    @TempDir
    Path dir;
    private ManySchede schede;
    private String before;

    @BeforeEach
    void schede() throws Exception {
        schede = new ManySchede(dir, 4);
        before = System.getProperty(UserCache.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(UserCache.PROPERTY);
        } else {
            System.setProperty(UserCache.PROPERTY, before);
        }
    }

    private CliRun consolidate(Path cache, String out) {
        System.setProperty(UserCache.PROPERTY, cache.toString());
        return schede.consolidate(dir.resolve(out));
    }

    private static Path onlyEntry(Path cache) throws Exception {
        try (Stream<Path> s = Files.list(cache.resolve("cache"))) {
            // the Nucleo's columns of the summary written have their own entry (ConsolidateNucleoCacheTest)
            List<Path> entries = s.filter(p -> !p.getFileName().toString().startsWith("nucleo-")).toList();
            assertEquals(1, entries.size(), entries.toString());
            assertTrue(entries.get(0).getFileName().toString().matches("plan-[0-9a-f]{64}\\.bin"), entries.toString());
            return entries.get(0);
        }
    }

    @Test
    void theSecondRunReadsThePlanFromTheCacheAndWritesTheSameBytes() throws Exception {
        Path cache = dir.resolve("cache-utente");
        CliRun first = consolidate(cache, "primo.xlsx");
        assertEquals(0, first.exit, first.toString());
        Path entry = onlyEntry(cache);
        Object written = Files.readAttributes(entry, BasicFileAttributes.class).fileKey();

        CliRun second = consolidate(cache, "secondo.xlsx");
        assertEquals(0, second.exit, second.toString());
        // an entry is written only when the plan was read: the same file is still there, so the run found it
        assertEquals(written, Files.readAttributes(onlyEntry(cache), BasicFileAttributes.class).fileKey());
        assertArrayEquals(Files.readAllBytes(dir.resolve("primo.xlsx")), Files.readAllBytes(dir.resolve("secondo.xlsx")));
        assertEquals(first.out.replace("primo.xlsx", "secondo.xlsx"), second.out);
        assertEquals("", second.err);
    }

    @Test
    void aCacheFolderThatCannotBeMadeOrADamagedEntryOnlyCostsReadingThePlan() throws Exception {
        CliRun without = consolidate(Path.of(""), "senza.xlsx"); // empty: no cache at all
        assertEquals(0, without.exit, without.toString());

        Path notAFolder = Files.writeString(dir.resolve("un-file"), "non una cartella");
        CliRun refused = consolidate(notAFolder, "file.xlsx");
        assertEquals(0, refused.exit, refused.toString());
        assertEquals("", refused.err);
        assertEquals("non una cartella", Files.readString(notAFolder));

        Path cache = dir.resolve("cache-utente");
        assertEquals(0, consolidate(cache, "primo.xlsx").exit);
        Files.write(onlyEntry(cache), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
        CliRun damaged = consolidate(cache, "danneggiato.xlsx");
        assertEquals(0, damaged.exit, damaged.toString());
        assertEquals("", damaged.err);
        byte[] expected = Files.readAllBytes(dir.resolve("senza.xlsx"));
        for (String out : List.of("file.xlsx", "primo.xlsx", "danneggiato.xlsx")) {
            assertArrayEquals(expected, Files.readAllBytes(dir.resolve(out)), out);
        }
        assertTrue(Files.size(onlyEntry(cache)) > 8, "the damaged entry is written again");
    }

    /**
     * A valid plan with warnings, taken from the cache: a run without -v leaves them encoded in the entry and prints
     * what it printed when it read the plan from its file; with -v it counts them as a run that read the file does.
     */
    @Test
    void aCachedPlansWarningsAreCountedWithVerboseAsWhenTheFileIsRead() throws Exception {
        Path plan = dir.resolve("trezzo-2022.xlsx");
        try (var in = getClass().getResourceAsStream("/plans/trezzo-2022.xlsx")) {
            Files.copy(in, plan);
        }
        Path empty = Files.createDirectories(dir.resolve("nessuna-scheda"));
        java.util.function.BiFunction<String, Boolean, CliRun> run = (out, verbose) -> {
            List<String> args = new java.util.ArrayList<>(List.of("consolidate", "--plan", plan.toString(), "--in",
                    empty.toString(), "--at", "31/12/2022", "--out", dir.resolve(out).toString()));
            if (verbose) {
                args.add("-v");
            }
            return CliRun.run(args.toArray(String[]::new));
        };
        System.setProperty(UserCache.PROPERTY, "");
        CliRun readVerbose = run.apply("letto-v.xlsx", true);
        CliRun read = run.apply("letto.xlsx", false);
        String count = readVerbose.out.lines().filter(l -> l.startsWith("Il piano ha ")).findFirst().orElseThrow();
        assertTrue(count.matches("Il piano ha \\d+ avvisi: 'peg check --plan .*' li elenca\\."), count);

        System.setProperty(UserCache.PROPERTY, dir.resolve("cache-utente").toString());
        for (int i = 0; i < 2; i++) { // the first run writes the entry, the second takes the plan from it
            CliRun cached = run.apply("letto.xlsx", false);
            assertEquals(0, cached.exit, cached.toString());
            assertEquals(read.out, cached.out);
            assertEquals(read.err, cached.err);
            CliRun cachedVerbose = run.apply("letto-v.xlsx", true);
            assertEquals(List.of(count), cachedVerbose.out.lines().filter(l -> l.startsWith("Il piano ha ")).toList());
        }
    }

    @Test
    void theUsersCacheFolderOnEachSystem() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:\\Users\\rossi\\AppData\\Local", "XDG_CACHE_HOME", "/srv/cache");
        assertEquals(Optional.of(Path.of("C:\\Users\\rossi\\AppData\\Local", "peg")),
                UserCache.location(null, "Windows 11", env::get, "C:\\Users\\rossi"));
        assertEquals(Optional.empty(), UserCache.location(null, "Windows 11", k -> null, "C:\\Users\\rossi"));
        assertEquals(Optional.of(Path.of("/Users/rossi/Library/Caches/peg")),
                UserCache.location(null, "Mac OS X", env::get, "/Users/rossi"));
        assertEquals(Optional.of(Path.of("/srv/cache/peg")), UserCache.location(null, "Linux", env::get, "/home/rossi"));
        assertEquals(Optional.of(Path.of("/home/rossi/.cache/peg")), UserCache.location(null, "Linux", k -> null, "/home/rossi"));
        assertEquals(Optional.empty(), UserCache.location(null, "Linux", k -> null, ""));
        assertEquals(Optional.of(Path.of("/tmp/c")), UserCache.location("/tmp/c", "Linux", env::get, "/home/rossi"));
        assertEquals(Optional.empty(), UserCache.location(" ", "Linux", env::get, "/home/rossi"));
    }

    /**
     * Regression (s21-trial): a plan read while its logo was missing was kept in the cache with the warning
     * LOGO_NON_TROVATO ("Copiare lo stemma in formato PNG in quella posizione"); the stemma copied there as told, every
     * later summary still came without it, with the same warning, until the plan itself changed.
     */
    @Test
    void aLogoCopiedWhereTheWarningSaysIsInTheNextSummary() throws Exception {
        Path cache = dir.resolve("cache-utente");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(schede.planFile))) {
            var settings = wb.getSheet("Impostazioni");
            var row = settings.createRow(settings.getLastRowNum() + 1);
            row.createCell(0).setCellValue("Logo");
            row.createCell(1).setCellValue("stemma.png");
            try (var out = Files.newOutputStream(schede.planFile)) {
                wb.write(out);
            }
        }
        CliRun missing = consolidate(cache, "senza-stemma.xlsx");
        assertEquals(0, missing.exit, missing.toString());
        assertEquals(List.of(), images(dir.resolve("senza-stemma.xlsx")));

        Files.copy(Path.of("src/test/resources/logo/stemma.png"), schede.planFile.resolveSibling("stemma.png"));
        CliRun copied = consolidate(cache, "con-stemma.xlsx");

        assertEquals(0, copied.exit, copied.toString());
        assertEquals(List.of("xl/media/image1.png"), images(dir.resolve("con-stemma.xlsx")), copied::toString);
    }

    private static List<String> images(Path xlsx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("xl/media/")).sorted().toList();
        }
    }
}
