package it.peg.validation;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.testutil.LoRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A SI / NO cell takes yes and no as Italians type them, in every shipped template, with real key events in
 * LibreOffice Calc it-IT (the lo-rig's keys mode: AutoInput, AutoCorrect and the Stop validation on). The trial of
 * issue 17 found {@code Sì}, with its accent, refused by the list validation ({@code si} and {@code SI} were taken):
 * the list compares without case but not without accents. peg reads every form as SI or NO and gives no finding.
 */
class YesNoTypedIT {
    /** What is typed, in this order, into the SI / NO cells of a scheda, and what peg must read. */
    private static final String[][] TYPED = {
            {"S\u00ec", "SI"}, {"No", "NO"}, {"s\u00ec", "SI"}, {"no", "NO"}, {"S\u00cc", "SI"}, {"NO", "NO"},
            {"Si", "SI"}, {"si", "SI"}, {"SI", "SI"}};

    @TempDir
    Path dir;

    /** The SI / NO inputs of a service: reachable by the end of the year, and the value of SI / NO indicators. */
    private static List<String> yesNoCells(Plan plan, Service s) {
        List<String> names = new ArrayList<>();
        for (Objective o : plan.objectivesOf(s.code())) {
            for (Verifica v : plan.settings().verifiche()) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    if (i.inputKind() == InputKind.YES_NO) {
                        names.add(InputNames.value(i.code(), v));
                    }
                }
                if (!v.isFinal()) {
                    names.add(InputNames.reachable(o.code(), v));
                }
            }
        }
        return names;
    }

    private void typesEveryFormOfYesAndNo(String planName, String template) throws Exception {
        LoRig.require();
        Plan plan = TypedReadBack.plan(planName);
        Service service = plan.services().stream().max(Comparator.comparingInt(s -> yesNoCells(plan, s).size())).orElseThrow();
        List<String> cells = yesNoCells(plan, service);
        assertTrue(cells.size() >= 3, () -> planName + " has too few SI / NO cells: " + cells);
        Path blank = TypedReadBack.scheda(plan, service.code(), template, dir.resolve(planName + ".xlsx"));
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> meant = new LinkedHashMap<>();
        for (int k = 0; k < cells.size(); k++) {
            String[] pair = TYPED[k % TYPED.length];
            keys.put(cells.get(k), pair[0]);
            meant.put(cells.get(k), pair[1]);
        }
        LoRig.Typed t = LoRig.typeAll(blank, dir.resolve(planName + " compilata.xlsx"), keys);

        ValidationResult r = TypedReadBack.validate(plan, dir.resolve(planName + " compilata.xlsx"));
        Map<String, String> read = TypedReadBack.values(plan, r.submission().orElseThrow());
        assertEquals(meant, read, t::report);
        // Trezzo's layout has no Denominatore column, so firenze-2021's ratios lack their _DEN names there
        assertEquals(List.of(), r.findings().stream().filter(f -> !(f.code().equals("NOME_MANCANTE")
                && template.equals("trezzo") && f.expected().endsWith("_DEN"))).toList());
    }

    @Test
    void defaultTemplate() throws Exception {
        typesEveryFormOfYesAndNo("firenze-2021", "");
    }

    @Test
    void firenzeTemplate() throws Exception {
        typesEveryFormOfYesAndNo("firenze-2021", "firenze");
    }

    @Test
    void serravalleTemplate() throws Exception {
        typesEveryFormOfYesAndNo("serravalle-2018", "serravalle");
    }

    @Test
    void trezzoTemplate() throws Exception {
        typesEveryFormOfYesAndNo("firenze-2021", "trezzo");
    }
}
