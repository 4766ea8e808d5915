package it.peg.readback;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.TestPlans;
import it.peg.generate.WorkbookTemplate;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook from the real generator, read back: every input name found, metadata present, same cells as POI sees. */
class GeneratedWorkbookReadBackTest {
    @TempDir
    Path dir;

    @Test
    void generatedWorkbooksAreReadBackWithEveryNameAndTheirMetadata() throws Exception {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        for (String code : List.of(TestPlans.FULL, TestPlans.ODD)) {
            Service service = plan.service(code).orElseThrow();
            Path file = gen.write(plan, service, dir);
            ReadResult result = new XlsxReturnedWorkbookReader().read(file);
            assertEquals(List.of(), result.findings(), file.getFileName().toString());
            RawWorkbook wb = result.workbook().orElseThrow();
            assertEquals(file.getFileName().toString(), wb.fileName());
            assertEquals(Optional.of(MetadataSheet.KIND_VALUE), wb.meta(MetadataSheet.KEY_KIND));
            assertEquals(Optional.of(MetadataSheet.FORMAT_VALUE), wb.meta(MetadataSheet.KEY_FORMAT));
            assertEquals(Optional.of(service.code()), wb.meta(MetadataSheet.KEY_SERVICE));
            assertEquals(Optional.of(String.valueOf(plan.settings().year())), wb.meta(MetadataSheet.KEY_YEAR));
            assertTrue(wb.meta(MetadataSheet.KEY_FINGERPRINT).filter(s -> !s.isBlank()).isPresent());

            for (String name : inputNames(plan, code)) {
                assertTrue(wb.cell(name).isPresent(), code + ": input name missing " + name);
            }
            assertSameCellsAsPoi(file, wb);
        }
    }

    private static List<String> inputNames(Plan plan, String serviceCode) {
        List<String> names = new java.util.ArrayList<>();
        for (Objective o : plan.objectivesOf(serviceCode)) {
            for (Indicator i : plan.indicatorsOf(o.code())) {
                for (Verifica v : plan.settings().verifiche()) {
                    if (i.inputKind() == InputKind.RATIO) {
                        names.add(InputNames.numerator(i.code(), v));
                        names.add(InputNames.denominator(i.code(), v));
                    } else {
                        names.add(InputNames.value(i.code(), v));
                    }
                    names.add(InputNames.cause(i.code(), v));
                }
            }
        }
        return names;
    }

    /** Every workbook-level single-cell name POI resolves is read at the same place with the same kind. */
    private static void assertSameCellsAsPoi(Path file, RawWorkbook raw) throws Exception {
        TreeMap<String, String> expected = new TreeMap<>();
        TreeMap<String, String> actual = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (XSSFName n : wb.getAllNames()) {
                if (n.getSheetIndex() >= 0 || n.getRefersToFormula() == null || n.getNameName().startsWith("_xlnm")) {
                    continue;
                }
                AreaReference area;
                try {
                    area = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
                } catch (RuntimeException e) {
                    continue;
                }
                if (!area.isSingleCell()) {
                    continue;
                }
                CellReference ref = area.getFirstCell();
                Cell c = Optional.ofNullable(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()))
                        .map(r -> r.getCell(ref.getCol())).orElse(null);
                String key = n.getNameName().toUpperCase(Locale.ROOT);
                expected.put(key, ref.getSheetName() + "!" + new CellReference(ref.getRow(), ref.getCol()).formatAsString()
                        + " " + kindOf(c));
                RawCell rc = raw.cell(key).orElseThrow(() -> new AssertionError("name not read: " + key));
                actual.put(key, rc.sheet() + "!" + rc.cell() + " " + rc.kind());
            }
        }
        assertTrue(expected.size() > 10, "too few names: " + expected);
        assertEquals(expected, actual);
    }

    private static CellKind kindOf(Cell c) {
        if (c == null) {
            return CellKind.BLANK;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> CellKind.NUMBER;
            case STRING -> CellKind.TEXT;
            case BOOLEAN -> CellKind.BOOLEAN;
            case ERROR -> CellKind.ERROR;
            default -> CellKind.BLANK;
        };
    }
}
