package it.peg.italian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every target string of the four source documents (/work/shared/source-documents), with the meaning
 * peg gives it and whether check will show an interpretation. Columns: document, plan year, text,
 * expected meaning (see {@link TargetExpectation}), interpreted.
 */
class TargetParserSourceDocumentsTest {

    @ParameterizedTest(name = "{0}: [{2}] -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // Firenze 2017, ZN08, "Valore Atteso"
        "Firenze 2017 | 2017 | 1200/3        | R:1200/3        | false",
        "Firenze 2017 | 2017 | 55/55         | R:55/55         | false",
        "Firenze 2017 | 2017 | 31900/39365   | R:31900/39365   | false",
        "Firenze 2017 | 2017 | 40/25         | R:40/25         | false",
        "Firenze 2017 | 2017 | 2000/5        | R:2000/5        | false",
        "Firenze 2017 | 2017 | 20/40         | R:20/40         | false",
        "Firenze 2017 | 2017 | 184000/190000 | R:184000/190000 | false",
        "Firenze 2017 | 2017 | 0,00          | N:0             | false",
        "Firenze 2017 | 2017 | 31/12/2017    | D:2017-12-31    | false",
        "Firenze 2017 | 2017 | 20/23         | R:20/23         | false",
        "Firenze 2017 | 2017 | 520/520       | R:520/520       | false",
        "Firenze 2017 | 2017 | 200/200       | R:200/200       | false",
        "Firenze 2017 | 2017 | 4             | N:4             | false",
        "Firenze 2017 | 2017 | 7/1           | R:7/1           | false",
        "Firenze 2017 | 2017 | 400/1         | R:400/1         | false",
        "Firenze 2017 | 2017 | 8/8           | R:8/8           | false",
        "Firenze 2017 | 2017 | 100%          | P:1             | false",
        "Firenze 2017 | 2017 | 36/9          | R:36/9          | false",
        "Firenze 2017 | 2017 | 3000/19       | R:3000/19       | false",
        "Firenze 2017 | 2017 | 1550/3        | R:1550/3        | false",
        "Firenze 2017 | 2017 | 550/1850      | R:550/1850      | false",
        "Firenze 2017 | 2017 | 4/4           | R:4/4           | false",
        "Firenze 2017 | 2017 | 75/100        | R:75/100        | false",
        // Firenze 2021, ZN08, "Valore Atteso"
        "Firenze 2021 | 2021 | SI            | SI              | false",
        "Firenze 2021 | 2021 | 10/10         | R:10/10         | false",
        "Firenze 2021 | 2021 | 23/23         | R:23/23         | false",
        "Firenze 2021 | 2021 | =>4           | N>=:4           | false",
        "Firenze 2021 | 2021 | 24000         | N:24000         | false",
        "Firenze 2021 | 2021 | 250/75        | R:250/75        | false",
        "Firenze 2021 | 2021 | 8             | N:8             | false",
        "Firenze 2021 | 2021 | 1100          | N:1100          | false",
        "Firenze 2021 | 2021 | 2             | N:2             | false",
        "Firenze 2021 | 2021 | 12            | N:12            | false",
        "Firenze 2021 | 2021 | 75%           | P:0.75          | false",
        "Firenze 2021 | 2021 | 28/14         | R:28/14         | false",
        // Serravalle Pistoiese 2018, "Valore atteso (da riempire)"
        "Serravalle 2018 | 2018 | 17/03/2018     | D:2018-03-17 | false",
        "Serravalle 2018 | 2018 | Settembre 2018 | D:2018-09-30 | true",
        "Serravalle 2018 | 2018 | 31/12/18       | D:2018-12-31 | true",
        "Serravalle 2018 | 2018 | 30/09/2018     | D:2018-09-30 | false",
        "Serravalle 2018 | 2018 | 30 Giugno 2018 | D:2018-06-30 | false",
        "Serravalle 2018 | 2018 | 30 Settembre 2018 | D:2018-09-30 | false",
        "Serravalle 2018 | 2018 | 31 Ottobre 2018 | D:2018-10-31 | false",
        "Serravalle 2018 | 2018 | 01/04/18       | D:2018-04-01 | true",
        "Serravalle 2018 | 2018 | Da effettuarsi durante l'anno solare | Q | true",
        "Serravalle 2018 | 2018 | 31/12/2018     | D:2018-12-31 | false",
        "Serravalle 2018 | 2018 | 01/01/2018     | D:2018-01-01 | false",
        "Serravalle 2018 | 2018 | 30/06/2018     | D:2018-06-30 | false",
        // Trezzo sull'Adda 2022, "Target"
        "Trezzo 2022 | 2022 | =>15     | N>=:15       | false",
        "Trezzo 2022 | 2022 | =>20     | N>=:20       | false",
        "Trezzo 2022 | 2022 | =7       | N=:7         | false",
        "Trezzo 2022 | 2022 | 31.12    | D:2022-12-31 | true",
        "Trezzo 2022 | 2022 | >=5      | N>=:5        | false",
        "Trezzo 2022 | 2022 | >=8      | N>=:8        | false",
        "Trezzo 2022 | 2022 | Almeno 1 | N>=:1        | true",
    })
    void readsEverySourceTarget(String document, int year, String text, String expected, boolean interpreted) {
        ParsedTarget parsed = TargetParser.parse(text, year);
        assertTrue(parsed.isValid(), () -> document + " '" + text + "': " + parsed.error());
        assertEquals(text, parsed.spec().text());
        TargetExpectation.check(text, expected, parsed.spec().target());
        assertEquals(interpreted, parsed.spec().interpretation().isPresent(),
                () -> document + " '" + text + "' interpretation: " + parsed.spec().interpretation());
    }
}
