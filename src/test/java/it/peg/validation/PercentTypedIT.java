package it.peg.validation;

import it.peg.domain.Plan;
import it.peg.testutil.LoRig;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A percentage typed at the keyboard into a scheda in LibreOffice Calc it-IT (the lo-rig's keys mode): with or
 * without the {@code %}, with decimals, the cell shows what was typed, stores a number (so the live achievement, the
 * scheda's traffic light, is computed) and peg reads the same value. The trial of issue 17 found a typed {@code 88%}
 * shown as {@code 88%%} (Calc pre-fills a {@code %} in percent-formatted cells, the typed one doubled it: text), an
 * empty traffic light beside it, and a typed {@code 93,5} shown as {@code 94%} by the {@code 0%} format.
 */
class PercentTypedIT {
    @TempDir
    Path dir;

    /** Types each value, then checks what peg reads, what the cell shows and that its live achievement is a number. */
    private void typed(String planName, String service, String... nameTypedShownRead) throws Exception {
        LoRig.require();
        Plan plan = TypedReadBack.plan(planName);
        Path blank = TypedReadBack.scheda(plan, service, dir.resolve(planName + ".xlsx"));
        Path out = dir.resolve(planName + " compilata.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> shownExpected = new LinkedHashMap<>();
        Map<String, String> meant = new LinkedHashMap<>();
        for (int k = 0; k < nameTypedShownRead.length; k += 4) {
            keys.put(nameTypedShownRead[k], nameTypedShownRead[k + 1]);
            shownExpected.put(nameTypedShownRead[k], "value\t" + nameTypedShownRead[k + 2]);
            meant.put(nameTypedShownRead[k], nameTypedShownRead[k + 3]);
        }
        TypedReadBack.Filled filled = TypedReadBack.typeAndReadBack(plan, blank, out, keys, meant);
        TypedReadBack.assertNoFindingButMissingCauses(filled.result());
        LoRig.Typed t = filled.typed();

        Map<String, String> shown = new LinkedHashMap<>();
        keys.keySet().forEach(name -> {
            String[] cols = t.line(name).split("\t");
            // target, cell, typed, type, stored, shown, ...: the shown text is quoted by the rig
            shown.put(name, cols[3] + "\t" + cols[5].replaceAll("^'|'$", ""));
        });
        assertEquals(shownExpected, shown, t::report);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // the plans set these indicators' targets at the final verifica only: that is where the light is
            for (String name : keys.keySet().stream().filter(n -> n.endsWith("_1231")).toList()) {
                Cell achievement = liveAchievement(wb, name);
                assertEquals(CellType.NUMERIC, achievement.getCachedFormulaResultType(),
                        () -> name + ": the live achievement " + achievement.getCellFormula() + " is not a number");
                assertTrue(achievement.getNumericCellValue() > 0, name);
            }
        }
    }

    /** The formula cell of the input's row that computes its achievement from it (the traffic light's cell). */
    private static Cell liveAchievement(XSSFWorkbook wb, String inputName) {
        XSSFName n = wb.getName(inputName);
        CellReference at = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        Row row = wb.getSheet(at.getSheetName()).getRow(at.getRow());
        String ref = new CellReference(at.getRow(), at.getCol()).formatAsString();
        for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA && c.getCellFormula().contains("ISNUMBER(" + ref + ")")) {
                return c;
            }
        }
        StringBuilder all = new StringBuilder();
        wb.getSheet(at.getSheetName()).forEach(rw -> rw.forEach(c -> {
            if (c.getCellType() == CellType.FORMULA && c.getCellFormula().contains(ref)) {
                all.append(c.getAddress()).append('=').append(c.getCellFormula()).append('\n');
            }
        }));
        throw new AssertionError("no live achievement of " + ref + " in its row; formulas using it:\n" + all);
    }

    @Test
    void firenze2021PercentWithTheSign() throws Exception {
        typed("firenze-2021", "ZN08",
                "IN_2021_ZN08_12_0630", "93,5%", "93,5%", "0.935",
                "IN_2021_ZN08_12_1231", "88%", "88,0%", "0.88");
    }

    @Test
    void firenze2017PercentWithoutTheSign() throws Exception {
        typed("firenze-2017", "ZN08",
                "IN_2017_ZN08_18_0630", "88", "88,0%", "0.88",
                "IN_2017_ZN08_18_1231", "93,5", "93,5%", "0.935");
    }
}
