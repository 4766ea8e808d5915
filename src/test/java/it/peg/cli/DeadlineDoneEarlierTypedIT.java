package it.peg.cli;

import it.peg.domain.Plan;
import it.peg.testutil.LoRig;
import it.peg.validation.TypedReadBack;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression (s21-trial): a milestone the office marked done at an intermediate verifica, typed in LibreOffice it-IT
 * (lo-rig keys mode) into Serravalle's scheda as the form asks ("Valore al 30/09"), with the cell of 31/12 left empty as
 * done is done, scored 0% at the final verifica, "non completato entro la scadenza", with no finding to warn the office
 * or the controllo. The date reported earlier is the completion at every later verifica that leaves it empty.
 */
class DeadlineDoneEarlierTypedIT {
    private static final Path PLAN = Path.of("src/test/resources/plans/serravalle-2018.xlsx").toAbsolutePath();
    private static final String FILE = "SS - SERVIZI SOCIALI.xlsx";

    @TempDir
    Path dir;

    @Test
    void aCompletionReportedAtThirtySeptemberCountsAtTheFinalVerifica() throws Exception {
        Plan plan = TypedReadBack.plan("serravalle-2018");
        Path blank = TypedReadBack.scheda(plan, "SS", dir.resolve("scheda.xlsx"));
        Path in = Files.createDirectories(dir.resolve("consegne"));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("IN_SS_OB1_I1_0930", "17/3/18");   // Avvio progetto, target 17/03/2018: on time
        typed.put("IN_SS_OB1_I2_0930", "1/10/18");   // Monitoraggio, target Settembre 2018: a day late
        typed.put("IN_SS_OB1_I3_1231", "20/12/18");  // Report finale, target 31/12/18: typed at the final verifica
        LoRig.typeAll(blank, in.resolve(FILE), typed);
        Path csv = dir.resolve("riepilogo.csv");

        CliRun run = CliRun.run("consolidate", "--plan", PLAN.toString(), "--in", in.toString(), "--at", "31/12/2018",
                "--out", dir.resolve("riepilogo.xlsx").toString(), "--csv", csv.toString());

        assertEquals(List.of(
                        List.of("SS_OB1_I1", "", "1", "valutato", "data indicata alla verifica del 30/09/2018: completato il"
                                + " 17/03/2018, scadenza 17/03/2018: nei termini → 100%"),
                        List.of("SS_OB1_I2", "", "0", "valutato", "data indicata alla verifica del 30/09/2018: completato il"
                                + " 01/10/2018, scadenza 30/09/2018: 1 giorno di ritardo (tolleranza 0) → 0%"),
                        List.of("SS_OB1_I3", "2018-12-20", "1", "valutato", "completato il 20/12/2018, scadenza 31/12/2018:"
                                + " nei termini → 100%")),
                finalRows(csv, "SS_OB1"), run::toString);
    }

    /** indicatore, valore, raggiungimento, stato, spiegazione of an objective's indicators at 31/12/2018. */
    private static List<List<String>> finalRows(Path csv, String objective) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).stream()
                    .filter(row -> row.get("obiettivo").equals(objective) && row.get("verifica").equals("2018-12-31"))
                    .map(DeadlineDoneEarlierTypedIT::columns).toList();
        }
    }

    private static List<String> columns(CSVRecord row) {
        return List.of(row.get("indicatore"), row.get("valore"), row.get("raggiungimento"), row.get("stato"),
                row.get("spiegazione"));
    }
}
