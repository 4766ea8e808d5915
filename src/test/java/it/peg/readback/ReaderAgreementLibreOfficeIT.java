package it.peg.readback;

import it.peg.demo.OfficeSimulator;
import it.peg.demo.OfficeSimulator.Mistake;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.testutil.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: the fast and the full reader agree on files LibreOffice wrote. Demo workbooks filled by the
 * offices at every verifica (one with a number typed as text, one with a value marked not available),
 * then opened and saved by LibreOffice Calc: its own package (its styles, shared strings, relationships and
 * names as Calc writes them), read by both readers, same cells, metadata, submissions and findings.
 */
class ReaderAgreementLibreOfficeIT {
    @TempDir
    Path dir;

    @Test
    void workbooksSavedByLibreOfficeReadTheSameWithBothReaders() throws Exception {
        LibreOffice.require();
        Plan plan = it.peg.testutil.DemoPlan.read(dir);
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        OfficeSimulator offices = new OfficeSimulator(plan, 5L);
        int compared = 0;
        for (int i = 0; i < 2; i++) {
            Service s = plan.services().get(i);
            Path folder = Files.createDirectories(dir.resolve("poi-" + i));
            Path file = gen.write(plan, s, folder);
            for (Verifica v : plan.settings().verifiche()) {
                offices.fill(file, s.code(), v, i == 0 ? List.of(Mistake.NUMBER_AS_TEXT) : List.of(Mistake.NOT_AVAILABLE));
            }
            Path saved = LibreOffice.convert(file, "xlsx:Calc MS Excel 2007 XML", dir.resolve("lo-" + i));
            assertNotEquals(-1L, Files.mismatch(file, saved), "LibreOffice wrote its own package");
            RawWorkbook wb = ReaderAgreement.compare(plan, saved);
            assertTrue(wb.cells().values().stream().anyMatch(c -> !c.isBlank()), "the values survived the save");
            compared++;
        }
        assertTrue(compared == 2);
    }
}
