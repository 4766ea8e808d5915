package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What Excel (it-IT) stores for the keystrokes LibreOfficeKeyboardIT types, written into generated schede as Excel
 * writes them: a number in the cell, which keeps its style. In a % cell Excel stores the fraction for {@code 88},
 * {@code 88%} and {@code 93,5%}, and multiplies a number under 1 by 100 ({@code 0,85} is 85%); a typed date is its
 * serial in the date-formatted cell; {@code 1.234,5} and {@code -1.234,5} are plain numbers. Each reads back as the
 * same value LibreOffice's typing gives (or, for {@code 0,85}, as the 85% Excel shows), with no finding.
 */
class ExcelStoredFormsTest {
    @TempDir
    Path dir;

    /** Stores each number in its named cell as Excel does (value only, the cell's style kept). */
    private static Path store(Path in, Path out, Map<String, Double> numbers) throws Exception {
        try (InputStream is = Files.newInputStream(in); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            for (Map.Entry<String, Double> e : numbers.entrySet()) {
                CellReference ref = new CellReference(wb.getName(e.getKey()).getRefersToFormula());
                XSSFCell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                cell.setCellValue(e.getValue());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    private void assertReadAsMeant(String planName, String service, Map<String, Double> stored, Map<String, String> meant)
            throws Exception {
        Plan plan = TypedReadBack.plan(planName);
        Path blank = TypedReadBack.scheda(plan, service, dir.resolve(planName + ".xlsx"));
        Path file = store(blank, dir.resolve(planName + " excel.xlsx"), stored);
        ValidationResult r = TypedReadBack.validate(plan, file);
        assertEquals(meant, TypedReadBack.values(plan, r.submission().orElseThrow()));
        List<Finding> other = r.findings().stream().filter(f -> !f.code().equals(FindingCode.CAUSA_MANCANTE.code())).toList();
        assertEquals(List.of(), other);
    }

    @Test
    void percentFractionsAndNumbersAsExcelStoresThem() throws Exception {
        Map<String, Double> stored = new LinkedHashMap<>();
        stored.put("IN_2021_ZN08_12_0630", 0.88);      // 88 or 88%
        stored.put("IN_2021_ZN08_12_1231", 0.85);      // 0,85: Excel makes it 85%
        stored.put("IN_2021_ZN08_02_0630_NUM", 2.0);
        stored.put("IN_2021_ZN08_02_0630_DEN", 20.0);
        stored.put("IN_2021_ZN08_05_1231", 24000.0);   // 24.000
        stored.put("IN_2021_ZN08_04_1231", 4.5);       // 4,5
        assertReadAsMeant("firenze-2021", "ZN08", stored, Map.of("IN_2021_ZN08_12_0630", "0.88",
                "IN_2021_ZN08_12_1231", "0.85", "IN_2021_ZN08_02_0630_NUM", "2", "IN_2021_ZN08_02_0630_DEN", "20",
                "IN_2021_ZN08_05_1231", "24000", "IN_2021_ZN08_04_1231", "4.5"));
    }

    @Test
    void dateSerialsProgressAndNegativesAsExcelStoresThem() throws Exception {
        Map<String, Double> stored = new LinkedHashMap<>();
        stored.put("IN_ASS_SOC_1_I4_0630", 44742.0);   // 30/06/2022
        stored.put("IN_ASS_SOC_1_I4_1231", 44743.0);   // 1/7/22
        stored.put("IN_ASS_SOC_1_I1_0630", 2.0);
        stored.put("IN_ASS_SOC_2_I1_1231", 1234.5);    // 1.234,5
        stored.put("DATO_ASS_SOC_D04_2022", 1234.5);   // 1.234,5 (a negative count is refused: SubmissionValidatorTest)
        assertReadAsMeant("trezzo-2022", "ASS_SOC", stored, Map.of("IN_ASS_SOC_1_I4_0630", "2022-06-30",
                "IN_ASS_SOC_1_I4_1231", "2022-07-01", "IN_ASS_SOC_1_I1_0630", "2", "IN_ASS_SOC_2_I1_1231", "1234.5",
                "DATO_ASS_SOC_D04_2022", "1234.5"));
        Map<String, Double> progress = new LinkedHashMap<>();
        progress.put("IN_SS_OB4_I2_0930", 0.6);        // 60 or 60%
        progress.put("IN_SS_OB4_I2_1231", 1.0);        // 100
        progress.put("IN_SS_OB1_I1_0930", 43176.0);    // 17/03/2018
        assertReadAsMeant("serravalle-2018", "SS", progress, Map.of("IN_SS_OB4_I2_0930", "0.6",
                "IN_SS_OB4_I2_1231", "1", "IN_SS_OB1_I1_0930", "2018-03-17"));
    }
}
