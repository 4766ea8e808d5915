package it.peg.readback;

import it.peg.bench.DirectFiller;
import it.peg.bench.PoiFullReader;
import it.peg.bench.SyntheticPlan;
import it.peg.demo.OfficeSimulator;
import it.peg.demo.OfficeSimulator.Mistake;
import it.peg.domain.Finding;
import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The comparison of the streaming and the full POI reader, shared by the agreement tests. */
final class ReaderAgreement {
    private static final ReturnedWorkbookReader FAST = new XlsxReturnedWorkbookReader();
    private static final ReturnedWorkbookReader FULL = new PoiFullReader();

    private ReaderAgreement() {
    }

    /**
     * Same read findings, metadata, hash, date system and cells, and the same submission and validation
     * findings at every verifica; returns the streaming reader's workbook.
     */
    static RawWorkbook compare(Plan plan, Path file) {
        ReadResult a = FAST.read(file);
        ReadResult b = FULL.read(file);
        String where = file.getFileName().toString();
        assertEquals(codes(b.findings()), codes(a.findings()), where + ": read findings");
        RawWorkbook wa = a.workbook().orElseThrow(() -> new AssertionError(where + " " + a.findings()));
        RawWorkbook wb = b.workbook().orElseThrow(() -> new AssertionError(where + " " + b.findings()));
        assertEquals(wb.metadata(), wa.metadata(), where + ": metadata");
        assertEquals(wb.sha256(), wa.sha256(), where);
        assertEquals(wb.date1904(), wa.date1904(), where);
        assertEquals(view(wb), view(wa), where + ": cells");
        assertTrue(wa.cells().size() > 5, where + ": too few names " + wa.cells().keySet());
        for (Verifica v : plan.settings().verifiche()) {
            SubmissionValidator validator = new SubmissionValidator(v.date().plusDays(1));
            ValidationResult va = validator.validate(plan, wa);
            ValidationResult vb = validator.validate(plan, wb);
            assertEquals(vb.submission(), va.submission(), where + " at " + v.code() + ": submission");
            assertEquals(vb.findings(), va.findings(), where + " at " + v.code() + ": findings");
        }
        return wa;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + "@" + f.sheet() + "!" + f.cell()).toList();
    }

    /** Everything validation may look at; formulas by presence (POI shifts shared formulas, the stream does not). */
    private static Map<String, String> view(RawWorkbook wb) {
        Map<String, String> out = new TreeMap<>();
        wb.cells().forEach((k, c) -> out.put(k, c.sheet() + "!" + c.cell() + " " + c.kind() + " [" + c.text() + "] "
                + c.number().map(String::valueOf).orElse("") + " " + c.numberFormat() + " " + c.dateFormatted() + " "
                + c.formula().isPresent()));
        return out;
    }

}
