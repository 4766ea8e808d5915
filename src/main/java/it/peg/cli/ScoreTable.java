package it.peg.cli;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.domain.Finding;
import it.peg.domain.Plural;
import it.peg.domain.Service;
import it.peg.scoring.ServiceScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The short score table printed at the end of consolidate and demo. */
final class ScoreTable {
    private ScoreTable() {
    }

    /**
     * One line per service of the plan (its delivery, score, coverage, esito and how many findings the file that
     * counts has), a title, a heading and the ENTE line: the console's view of a verifica, whatever its size.
     */
    static void print(ConsolidationResult result, Console console) {
        int row = esitoWidth(result);
        Map<String, List<Finding>> byFile = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::file, LinkedHashMap::new, Collectors.toList()));
        Map<String, Delivery> deliveries = new HashMap<>();
        result.deliveries().forEach(d -> deliveries.putIfAbsent(d.serviceCode(), d));
        console.result("Verifica al " + result.scores().verifica().fullLabel() + " - "
                + result.plan().settings().ente() + " " + result.plan().settings().year());
        console.result(line(row, "Codice", "Servizio", "Consegna", "Punteggio",
                "Copertura", "Esito", "Segnalazioni"));
        for (Service s : result.plan().services()) {
            Optional<ServiceScore> score = result.scores().service(s.code());
            Optional<Delivery> d = Optional.ofNullable(deliveries.get(s.code()));
            String findings = d.flatMap(Delivery::fileName).map(f -> byFile.getOrDefault(f, List.of()))
                    .map(ScoreTable::findings).orElse("");
            console.result(line(row, clip(s.code(), 12), clip(s.name(), 36),
                    d.map(ScoreTable::delivery).orElse(""), score.flatMap(ServiceScore::score).map(ScoreTable::percent).orElse("-"),
                    score.map(ServiceScore::coverage).map(ScoreTable::percent).orElse("-"),
                    score.flatMap(ServiceScore::esito).orElse(""), findings).stripTrailing());
        }
        // the ente's score is the mean of the services valued: its coverage says of how many
        console.result(line(row, "", "ENTE", "",
                result.scores().overall().map(ScoreTable::percent).orElse("-"),
                result.scores().overallCoverage().map(ScoreTable::percent).orElse("-"),
                result.scores().overallEsito().orElse(""), result.scores().overallCoverageText()).stripTrailing());
    }

    /** The Esito column as wide as the plan's longest esito ("Parzialmente raggiunto"), so rows align. */
    private static int esitoWidth(ConsolidationResult result) {
        return Math.max("Esito".length(),
                result.plan().settings().bands().stream().mapToInt(b -> b.esito().length()).max().orElse(0));
    }

    /**
     * A row of the table, as {@code String.format("%-12s %-36s %-19s %10s %10s  %-<esito>s %s", ...)} writes it:
     * written by hand because a table of 2,000 services formatted by {@code Formatter} cost some 25 ms and as much
     * again of C1 compiling it in a consolidate (docs/performance.md, "h28-cons"). ScoreTableTest compares the two.
     */
    static String line(int esito, String code, String name, String delivery, String score, String coverage,
                       String esitoText, String findings) {
        StringBuilder b = new StringBuilder(128);
        left(b, code, 12).append(' ');
        left(b, name, 36).append(' ');
        left(b, delivery, 19).append(' ');
        right(b, score, 10).append(' ');
        right(b, coverage, 10).append("  ");
        left(b, esitoText, esito).append(' ');
        return b.append(findings).toString();
    }

    private static StringBuilder left(StringBuilder b, String s, int width) {
        b.append(s);
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b;
    }

    private static StringBuilder right(StringBuilder b, String s, int width) {
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s);
    }

    /** "nessuna", or "1 errore, 2 avvisi". */
    static String findings(List<Finding> findings) {
        return findings.isEmpty() ? "nessuna" : Plural.totals(findings);
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
