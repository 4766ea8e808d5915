package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.plan.PlanReader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LibreOffice's AutoInput completes what is typed into a cell from the texts of the same column (the whole column,
 * locked cells too), and Enter accepts the completion: a year or a date in the header block above the input cells
 * turned a typed {@code 2} into {@code 2018} and {@code 31} into {@code 31/12/2018}. In every generated scheda of
 * every plan fixture, no text in an input cell's column may be completed from what that input takes: no text that
 * starts like a number or a date above number, percent and date inputs, and no text beginning with a list item
 * (SI, NO, In corso, ...) above a list input. LibreOfficeKeyboardIT types the same cases for real.
 */
class AutoInputSafeLayoutTest {
    private static final WorkbookTemplate TEMPLATE = WorkbookTemplate.load(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));

    @Test
    void noInputColumnHoldsATextAnInputCouldBeCompletedFrom() throws Exception {
        List<Plan> plans = new ArrayList<>(List.of(TestPlans.full()));
        for (String name : List.of("firenze-2017", "firenze-2021", "serravalle-2018", "trezzo-2022")) {
            plans.add(PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow());
        }
        List<String> traps = new ArrayList<>();
        int columns = 0;
        for (Plan plan : plans) {
            for (Service s : plan.services()) {
                byte[] bytes = new ServiceWorkbookGenerator(TEMPLATE, "1").generate(plan, s);
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    Map<String, List<String>> takes = inputColumns(wb);
                    columns += takes.size();
                    takes.forEach((column, items) -> traps.addAll(traps(wb, s.code(), column, items)));
                }
            }
        }
        assertEquals(List.of(), traps);
        assertEquals(true, columns >= 15, "input columns checked: " + columns);
    }

    /**
     * Each input column ("Sheet!I") with what its inputs take: the list items of a list input, or {@code #} for
     * numbers, percentages and dates. Text inputs (causes, notes) are left out: completing free text is AutoInput's job.
     */
    private static Map<String, List<String>> inputColumns(XSSFWorkbook wb) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (XSSFName n : wb.getAllNames()) {
            if (n.getNameName().startsWith("PIANO_") || n.getNameName().startsWith("_xlnm")) {
                continue;
            }
            CellReference ref = new CellReference(n.getRefersToFormula());
            XSSFSheet sheet = wb.getSheet(ref.getSheetName());
            XSSFCell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            XSSFDataValidation dv = WorkbookContract.validationAt(cell);
            int type = dv.getValidationConstraint().getValidationType();
            String column = sheet.getSheetName() + "!" + CellReference.convertNumToColString(ref.getCol());
            if (type == ValidationType.LIST) {
                columns.computeIfAbsent(column, k -> new ArrayList<>())
                        .addAll(List.of(dv.getValidationConstraint().getExplicitListValues()));
            } else if (type != ValidationType.TEXT_LENGTH) {
                columns.computeIfAbsent(column, k -> new ArrayList<>()).add("#");
            }
        }
        return columns;
    }

    private static List<String> traps(XSSFWorkbook wb, String service, String column, List<String> takes) {
        XSSFSheet sheet = wb.getSheet(column.substring(0, column.indexOf('!')));
        int col = CellReference.convertColStringToIndex(column.substring(column.indexOf('!') + 1));
        List<String> found = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell cell = row == null ? null : row.getCell(col);
            if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
                continue;
            }
            String text = cell.getStringCellValue().strip();
            String folded = text.toLowerCase(Locale.ROOT);
            for (String t : takes) {
                boolean trap = t.equals("#") ? text.matches("^[0-9+\\-,.€].*")
                        : folded.startsWith(t.toLowerCase(Locale.ROOT)) && !folded.equals(t.toLowerCase(Locale.ROOT));
                if (trap) {
                    found.add(service + " " + sheet.getSheetName() + "!" + cell.getAddress() + " '" + text + "' completes "
                            + (t.equals("#") ? "a typed number or date" : "a typed " + t));
                }
            }
        }
        return found;
    }
}
