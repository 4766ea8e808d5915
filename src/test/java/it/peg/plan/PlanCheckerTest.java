package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static it.peg.plan.Xlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each semantic check on a real .xlsx fixture, with its exact finding codes, cells and severities. */
class PlanCheckerTest {
    @TempDir
    Path dir;

    private List<Finding> findings(Xlsx x) throws IOException {
        return PlanReaderAgreementTest.agreed(x.write(dir.resolve("piano.xlsx"))).findings();
    }

    private static List<String> codes(List<Finding> fs) {
        return fs.stream().map(Finding::code).toList();
    }

    @Test
    void duplicateDanglingAndCollidingCodes() throws IOException {
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Servizi", row("Codice"), row("S1"), row("S1"))
                .sheet("Obiettivi", row("Codice", "Servizio"), row("O1", "S1"), row("O.2", "S9"), row("O-2", "S1"))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target"), row("I1", "O1", "5"), row("I1", "O1", "6"),
                        row("I3", "OX", "7"), row("I4", "O.2", "1"), row("I5", "O-2", "1"))
                .sheet("Fasi", row("Obiettivo", "Fase", "Mesi"), row("OY", "A", "GEN"))
                .sheet("Dati", row("Codice", "Servizio", "2024"), row("D1", "SZ", 1)));
        assertEquals(List.of("CODICE_DUPLICATO", "CODICE_DUPLICATO", "CODICI_IN_CONFLITTO", "SERVIZIO_INESISTENTE",
                "OBIETTIVO_INESISTENTE", "OBIETTIVO_INESISTENTE", "SERVIZIO_INESISTENTE"), codes(fs));
        assertEquals("Servizi", fs.get(0).sheet());
        assertEquals("A3", fs.get(0).cell());
        assertEquals("A3", fs.get(1).cell());
        assertEquals("Indicatori", fs.get(1).sheet());
        assertEquals("O-2", fs.get(2).subject());
        assertEquals("B3", fs.get(3).cell());
        assertEquals("S9", fs.get(3).value());
        assertTrue(fs.stream().allMatch(Finding::isError));
        // issue 17: "Il obiettivo ... il obiettivo"; the article agrees with the noun
        assertEquals("L'obiettivo 'OX' non esiste nel foglio Obiettivi: correggere il codice o aggiungere l'obiettivo.",
                fs.get(4).message());
        assertEquals("Il servizio 'S9' non esiste nel foglio Servizi: correggere il codice o aggiungere il servizio.",
                fs.get(3).message());
    }

    /** Issue 14: a defined name over 255 characters stopped generate on a plan check had passed. */
    @Test
    void codesGivingNamesLongerThanExcelAcceptsAreRefused() throws IOException {
        String indicator = "I" + "X".repeat(244); // CAUSA_<code>_0630: 256 characters
        String fits = "J" + "X".repeat(243); // 255
        String ratio = "K" + "X".repeat(243); // IN_<code>_0630_NUM: 256
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Peso"), row(indicator, "O1", "5", 40),
                        row(fits, "O1", "5", 30), row(ratio, "O1", "1200/3", 30)));
        assertEquals(List.of("CODICE_TROPPO_LUNGO", "CODICE_TROPPO_LUNGO"), codes(fs));
        assertEquals("A4", fs.get(1).cell());
        assertTrue(fs.get(1).message().contains("il nome IN_KXXXXXXXXXXXXXXXXXXXX... di 256 caratteri"),
                fs.get(1).message());
        Finding f = fs.get(0);
        assertEquals(Severity.ERRORE, f.severity());
        assertEquals("Indicatori", f.sheet());
        assertEquals("A2", f.cell());
        assertEquals("al massimo 244 caratteri", f.expected());
        assertEquals("Il codice '" + indicator + "' è troppo lungo: nelle schede darebbe il nome CAUSA_IXXXXXXXXXXXXXXXXX..."
                + " di 256 caratteri, ma Excel non accetta nomi di più di 255 caratteri. Accorciarlo ad al massimo 244"
                + " caratteri.", f.message());
    }

    @Test
    void weightsNotSummingTo100AreNormalisedWithANotice() throws IOException {
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Obiettivi", row("Codice", "Servizio", "Peso"), row("O1", "S1", "1,0"), row("O2", "S1", "1,2"), row("O3", "S1", "1,4"))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Peso"), row("I1", "O1", "5", 30), row("I2", "O1", "5", 30),
                        row("I3", "O2", "5", null), row("I4", "O2", "5", null), row("I5", "O3", "5", "50%"), row("I6", "O3", "5", null)));
        assertEquals(List.of("PESI_NORMALIZZATI", "PESI_PARZIALI", "PESI_NORMALIZZATI", "PESI_NORMALIZZATI"), codes(fs));
        assertEquals(Severity.AVVISO, fs.get(0).severity());
        assertEquals("O1", fs.get(0).subject());
        assertTrue(fs.get(0).message().contains("I1 50%"), fs.get(0).message());
        assertEquals("D2", fs.get(0).cell());
        assertEquals("I6", fs.get(1).message().replaceAll(".*\\((I6)\\).*", "$1"));
        assertEquals("O3", fs.get(2).subject());
        assertEquals("S1", fs.get(3).subject());
        assertTrue(fs.get(3).message().contains("sommano 3,6"), fs.get(3).message());
    }

    @Test
    void negativeOrAllZeroWeightsAreErrors() throws IOException {
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Obiettivi", row("Codice", "Servizio", "Peso"), row("O1", "S1", 0), row("O2", "S1", 0))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Peso"), row("I1", "O1", "5", -10), row("I2", "O1", "5", 110),
                        row("I3", "O2", "5", null)));
        assertEquals(List.of("PESO_NEGATIVO", "PESI_TUTTI_ZERO"), codes(fs));
        assertTrue(fs.stream().allMatch(Finding::isError));
    }

    @Test
    void intermediateTargetsMustMatchAVerificaAndTheFinalKind() throws IOException {
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Target 30/06", "Target 30/09", "Target 31/12"),
                        row("I1", "O1", "24000", "12000", null, null), row("I2", "O1", "75%", "SI", "1", "1")));
        assertEquals(List.of("TARGET_INTERMEDIO_TIPO_DIVERSO", "TARGET_INTERMEDIO_NON_VERIFICA", "TARGET_INTERMEDIO_NON_VERIFICA"), codes(fs));
        assertEquals("D3", fs.get(0).cell());
        assertEquals("E3", fs.get(1).cell());
        assertTrue(fs.get(2).message().contains("colonna 'Target'"));
    }

    @Test
    void bandsMustAscendAndObjectivesNeedIndicators() throws IOException {
        List<Finding> fs = findings(Xlsx.minimal()
                .sheet("Fasce", row("Da %", "Esito"), row(0, "No"), row("90%", "Sì"), row("60%", "Parziale"))
                .sheet("Obiettivi", row("Codice", "Servizio", "Collegato a"), row("O1", "S1", ""), row("O2", "S1", "O1"),
                        row("O3", "S1", "DUP 1.2")));
        assertEquals(List.of("FASCE_NON_CRESCENTI", "OBIETTIVO_SENZA_INDICATORI"), codes(fs));
        assertEquals("O3", fs.get(1).subject());
        assertEquals(Severity.AVVISO, fs.get(1).severity());
    }

    @Test
    void aCleanPlanHasNoFindings() throws IOException {
        assertEquals(List.of(), findings(Xlsx.minimal()));
        assertFalse(PlanChecker.check(PlanReader.read(Xlsx.minimal().write(dir.resolve("p.xlsx"))).plan().orElseThrow())
                .stream().anyMatch(Finding::isError));
    }
}
