package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.domain.Service;
import it.peg.scoring.ServiceScore;

import java.util.List;
import java.util.Optional;

/** The Servizi sheet: one row per service of the plan, with its delivery and its score. */
final class ServiziSheet {
    static final String NAME = "Servizi";
    static final List<String> HEADERS = List.of("Codice", "Servizio", "Dirigente", "Stato consegna", "Puntualità",
            "File", "Ricevuto il", "Punteggio", "Esito", "Copertura", "Valori mancanti");
    static final int SCORE_COL = 7;
    private static final List<Integer> WIDTHS = List.of(10, 34, 24, 14, 12, 40, 16, 11, 22, 10, 10);

    private ServiziSheet() {
    }

    /**
     * Lays the sheet out (filter, formats, panes, print) and returns the writer of its rows, as keyed runs of
     * services ({@link KeyedRows}): a night with a few new files renders their services' runs only.
     */
    static RowSheet write(SummaryStyles st, TrafficLight lights, ConsolidationResult result) {
        List<Service> services = result.plan().services();
        int last = services.size();
        String formats = last > 0 ? lights.apply(1, last, SCORE_COL, 0) : "";
        int[] widths = SheetLayout.array(SheetLayout.fitted(WIDTHS, HEADERS));
        return RowSheet.filtered(NAME, result.plan().settings().ente(), HEADERS, WIDTHS, 2, last, "", formats,
                KeyedRows.of(NAME + "/1", widths, h -> SheetLayout.header(h, 0, HEADERS, st), last, () -> {
            // first delivery / score per service, as the lists' findFirst gave: looked up by map, not scanned per row
            java.util.Map<String, Delivery> deliveries = new java.util.HashMap<>();
            result.deliveries().forEach(x -> deliveries.putIfAbsent(x.serviceCode(), x));
            java.util.Map<String, ServiceScore> scores = new java.util.HashMap<>();
            result.scores().services().forEach(x -> scores.putIfAbsent(x.serviceCode(), x));
            return (rows, from, to) -> {
                for (int i = from; i < to; i++) {
                    Service service = services.get(i);
                    row(rows, i + 1, service, Optional.ofNullable(deliveries.get(service.code())),
                            Optional.ofNullable(scores.get(service.code())), st);
                }
            };
        }, false, ServiceInputKeys.runs(result, ServiceInputKeys.context(NAME + "/in1", HEADERS, widths),
                i -> services.get(i).code(), i -> services.get(i).code(), i -> i + 1),
                null)); // its rows read the services' scores and deliveries, which every result holds whole
    }

    private static void row(RowCells rows, int r, Service service, Optional<Delivery> d, Optional<ServiceScore> score,
                            SummaryStyles st) throws java.io.IOException {
        rows.row(r);
        rows.text(0, service.code(), st.text);
        rows.text(1, service.name(), st.wrap);
        rows.text(2, service.manager(), st.wrap);
        rows.text(3, d.map(x -> x.state().italian()).orElse(""), st.text);
        rows.text(4, d.flatMap(Delivery::onTime).map(ServiziSheet::punctuality).orElse(""), st.text);
        rows.text(5, d.flatMap(Delivery::fileName).orElse(""), st.wrap);
        if (d.flatMap(Delivery::received).isPresent()) {
            rows.instant(6, d.get().received().get(), st.dateTime);
        } else {
            rows.blank(6, st.dateTime);
        }
        rows.number(SCORE_COL, score.flatMap(ServiceScore::score), st.percent);
        rows.text(8, score.flatMap(ServiceScore::esito).orElse(""), st.text);
        rows.number(9, score.map(ServiceScore::coverage), st.percent);
        // values due at this verifica and not there: what makes a delivery incompleta
        rows.number(10, d.filter(x -> x.state().isDelivery())
                .map(x -> java.math.BigDecimal.valueOf(x.missingValues())), st.integer);
    }

    static String punctuality(boolean onTime) {
        return onTime ? "puntuale" : "in ritardo";
    }
}
