package it.peg.cli;

import it.peg.domain.Plan;
import it.peg.testutil.LoRig;
import it.peg.validation.TypedReadBack;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (s21-trial): an office delivered its scheda, typed in LibreOffice it-IT (lo-rig keys mode), and later a
 * blank copy of it reached the folder (the scheda as sent out, dropped in the inbox by a colleague). "The newest file
 * counts" made the blank one count: the service went from delivered to "non compilata", its values gone from the
 * summary, in consolidate and in the nightly merge alike. A blank scheda is no delivery and undoes none.
 */
class BlankResentTypedIT {
    private static final Path PLAN = Path.of("src/test/resources/plans/serravalle-2018.xlsx").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aBlankSchedaSentAfterAFilledOneDoesNotUndoTheDelivery() throws Exception {
        Plan plan = TypedReadBack.plan("serravalle-2018");
        Path in = Files.createDirectories(dir.resolve("consegne"));
        Path sent = TypedReadBack.scheda(plan, "SS", dir.resolve("scheda.xlsx"));
        Path filled = in.resolve("SS - SERVIZI SOCIALI.xlsx");
        LoRig.typeAll(sent, filled, Map.of("IN_SS_OB1_I1_0930", "17/3/18"));
        Files.setLastModifiedTime(filled, FileTime.from(Instant.parse("2018-10-10T09:00:00Z")));
        Path work = dir.resolve("lavoro");
        // the merge's first night has the filled scheda alone; the blank one comes a night later
        CliRun first = CliRun.run("merge", "--plan", PLAN.toString(), "--inbox", in.toString(), "--work", work.toString(),
                "--at", "30/09/2018");
        assertEquals(0, first.exit, first::toString);
        Path blank = Files.copy(sent, in.resolve("SS - SERVIZI SOCIALI (vuota).xlsx"));
        Files.setLastModifiedTime(blank, FileTime.from(Instant.parse("2018-10-12T09:00:00Z")));
        String sheet = "Per il servizio SS conta il file 'SS - SERVIZI SOCIALI.xlsx', il più recente che riporta valori"
                + " per la verifica (questo non ne riporta); questo resta nell'archivio e nel registro.";

        CliRun consolidate = CliRun.run("consolidate", "--plan", PLAN.toString(), "--in", in.toString(), "--at",
                "30/09/2018", "--out", dir.resolve("riepilogo.xlsx").toString(), "--csv", dir.resolve("r.csv").toString());
        CliRun merge = CliRun.run("merge", "--plan", PLAN.toString(), "--inbox", in.toString(), "--work", work.toString(),
                "--at", "30/09/2018");

        assertEquals(0, consolidate.exit, consolidate::toString);
        assertEquals(List.of("SS_OB1_I1,2018-03-17,completa"), rows(dir.resolve("r.csv")), consolidate::toString);
        assertEquals(0, merge.exit, merge::toString);
        assertEquals(List.of("SS_OB1_I1,2018-03-17,completa"), rows(work.resolve("riepilogo.csv")), merge::toString);
        String ledger = Files.readString(work.resolve("ledger.tsv"), StandardCharsets.UTF_8);
        assertTrue(ledger.contains("\tname=SS - SERVIZI SOCIALI (vuota).xlsx\tservice=SS\tstatus=SUPERSEDED\treason="
                + sheet + "\t"), ledger);
        assertTrue(ledger.contains("\tname=SS - SERVIZI SOCIALI.xlsx\tservice=SS\tstatus=ACCEPTED\t"), ledger);
    }

    /** indicatore, valore, stato_consegna of the rows at 30/09/2018 with a value. */
    private static List<String> rows(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).stream()
                    .filter(row -> row.get("verifica").equals("2018-09-30") && !row.get("valore").isEmpty())
                    .map(row -> row.get("indicatore") + "," + row.get("valore") + "," + row.get("stato_consegna"))
                    .toList();
        }
    }
}
