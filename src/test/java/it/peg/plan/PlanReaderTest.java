package it.peg.plan;

import it.peg.domain.Aggregation;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.RatioTarget;
import it.peg.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static it.peg.plan.Xlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanReaderTest {
    @TempDir
    Path dir;

    private PlanReadResult read(Xlsx x) throws IOException {
        return PlanReaderAgreementTest.agreed(x.write(dir.resolve("piano.xlsx")));
    }

    private static List<String> codes(PlanReadResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    private static Finding finding(PlanReadResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.findings()));
    }

    @Test
    void readsAMinimalPlan() throws IOException {
        PlanReadResult r = read(Xlsx.minimal());
        assertTrue(r.isValid(), () -> r.findings().toString());
        Plan p = r.plan().orElseThrow();
        assertEquals("Comune di Prova", p.settings().ente());
        assertEquals(2024, p.settings().year());
        assertEquals(List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31)),
                p.settings().verifiche().stream().map(v -> v.date()).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 31)), p.settings().finalVerifica().due());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 15)), p.settings().verifiche().get(0).due());
        assertEquals(BigDecimal.ZERO, p.settings().minimumThreshold());
        assertEquals(BigDecimal.ONE, p.settings().cap());
        assertEquals(PlanReader.DEFAULT_BANDS, p.settings().bands());
        assertEquals(2, p.indicators().size());
        Indicator i2 = p.indicator("I2").orElseThrow();
        assertInstanceOf(RatioTarget.class, i2.target().target());
        assertEquals(Optional.of(new BigDecimal("40")), i2.weight());
        assertEquals(3, i2.row());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void findsHeadersInAnyOrderCaseAndWithoutAccentsAndIgnoresUnknownColumnsAndSheets() throws IOException {
        PlanReadResult r = read(Xlsx.minimal()
                .sheet("Note", row("qualsiasi cosa"))
                .without("Indicatori").sheet("INDICATORI", row("TARGET", "note interne", "polarita", "Unita di misura", "OBIETTIVO", "codice", "peso", "Minimo", "massimo"),
                        row("<=30", "x", "", "giorni", "O1", "I1", 50, null, null),
                        row("4", "y", "Crescente", "scala 1-5", "O1", "I2", 50, null, null)));
        assertTrue(r.isValid(), () -> r.findings().toString());
        Plan p = r.plan().orElseThrow();
        Indicator i1 = p.indicator("I1").orElseThrow();
        assertEquals(Polarity.DECREASING, i1.polarity());
        assertEquals("giorni", i1.unit());
        Indicator i2 = p.indicator("I2").orElseThrow();
        assertEquals(Optional.of(BigDecimal.ONE), i2.min());
        assertEquals(Optional.of(new BigDecimal(5)), i2.max());
    }

    @Test
    void readsNumbersTypedAsTextPercentCellsAndDatesAsSerialsOrText() throws IOException {
        PlanReadResult r = read(Xlsx.minimal()
                .sheet("Impostazioni", row("Ente", "Comune"), row("Anno", "2018"), row("Verifiche", "30/09; 31/12"),
                        row("Soglia minima", new Xlsx.Pct(0.3)), row("Tetto raggiungimento", "120%"),
                        row("Tolleranza scadenze (giorni)", "30"))
                .sheet("Obiettivi", row("Codice", "Servizio", "Peso", "Data inizio", "Data fine", "Aggregazione", "Entrata"),
                        row("O1", "S1", new Xlsx.Pct(0.2), new Xlsx.Serial(43176), "31/12/18", "tutti", "€ 5.000,00"),
                        row("O2", "S1", "1,2", LocalDate.of(2018, 1, 1), "Giugno 2021", "", null),
                        row("O3", "S1", "20%", "-----", null, null, null))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Peso", "Target 30/09", "Peso 30/09"),
                        row("I1", "O1", new Xlsx.Pct(0.75), "1.200", new Xlsx.Pct(0.5), "20%"),
                        row("I2", "O2", LocalDate.of(2018, 12, 31), new Xlsx.Formula("10+10", 20), null, null),
                        row("I3", "O3", 24000, null, 12000, null)));
        Plan p = r.plan().orElseThrow();
        assertEquals(2018, p.settings().year());
        assertEquals(new BigDecimal("0.3"), p.settings().minimumThreshold());
        assertEquals(new BigDecimal("1.2"), p.settings().cap());
        assertEquals(30, p.settings().deadlineToleranceDays());
        Objective o1 = p.objective("O1").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("20")), o1.weight());
        assertEquals(Optional.of(LocalDate.of(2018, 3, 17)), o1.start());
        assertEquals(Optional.of(LocalDate.of(2018, 12, 31)), o1.end());
        assertEquals("31/12/18", o1.endText());
        assertEquals(Aggregation.ALL, o1.aggregation());
        assertEquals(Optional.of(new BigDecimal("5000")), o1.revenue());
        Objective o2 = p.objective("O2").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("1.2")), o2.weight());
        assertEquals(Optional.of(LocalDate.of(2018, 1, 1)), o2.start());
        assertEquals("01/01/2018", o2.startText());
        assertEquals("Giugno 2021", o2.endText());
        Objective o3 = p.objective("O3").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("20")), o3.weight());
        assertEquals(Optional.empty(), o3.start());
        assertEquals("-----", o3.startText());
        Indicator i1 = p.indicator("I1").orElseThrow();
        NumericTarget t1 = assertInstanceOf(NumericTarget.class, i1.target().target());
        assertTrue(t1.percent());
        assertEquals(0, new BigDecimal("0.75").compareTo(t1.value()));
        assertEquals(Optional.of(new BigDecimal("1200")), i1.weight());
        assertEquals(new BigDecimal("20"), i1.intermediateWeights().get(LocalDate.of(2018, 9, 30)));
        assertTrue(i1.intermediateTargets().containsKey(LocalDate.of(2018, 9, 30)));
        Indicator i2 = p.indicator("I2").orElseThrow();
        assertEquals(LocalDate.of(2018, 12, 31), assertInstanceOf(DeadlineTarget.class, i2.target().target()).date());
        assertEquals(Optional.of(new BigDecimal("20")), i2.weight());
        assertEquals(0, new BigDecimal(24000).compareTo(
                assertInstanceOf(NumericTarget.class, p.indicator("I3").orElseThrow().target().target()).value()));
    }

    @Test
    void readsFasiMonthsAndDatiYears() throws IOException {
        PlanReadResult r = read(Xlsx.minimal()
                .sheet("Fasi", row("Obiettivo", "Fase", "Descrizione", "Mesi"),
                        row("O1", "A", "Stesura", "GEN-MAR"), row("O1", "B", "Verifica", "GEN, GIU, DIC"),
                        row("O1", "B", "Altro", "settembre-novembre"), row("O1", "C", "Sbagliato", "PRIMAVERA"))
                .sheet("Dati", row("Codice", "Servizio", "Descrizione", 2022, "2023", "Quantità 2024"),
                        row("D1", "S1", "Accessi", 200, "117", null), row("D2", "S1", "Pasti", "n.d.", null, null)));
        Plan p = r.plan().orElseThrow();
        assertEquals(List.of(1, 2, 3), p.phases().get(0).months());
        assertEquals(List.of(1, 6, 12), p.phases().get(1).months());
        assertEquals(List.of(9, 10, 11), p.phases().get(2).months());
        assertEquals(List.of(2022, 2023, 2024), p.dataYears());
        assertEquals(new BigDecimal("117"), p.dataRows().get(0).values().get(2023));
        assertEquals(List.of("MESI_NON_VALIDI", "NUMERO_NON_VALIDO"), codes(r));
        assertEquals("Fasi", finding(r, "MESI_NON_VALIDI").sheet());
        assertEquals("D5", finding(r, "MESI_NON_VALIDI").cell());
        assertEquals("D3", finding(r, "NUMERO_NON_VALIDO").cell());
    }

    @Test
    void readsBandsAndDefaultsWhenAbsent() throws IOException {
        Plan p = read(Xlsx.minimal().sheet("Fasce", row("Da %", "Esito"), row(0, "Insufficiente"),
                row(new Xlsx.Pct(0.95), "Ottimo"), row("60%", "Buono"))).plan().orElseThrow();
        assertEquals(List.of(new BigDecimal("0"), new BigDecimal("0.95"), new BigDecimal("0.6")),
                p.settings().bands().stream().map(b -> b.from()).toList());
    }

    @Test
    void reportsUnparseableAndInterpretedTargetsAtTheirCell() throws IOException {
        PlanReadResult r = read(Xlsx.minimal().sheet("Indicatori", row("Codice", "Obiettivo", "Target"),
                row("I1", "O1", "31/02/2024"), row("I2", "O1", "Settembre 2024"), row("I3", "O1", "Migliorare"),
                row("I4", "O1", "1200/0"), row("I5", "O1", null)));
        assertEquals(List.of("TARGET_NON_VALIDO", "TARGET_INTERPRETATO", "TARGET_QUALITATIVO", "TARGET_NON_VALIDO", "TARGET_MANCANTE"),
                codes(r));
        Finding f = r.findings().get(0);
        assertEquals(Severity.ERRORE, f.severity());
        assertEquals("Indicatori", f.sheet());
        assertEquals("C2", f.cell());
        assertEquals("I1", f.subject());
        assertEquals("piano.xlsx", f.file());
        assertTrue(r.findings().get(1).message().contains("30/09/2024"), r.findings().get(1).message());
        assertFalse(r.isValid());
        assertTrue(r.plan().isPresent());
    }

    @Test
    void reportsSettingsProblems() throws IOException {
        PlanReadResult r = read(Xlsx.minimal().sheet("Impostazioni", row("Anno", 2024), row("Verifiche", "30/06; 31/09; 30/09/2023"),
                row("Scadenze consegna", "15/07")));
        assertEquals(List.of("ENTE_MANCANTE", "VERIFICA_NON_VALIDA", "SCADENZE_NUMERO_DIVERSO", "VERIFICA_FUORI_ANNO"), codes(r));
        assertEquals("B2", finding(r, "VERIFICA_NON_VALIDA").cell());
        PlanReadResult noYear = read(Xlsx.minimal().sheet("Impostazioni", row("Ente", "X"), row("Anno", "duemila")));
        assertEquals(List.of("ANNO_NON_VALIDO", "VERIFICHE_MANCANTI"), codes(noYear));
    }

    @Test
    void readsTheRuleForMissingValues() throws IOException {
        assertEquals(it.peg.domain.MissingValues.NOT_VALUED, read(Xlsx.minimal()).plan().orElseThrow().settings()
                .missingValues(), "the default");
        PlanReadResult zero = read(Xlsx.minimal().sheet("Impostazioni", row("Ente", "X"), row("Anno", 2024),
                row("Verifiche", "30/06; 31/12"), row("Valori mancanti", " Zero ")));
        assertEquals(it.peg.domain.MissingValues.ZERO, zero.plan().orElseThrow().settings().missingValues());
        PlanReadResult bad = read(Xlsx.minimal().sheet("Impostazioni", row("Ente", "X"), row("Anno", 2024),
                row("Verifiche", "30/06; 31/12"), row("Valori mancanti", "ignora")));
        assertEquals(List.of("VALORI_MANCANTI_NON_VALIDO"), codes(bad));
        Finding f = finding(bad, "VALORI_MANCANTI_NON_VALIDO");
        assertEquals("B4", f.cell());
        assertEquals("Valori mancanti accetta 'non valutati' (un indicatore senza valore resta fuori dal punteggio,"
                + " calcolato su quanto riportato e con la copertura indicata) oppure 'zero' (un indicatore senza"
                + " valore vale 0%): correggere la cella.", f.message());
    }

    @Test
    void reportsMissingSheetsColumnsCodesAndBadValues() throws IOException {
        assertEquals(List.of("FOGLIO_MANCANTE"), codes(read(new Xlsx().sheet("Servizi", row("Codice")).sheet("Obiettivi",
                row("Codice", "Servizio")).sheet("Indicatori", row("Codice", "Obiettivo", "Target"))
                .sheet("Altro", row("x")))).stream().distinct().toList());
        PlanReadResult r = read(Xlsx.minimal()
                .sheet("Obiettivi", row("Codice", "Titolo"), row("O1", "x"))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Target", "Minimo", "Massimo", "Polarità", "Cumulativo", "Peso"),
                        row("I1", "O1", "5", 10, 1, "verso l'alto", "forse", "tanto"), row(null, "O1", "5")));
        assertEquals(List.of("COLONNA_MANCANTE", "CODICE_MANCANTE", "MINIMO_MAGGIORE_MASSIMO", "VALORE_NON_VALIDO",
                "NUMERO_NON_VALIDO", "VALORE_NON_VALIDO", "OBIETTIVO_INESISTENTE", "SERVIZIO_SENZA_OBIETTIVI"), codes(r));
        assertEquals("A3", finding(r, "CODICE_MANCANTE").cell());
    }

    @Test
    void neverThrowsForFilesThatAreNotWorkbooks() throws IOException {
        Path text = Files.writeString(dir.resolve("piano.xlsx"), "non sono un foglio di calcolo");
        PlanReadResult r = PlanReader.read(text);
        assertEquals(List.of("PIANO_ILLEGGIBILE"), codes(r));
        assertTrue(r.findings().get(0).message().contains("piano.xlsx"));
        Path truncated = dir.resolve("tronco.xlsx");
        byte[] good = Files.readAllBytes(Xlsx.minimal().write(dir.resolve("buono.xlsx")));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));
        assertEquals(List.of("PIANO_ILLEGGIBILE"), codes(PlanReader.read(truncated)));
        assertEquals(List.of("PIANO_NON_TROVATO"), codes(PlanReader.read(dir.resolve("manca.xlsx"))));
        assertFalse(PlanReader.read(dir.resolve("manca.xlsx")).isValid());
    }
}
