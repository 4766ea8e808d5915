package it.peg.summary;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel bar charts (POI XDDF) over a label column (A) and a value column (B) of the Sintesi sheet. */
final class SummaryCharts {
    private SummaryCharts() {
    }

    /**
     * A column chart of rows {@code firstRow..}: labels in column A, values in column B. The values are given
     * (they are the chart's cache), since the rows are streamed after the chart is built.
     *
     * @param values  one per label; null for a blank cell
     * @param anchorCol2 the column just right of the chart (exclusive), as {@code anchorRow2} the row under it
     * @param percent values are fractions: the axis shows percentages from 0%
     */
    static XSSFChart bar(XSSFDrawing drawing, XSSFSheet sheet, String title, String seriesTitle, int firstRow,
                         String[] labels, Double[] values, int anchorCol1, int anchorCol2, int anchorRow1,
                         int anchorRow2, boolean percent) {
        int lastRow = firstRow + labels.length - 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorCol1, anchorRow1, anchorCol2, anchorRow2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setMinimum(0);
        if (percent) {
            axis.setNumberFormat("0%");
        } else {
            axis.setMajorUnit(1);
            axis.setNumberFormat("0");
        }
        XDDFDataSource<String> categoryData = new StreamedLabels(labels,
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(sheet.getSheetName(), true));
        XDDFNumericalDataSource<Double> data = new StreamedValues(values,
                new CellRangeAddress(firstRow, lastRow, 1, 1).formatAsString(sheet.getSheetName(), true));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, axis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        XDDFChartData.Series series = bars.addSeries(categoryData, data);
        series.setTitle(seriesTitle, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(percent ? PresetColor.STEEL_BLUE
                : PresetColor.DARK_ORANGE)));
        series.setShapeProperties(shape);
        chart.plot(bars);
        return chart;
    }

    /*
     * The chart's data is in cells streamed later; POI is told it is a cell range (so that plot() caches the
     * values and refers to the cells) and given the values. POI's array sources would make plot() also copy
     * every point into a throwaway workbook of its own, a sixth of the summary's time for 2,000 services.
     */

    /** Column A of the chart rows. */
    private record StreamedLabels(String[] labels, String range) implements XDDFCategoryDataSource {
        @Override
        public int getPointCount() {
            return labels.length;
        }

        @Override
        public String getPointAt(int index) {
            return labels[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }

    /** Column B of the chart rows; null for a blank cell. */
    private static final class StreamedValues implements XDDFNumericalDataSource<Double> {
        private final Double[] values;
        private final String range;
        private String formatCode;

        StreamedValues(Double[] values, String range) {
            this.values = values;
            this.range = range;
        }

        @Override
        public int getPointCount() {
            return values.length;
        }

        @Override
        public Double getPointAt(int index) {
            return values[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public int getColIndex() {
            return 1;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }
}
