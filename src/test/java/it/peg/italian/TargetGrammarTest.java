package it.peg.italian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the target grammar, one row per form (docs/scoring-rules.md, "Target grammar"). */
class TargetGrammarTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // comparators in words and symbols
        "superiore ad 2                | N>=:2",
        "superiore a 2                 | N>=:2",
        "pari a 100                    | N=:100",
        "pari al 100%                  | P=:1",
        "max 30                        | N<=:30",
        "max. 30 gg                    | N<=:30",
        "min 12                        | N>=:12",
        "fino a 15                     | N<=:15",
        "fino al 5%                    | P<=:0.05",
        "oltre 1.000                   | N>=:1000",
        "non superiore al 5%           | P<=:0.05",
        "non inferiore all'80%         | P>=:0.8",
        "non inferiore a 80%           | P>=:0.8",
        "non meno del 90%              | P>=:0.9",
        "inferiore al 3%               | P<=:0.03",
        "almeno il 95%                 | P>=:0.95",
        "<=30gg                        | N<=:30",
        "< 30 giorni                   | N<=:30",
        "≥ 98%                         | P>=:0.98",
        "sotto il 5%                   | P<=:0.05",
        "più di 10                     | N>=:10",
        "pari o superiore al 90%       | P>=:0.9",
        // units glued or spaced
        "30gg                          | N:30",
        "30 gg                         | N:30",
        "30 giorni                     | N:30",
        "entro 30 giorni lavorativi    | N<=:30",
        "95 per cento                  | P:0.95",
        "95 percento                   | P:0.95",
        "almeno 95 per cento           | P>=:0.95",
        "48 ore                        | N:48",
        "entro 48h                     | N<=:48",
        "5.000 euro                    | N:5000",
        "€ 5.000                       | N:5000",
        "5.000€                        | N:5000",
        // magnitudes and counts
        "10 mila                       | N:10000",
        "10mila                        | N:10000",
        "1,5 milioni                   | N:1500000",
        "1,5 mln                       | N:1500000",
        "1,5 milioni di euro           | N:1500000",
        "€ 2 mln                       | N:2000000",
        "2 mld                         | N:2000000000",
        "n. 12                         | N:12",
        "nr. 12                        | N:12",
        "n° 12                         | N:12",
        "almeno n. 4 incontri          | N>=:4",
        // ratios in words
        "1500 su 2000                  | R:1500/2000",
        "almeno 45 su 50               | R:45/50",
        // ranges
        "tra 5 e 10                    | B:5..10",
        "da 5 a 10                     | B:5..10",
        "tra il 90% e il 95%           | BP:0.9..0.95",
        "compreso tra 5 e 10 giorni    | B:5..10",
        "fra 10 e 5                    | B:5..10",
        // periods as deadlines
        "entro l'anno                  | D:2026-12-31",
        "entro l’anno 2026             | D:2026-12-31",
        "fine anno                     | D:2026-12-31",
        "entro fine anno               | D:2026-12-31",
        "entro la fine dell'anno       | D:2026-12-31",
        "entro il 2026                 | D:2026-12-31",
        "I semestre 2026               | D:2026-06-30",
        "II semestre                   | D:2026-12-31",
        "primo trimestre               | D:2026-03-31",
        "entro il terzo trimestre      | D:2026-09-30",
        "entro il I quadrimestre       | D:2026-04-30",
        "entro giugno                  | D:2026-06-30",
        "entro fine giugno             | D:2026-06-30",
        "fine settembre 2026           | D:2026-09-30",
        // relative targets
        "+5%                           | REL:0.05",
        "+ 5 %                         | REL:0.05",
        "incremento del 10%            | REL:0.1",
        "aumento del 3 per cento       | REL:0.03",
        "riduzione del 10% rispetto al 2025        | REL:-0.1",
        "-5% rispetto all'anno precedente           | REL:-0.05",
        "+5% rispetto al 2025          | REL:0.05",
        "mantenimento                  | REL:0",
        "contenimento del 5%           | REL:-0.05",
        "+50 rispetto al 2025          | RELN:50",
        "mantenimento del livello 2025 | REL:0",
        "mantenimento del valore rispetto al 2025 | REL:0",
        // numbers that stay numbers
        "-5                            | N:-5",
        "<= 0                          | N<=:0",
        ">= 2026                       | N>=:2026",
        "95% (media annua)             | P:0.95",
        // qualitative
        "Da effettuarsi durante l'anno solare | Q",
        "anno                          | Q",
        "Miglioramento della qualità percepita | Q",
    })
    void reads(String text, String expected) {
        ParsedTarget parsed = TargetParser.parse(text, 2026);
        assertTrue(parsed.isValid(), () -> text + ": " + parsed.error());
        TargetExpectation.check(text, expected, parsed);
    }
}
