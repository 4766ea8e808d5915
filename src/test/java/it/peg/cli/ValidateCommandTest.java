package it.peg.cli;

import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.validation.SchedaFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A real plan workbook: two services, a number, a percentage and a ratio indicator. */
    static Path writePlan(Path file) throws IOException {
        Object[][][] sheets = {
            {{"Voce", "Valore"}, {"Ente", "Comune di Prova"}, {"Anno", 2024.0}, {"Verifiche", "30/06; 31/12"},
                {"Scadenze consegna", "15/07; 31/01"}},
            {{"Codice", "Servizio"}, {"S1", "Servizi sociali"}, {"S2", "Anagrafe"}},
            {{"Codice", "Servizio", "Titolo", "Peso"}, {"O1", "S1", "Obiettivo uno", 100.0},
                {"O2", "S2", "Obiettivo due", 100.0}},
            {{"Codice", "Obiettivo", "Descrizione", "Target", "Peso", "Unità di misura"},
                {"I1", "O1", "Pratiche evase", "24000", 50.0, "numero"},
                {"I2", "O1", "Soddisfazione", "75%", 25.0, "%"},
                {"I3", "O1", "Pratiche per addetto", "1200/3", 25.0, "numero"},
                {"I4", "O2", "Certificati", "500", 100.0, "numero"}},
        };
        String[] names = {"Impostazioni", "Servizi", "Obiettivi", "Indicatori"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            for (int s = 0; s < names.length; s++) {
                Sheet sheet = wb.createSheet(names[s]);
                for (int r = 0; r < sheets[s].length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < sheets[s][r].length; c++) {
                        Object v = sheets[s][r][c];
                        if (v instanceof String str) {
                            row.createCell(c).setCellValue(str);
                        } else {
                            row.createCell(c).setCellValue((Double) v);
                        }
                    }
                }
            }
            wb.write(os);
        }
        return file;
    }

    static Plan plan(Path planFile) {
        PlanReadResult r = PlanReader.read(planFile);
        assertTrue(r.isValid(), () -> "test plan invalid: " + r.findings());
        return r.plan().orElseThrow();
    }

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneId.of("Europe/Rome"));
        return new Main(List.of(new ValidateCommand(clock, new XlsxReturnedWorkbookReader()))).run(args, console);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanFileExitsZero() throws IOException {
        Path planFile = writePlan(dir.resolve("piano.xlsx"));
        Plan plan = plan(planFile);
        Verifica dec = plan.settings().finalVerifica();
        Path scheda = new SchedaFixture(plan, "S1").set(InputNames.value("I1", dec), "24.500")
                .set(InputNames.value("I2", dec), 0.8).set(InputNames.numerator("I3", dec), 1300.0)
                .set(InputNames.denominator("I3", dec), 3.0).write(dir.resolve("S1.xlsx"));
        assertEquals(0, run("validate", "--plan", planFile.toString(), "--at", "31/12/2024", scheda.toString()),
                stdout() + err);
        assertTrue(stdout().startsWith("Verifica al 31/12/2024 (finale): si controllano i valori dovuti fino a questa"
                + " verifica.\n"), stdout());
        assertTrue(stdout().contains("S1.xlsx: nessun problema"), stdout());
        assertTrue(stdout().contains("Schede controllate: 1 (accettate 1, rifiutate 0); 0 errori, 0 avvisi."), stdout());
    }

    @Test
    void errorsAreGroupedByFileAndExitOne() throws IOException {
        Path planFile = writePlan(dir.resolve("piano.xlsx"));
        Plan plan = plan(planFile);
        Verifica dec = plan.settings().finalVerifica();
        SchedaFixture s1 = new SchedaFixture(plan, "S1").set(InputNames.value("I1", dec), "n.d.")
                .set(InputNames.value("I2", dec), 0.8).set(InputNames.numerator("I3", dec), 1300.0)
                .set(InputNames.denominator("I3", dec), 3.0);
        s1.write(dir.resolve("S1.xlsx"));
        new SchedaFixture(plan, "S2").set(InputNames.value("I4", dec), 600.0).write(dir.resolve("S2.xlsx"));
        Files.writeString(dir.resolve("note.xlsx"), "non sono un foglio di calcolo");
        assertEquals(1, run("validate", "--plan", planFile.toString(), "--at", "2024-12-31", dir.resolve("S1.xlsx").toString(),
                dir.resolve("S2.xlsx").toString(), dir.resolve("note.xlsx").toString()), stdout() + err);
        String o = stdout();
        assertTrue(o.contains("S1.xlsx: 1 errori, 0 avvisi"), o);
        assertTrue(o.contains("ERRORE [VALORE_NON_NUMERICO] Scheda!" + s1.cellOf(InputNames.value("I1", dec)) + " (I1)"), o);
        assertTrue(o.contains("S2.xlsx: nessun problema"), o);
        assertTrue(o.contains("note.xlsx: 1 errori"), o);
        assertTrue(o.contains("Schede controllate: 3 (accettate 2, rifiutate 1)"), o);
    }

    @Test
    void twoFilesOfOneServiceNameEachOther() throws IOException {
        Path planFile = writePlan(dir.resolve("piano.xlsx"));
        Plan plan = plan(planFile);
        Path older = new SchedaFixture(plan, "S2").write(dir.resolve("S2 vecchia.xlsx"));
        Path newer = new SchedaFixture(plan, "S2").write(dir.resolve("S2 nuova.xlsx"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2024-01-10T08:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2024-01-20T08:00:00Z")));
        assertEquals(0, run("validate", "--plan", planFile.toString(), dir.toString()), stdout() + err);
        String o = stdout();
        assertTrue(o.contains("AVVISO [SCHEDA_DUPLICATA]"), o);
        assertTrue(o.contains("Conta 'S2 nuova.xlsx', la più recente; questa non conta"), o);
    }

    @Test
    void invalidPlanExitsTwo() throws IOException {
        Path planFile = dir.resolve("piano.xlsx");
        Files.writeString(planFile, "rotto");
        assertEquals(2, run("validate", "--plan", planFile.toString(), planFile.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("non è valido"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noFilesIsAUsageError() throws IOException {
        Path planFile = writePlan(dir.resolve("piano.xlsx"));
        assertEquals(2, run("validate", "--plan", planFile.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Indicare almeno una scheda"));
    }
}
