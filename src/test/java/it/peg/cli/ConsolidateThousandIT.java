package it.peg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, "Noise": over 1,000 workbooks consolidate printed 13,000 lines. Now one line per service plus a
 * title, a heading, the ENTE line and the summary line (1,004 lines), and with -q the summary line alone when
 * nothing blocks. An IT for its set-up time on a shared host; {@link ConsolidateConsoleTest} checks the rule.
 */
class ConsolidateThousandIT {
    static final int SERVICES = 1_000;

    @TempDir
    static Path dir;
    static ManySchede schede;

    @BeforeAll
    static void thousandWorkbooks() throws Exception {
        schede = new ManySchede(dir, SERVICES);
    }

    @Test
    void byDefaultOneLinePerServicePlusFour() {
        CliRun r = schede.consolidate(dir.resolve("riepilogo.xlsx"));
        assertEquals(0, r.exit, r.err);
        List<String> lines = r.outLines();
        assertEquals(SERVICES + 4, lines.size(), "title, heading, one line per service, ENTE, summary");
        assertTrue(lines.size() <= 1_005);
        assertEquals("Verifica al 31/12/2027 - Comune di Prova 2027", lines.get(0));
        assertEquals("Codice       Servizio                             Consegna             Punteggio  Copertura"
                + "  Esito                  Segnalazioni", lines.get(1));
        assertEquals("S0001        Servizio 0001                        completa                100,0%     100,0%"
                + "  Raggiunto              nessuna", lines.get(2));
        assertEquals("Riepilogo scritto in " + dir.resolve("riepilogo.xlsx") + " (1000 file letti, 0 errori, 0 avvisi).",
                lines.get(lines.size() - 1));
        assertEquals("", r.err);
    }

    @Test
    void quietPrintsTheSummaryLineAloneWhenNothingBlocks() {
        CliRun r = schede.consolidate(dir.resolve("quiet.xlsx"), "-q");
        assertEquals(0, r.exit, r.err);
        assertEquals(List.of("Riepilogo scritto in " + dir.resolve("quiet.xlsx")
                + " (1000 file letti, 0 errori, 0 avvisi)."), r.outLines());
        assertEquals("", r.err);
    }
}
