package it.peg.summary;

import it.peg.xlsx.Emblem;

import java.util.Optional;

/**
 * Native Excel bar charts over a label column (A) and a value column (B) of the Sintesi sheet, and the drawing that
 * holds them (and the comune's emblem), written as DrawingML text as POI's XDDF wrote them: the series refer to the
 * cells and cache their values, given here since the rows are streamed after.
 */
final class SummaryCharts {
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /** A column of POI's default width (64 pixels), in EMU, as POI sized a chart's frame. */
    private static final long DEFAULT_COLUMN_EMU = 533_400;
    /** A row of the default 15 points (20 pixels), in EMU. */
    private static final long DEFAULT_ROW_EMU = 190_500;

    private SummaryCharts() {
    }

    /** A chart's place: columns {@code col1} to {@code col2} (exclusive), rows {@code row1} to {@code row2}. */
    record Anchor(int col1, int row1, int col2, int row2) {
    }

    /**
     * A column chart of rows {@code firstRow..} of the sheet: labels in column A, values in column B.
     *
     * @param values  one per label; null for a blank cell
     * @param percent values are fractions: the axis shows percentages from 0%
     */
    static String bar(String sheet, String title, String seriesTitle, int firstRow, String[] labels, Double[] values,
                      boolean percent) {
        int lastRow = firstRow + labels.length - 1;
        StringBuilder s = new StringBuilder(1024 + 48 * labels.length).append(SheetLayout.XML_DECL)
                .append("<c:chartSpace xmlns:c=\"").append(CHART_NS).append("\" xmlns:a=\"").append(A_NS)
                .append("\"><c:chart><c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/>"
                        + "<a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"en\"/><a:t>")
                .append(XmlText.text(title))
                .append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/>"
                        + "<c:overlay val=\"false\"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>"
                        + "<c:varyColors val=\"false\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>")
                .append(XmlText.text(seriesTitle))
                .append("</c:v></c:tx><c:spPr><a:solidFill><a:prstClr val=\"")
                .append(percent ? "steelBlue" : "dkOrange")
                .append("\"/></a:solidFill></c:spPr><c:cat><c:strRef><c:f>")
                .append(SheetLayout.absolute(sheet, firstRow, 0, lastRow, 0))
                .append("</c:f><c:strCache><c:ptCount val=\"").append(labels.length).append("\"/>");
        for (int i = 0; i < labels.length; i++) {
            s.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(XmlText.text(labels[i]))
                    .append("</c:v></c:pt>");
        }
        s.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
                .append(SheetLayout.absolute(sheet, firstRow, 1, lastRow, 1)).append("</c:f>");
        numCache(s, values);
        s.append("</c:numRef></c:val></c:ser><c:gapWidth val=\"60\"/><c:axId val=\"0\"/><c:axId val=\"1\"/>"
                + "</c:barChart><c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
                + "<c:delete val=\"false\"/><c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>"
                + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
                + "<c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx><c:valAx><c:axId val=\"1\"/>"
                + "<c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0.0\"/></c:scaling><c:delete val=\"false\"/>"
                + "<c:axPos val=\"l\"/><c:numFmt formatCode=\"").append(percent ? "0%" : "0")
                .append("\" sourceLinked=\"true\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>"
                        + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/>"
                        + "<c:crossBetween val=\"midCat\"/>")
                .append(percent ? "" : "<c:majorUnit val=\"1.0\"/>")
                .append("</c:valAx></c:plotArea><c:plotVisOnly val=\"true\"/></c:chart><c:printSettings>"
                        + "<c:headerFooter/><c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" "
                        + "footer=\"0.3\"/><c:pageSetup/></c:printSettings></c:chartSpace>");
        return s.toString();
    }

    /** The values' cache: blank cells have no point; no point at all, an empty cache (as POI left it). */
    private static void numCache(StringBuilder s, Double[] values) {
        boolean any = false;
        for (Double v : values) {
            any |= v != null;
        }
        if (!any) {
            s.append("<c:numCache/>");
            return;
        }
        s.append("<c:numCache><c:ptCount val=\"").append(values.length).append("\"/>");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                s.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values[i].doubleValue())
                        .append("</c:v></c:pt>");
            }
        }
        s.append("</c:numCache>");
    }

    /** The drawing of the two charts ({@code rId1}, {@code rId2}) and, when there is one, the emblem ({@code rId3}). */
    static String drawing(Anchor first, Anchor second, Optional<Emblem.Placement> emblem) {
        StringBuilder s = new StringBuilder(3072).append(SheetLayout.XML_DECL)
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
                        + "xmlns:a=\"").append(A_NS).append("\" xmlns:c=\"").append(CHART_NS).append("\" xmlns:r=\"")
                .append(SheetLayout.REL_NS).append("\">");
        frame(s, first, 0);
        frame(s, second, 1);
        emblem.ifPresent(e -> picture(s, e));
        return s.append("</xdr:wsDr>").toString();
    }

    private static void frame(StringBuilder s, Anchor a, int n) {
        s.append("<xdr:twoCellAnchor editAs=\"twoCell\">");
        corner(s, "from", a.col1(), 0, a.row1(), 0);
        corner(s, "to", a.col2(), 0, a.row2(), 0);
        s.append("<xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(n).append("\" name=\"Diagramm")
                .append(n).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/>"
                        + "<a:ext cx=\"").append((a.col2() - a.col1()) * DEFAULT_COLUMN_EMU).append("\" cy=\"")
                .append((a.row2() - a.row1()) * DEFAULT_ROW_EMU)
                .append("\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"").append(CHART_NS)
                .append("\"><c:chart r:id=\"rId").append(n + 1)
                .append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
    }

    private static void picture(StringBuilder s, Emblem.Placement p) {
        s.append("<xdr:twoCellAnchor editAs=\"oneCell\">");
        corner(s, "from", p.col1(), p.dx1(), p.row1(), p.dy1());
        corner(s, "to", p.col2(), p.dx2(), p.row2(), p.dy2());
        s.append("<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"3\" name=\"Picture 1\" descr=\"Picture\"/><xdr:cNvPicPr>"
                        + "<a:picLocks noChangeAspect=\"true\"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill>"
                        + "<a:blip r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr>"
                        + "<a:xfrm><a:off x=\"").append(p.dx1()).append("\" y=\"").append(p.dy1())
                .append("\"/><a:ext cx=\"").append(p.width()).append("\" cy=\"").append(p.height())
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>"
                        + "<xdr:clientData/></xdr:twoCellAnchor>");
    }

    private static void corner(StringBuilder s, String which, int col, long colOff, int row, long rowOff) {
        s.append("<xdr:").append(which).append("><xdr:col>").append(col).append("</xdr:col><xdr:colOff>")
                .append(colOff).append("</xdr:colOff><xdr:row>").append(row).append("</xdr:row><xdr:rowOff>")
                .append(rowOff).append("</xdr:rowOff></xdr:").append(which).append('>');
    }
}
