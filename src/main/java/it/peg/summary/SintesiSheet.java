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

    /**
     * The Sintesi sheet as text: its worksheet XML up to and including the key figures' rows ({@code head}), the
     * writer of the charts' data rows (a row per service, a row per band) streamed after them, the XML after the
     * rows, the shared strings of the key figures, the two charts and their drawing, and the emblem's PNG.
     */
    record Parts(String head, SummaryWorkbookWriter.SheetBody body, String tail, String sharedStrings, String chart1,
                 String chart2, String drawing, Optional<byte[]> emblem) {
    }

    /** The key figures, the charts over the rows streamed after them, the page set-up. */
    static Parts write(SummaryStyles st, TrafficLight lights, ConsolidationResult result) {
        SintesiCells sh = new SintesiCells();
        Settings settings = result.plan().settings();
        ScoreReport scores = result.scores();
        Verifica v = scores.verifica();
        sh.text(0, 0, "Riepilogo della performance " + settings.year(), st.title);
        sh.text(1, 0, settings.ente() + " - verifica al " + v.fullLabel()
                + (v.isFinal() ? " (finale)" : " (intermedia)"), st.subtitle);

        int r = 3;
        r = section(sh, r, "Piano", st);
        r = text(sh, r, L_ENTE, settings.ente(), st);
        r = number(sh, r, L_ANNO, BigDecimal.valueOf(settings.year()), st.label, plain(st));
        sh.text(r, 0, L_VERIFICA, st.label);
        sh.date(r++, 1, v.date(), st.date);
        sh.text(r, 0, L_DUE, st.label);
        if (v.due().isPresent()) {
            sh.date(r++, 1, v.due().get(), st.date);
        } else {
            sh.text(r++, 1, "non indicata nel piano", st.text);
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
        String formats = lights.apply(overallRow, overallRow, 1, 0);
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
        formats += lights.apply(scoresHeader + 1, scoresLast, 1, 3);
        int bandsHeader = scoresLast + 2;
        String[] bandLabels = bandLabels(result);
        Double[] bandValues = new Double[bandLabels.length];
        for (int i = 0; i < bandLabels.length; i++) {
            bandValues[i] = (double) servicesIn(result, bandLabels[i]);
        }
        int bandsLast = bandsHeader + bandLabels.length;

        SummaryCharts.Anchor scoresChart = new SummaryCharts.Anchor(0, chartsTop, COLUMNS, chartsTop + chartRows);
        SummaryCharts.Anchor bandsChart = new SummaryCharts.Anchor(0, chartsTop + chartRows + 1, COLUMNS,
                chartsTop + 2 * chartRows + 1);
        String chart1 = SummaryCharts.bar(NAME, CHART_SCORES, "Punteggio", scoresHeader + 1, scoreLabels, scoreValues,
                true);
        String chart2 = SummaryCharts.bar(NAME, CHART_BANDS, "Servizi", bandsHeader + 1, bandLabels, bandValues, false);
        // the comune's emblem at the top right of the page, beside the title (rows 1-3, column C)
        Optional<it.peg.xlsx.Emblem> emblem = it.peg.xlsx.Emblem.of(settings.logo());
        long[] rowEmu = new long[3];
        java.util.Arrays.fill(rowEmu, it.peg.xlsx.Emblem.emuOfRow(15f));
        Optional<it.peg.xlsx.Emblem.Placement> placed = emblem.map(e -> e.place(0, 2,
                new long[] {it.peg.xlsx.Emblem.emuOfColumn(WIDTHS[2])}, rowEmu));
        String drawing = SummaryCharts.drawing(scoresChart, bandsChart, placed);
        List<Integer> widths = java.util.Arrays.stream(WIDTHS).boxed().toList();
        // a page of key figures, a page of charts, then the charts' data; a portrait page, one wide, no grid
        String dimension = SheetLayout.range(0, 0, bandsLast, 1);
        String head = SheetLayout.head(true, dimension,
                "<sheetView workbookViewId=\"0\" tabSelected=\"true\" showGridLines=\"false\"/>", widths) + sh.rows();
        String tail = formats + "<printOptions gridLines=\"false\"/>" + SheetLayout.page(settings.ente(), false, 1)
                + "<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"" + chartsTop
                + "\" man=\"true\" max=\"16383\"/><brk id=\"" + (scoresHeader - 1)
                + "\" man=\"true\" max=\"16383\"/></rowBreaks><drawing r:id=\"rId1\"/></worksheet>";
        SummaryWorkbookWriter.SheetBody body = rows -> {
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
        };
        return new Parts(head, body, tail, sh.sharedStrings(), chart1, chart2, drawing,
                emblem.map(it.peg.xlsx.Emblem::png));
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

    private static CellFormat plain(SummaryStyles st) {
        return st.year;
    }

    private static int section(SintesiCells sh, int r, String title, SummaryStyles st) {
        sh.text(r, 0, title, st.subtitle);
        return r + 1;
    }

    private static int text(SintesiCells sh, int r, String label, String value, SummaryStyles st) {
        sh.text(r, 0, label, st.label);
        sh.text(r, 1, value, st.text);
        return r + 1;
    }

    private static int number(SintesiCells sh, int r, String label, BigDecimal value, CellFormat labelStyle,
                              CellFormat style) {
        sh.text(r, 0, label, labelStyle);
        sh.number(r, 1, value.doubleValue(), style);
        return r + 1;
    }

    private static int optionalNumber(SintesiCells sh, int r, String label, Optional<BigDecimal> value,
                                      CellFormat style, SummaryStyles st) {
        sh.text(r, 0, label, st.label);
        if (value.isPresent()) {
            sh.number(r, 1, value.get().doubleValue(), style);
        } else {
            sh.text(r, 1, "n.d.", st.text);
        }
        return r + 1;
    }
}
