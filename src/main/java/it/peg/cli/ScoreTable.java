package it.peg.cli;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.domain.Service;
import it.peg.scoring.ServiceScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The short score table printed at the end of consolidate and demo. */
final class ScoreTable {
    private ScoreTable() {
    }

    static void print(ConsolidationResult result, Console console) {
        console.result("");
        console.result("Verifica al " + result.scores().verifica().fullLabel() + " - "
                + result.plan().settings().ente() + " " + result.plan().settings().year());
        console.result(String.format("%-12s %-36s %-19s %10s %10s  %s", "Codice", "Servizio", "Consegna", "Punteggio",
                "Copertura", "Esito"));
        for (Service s : result.plan().services()) {
            Optional<ServiceScore> score = result.scores().service(s.code());
            String delivery = result.deliveries().stream().filter(d -> d.serviceCode().equals(s.code()))
                    .findFirst().map(ScoreTable::delivery).orElse("");
            console.result(String.format("%-12s %-36s %-19s %10s %10s  %s", clip(s.code(), 12), clip(s.name(), 36),
                    delivery, score.flatMap(ServiceScore::score).map(ScoreTable::percent).orElse("-"),
                    score.map(ServiceScore::coverage).map(ScoreTable::percent).orElse("-"),
                    score.flatMap(ServiceScore::esito).orElse("")));
        }
        // the ente's score is the mean of the services valued: its coverage says of how many
        console.result(String.format("%-12s %-36s %-19s %10s %10s  %s", "", "ENTE", "",
                result.scores().overall().map(ScoreTable::percent).orElse("-"),
                result.scores().overallCoverage().map(ScoreTable::percent).orElse("-"),
                result.scores().overallEsito().map(e -> e + " - ").orElse("") + result.scores().overallCoverageText()));
    }

    private static String delivery(Delivery d) {
        return d.state().italian() + d.onTime().map(on -> on ? "" : ", in ritardo").orElse("");
    }

    static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + "%";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
