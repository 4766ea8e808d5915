package it.peg.plan;

import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static it.peg.plan.Xlsx.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanWorkbookWriterTest {
    @TempDir
    Path dir;

    static Plan withoutRows(Plan p) {
        return new Plan(p.settings(),
                p.services().stream().map(s -> new Service(s.code(), s.direction(), s.director(), s.sector(), s.name(), s.manager(),
                        s.responsible(), s.politicalReferent(), s.classification(), s.staff(), s.functions(), 0)).toList(),
                p.objectives().stream().map(o -> new Objective(o.code(), o.serviceCode(), o.title(), o.description(), o.type(),
                        o.linkedTo(), o.missionProgram(), o.weight(), o.start(), o.startText(), o.end(), o.endText(), o.multiYear(),
                        o.humanResources(), o.financialResources(), o.revenue(), o.expense(), o.otherServices(), o.aggregation(), 0)).toList(),
                p.indicators().stream().map(i -> new Indicator(i.code(), i.objectiveCode(), i.description(), i.type(), i.dimension(),
                        i.target(), i.weight(), i.unit(), i.min(), i.max(), i.polarity(), i.cumulative(), i.intermediateTargets(),
                        i.intermediateWeights(), 0)).toList(),
                p.phases().stream().map(f -> new Phase(f.objectiveCode(), f.phase(), f.description(), f.months(), f.monthsText(), 0)).toList(),
                p.dataYears(),
                p.dataRows().stream().map(d -> new DataRow(d.code(), d.serviceCode(), d.description(), d.values(), 0)).toList());
    }

    private Plan rich() throws IOException {
        Xlsx x = new Xlsx()
                .sheet("Impostazioni", row("Ente", "Comune di Serravalle Pistoiese"), row("Anno", 2018),
                        row("Verifiche", "30/06; 30/09; 31/12"), row("Scadenze consegna", "15/07; 15/10; 31/01"),
                        row("Soglia minima", "20%"), row("Tetto raggiungimento", "120%"), row("Tolleranza scadenze (giorni)", 15))
                .sheet("Fasce", row("Da %", "Esito"), row(0, "Non raggiunto"), row("95%", "Raggiunto"))
                .sheet("Servizi", row("Codice", "Direzione", "Servizio", "Dirigente", "Funzioni", "Settore"),
                        row("SOC", "Area amministrativa", "Sociale", "Dott. Rossi", "Assistenza", "Servizi alla persona"))
                .sheet("Obiettivi", row("Codice", "Servizio", "Titolo", "Peso", "Data inizio", "Data fine", "Pluriennale", "Entrata", "Aggregazione", "Collegato a"),
                        row("O1", "SOC", "Fondo", "1,2", LocalDate.of(2018, 3, 17), "Giugno 2021", "SI", 5000.5, "tutti", "DUP 1"),
                        row("O2", "SOC", "Caritas", 1, "17/03/18", null, null, null, null, "O1"))
                .sheet("Indicatori", row("Codice", "Obiettivo", "Descrizione", "Tipo", "Target", "Peso", "Unità di misura", "Polarità",
                                "Cumulativo", "Target 30/09", "Peso 30/09", "Minimo"),
                        row("I1", "O1", "Avvio", "risultato", "Settembre 2018", 50, "", "", "", null, null, null),
                        row("I2", "O1", "Pratiche", "PERFORMANCE", ">= 1.200", 50, "numero", "", "SI", "600", 30, 0),
                        row("I3", "O2", "Gradimento", "", "=>4", null, "scala 1-5", "crescente", "NO", null, null, null),
                        row("I4", "O2", "Rapporto", "", "1200/3", null, "", "decrescente", "", null, null, null))
                .sheet("Fasi", row("Obiettivo", "Fase", "Descrizione", "Mesi"), row("O1", "A", "Avvio", "GEN-MAR"), row("O1", "B", "Fine", "ott, dic"))
                .sheet("Dati", row("Codice", "Servizio", "Descrizione", "2016", "2017", "2018"), row("D1", "SOC", "Accessi", 200, 117.5, null));
        PlanReadResult r = PlanReader.read(x.write(dir.resolve("ricco.xlsx")));
        assertTrue(r.isValid(), () -> r.findings().toString());
        return r.plan().orElseThrow();
    }

    @Test
    void writeThenReadGivesTheSamePlan() throws IOException {
        Plan original = rich();
        Path out = dir.resolve("scritto.xlsx");
        PlanWorkbookWriter.write(original, out);
        PlanReadResult back = PlanReader.read(out);
        assertTrue(back.isValid(), () -> back.findings().toString());
        assertEquals(withoutRows(original), withoutRows(back.plan().orElseThrow()));
    }

    @Test
    void blankPlanIsReadableAndDeterministic() throws IOException {
        Plan blank = PlanWorkbookWriter.blankPlan("Comune di Prova", 2025);
        byte[] first = PlanWorkbookWriter.toBytes(blank);
        byte[] second = PlanWorkbookWriter.toBytes(blank);
        assertArrayEquals(first, second);
        Path out = dir.resolve("vuoto.xlsx");
        Files.write(out, first);
        PlanReadResult r = PlanReader.read(out);
        // a blank plan has no service yet: the one error says to add them (issue 17: 0 services is not "valido")
        assertEquals(List.of("PIANO_SENZA_SERVIZI"), r.findings().stream().filter(f -> f.isError()).map(f -> f.code()).toList());
        assertEquals(withoutRows(blank), withoutRows(r.plan().orElseThrow()));
        assertEquals(LocalDate.of(2026, 1, 31), r.plan().orElseThrow().settings().finalVerifica().due().orElseThrow());
    }

    @Test
    void richPlanBytesAreDeterministic() throws IOException {
        Plan p = rich();
        assertArrayEquals(PlanWorkbookWriter.toBytes(p), PlanWorkbookWriter.toBytes(p));
    }

    /**
     * What {@code peg init} writes is pinned, part by part (names and uncompressed content, so a different zlib does
     * not matter): the writer goes through xlsx's {@code ExcelWorkbookWriter}, and a change there that changes the
     * blank plan or a plan with every kind of cell (dates, percentages, intermediate targets, lists, comments) must be
     * deliberate. Re-pin by printing {@link #partsDigest} of the new bytes.
     */
    @Test
    void writtenPlansArePinnedPartByPart() throws IOException {
        assertEquals("10b4d22ac4ee6549b72d76b33cfa017403c590530985768f740cd58a59d2eb3f",
                partsDigest(PlanWorkbookWriter.toBytes(PlanWorkbookWriter.blankPlan("Comune di Prova", 2025))));
        assertEquals("8117cf15dd3fce578d6a640e24674ce9f94644e70b9cd0d8a1ce92afebbfb266", partsDigest(PlanWorkbookWriter.toBytes(rich())));
    }

    /** SHA-256 over each zip entry's name and uncompressed bytes, in the package's order. */
    static String partsDigest(byte[] xlsx) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                sha.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(zip.readAllBytes());
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
