package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.domain.Service;
import it.peg.scoring.ServiceScore;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.Optional;

/** The Servizi sheet: one row per service of the plan, with its delivery and its score. */
final class ServiziSheet {
    static final String NAME = "Servizi";
    static final List<String> HEADERS = List.of("Codice", "Servizio", "Dirigente", "Stato consegna", "Puntualità",
            "File", "Ricevuto il", "Punteggio", "Esito", "Copertura");
    static final int SCORE_COL = 7;
    private static final List<Integer> WIDTHS = List.of(10, 34, 24, 14, 12, 40, 16, 11, 22, 10);

    private ServiziSheet() {
    }

    static void write(Workbook wb, SummaryStyles st, ConsolidationResult result) {
        Sheet sh = wb.createSheet(NAME);
        SheetSupport.header(sh, 0, HEADERS, st);
        // first delivery / score per service, as the lists' findFirst gave: looked up by map, not scanned per row
        java.util.Map<String, Delivery> deliveries = new java.util.HashMap<>();
        result.deliveries().forEach(x -> deliveries.putIfAbsent(x.serviceCode(), x));
        java.util.Map<String, ServiceScore> scores = new java.util.HashMap<>();
        result.scores().services().forEach(x -> scores.putIfAbsent(x.serviceCode(), x));
        int r = 1;
        for (Service service : result.plan().services()) {
            Optional<Delivery> d = Optional.ofNullable(deliveries.get(service.code()));
            Optional<ServiceScore> score = Optional.ofNullable(scores.get(service.code()));
            SheetSupport.text(sh, r, 0, service.code(), st.text);
            SheetSupport.text(sh, r, 1, service.name(), st.wrap);
            SheetSupport.text(sh, r, 2, service.manager(), st.wrap);
            SheetSupport.text(sh, r, 3, d.map(x -> x.state().italian()).orElse(""), st.text);
            SheetSupport.text(sh, r, 4, d.flatMap(Delivery::onTime).map(ServiziSheet::punctuality).orElse(""),
                    st.text);
            SheetSupport.text(sh, r, 5, d.flatMap(Delivery::fileName).orElse(""), st.wrap);
            SheetSupport.cell(sh, r, 6, st.dateTime);
            if (d.flatMap(Delivery::received).isPresent()) {
                SheetSupport.dateTime(sh, r, 6, SummaryWorkbookWriter.local(d.get().received().get()), st.dateTime);
            }
            SheetSupport.number(sh, r, SCORE_COL, score.flatMap(ServiceScore::score), st.percent);
            SheetSupport.text(sh, r, 8, score.flatMap(ServiceScore::esito).orElse(""), st.text);
            SheetSupport.number(sh, r, 9, score.map(ServiceScore::coverage), st.percent);
            r++;
        }
        if (r > 1) {
            TrafficLight.apply(SheetSupport.xssf(sh), new CellRangeAddress(1, r - 1, SCORE_COL, SCORE_COL), result.plan().settings());
        }
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADERS.size() - 1));
        sh.createFreezePane(2, 1);
        SheetSupport.widths(sh, WIDTHS);
        SheetSupport.printLayout(sh, result.plan().settings().ente(), 1);
    }

    static String punctuality(boolean onTime) {
        return onTime ? "puntuale" : "in ritardo";
    }
}
