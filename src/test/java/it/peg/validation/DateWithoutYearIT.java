package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import it.peg.plan.PlanReader;
import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.testutil.LoRig;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A completion date typed without its year, {@code 30/6}, with real key events in LibreOffice Calc it-IT (the lo-rig's
 * keys mode): Calc completes it with the current year. In a scheda of last year's plan (Firenze 2017's, a year on)
 * that is not the plan's year: an error naming the cell, the value and the fix (the trial of issue 17 found only a warning, and the
 * date used).
 */
class DateWithoutYearIT {
    @TempDir
    Path dir;

    @Test
    void aDateTypedWithoutTheYearIsAnErrorNamingTheCellAndTheFix() throws Exception {
        LoRig.require();
        // the plan of last year: the scheda's date validation (plan year ± 1) lets this year's dates in
        int planYear = LocalDate.now().getYear() - 1;
        Plan plan = lastYearsPlan(planYear);
        Path blank = TypedReadBack.scheda(plan, "ZN08", dir.resolve("firenze-2017.xlsx"));
        Path typed = dir.resolve("compilata.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("IN_2017_ZN08_09_1231", "30/6");
        LoRig.Typed t = LoRig.typeAll(blank, typed, keys);

        LocalDate today = LocalDate.now();
        ReadResult read = new XlsxReturnedWorkbookReader().read(typed);
        ValidationResult r = new SubmissionValidator(today).validate(plan, read.workbook().orElseThrow());
        List<Finding> dates = r.findings().stream().filter(f -> f.code().equals(FindingCode.DATA_ANNO_IN_CORSO.code())).toList();
        String stored = LocalDate.of(today.getYear(), 6, 30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals(1, dates.size(), () -> t.report() + r.findings());
        Finding f = dates.get(0);
        assertEquals(Severity.ERRORE, f.severity());
        assertEquals(stored, f.value());
        assertEquals("La data di completamento nella cella " + f.sheet() + "!" + f.cell() + ", " + stored
                + ", è dell'anno in corso e non dell'anno del piano (" + planYear + "): probabilmente è stata scritta senza l'anno"
                + " (es. 30/6) e il foglio di calcolo l'ha completata con l'anno in corso. Scrivere la data completa,"
                + " gg/mm/aaaa (es. 30/06/" + planYear + ").", f.message());
    }

    /** Firenze 2017's plan with its Anno set to {@code year}. */
    private Plan lastYearsPlan(int year) throws Exception {
        Path file = dir.resolve("piano.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/plans/firenze-2017.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Impostazioni")) {
                if (row.getCell(0) != null && "Anno".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(year);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return PlanReader.read(file).plan().orElseThrow();
    }
}
