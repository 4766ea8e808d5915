package it.peg.cli;

import it.peg.io.SealKeyFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forgery of issue 16: an office unprotects the sheet of a workbook generated with {@code --from} and edits a
 * locked value of the closed 30/06 verifica together with its record in the very hidden {@code _peg} sheet (with
 * openpyxl, an independent writer). {@code consolidate} and {@code merge} report an ERRORE naming the cell, the
 * original and the new value, and score the original: their CSV is the one of the untouched workbook.
 */
class ForgedLockedValueIT {
    private static final String S1 = "S1 - Servizi sociali.xlsx";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(args, new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    @Test
    void aLockedValueEditedWithItsRecordIsAnErrorAndTheOriginalIsKept() throws Exception {
        Path plan = GenerateFromIT.plan(dir.resolve("piano.xlsx"), "100", List.of());
        Path sent = dir.resolve("inviate");
        Path fresh = withLockedValues(plan, sent);
        assertTrue(Files.isRegularFile(SealKeyFile.of(plan)), "the key is made beside the plan on first need");

        Path forged = dir.resolve("falsificata");
        Files.createDirectories(forged);
        String a1 = forge(fresh.resolve(S1), forged.resolve(S1), "IN_I1_0630", "99999");

        // consolidate
        Path clean = dir.resolve("pulito.csv");
        assertEquals(0, run("consolidate", "--plan", plan.toString(), "--in", fresh.toString(), "--at", "30/06/2024",
                "--out", dir.resolve("pulito.xlsx").toString(), "--csv", clean.toString()), out::toString);
        Path csv = dir.resolve("falso.csv");
        Path summary = dir.resolve("falso.xlsx");
        assertEquals(1, run("consolidate", "--plan", plan.toString(), "--in", forged.toString(), "--at", "30/06/2024",
                "--out", summary.toString(), "--csv", csv.toString()), out::toString);
        assertForgeryReported(summary, a1);
        assertEquals(Files.readString(clean), Files.readString(csv), "the original value is the one scored");

        // merge: two work folders, the same night
        String previous = System.getProperty("peg.merge.now");
        System.setProperty("peg.merge.now", "2024-07-10T01:00:00Z");
        try {
            Path workClean = dir.resolve("work-pulito");
            Path workForged = dir.resolve("work-falso");
            assertEquals(0, run("merge", "--plan", plan.toString(), "--inbox", fresh.toString(), "--work",
                    workClean.toString(), "--at", "30/06/2024"), out::toString);
            assertEquals(1, run("merge", "--plan", plan.toString(), "--inbox", forged.toString(), "--work",
                    workForged.toString(), "--at", "30/06/2024"), out::toString);
            assertForgeryReported(workForged.resolve("riepilogo.xlsx"), a1);
            assertEquals(Files.readString(workClean.resolve("riepilogo.csv")),
                    Files.readString(workForged.resolve("riepilogo.csv")), "the original value is the one scored");
        } finally {
            if (previous == null) {
                System.clearProperty("peg.merge.now");
            } else {
                System.setProperty("peg.merge.now", previous);
            }
        }
    }

    /**
     * Without the key beside the plan (lost, or never made), merge still holds the truth: the earlier delivery in its
     * archive. The forged value is an ERRORE naming the cell, the value delivered before (file and archive id) and
     * the new one, and the value delivered before is the one scored.
     */
    @Test
    void mergeComparesLockedValuesWithTheArchivedEarlierDelivery() throws Exception {
        Path plan = GenerateFromIT.plan(dir.resolve("piano.xlsx"), "100", List.of());
        Path sent = dir.resolve("inviate");
        Path fresh = withLockedValues(plan, sent);
        Path forged = dir.resolve("falsificata");
        Files.createDirectories(forged);
        String a1 = forge(fresh.resolve(S1), forged.resolve(S1), "IN_I1_0630", "99999");
        Files.delete(SealKeyFile.of(plan));

        Path inbox = dir.resolve("inbox");
        Path work = dir.resolve("work");
        Files.createDirectories(inbox);
        Files.copy(sent.resolve(S1), inbox.resolve(S1));
        String previous = System.getProperty("peg.merge.now");
        try {
            System.setProperty("peg.merge.now", "2024-07-10T01:00:00Z");
            assertEquals(0, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                    work.toString(), "--at", "30/06/2024"), out::toString);
            String delivered = it.peg.io.Sha256.ofFile(inbox.resolve(S1)).substring(0, 12);
            String june = valueOfI1(work.resolve("riepilogo.csv"));
            assertEquals("1200", june);

            Files.copy(forged.resolve(S1), inbox.resolve(S1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.setProperty("peg.merge.now", "2024-10-05T01:00:00Z");
            assertEquals(1, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                    work.toString(), "--at", "30/06/2024"), out::toString);
            List<List<String>> rows = anomalie(work.resolve("riepilogo.xlsx"), "VALORE_BLOCCATO_MODIFICATO");
            assertEquals(List.of(List.of("ERRORE", "VALORE_BLOCCATO_MODIFICATO", S1, "Scheda", a1, "I1", "99.999", "1.200",
                    "Il valore dell'indicatore I1 al 30/06/2024 (verifica già chiusa e bloccata) era '1.200' nella"
                            + " consegna precedente '" + S1 + "' (archivio " + delivered + "), ma ora è '99.999': resta"
                            + " '1.200'. Se il valore di allora era sbagliato, chiedere al controllo di gestione di"
                            + " correggerlo nella scheda consegnata per quella verifica.")), rows);
            assertEquals(june, valueOfI1(work.resolve("riepilogo.csv")), "the value delivered before is scored");
        } finally {
            if (previous == null) {
                System.clearProperty("peg.merge.now");
            } else {
                System.setProperty("peg.merge.now", previous);
            }
        }
    }

    /**
     * The key beside the plan put back (restored from a backup) after nights without it: the very next night checks the
     * seals again. Merge's caches and its night state were stamped without the key, so the night found nothing changed
     * (the same files, the same plan) and kept the forged value it had accepted unverified (found in review).
     */
    @Test
    void mergeChecksTheSealsAgainOnceTheKeyIsBack() throws Exception {
        Path plan = GenerateFromIT.plan(dir.resolve("piano.xlsx"), "100", List.of());
        Path sent = dir.resolve("inviate");
        Path fresh = withLockedValues(plan, sent);
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        String a1 = forge(fresh.resolve(S1), inbox.resolve(S1), "IN_I1_0630", "99999");
        Path key = SealKeyFile.of(plan);
        byte[] backup = Files.readAllBytes(key);
        Files.delete(key);

        Path work = dir.resolve("work");
        String previous = System.getProperty("peg.merge.now");
        try {
            System.setProperty("peg.merge.now", "2024-10-05T01:00:00Z");
            run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work", work.toString(),
                    "--at", "30/06/2024");
            assertEquals(List.of(), anomalie(work.resolve("riepilogo.xlsx"), "VALORE_BLOCCATO_MODIFICATO"),
                    "without the key (and no earlier delivery) the forgery cannot be seen");

            Files.write(key, backup);
            System.setProperty("peg.merge.now", "2024-10-06T01:00:00Z");
            assertEquals(1, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                    work.toString(), "--at", "30/06/2024"), out::toString);
            assertForgeryReported(work.resolve("riepilogo.xlsx"), a1);
        } finally {
            if (previous == null) {
                System.clearProperty("peg.merge.now");
            } else {
                System.setProperty("peg.merge.now", previous);
            }
        }
    }

    /**
     * S1's scheda generated into {@code sent}, filled for 30/06, then generated again with {@code --from} for 30/09:
     * the June values locked and sealed (the key made beside the plan); returns the folder of the new schede.
     */
    private Path withLockedValues(Path plan, Path sent) throws Exception {
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", sent.toString(), "--service", "S1"),
                out::toString);
        GenerateFromIT.fill(sent.resolve(S1), Map.of("IN_I1_0630", 1200.0, "CAUSA_I1_0630", "ritardo nelle assunzioni",
                "IN_I2_0630_NUM", 500.0, "IN_I2_0630_DEN", 2.0));
        Path fresh = dir.resolve("nuove");
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", fresh.toString(), "--service", "S1",
                "--from", sent.toString(), "--at", "30/09/2024"), out::toString);
        return fresh;
    }

    /** The 'valore' of indicator I1 in the CSV export. */
    private static String valueOfI1(Path csv) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (var r : parser) {
                if (r.get("indicatore").equals("I1")) {
                    return r.get("valore");
                }
            }
        }
        throw new AssertionError("no I1 in " + csv);
    }

    private static List<List<String>> anomalie(Path summary, String code) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(summary); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheet("Anomalie")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                if (cells.get(1).equals(code)) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** Anomalie: the record and the cell, each an ERRORE with the original and the new value. */
    private static void assertForgeryReported(Path summary, String a1) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(summary); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheet("Anomalie")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                if (cells.get(1).equals("VALORE_BLOCCATO_MODIFICATO")) {
                    rows.add(cells);
                }
            }
        }
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(List.of("ERRORE", "VALORE_BLOCCATO_MODIFICATO", S1, "_peg", "", "I1", "99.999", "1.200",
                "Il valore bloccato IN_I1_0630 registrato nel foglio nascosto della scheda è stato modificato (ora"
                        + " '99.999', sigillato alla generazione '1.200'): resta '1.200'. Rinviare la scheda ricevuta dal"
                        + " controllo di gestione senza modificarne i fogli nascosti."), rows.get(0));
        List<String> cell = rows.get(1);
        assertEquals(List.of("ERRORE", "VALORE_BLOCCATO_MODIFICATO", S1, "Scheda", a1, "I1", "99.999", "1.200"),
                cell.subList(0, 8));
        assertTrue(cell.get(8).startsWith("Il valore della cella IN_I1_0630 (la verifica del 30/06/2024, già chiusa)"
                + " era '1.200' quando la scheda è stata generata e la cella bloccata, ma ora è '99.999'"), cell.get(8));
    }

    /**
     * Opens {@code in} with openpyxl, unprotects the sheet, types {@code value} into the name's cell and into its
     * record in {@code _peg}, saves as {@code out}; returns the cell's address.
     */
    private static String forge(Path in, Path out, String name, String value) throws Exception {
        String script = String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "sheet, ref = list(wb.defined_names[sys.argv[3]].destinations)[0]",
                "ws = wb[sheet]",
                "ws.protection.sheet = False",
                "ws[ref.replace('$', '')].value = float(sys.argv[4])",
                "meta = wb['_peg']",
                "meta.protection.sheet = False",
                "hits = [r for r in meta.iter_rows() if r[0].value == 'bloccato:' + sys.argv[3]]",
                "assert len(hits) == 1, hits",
                "hits[0][1].value = sys.argv[4]",
                "wb.save(sys.argv[2])",
                "print(ref.replace('$', ''))");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, in.toString(), out.toString(), name, value)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openpyxl timed out");
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
