package it.peg.summary;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static it.peg.summary.SummaryTestSupport.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SintesiSheetTest {

    @Test
    void keyFiguresCountDeliveriesAgainstThePlan() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Sintesi");
            assertEquals("Comune di Serravalle Pistoiese", labelled(s, SintesiSheet.L_ENTE).getStringCellValue());
            assertEquals(2018, labelled(s, SintesiSheet.L_ANNO).getNumericCellValue());
            assertEquals("30/09/2018", new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(labelled(s, SintesiSheet.L_VERIFICA)));
            assertEquals(4, labelled(s, SintesiSheet.L_EXPECTED).getNumericCellValue());
            assertEquals(3, labelled(s, SintesiSheet.L_RECEIVED).getNumericCellValue());
            assertEquals(2, labelled(s, SintesiSheet.L_COMPLETE).getNumericCellValue());
            assertEquals(0, labelled(s, SintesiSheet.L_INCOMPLETE).getNumericCellValue());
            assertEquals(0, labelled(s, SintesiSheet.L_EMPTY).getNumericCellValue());
            assertEquals(1, labelled(s, SintesiSheet.L_REJECTED).getNumericCellValue());
            assertEquals(1, labelled(s, SintesiSheet.L_MISSING).getNumericCellValue());
            assertEquals(0.5, labelled(s, SintesiSheet.L_REPORTING).getNumericCellValue(), 1e-9);
            // S01 and S03 delivered by 15/10; S02 late; S04 missing
            assertEquals(0.5, labelled(s, SintesiSheet.L_ON_TIME).getNumericCellValue(), 1e-9);
            assertEquals(0.72, labelled(s, SintesiSheet.L_OVERALL).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", labelled(s, SintesiSheet.L_OVERALL).getCellStyle().getDataFormatString());
            assertEquals("Parzialmente raggiunto", labelled(s, SintesiSheet.L_ESITO).getStringCellValue());
            assertEquals("2 servizi valutati su 4 attesi (50%)",
                    labelled(s, SintesiSheet.L_OVERALL_COVERAGE).getStringCellValue());
            assertEquals(0.5, labelled(s, "Primo quartile").getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void hasABarChartOfScoresAndOneOfTheDistribution() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Sintesi");
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            assertEquals(SintesiSheet.CHART_SCORES, charts.get(0).getTitleText().getString());
            assertEquals(SintesiSheet.CHART_BANDS, charts.get(1).getTitleText().getString());
            XDDFBarChartData scores = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertEquals(4, scores.getSeries(0).getCategoryData().getPointCount());
            assertEquals("S01 Ragioneria", scores.getSeries(0).getCategoryData().getPointAt(0));
            XDDFBarChartData bands = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
            // three bands plus "Non valutato"
            assertEquals(4, bands.getSeries(0).getCategoryData().getPointCount());
            assertEquals(2.0, bands.getSeries(0).getValuesData().getPointAt(3).doubleValue());
        }
    }

    @Test
    void overallScoreHasTrafficLights() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Sintesi");
            assertTrue(s.getSheetConditionalFormatting().getNumConditionalFormattings() >= 2);
            assertEquals(3, s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules());
            assertEquals(CellType.NUMERIC, labelled(s, SintesiSheet.L_OVERALL).getCellType());
        }
    }
}
