package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.consolidate.DeliveryState;
import it.peg.domain.Band;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Severity;
import it.peg.domain.Verifica;
import it.peg.scoring.Distribution;
import it.peg.scoring.ScoreReport;
import it.peg.scoring.ServiceScore;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Sintesi sheet: the pages the controllo di gestione and the Nucleo read first. Printed A4 portrait, one page
 * wide at 8 points or more: the key figures on the first page, the two charts one above the other on the second, the
 * charts' data (a row per service, a row per esito) from the third.
 */
final class SintesiSheet {
    static final String NAME = "Sintesi";
    /** Labels of the key figures, also used by tests to find them. */
    static final String L_ENTE = "Ente";
    static final String L_ANNO = "Anno";
    static final String L_VERIFICA = "Verifica";
    static final String L_DUE = "Scadenza consegna";
    static final String L_EXPECTED = "Servizi attesi";
    static final String L_RECEIVED = "Servizi che hanno inviato un file";
    static final String L_COMPLETE = "Schede complete";
    static final String L_INCOMPLETE = "Schede incomplete";
    static final String L_EMPTY = "Schede non compilate";
    static final String L_REJECTED = "Consegne scartate";
    static final String L_MISSING = "Servizi mancanti";
    static final String L_REPORTING = "Tasso di consegna (complete e incomplete / attese)";
    static final String L_COMPLETENESS = "Tasso di completezza (complete / attese)";
    static final String L_OVERALL_COVERAGE = "Copertura del punteggio complessivo";
    static final String L_ON_TIME = "Tasso di puntualità (puntuali / attese)";
    static final String L_OVERALL = "Punteggio complessivo";
    static final String L_ESITO = "Esito complessivo";
    static final String CHART_SCORES = "Punteggio per servizio";
    static final String CHART_BANDS = "Servizi per esito";
    static final String NOT_SCORED = "Non valutato";
    /**
     * Column widths in characters: labels, values, the emblem's column. 88 characters print one portrait page wide at
     * 86% where LibreOffice sets Calibri in DejaVu Sans, the charts' 10-point text at 8.6 points.
     */
    private static final int[] WIDTHS = {48, 30, 10};
    /** The charts span columns A to C. */
    private static final int COLUMNS = WIDTHS.length;

    private SintesiSheet() {
    }

    /** The rows of Sintesi written after POI's (the chart data, one row per service) and the sheet's used range. */
    record Streamed(String dimension, SummaryWorkbookWriter.SheetBody body) {
    }

    /**
     * Builds the key figures and the charts with XSSF; the charts' data (a row per service, a row per band)
     * is returned to be streamed after them, so that Sintesi does not hold a POI cell per service.
     */
    static Streamed write(XSSFWorkbook wb, SummaryStyles st, ConsolidationResult result) {
        XSSFSheet sh = wb.createSheet(NAME);
        Settings settings = result.plan().settings();
        ScoreReport scores = result.scores();
        Verifica v = scores.verifica();
        SheetSupport.text(sh, 0, 0, "Riepilogo della performance " + settings.year(), st.title);
        SheetSupport.text(sh, 1, 0, settings.ente() + " - verifica al " + v.fullLabel()
                + (v.isFinal() ? " (finale)" : " (intermedia)"), st.subtitle);

        int r = 3;
        r = section(sh, r, "Piano", st);
        r = text(sh, r, L_ENTE, settings.ente(), st);
        r = number(sh, r, L_ANNO, BigDecimal.valueOf(settings.year()), st.label, plain(st));
        SheetSupport.text(sh, r, 0, L_VERIFICA, st.label);
        SheetSupport.date(sh, r++, 1, Optional.of(v.date()), st.date);
        SheetSupport.text(sh, r, 0, L_DUE, st.label);
        if (v.due().isPresent()) {
            SheetSupport.date(sh, r++, 1, v.due(), st.date);
        } else {
            SheetSupport.text(sh, r++, 1, "non indicata nel piano", st.text);
        }

        List<Delivery> deliveries = result.deliveries();
        long expected = deliveries.size();
        long complete = count(deliveries, DeliveryState.COMPLETE);
        long incomplete = count(deliveries, DeliveryState.INCOMPLETE);
        long empty = count(deliveries, DeliveryState.EMPTY);
        long rejected = count(deliveries, DeliveryState.REJECTED);
        long missing = count(deliveries, DeliveryState.MISSING);
        // a blank scheda is not a delivery: it is not on time either
        long onTime = deliveries.stream().filter(d -> d.state() != DeliveryState.EMPTY && d.onTime().orElse(false))
                .count();
        r++;
        r = section(sh, r, "Consegne", st);
        r = number(sh, r, L_EXPECTED, BigDecimal.valueOf(expected), st.label, st.integer);
        r = number(sh, r, L_RECEIVED, BigDecimal.valueOf(expected - missing), st.label, st.integer);
        r = number(sh, r, L_COMPLETE, BigDecimal.valueOf(complete), st.label, st.integer);
        r = number(sh, r, L_INCOMPLETE, BigDecimal.valueOf(incomplete), st.label, st.integer);
        r = number(sh, r, L_EMPTY, BigDecimal.valueOf(empty), st.label, st.integer);
        r = number(sh, r, L_REJECTED, BigDecimal.valueOf(rejected), st.label, st.integer);
        r = number(sh, r, L_MISSING, BigDecimal.valueOf(missing), st.label, st.integer);
        r = optionalNumber(sh, r, L_REPORTING, rate(complete + incomplete, expected), st.percent, st);
        r = optionalNumber(sh, r, L_COMPLETENESS, rate(complete, expected), st.percent, st);
        r = optionalNumber(sh, r, L_ON_TIME, v.due().isPresent() ? rate(onTime, expected) : Optional.empty(),
                st.percent, st);

        r++;
        r = section(sh, r, "Risultato", st);
        int overallRow = r;
        r = optionalNumber(sh, r, L_OVERALL, scores.overall(), st.bigPercent, st);
        TrafficLight.apply(sh, new CellRangeAddress(overallRow, overallRow, 1, 1), settings);
        // the ente's score is the mean of the services valued: how many of those expected, next to it
        r = text(sh, r, L_OVERALL_COVERAGE, scores.overallCoverageText(), st);
        r = text(sh, r, L_ESITO, scores.overallEsito().orElse("non calcolabile"), st);
        Distribution dist = scores.distribution();
        r = number(sh, r, "Servizi valutati", BigDecimal.valueOf(dist.count()), st.label, st.integer);
        r = optionalNumber(sh, r, "Media dei servizi", dist.mean(), st.percent, st);
        r = optionalNumber(sh, r, "Mediana", dist.median(), st.percent, st);
        r = optionalNumber(sh, r, "Primo quartile", dist.q1(), st.percent, st);
        r = optionalNumber(sh, r, "Terzo quartile", dist.q3(), st.percent, st);
        r = optionalNumber(sh, r, "Deviazione standard", dist.stdDev(), st.percent, st);
        r = optionalNumber(sh, r, "Minimo", dist.min(), st.percent, st);
        r = optionalNumber(sh, r, "Massimo", dist.max(), st.percent, st);
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERRORE).count();
        r++;
        r = section(sh, r, "Anomalie (foglio Anomalie)", st);
        r = number(sh, r, "Errori", BigDecimal.valueOf(errors), st.label, st.integer);
        r = number(sh, r, "Avvisi", BigDecimal.valueOf(result.findings().size() - errors), st.label, st.integer);

        r++;
        // the charts under the key figures, each as wide as columns A to C, on a page of their own
        int chartRows = Math.max(18, Math.min(24, result.plan().services().size() + 12));
        int chartsTop = r;
        int scoresHeader = chartsTop + 2 * chartRows + 2;
        List<Service> services = result.plan().services();
        // first score per service, as ScoreReport.service gives: one map, not a scan of every score per service
        java.util.Map<String, ServiceScore> byCode = new java.util.HashMap<>();
        result.scores().services().forEach(x -> byCode.putIfAbsent(x.serviceCode(), x));
        String[] scoreLabels = services.isEmpty() ? new String[] {"nessun servizio"} : new String[services.size()];
        Double[] scoreValues = new Double[scoreLabels.length];
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            scoreLabels[i] = s.code() + " " + s.name();
            scoreValues[i] = Optional.ofNullable(byCode.get(s.code())).flatMap(ServiceScore::score)
                    .map(BigDecimal::doubleValue).orElse(null);
        }
        int scoresLast = scoresHeader + scoreLabels.length;
        TrafficLight.apply(sh, new CellRangeAddress(scoresHeader + 1, scoresLast, 1, 1), settings);
        int bandsHeader = scoresLast + 2;
        String[] bandLabels = bandLabels(result);
        Double[] bandValues = new Double[bandLabels.length];
        for (int i = 0; i < bandLabels.length; i++) {
            bandValues[i] = (double) servicesIn(result, bandLabels[i]);
        }
        int bandsLast = bandsHeader + bandLabels.length;

        XSSFDrawing drawing = sh.createDrawingPatriarch();
        SummaryCharts.bar(drawing, sh, CHART_SCORES, "Punteggio", scoresHeader + 1, scoreLabels, scoreValues, 0,
                COLUMNS, chartsTop, chartsTop + chartRows, true);
        SummaryCharts.bar(drawing, sh, CHART_BANDS, "Servizi", bandsHeader + 1, bandLabels, bandValues, 0, COLUMNS,
                chartsTop + chartRows + 1, chartsTop + 2 * chartRows + 1, false);

        for (int c = 0; c < WIDTHS.length; c++) {
            sh.setColumnWidth(c, WIDTHS[c] * 256);
        }
        // the comune's emblem at the top right of the page, beside the title (rows 1-3, column C)
        it.peg.xlsx.Emblem.of(settings.logo()).ifPresent(e -> e.draw(sh, 0, 2, 2, 2));
        SheetSupport.printLayout(sh, settings.ente(), 0);
        SheetSupport.portrait(sh);
        // a page of key figures, a page of charts, then the charts' data
        sh.setRowBreak(chartsTop - 1);
        sh.setRowBreak(scoresHeader - 2);
        sh.setDisplayGridlines(false);
        sh.setPrintGridlines(false);
        String dimension = new CellRangeAddress(0, bandsLast, 0, 1).formatAsString();
        return new Streamed(dimension, rows -> {
            rows.row(scoresHeader);
            rows.text(0, CHART_SCORES, st.header);
            rows.text(1, "Punteggio", st.header);
            for (int i = 0; i < scoreLabels.length; i++) {
                rows.row(scoresHeader + 1 + i);
                rows.text(0, scoreLabels[i], st.text);
                if (services.isEmpty()) {
                    continue;
                }
                if (scoreValues[i] != null) {
                    rows.number(1, scoreValues[i], st.percent);
                } else {
                    rows.blank(1, st.percent);
                }
            }
            rows.row(bandsHeader);
            rows.text(0, CHART_BANDS, st.header);
            rows.text(1, "Servizi", st.header);
            for (int i = 0; i < bandLabels.length; i++) {
                rows.row(bandsHeader + 1 + i);
                rows.text(0, bandLabels[i], st.text);
                rows.number(1, bandValues[i], st.integer);
            }
        });
    }

    /** The esito bands of the plan plus the unscored, the categories of the second chart. */
    private static String[] bandLabels(ConsolidationResult result) {
        List<String> labels = new ArrayList<>();
        for (Band b : result.plan().settings().bands()) {
            labels.add(b.esito());
        }
        labels.add(NOT_SCORED);
        return labels.toArray(String[]::new);
    }

    /** Number of services in an esito band (or unscored). */
    private static long servicesIn(ConsolidationResult result, String label) {
        return result.scores().services().stream()
                .filter(s -> label.equals(NOT_SCORED) ? s.score().isEmpty()
                        : s.score().isPresent() && s.esito().map(label::equals).orElse(false))
                .count();
    }

    private static long count(List<Delivery> deliveries, DeliveryState state) {
        return deliveries.stream().filter(d -> d.state() == state).count();
    }

    private static Optional<BigDecimal> rate(long part, long whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
    }

    private static XSSFCellStyle plain(SummaryStyles st) {
        return st.year;
    }

    private static int section(XSSFSheet sh, int r, String title, SummaryStyles st) {
        SheetSupport.text(sh, r, 0, title, st.subtitle);
        return r + 1;
    }

    private static int text(XSSFSheet sh, int r, String label, String value, SummaryStyles st) {
        SheetSupport.text(sh, r, 0, label, st.label);
        SheetSupport.text(sh, r, 1, value, st.text);
        return r + 1;
    }

    private static int number(XSSFSheet sh, int r, String label, BigDecimal value, XSSFCellStyle labelStyle,
                              XSSFCellStyle style) {
        SheetSupport.text(sh, r, 0, label, labelStyle);
        SheetSupport.number(sh, r, 1, Optional.of(value), style);
        return r + 1;
    }

    private static int optionalNumber(XSSFSheet sh, int r, String label, Optional<BigDecimal> value,
                                      XSSFCellStyle style, SummaryStyles st) {
        SheetSupport.text(sh, r, 0, label, st.label);
        if (value.isPresent()) {
            SheetSupport.number(sh, r, 1, value, style);
        } else {
            SheetSupport.text(sh, r, 1, "n.d.", st.text);
        }
        return r + 1;
    }
}
