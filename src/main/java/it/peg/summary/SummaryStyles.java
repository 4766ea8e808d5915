package it.peg.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The few cell styles of the summary, fixed: {@code styles.xml} up to its differential formats is a resource
 * ({@code styles-head.xml}, the part POI wrote for these styles), and each style is its index in {@code cellXfs}.
 * The differential formats are the traffic lights' ({@link TrafficLight}), three per scored range.
 */
final class SummaryStyles {
    /** Bold 16 points. */
    final CellFormat title = new CellFormat(1, false);
    /** Bold 12 points. */
    final CellFormat subtitle = new CellFormat(2, false);
    /** Bold white on dark blue (1F4E79), centred, wrapped. */
    final CellFormat header = new CellFormat(3, true);
    /** Bold. */
    final CellFormat label = new CellFormat(4, false);
    /** Hair borders, top-aligned; the rest are too. */
    final CellFormat text = new CellFormat(5, false);
    final CellFormat wrap = new CellFormat(6, true);
    /** {@code #,##0.##}. */
    final CellFormat number = new CellFormat(7, false);
    /** {@code #,##0}. */
    final CellFormat integer = new CellFormat(8, false);
    /** "0", left-aligned. */
    final CellFormat year = new CellFormat(9, false);
    /** {@code 0.0%}. */
    final CellFormat percent = new CellFormat(10, false);
    /** {@code dd/mm/yyyy}. */
    final CellFormat date = new CellFormat(11, false);
    /** {@code dd/mm/yyyy hh:mm}. */
    final CellFormat dateTime = new CellFormat(12, false);
    /** Percent, bold 14 points, left-aligned. */
    final CellFormat bigPercent = new CellFormat(13, false);
    /** Light amber (FFF2CC) and unlocked: the Nucleo's columns. */
    final CellFormat editablePercent = new CellFormat(14, false);
    final CellFormat editableText = new CellFormat(15, true);
    /** Light violet (E4DFEC): rows whose score the Nucleo overrode. */
    final CellFormat overrideText = new CellFormat(16, true);
    final CellFormat overridePercent = new CellFormat(17, false);
    /** Light red (FCE4D6): flagged data (outliers, at-risk objectives). */
    final CellFormat flagText = new CellFormat(18, true);
    final CellFormat flagNumber = new CellFormat(19, false);
    final CellFormat flagPercent = new CellFormat(20, false);

    private static final String DXFS = "<dxf><font><color rgb=\"FF9C0006\"/></font><fill><patternFill "
            + "patternType=\"solid\"><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill></dxf><dxf><font><color "
            + "rgb=\"FF9C5700\"/></font><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FFFFEB9C\"/>"
            + "</patternFill></fill></dxf><dxf><font><color rgb=\"FF006100\"/></font><fill><patternFill "
            + "patternType=\"solid\"><bgColor rgb=\"FFC6EFCE\"/></patternFill></fill></dxf>";

    /** The {@code styles.xml} part, with the traffic lights of {@code trafficLights} ranges. */
    static String xml(int trafficLights) {
        StringBuilder s = new StringBuilder(head()).append("<dxfs count=\"").append(3 * trafficLights)
                .append("\">");
        for (int i = 0; i < trafficLights; i++) {
            s.append(DXFS);
        }
        return s.append("</dxfs></styleSheet>").toString();
    }

    private static String head() {
        try (InputStream in = SummaryStyles.class.getResourceAsStream("styles-head.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
