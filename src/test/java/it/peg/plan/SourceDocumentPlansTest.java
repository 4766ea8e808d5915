package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four source documents, transcribed as plan workbooks (src/test/fixtures/make_plans.py), read
 * without any ERRORE and with the counts of the documents (see src/test/resources/plans/README.md).
 */
class SourceDocumentPlansTest {

    @ParameterizedTest
    @CsvSource({
            "firenze-2017.xlsx, 2017, 1, 1, 27, 0, 0",
            "firenze-2021.xlsx, 2021, 1, 4, 13, 0, 0",
            "serravalle-2018.xlsx, 2018, 1, 5, 14, 0, 0",
            "trezzo-2022.xlsx, 2022, 1, 2, 7, 9, 15",
            "../../../tools/resources/it/peg/demo/piano-esempio.xlsx, 2025, 5, 13, 31, 16, 11",
    })
    void readsWithoutErrors(String file, int year, int services, int objectives, int indicators, int phases,
                            int dataRows) {
        PlanReadResult result = PlanReader.read(Path.of("src/test/resources/plans").resolve(file));
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertTrue(errors.isEmpty(), () -> file + ": " + errors);
        Plan plan = result.plan().orElseThrow();
        assertEquals(year, plan.settings().year());
        assertEquals(services, plan.services().size());
        assertEquals(objectives, plan.objectives().size());
        assertEquals(indicators, plan.indicators().size());
        assertEquals(phases, plan.phases().size());
        assertEquals(dataRows, plan.dataRows().size());
    }

    @org.junit.jupiter.api.Test
    void keepsTheHeadsOfSectorAndObjectiveTheDocumentsName() {
        Plan trezzo = PlanReader.read(Path.of("src/test/resources/plans/trezzo-2022.xlsx")).plan().orElseThrow();
        assertEquals("MAPELLI STEFANIA", trezzo.services().get(0).sectorResponsible());
        Plan serravalle = PlanReader.read(Path.of("src/test/resources/plans/serravalle-2018.xlsx")).plan().orElseThrow();
        assertTrue(serravalle.objectives().stream().allMatch(o -> o.responsible().contains("Paolo Ricci")),
                () -> serravalle.objectives().stream().map(it.peg.domain.Objective::responsible).toList().toString());
    }
}
