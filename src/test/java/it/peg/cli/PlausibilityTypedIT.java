package it.peg.cli;

import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.testutil.LoRig;
import it.peg.validation.TypedReadBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A year and a date serial typed into counts, a date typed into a count, and {@code 0,85%} typed into a percent cell
 * against a target of 75%, at the keyboard in LibreOffice it-IT (lo-rig keys mode) into the schede of two source
 * plans: {@code validate}, {@code consolidate} and {@code merge} each report every one at its cell, with the value
 * found and the likely intended one.
 */
class PlausibilityTypedIT {
    private static final String TREZZO = "trezzo-2022";
    private static final String FIRENZE = "firenze-2021";
    private static final String TREZZO_FILE = "ASS_SOC - ASSISTENZA SOCIALE.xlsx";
    private static final String FIRENZE_FILE = "ZN08 - SERVIZIO SOCIALE PROFESSIONALE.xlsx";

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static final Map<String, Path> inbox = new LinkedHashMap<>();
    private static final Map<String, Path> plans = new LinkedHashMap<>();

    /** Each finding expected, as {code, cell, value, expected, message}, by plan. */
    private static final Map<String, List<List<String>>> EXPECTED = Map.of(
            TREZZO, List.of(
                    List.of(FindingCode.VALORE_COME_ANNO_O_DATA.code(), "I26", "2.022", "un valore dell'ordine di 15",
                            "Il valore 2.022 nella cella Scheda!I26 sembra un anno, non un valore dell'indicatore ASS_SOC_1_I1"
                                    + " (target =>15): forse intendevi 2 o 20? Il completamento automatico di LibreOffice"
                                    + " completa le cifre scritte con i testi della stessa colonna. Controllare e riscrivere il"
                                    + " valore; se è giusto, ignorare questo avviso."),
                    List.of(FindingCode.VALORE_COME_ANNO_O_DATA.code(), "I28", "44.926", "un valore dell'ordine di 20",
                            "Il valore 44.926 nella cella Scheda!I28 è la data 31/12/2022 come numero di serie, non un valore"
                                    + " dell'indicatore ASS_SOC_1_I2 (target =>20): forse intendevi 31? Il valore scritto è stato"
                                    + " completato o letto come data. Controllare e riscrivere il valore; se è giusto, ignorare"
                                    + " questo avviso."),
                    List.of(FindingCode.VALORE_COME_ANNO_O_DATA.code(), "I46", "44.926", "un valore dell'ordine di 5",
                            "Il valore 44.926 nella cella Scheda!I46 è la data 31/12/2022 come numero di serie, non un valore"
                                    + " dell'indicatore ASS_SOC_2_I1 (target >=5): forse intendevi 31? Il valore scritto è stato"
                                    + " completato o letto come data. Controllare e riscrivere il valore; se è giusto, ignorare"
                                    + " questo avviso.")),
            FIRENZE, List.of(
                    List.of(FindingCode.PERCENTUALE_SOTTO_UNO.code(), "I45", "0,85%", "85%",
                            "La percentuale 0,85% nella cella Scheda!I45 è molto lontana dal target 75%: forse intendevi 85%?"
                                    + " In una cella percentuale 0,85 si legge 0,85%: per 85% scrivere 85 oppure 85%.")));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeAll
    static void typeTheTraps() throws Exception {
        LoRig.require();
        type(TREZZO, "ASS_SOC", TREZZO_FILE, Map.of(
                "IN_ASS_SOC_1_I1_1231", "2022",
                "IN_ASS_SOC_1_I2_1231", "31/12/2022",
                "IN_ASS_SOC_2_I1_1231", "44926"));
        // `0,85` alone now reads 85%, as the cell shows it (its format shows a fraction up to 1 as a percentage):
        // `0,85%` is the fraction 0,0085 the check is for
        type(FIRENZE, "ZN08", FIRENZE_FILE, Map.of("IN_2021_ZN08_12_1231", "0,85%"));
    }

    private static void type(String planName, String service, String file, Map<String, String> targets) throws Exception {
        Plan plan = TypedReadBack.plan(planName);
        plans.put(planName, Path.of("src/test/resources/plans", planName + ".xlsx").toAbsolutePath());
        Path blank = TypedReadBack.scheda(plan, service, shared.resolve(planName + ".xlsx"));
        Path in = Files.createDirectories(shared.resolve(planName));
        LoRig.typeAll(blank, in.resolve(file), new LinkedHashMap<>(targets));
        inbox.put(planName, in);
    }

    private int run(String... args) {
        out.reset();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(args, new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    private static String finalDate(String planName) {
        return TREZZO.equals(planName) ? "31/12/2022" : "31/12/2021";
    }

    @Test
    void validatePrintsEachAtItsCellWithTheLikelyValue() {
        for (String planName : List.of(TREZZO, FIRENZE)) {
            run("validate", "--plan", plans.get(planName).toString(), inbox.get(planName).toString());
            String printed = out.toString(StandardCharsets.UTF_8);
            for (List<String> f : EXPECTED.get(planName)) {
                String line = "  AVVISO [" + f.get(0) + "] Scheda!" + f.get(1) + " (" + subject(f) + "): " + f.get(4)
                        + " (trovato: '" + f.get(2) + "'; atteso: " + f.get(3) + ")";
                assertTrue(printed.lines().anyMatch(line::equals), () -> line + "\nnot in\n" + printed);
            }
        }
    }

    @Test
    void consolidateListsEachInAnomalie() throws Exception {
        for (String planName : List.of(TREZZO, FIRENZE)) {
            Path summary = dir.resolve(planName + ".xlsx");
            run("consolidate", "--plan", plans.get(planName).toString(), "--in", inbox.get(planName).toString(), "--at",
                    finalDate(planName), "--out", summary.toString());
            assertTrue(Files.isRegularFile(summary), () -> out.toString(StandardCharsets.UTF_8));
            assertAnomalie(planName, summary);
        }
    }

    @Test
    void mergeListsEachInAnomalie() throws Exception {
        for (String planName : List.of(TREZZO, FIRENZE)) {
            Path work = dir.resolve("work-" + planName);
            run("merge", "--plan", plans.get(planName).toString(), "--inbox", inbox.get(planName).toString(), "--work",
                    work.toString(), "--at", finalDate(planName));
            assertTrue(Files.isRegularFile(work.resolve("riepilogo.xlsx")), () -> out.toString(StandardCharsets.UTF_8));
            assertAnomalie(planName, work.resolve("riepilogo.xlsx"));
        }
    }

    private static void assertAnomalie(String planName, Path summary) throws Exception {
        List<List<String>> found = new ArrayList<>();
        for (Map<String, Object> row : SheetRows.read(summary, "Anomalie")) {
            String code = String.valueOf(row.get("Codice"));
            if (code.equals(FindingCode.VALORE_COME_ANNO_O_DATA.code()) || code.equals(FindingCode.PERCENTUALE_SOTTO_UNO.code())
                    || code.equals(FindingCode.NUMERO_IN_FORMATO_DATA.code())) {
                assertEquals("AVVISO", row.get("Gravità"));
                assertEquals("Scheda", row.get("Foglio"));
                found.add(List.of(code, String.valueOf(row.get("Cella")), String.valueOf(row.get("Valore")),
                        String.valueOf(row.get("Atteso")), String.valueOf(row.get("Messaggio"))));
            }
        }
        assertEquals(EXPECTED.get(planName), found);
    }

    private static String subject(List<String> f) {
        return f.get(4).replaceAll(".*dell'indicatore (\\S+) .*", "$1").replaceAll("^La percentuale.*", "2021_ZN08_12");
    }
}
