package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 17, "Input checks": each mistake is a clear Italian error and nothing is created. */
class InputChecksTest {
    @TempDir
    Path dir;

    private List<String> contents() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aPlanThatIsAFolderIsCalledAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("piani"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> before = contents();
        String expected = "'" + folder + "' è una cartella, non il file del piano: indicare con --plan il file .xlsx del"
                + " piano (es. --plan " + folder.resolve("piano.xlsx") + ").";
        CliRun consolidate = CliRun.run("consolidate", "--plan", folder.toString(), "--in", in.toString(),
                "--at", "31/12/2027", "--out", dir.resolve("riepilogo.xlsx").toString());
        assertEquals(2, consolidate.exit);
        assertEquals(List.of(expected), consolidate.errLines());
        CliRun merge = CliRun.run("merge", "--plan", folder.toString(), "--inbox", in.toString(),
                "--work", dir.resolve("lavoro").toString());
        assertEquals(2, merge.exit);
        assertEquals(List.of(expected), merge.errLines());
        CliRun check = CliRun.run("check", "--plan", folder.toString());
        assertEquals(2, check.exit);
        assertEquals("  ERRORE [PIANO_CARTELLA]: " + expected + " (trovato: '" + folder + "'; atteso: un file .xlsx)",
                check.outLines().get(1));
        assertEquals(before, contents(), "nothing created");
    }

    @Test
    void anImpossibleDateInThePlanIsAFindingNamingSheetAndCell() throws Exception {
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 1, "31/02/2027");
        CliRun r = CliRun.run("check", "--plan", plan.toString());
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of(
                "piano.xlsx: 1 errore, 0 avvisi",
                "  ERRORE [DATA_NON_VALIDA] Obiettivi!E2 (O0001): La data '31/02/2027' in 'Data fine' non esiste nel"
                        + " calendario: scriverla come gg/mm/aaaa (es. 31/12/2027) o lasciare la cella vuota."
                        + " (trovato: '31/02/2027'; atteso: una data gg/mm/aaaa)",
                "Piano 2027 di Comune di Prova: 1 servizio, 1 obiettivo, 1 indicatore; 1 errore, 0 avvisi."),
                r.outLines());
        assertEquals(List.of("Il piano non è valido: correggere gli ERRORI elencati e rilanciare 'peg check --plan "
                + plan + "'."), r.errLines());
    }

    @Test
    void aWordWhereADateGoesIsAWarningAndADashIsNothing() throws Exception {
        // the municipal forms write "continuativo" or "-----" for an objective without an end date
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 1, "continuativo");
        CliRun r = CliRun.run("check", "--plan", plan.toString());
        assertEquals(0, r.exit, r.toString());
        assertEquals("  AVVISO [DATA_NON_RICONOSCIUTA] Obiettivi!E2 (O0001): 'continuativo' in 'Data fine' non è una"
                + " data ed è ignorata: per indicare una data scriverla come gg/mm/aaaa (es. 31/12/2027)."
                + " (trovato: 'continuativo'; atteso: una data gg/mm/aaaa)", r.outLines().get(1));
        Path dashes = HandPlans.write(dir.resolve("trattini.xlsx"), 1, "-----");
        assertEquals(List.of("Piano 2027 di Comune di Prova: 1 servizio, 1 obiettivo, 1 indicatore; 0 errori, 0 avvisi.",
                "Il piano è valido."), CliRun.run("check", "--plan", dashes.toString()).outLines());
    }

    @Test
    void aPlanWithoutServicesIsNotValidAndGeneratesNothing() throws Exception {
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 0, "");
        CliRun check = CliRun.run("check", "--plan", plan.toString());
        assertEquals(2, check.exit);
        assertEquals("  ERRORE [PIANO_SENZA_SERVIZI] Servizi: Il foglio 'Servizi' non contiene alcun servizio: aggiungere"
                + " una riga per ogni servizio (almeno il Codice e il nome del Servizio) sotto l'intestazione."
                + " (atteso: almeno un servizio)", check.outLines().get(1));
        CliRun generate = CliRun.run("generate", "--plan", plan.toString(), "--out", dir.resolve("schede").toString());
        assertEquals(2, generate.exit);
        assertFalse(Files.exists(dir.resolve("schede")));
    }

    @Test
    void atOutsideThePlanYearIsRefused() throws Exception {
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 1, "");
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> before = contents();
        CliRun r = CliRun.run("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "31/12/2030",
                "--out", dir.resolve("riepilogo.xlsx").toString());
        assertEquals(2, r.exit);
        String expected = "La data 31/12/2030 indicata con --at è fuori dall'anno del piano (2027): indicare una data"
                + " del 2027 (o del 2028 per la verifica finale), per esempio quella di una verifica (30/06/2027,"
                + " 31/12/2027).";
        assertEquals(List.of(expected), r.errLines());
        CliRun merge = CliRun.run("merge", "--plan", plan.toString(), "--inbox", in.toString(), "--work",
                dir.resolve("lavoro").toString(), "--at", "31/12/2030");
        assertEquals(2, merge.exit);
        assertEquals(List.of(expected), merge.errLines());
        CliRun generate = CliRun.run("generate", "--plan", plan.toString(), "--out", dir.resolve("schede").toString(),
                "--from", in.toString(), "--at", "2030-12-31");
        assertEquals(2, generate.exit);
        assertEquals(List.of(expected.replace("31/12/2030", "2030-12-31")), generate.errLines());
        // regression (trial of issue 17): validate took any year and checked the final verifica
        CliRun validate = CliRun.run("validate", "--plan", plan.toString(), "--at", "31/12/2030", in.toString());
        assertEquals(2, validate.exit);
        assertEquals(List.of(expected), validate.errLines());
        assertEquals(before, contents(), "nothing created");
    }

    @Test
    void aMissingOutputFolderIsAnErrorNotCreatedSilently() throws Exception {
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 1, "");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("manca/dir/x.xlsx");
        List<String> before = contents();
        CliRun r = CliRun.run("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "31/12/2027",
                "--out", out.toString());
        assertEquals(2, r.exit);
        assertEquals(List.of("La cartella '" + out.getParent() + "' di --out " + out + " non esiste: crearla prima"
                + " oppure indicare un percorso in una cartella esistente. Nessun file è stato scritto."), r.errLines());
        CliRun csv = CliRun.run("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "31/12/2027",
                "--out", dir.resolve("r.xlsx").toString(), "--csv", dir.resolve("manca/r.csv").toString());
        assertEquals(2, csv.exit);
        assertEquals(List.of("La cartella '" + dir.resolve("manca") + "' di --csv " + dir.resolve("manca/r.csv")
                + " non esiste: crearla prima oppure indicare un percorso in una cartella esistente. Nessun file è stato"
                + " scritto."), csv.errLines());
        CliRun generate = CliRun.run("generate", "--plan", plan.toString(), "--out", dir.resolve("manca/schede").toString());
        assertEquals(2, generate.exit);
        assertEquals(before, contents(), "nothing created");
    }

    @Test
    void theRootAsAnOutputIsAbsoluteAndStillChecked() throws Exception {
        // the brief's own example: /nonexistent/dir/x.xlsx
        Path plan = HandPlans.write(dir.resolve("piano.xlsx"), 1, "");
        Path in = Files.createDirectories(dir.resolve("in"));
        CliRun r = CliRun.run("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "31/12/2027",
                "--out", "/nonexistent/dir/x.xlsx");
        assertEquals(2, r.exit);
        assertEquals(List.of("La cartella '/nonexistent/dir' di --out /nonexistent/dir/x.xlsx non esiste: crearla prima"
                + " oppure indicare un percorso in una cartella esistente. Nessun file è stato scritto."), r.errLines());
        assertFalse(Files.exists(Path.of("/nonexistent")));
    }
}
