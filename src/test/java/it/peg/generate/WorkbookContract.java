package it.peg.generate;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions of the public contract of a generated service workbook (SPEC section 4). */
final class WorkbookContract {
    /** The expected input kind of each input name: a ValidationType and a number format ("" for none). */
    record Expected(int validationType, String format) {
    }

    private WorkbookContract() {
    }

    static Map<String, Expected> inputNames(Plan plan, String serviceCode) {
        Map<String, Expected> m = new LinkedHashMap<>();
        int year = plan.settings().year();
        Expected number = new Expected(ValidationType.DECIMAL, "#,##0.##");
        Expected percent = new Expected(ValidationType.FORMULA, Validations.PERCENT_FORMAT);
        Expected text = new Expected(ValidationType.TEXT_LENGTH, "@");
        Expected list = new Expected(ValidationType.LIST, "General");
        for (Objective o : plan.objectivesOf(serviceCode)) {
            for (Indicator i : plan.indicatorsOf(o.code())) {
                for (Verifica v : plan.settings().verifiche()) {
                    InputKind k = i.inputKind();
                    if (k == InputKind.RATIO) {
                        m.put(InputNames.numerator(i.code(), v), number);
                        m.put(InputNames.denominator(i.code(), v), number);
                    } else {
                        m.put(InputNames.value(i.code(), v), switch (k) {
                            case NUMBER -> number;
                            case PERCENT, PROGRESS -> percent;
                            case DATE -> new Expected(ValidationType.DATE, "dd/mm/yyyy");
                            case YES_NO -> list;
                            case RATIO -> throw new IllegalStateException();
                        });
                    }
                    m.put(InputNames.cause(i.code(), v), text);
                }
            }
            List<String> keys = InputNames.phaseKeys(plan.phasesOf(o.code()));
            for (String key : keys) {
                for (Verifica v : plan.settings().verifiche()) {
                    m.put(InputNames.phase(o.code(), key, v), list);
                }
            }
            for (Verifica v : plan.settings().verifiche()) {
                if (!v.isFinal()) {
                    m.put(InputNames.reachable(o.code(), v), list);
                    m.put(InputNames.notes(o.code(), v), text);
                }
            }
        }
        plan.dataRowsOf(serviceCode).forEach(d -> m.put(InputNames.data(d.code(), year), number));
        return m;
    }

    static Set<String> planNames(Plan plan, String serviceCode) {
        Set<String> s = new TreeSet<>();
        for (Objective o : plan.objectivesOf(serviceCode)) {
            s.add(InputNames.planObjectiveWeight(o.code()));
            for (Indicator i : plan.indicatorsOf(o.code())) {
                s.add(InputNames.planTarget(i.code()));
                s.add(InputNames.planIndicatorWeight(i.code()));
            }
        }
        return s;
    }

    static XSSFCell cellOf(XSSFWorkbook wb, XSSFName name) {
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        assertTrue(area.isSingleCell(), name.getNameName() + " must point at one cell");
        CellReference ref = area.getFirstCell();
        XSSFSheet sheet = wb.getSheet(ref.getSheetName());
        assertNotNull(sheet, name.getNameName());
        Row row = sheet.getRow(ref.getRow());
        assertNotNull(row, name.getNameName());
        XSSFCell cell = (XSSFCell) row.getCell(ref.getCol());
        assertNotNull(cell, name.getNameName());
        return cell;
    }

    static void assertContract(XSSFWorkbook wb, Plan plan, String serviceCode, String version) {
        Map<String, Expected> inputs = inputNames(plan, serviceCode);
        Set<String> plans = planNames(plan, serviceCode);
        Set<String> found = new TreeSet<>();
        Set<String> inputCells = new HashSet<>();
        for (XSSFName n : wb.getAllNames()) {
            if (n.getNameName().startsWith("_xlnm.")) {
                continue; // print area and print titles
            }
            assertEquals(-1, n.getSheetIndex(), n.getNameName() + " must be workbook-level");
            found.add(n.getNameName());
            XSSFCell cell = cellOf(wb, n);
            Expected e = inputs.get(n.getNameName());
            if (e != null) {
                assertFalse(cell.getCellStyle().getLocked(), n.getNameName() + " must be unlocked");
                assertEquals(e.format(), cell.getCellStyle().getDataFormatString(), n.getNameName() + " format");
                XSSFDataValidation dv = validationAt(cell);
                assertNotNull(dv, n.getNameName() + " has no validation");
                assertEquals(e.validationType(), dv.getValidationConstraint().getValidationType(), n.getNameName());
                assertEquals(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP, dv.getErrorStyle());
                assertTrue(dv.getShowPromptBox() && !dv.getPromptBoxText().isBlank(), n.getNameName() + " prompt");
                inputCells.add(cell.getSheet().getSheetName() + "!" + cell.getAddress());
            } else {
                assertTrue(plans.contains(n.getNameName()), "unexpected name " + n.getNameName());
                assertTrue(cell.getCellStyle().getLocked(), n.getNameName() + " must be locked");
            }
        }
        Set<String> expected = new TreeSet<>(inputs.keySet());
        expected.addAll(plans);
        assertEquals(expected, found, "defined names");
        List<String> stray = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            assertTrue(sheet.getProtect(), sheet.getSheetName() + " must be protected");
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (!c.getCellStyle().getLocked()) {
                        String key = sheet.getSheetName() + "!" + topLeft(sheet, c);
                        if (!inputCells.contains(key)) {
                            stray.add(sheet.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), stray, "unlocked cells that are not input cells");
        XSSFSheet meta = wb.getSheet(MetadataSheet.SHEET);
        assertNotNull(meta);
        assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(meta)));
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : meta) {
            values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        assertEquals(List.of(MetadataSheet.KEY_KIND, MetadataSheet.KEY_FORMAT, MetadataSheet.KEY_ENTE, MetadataSheet.KEY_YEAR,
                MetadataSheet.KEY_SERVICE, MetadataSheet.KEY_FINGERPRINT, MetadataSheet.KEY_TOOL_VERSION,
                MetadataSheet.KEY_VERIFICHE, MetadataSheet.KEY_LOCKED), new ArrayList<>(values.keySet()));
        assertEquals(MetadataSheet.KIND_VALUE, values.get(MetadataSheet.KEY_KIND));
        assertEquals(MetadataSheet.FORMAT_VALUE, values.get(MetadataSheet.KEY_FORMAT));
        assertEquals(plan.settings().ente(), values.get(MetadataSheet.KEY_ENTE));
        assertEquals(Integer.toString(plan.settings().year()), values.get(MetadataSheet.KEY_YEAR));
        assertEquals(serviceCode, values.get(MetadataSheet.KEY_SERVICE));
        assertEquals(PlanFingerprint.of(plan, serviceCode), values.get(MetadataSheet.KEY_FINGERPRINT));
        assertEquals(version, values.get(MetadataSheet.KEY_TOOL_VERSION));
        assertEquals(String.join(";", plan.settings().verifiche().stream().map(Verifica::code).toList()),
                values.get(MetadataSheet.KEY_VERIFICHE));
        assertEquals("", values.get(MetadataSheet.KEY_LOCKED));
    }

    private static String topLeft(XSSFSheet sheet, Cell c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(c)) {
                return new CellReference(m.getFirstRow(), m.getFirstColumn()).formatAsString();
            }
        }
        return c.getAddress().formatAsString();
    }

    static XSSFDataValidation validationAt(XSSFCell cell) {
        for (XSSFDataValidation dv : cell.getSheet().getDataValidations()) {
            for (CellRangeAddress r : dv.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(cell)) {
                    return dv;
                }
            }
        }
        return null;
    }
}
