package it.peg.cli;

import it.peg.validation.SchedaFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (the ninth session's trial fix left it): merge's console line counted a blank scheda as "accettato",
 * while consolidate's console, the Servizi sheet and the Registro call it "non compilata". The line and RUN_END now
 * count it apart, on a full night, on a night told from the night state and on a quiet night told from the manifest.
 */
class MergeBlankSchedaTest {
    @TempDir
    Path dir;

    @Test
    void mergeCountsABlankSchedaApartFromTheAcceptedOnes() throws Exception {
        ManySchede schede = new ManySchede(dir, 3);
        new SchedaFixture(schede.plan, "S0002").write(schede.in.resolve("S0002.xlsx")); // returned with nothing in it
        Path work = dir.resolve("lavoro");

        List<String> full = night(schede, work);
        assertEquals("merge 31/12/2027: 3 file nella cartella, 3 nuovi, 3 letti, 2 accettati, 1 scheda non compilata,"
                + " 0 superati, 0 scartati, 0 servizi mancanti; riepilogo aggiornato; T s", full.get(full.size() - 1));
        // the quiet night, told from the manifest, reports the counts the full night left
        List<String> quiet = night(schede, work);
        String same = "merge 31/12/2027: 3 file nella cartella, 0 nuovi, 0 letti, 2 accettati, 1 scheda non compilata,"
                + " 0 superati, 0 scartati, 0 servizi mancanti; riepilogo invariato; T s";
        assertEquals(same, quiet.get(quiet.size() - 1));
        // without the manifest, the night state tells the night unchanged: the same counts
        Files.delete(work.resolve("cache").resolve("night-manifest.bin"));
        List<String> unchanged = night(schede, work);
        assertEquals(same, unchanged.get(unchanged.size() - 1));

        List<String> ends = Files.readAllLines(work.resolve("ledger.tsv")).stream()
                .filter(l -> l.contains("\tRUN_END\t")).toList();
        assertEquals(3, ends.size());
        for (String end : ends) {
            assertTrue(end.contains("\taccepted=2\tnotFilled=1\tsuperseded=0\trejected=0\tmissing=0\t"), end);
        }
    }

    /**
     * Regression (s21-trial): the counts are of every file received (the Registro), and a file taken out of the inbox
     * still counts, so "2 file nella cartella ... 3 accettati" added up to more than the folder held, unexplained.
     */
    @Test
    void countsOfMoreFilesThanTheInboxHoldsSayWhy() throws Exception {
        ManySchede schede = new ManySchede(dir, 3);
        Path work = dir.resolve("lavoro");
        night(schede, work);
        try (var files = Files.list(schede.in)) {
            Files.delete(files.sorted().findFirst().orElseThrow());
        }

        List<String> after = night(schede, work);
        assertEquals("merge 31/12/2027: 2 file nella cartella (3 ricevuti in tutto: l'archivio tiene anche i file tolti"
                + " dalla cartella o sostituiti), 0 nuovi, 0 letti, 3 accettati, 0 schede non compilate, 0 superati,"
                + " 0 scartati, 0 servizi mancanti; riepilogo invariato; T s", after.get(after.size() - 1));
    }

    /**
     * Regression (s21-trial): a blank scheda that counts for its service got, beside "non vale come consegna"
     * (SCHEDA_NON_COMPILATA), one VALORE_MANCANTE per due value saying "la scheda risulta incompleta. Compilare la
     * cella.": two verdicts that contradict each other. It gets the one; consolidate and merge alike, on a full night
     * and on a night that combines only the services whose files changed.
     */
    @Test
    void aBlankSchedaIsToldItIsNoDeliveryNotThatEachOfItsValuesIsMissing() throws Exception {
        ManySchede schede = new ManySchede(dir, 3);
        new SchedaFixture(schede.plan, "S0002").write(schede.in.resolve("S0002.xlsx"));
        CliRun consolidate = CliRun.run("consolidate", "--plan", schede.planFile.toString(), "--in", schede.in.toString(),
                "--at", "31/12/2027", "--out", dir.resolve("riepilogo.xlsx").toString(), "-v");
        assertEquals(List.of("SCHEDA_NON_COMPILATA"), codesOf(consolidate.outLines(), "S0002"), consolidate::toString);

        Path work = dir.resolve("lavoro");
        night(schede, work);
        assertEquals(List.of("SCHEDA_NON_COMPILATA"), codesOf(anomalie(work), "S0002"));
        // a night that combines only S0003's service: S0002's findings are kept as the full night left them
        new SchedaFixture(schede.plan, "S0003").write(schede.in.resolve("S0003 bis.xlsx"));
        night(schede, work);
        assertEquals(List.of("SCHEDA_NON_COMPILATA"), codesOf(anomalie(work), "S0002"));
    }

    /** The finding codes of the lines that name {@code file} ("[CODE]" as the console and the CSV write them). */
    private static List<String> codesOf(List<String> lines, String file) {
        java.util.Set<String> codes = java.util.Arrays.stream(it.peg.domain.FindingCode.values())
                .map(it.peg.domain.FindingCode::code).collect(java.util.stream.Collectors.toSet());
        return lines.stream().filter(l -> l.contains(file))
                .flatMap(l -> java.util.regex.Pattern.compile("\\[([A-Z_]+)\\]").matcher(l).results().map(m -> m.group(1)))
                .filter(codes::contains).distinct().toList();
    }

    /** The Anomalie sheet's rows of the night's summary, as "[CODE] file ..." lines. */
    private static List<String> anomalie(Path work) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(work.resolve("riepilogo.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Anomalie");
            org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> rows = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(c -> line.append(" [").append(fmt.formatCellValue(c)).append("]"));
                rows.add(line.toString());
            }
            return rows;
        }
    }

    private static List<String> night(ManySchede schede, Path work) {
        CliRun r = CliRun.run("merge", "--plan", schede.planFile.toString(), "--inbox", schede.in.toString(), "--work",
                work.toString(), "--at", "31/12/2027");
        assertEquals(0, r.exit, r.toString());
        return r.outLines().stream().map(l -> l.replaceAll("; \\d+,\\d s$", "; T s")).toList();
    }
}
