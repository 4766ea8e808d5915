package it.peg.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: help on every command, Italian usage, options named as typed, peg's own failures. */
class CommandLineTest {
    @Test
    void everyCommandAnswersHelpAndHInItalianWithExitZero() {
        for (Command c : Commands.all()) {
            for (String flag : List.of("--help", "-h")) {
                CliRun r = CliRun.run(c.name(), flag);
                assertEquals(0, r.exit, c.name() + " " + flag + "\n" + r);
                assertEquals("Uso: peg " + c.name() + " " + c.synopsis(), r.outLines().get(0), r.toString());
                assertFalse(r.out.toLowerCase().contains("usage"), r.toString());
                assertEquals("", r.err, r.toString());
            }
        }
    }

    @Test
    void helpWinsOverMissingRequiredOptionsAndOtherArguments() {
        CliRun r = CliRun.run("consolidate", "--at", "31/12/2027", "-h");
        assertEquals(0, r.exit, r.toString());
        assertEquals("Uso: peg consolidate --plan FILE --in DIR... --at DATA --out FILE.xlsx [--csv FILE.csv] [--previous FILE]",
                r.outLines().get(0));
    }

    @Test
    void validateHelpIsPinned() {
        CliRun r = CliRun.run("validate", "--help");
        assertEquals(List.of(
                "Uso: peg validate --plan FILE [--at DATA] [--previous FILE] SCHEDA.xlsx... (o cartelle)",
                "",
                "Controlla le schede restituite dagli uffici e stampa ogni problema trovato.",
                "",
                "Opzioni:",
                "  -p, --plan FILE           il piano (.xlsx) da cui le schede sono state generate (obbligatoria)",
                "  --at DATA                 la verifica da controllare: la sua data o una successiva (gg/mm/aaaa o"
                        + " aaaa-mm-gg); senza, la verifica in corso secondo il piano",
                "  --previous FILE           il riepilogo dell'anno precedente (riepilogo.xlsx): valori di partenza dei"
                        + " target come +5%",
                "  -q, --quiet               stampa solo gli ERRORI e la riga di riepilogo",
                "  -v, --verbose             stampa anche ogni avviso e i dettagli tecnici di un errore imprevisto",
                "  -h, --help                questo aiuto",
                "",
                "Date: gg/mm/aaaa oppure aaaa-mm-gg. Codici di uscita: 'peg --help'."), r.outLines());
    }

    @Test
    void aMissingOptionIsNamedAsTheUserTypesIt() {
        CliRun r = CliRun.run("validate", "scheda.xlsx");
        assertEquals(2, r.exit);
        assertEquals(List.of(
                "Errore negli argomenti di 'peg validate': manca l'opzione obbligatoria --plan FILE.",
                "Uso: peg validate --plan FILE [--at DATA] [--previous FILE] SCHEDA.xlsx... (o cartelle)",
                "Vedere 'peg validate --help'."), r.errLines());
        assertEquals("", r.out);
    }

    @Test
    void severalMissingOptionsUnknownOptionsAndMissingValues() {
        assertEquals("Errore negli argomenti di 'peg consolidate': mancano le opzioni obbligatorie --plan FILE,"
                + " --in DIR, --out FILE.xlsx.", CliRun.run("consolidate", "--at", "31/12/2027").errLines().get(0));
        assertEquals("Errore negli argomenti di 'peg check': opzione sconosciuta '--piano'.",
                CliRun.run("check", "--piano", "p.xlsx").errLines().get(0));
        assertEquals("Errore negli argomenti di 'peg check': manca il valore dell'opzione --plan (FILE).",
                CliRun.run("check", "--plan").errLines().get(0));
    }

    @Test
    void anUnexpectedExceptionIsPegsFaultAndNamesNoJavaClass() {
        Command broken = CliRun.failing("rotto", new NullPointerException("boom"));
        CliRun r = CliRun.run(List.of(broken), "rotto");
        assertEquals(4, r.exit);
        assertEquals(List.of("Errore imprevisto di peg durante 'rotto': è un difetto del programma, non dei file"
                + " indicati. Ogni file di output è stato scritto per intero oppure lasciato com'era. Rilanciare lo"
                + " stesso comando con -v per vedere i dettagli tecnici e inviarli a chi cura peg nel vostro ente."),
                r.errLines());
        assertFalse(r.err.contains("Exception"), r.toString());
        CliRun verbose = CliRun.run(List.of(broken), "rotto", "-v");
        assertTrue(verbose.err.endsWith("I dettagli tecnici sono qui sopra: inviarli a chi cura peg nel vostro ente."
                + System.lineSeparator()), verbose.toString());
    }
}
