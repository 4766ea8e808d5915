package it.peg.generate;

import it.peg.domain.Plan;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A comune's template saved by a program that writes its dates another way (fixtures made by
 * {@code dates/make_dates.py} with openpyxl): ISO 8601 date cells ({@code t="d"}, which POI's schema does not know:
 * the template was "non leggibile") and the 1904 date system (every date 4 years and a day off in the scheda, which
 * generate writes in the 1900 system). Each scheda shows the dates the template shows.
 */
class TemplateDatesTest {
    /** 31/03/2025 in the 1900 date system. */
    private static final double MARCH_31 = 45747;
    /** 10:30, the fraction of a day. */
    private static final double HALF_PAST_TEN = 0.4375;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TemplateDatesTest.class.getResourceAsStream("dates/" + name + ".xlsx")) {
            return in.readAllBytes();
        }
    }

    private static XSSFWorkbook scheda(String name) throws IOException {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator g = new ServiceWorkbookGenerator(WorkbookTemplate.parse(name + ".xlsx", fixture(name)),
                "test");
        return new XSSFWorkbook(new ByteArrayInputStream(g.generate(plan, plan.service(TestPlans.FULL).orElseThrow())));
    }

    @Test
    void aTemplateWithIsoDateCellsIsUsableAndKeepsItsDateAndTime() throws IOException {
        try (XSSFWorkbook wb = scheda("iso-dates")) {
            assertFalse(wb.isDate1904());
            XSSFCell date = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(0).getCell(2);
            assertEquals(MARCH_31, date.getNumericCellValue());
            assertEquals(LocalDate.of(2025, 3, 31), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
            XSSFCell time = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(1).getCell(2);
            assertEquals(HALF_PAST_TEN, time.getNumericCellValue());
            assertEquals("hh:mm", time.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void aTemplateInThe1904DateSystemKeepsItsDatesInTheScheda() throws IOException {
        try (XSSFWorkbook wb = scheda("date1904")) {
            assertFalse(wb.isDate1904(), "a scheda is in the 1900 date system");
            XSSFCell date = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(0).getCell(2);
            assertEquals(MARCH_31, date.getNumericCellValue(), "31/03/2025, not 30/03/2021");
            XSSFCell time = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(1).getCell(2);
            assertEquals(HALF_PAST_TEN, time.getNumericCellValue(), "a time of day is the same in both systems");
        }
    }

    @Test
    void aDurationIsNotADayAndStaysInThe1904DateSystem() throws IOException {
        try (XSSFWorkbook wb = scheda("date1904")) {
            XSSFCell duration = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(2).getCell(2);
            assertEquals(1.5, duration.getNumericCellValue(), "36 hours, as the template shows them");
            assertEquals("[h]:mm", duration.getCellStyle().getDataFormatString());
        }
    }
}
