package it.peg.cli;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The score table's rows, written by hand, are what {@code String.format} wrote for them. */
class ScoreTableTest {
    private static final String[] PIECES = {"", "S0001", "Servizi sociali", "consegnata", ", in ritardo", "85,0%", "-",
        "Parzialmente raggiunto", "nessuna", "1 errore, 2 avvisi", "è", "…", "\uD83D\uDE00", " ", "x".repeat(40),
        "ENTE"};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(4); n > 0; n--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void aRowIsWhatStringFormatWrote() {
        Random r = new Random(28);
        for (int i = 0; i < 20_000; i++) {
            int esito = 5 + r.nextInt(30);
            String[] v = new String[7];
            for (int k = 0; k < v.length; k++) {
                v[k] = random(r);
            }
            String format = "%-12s %-36s %-19s %10s %10s  %-" + esito + "s %s";
            assertEquals(String.format(format, (Object[]) v),
                    ScoreTable.line(esito, v[0], v[1], v[2], v[3], v[4], v[5], v[6]), String.join("|", v));
        }
    }

    @Test
    void theHeadingAsPrinted() {
        assertEquals("Codice       Servizio                             Consegna             Punteggio  Copertura"
                        + "  Esito                  Segnalazioni",
                ScoreTable.line(22, "Codice", "Servizio", "Consegna", "Punteggio", "Copertura", "Esito",
                        "Segnalazioni"));
    }
}
