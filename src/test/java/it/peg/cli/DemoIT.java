package it.peg.cli;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.WorkbookFileNames;
import it.peg.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code peg demo}: the whole cycle on the example plan, twice, with identical summaries. */
class DemoIT {
    @TempDir
    Path dir;

    private int demo(Path out, ByteArrayOutputStream printed) {
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(new String[] {"demo", "--out", out.toString()},
                new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    @Test
    void demoWritesTheWholeCycleAndTwoRunsGiveIdenticalSummaries() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Path a = dir.resolve("uno");
        Path b = dir.resolve("due");
        assertEquals(0, demo(a, first), () -> first.toString(StandardCharsets.UTF_8));
        assertEquals(0, demo(b, second), () -> second.toString(StandardCharsets.UTF_8));

        Plan plan = PlanReader.read(a.resolve("piano.xlsx")).plan().orElseThrow();
        List<Verifica> verifiche = plan.settings().verifiche();
        assertEquals(5, plan.services().size());
        assertEquals(3, verifiche.size());
        for (Service s : plan.services()) {
            assertTrue(Files.isRegularFile(a.resolve("schede").resolve(WorkbookFileNames.of(s))), s.code());
        }
        for (Verifica v : verifiche) {
            Path delivered = a.resolve("consegne-" + v.code());
            try (Stream<Path> files = Files.list(delivered)) {
                long count = files.filter(f -> f.toString().endsWith(".xlsx")).count();
                assertTrue(count >= plan.services().size() - 1 && count <= plan.services().size(),
                        "consegne at " + v.label() + ": " + count);
            }
            for (String ext : List.of(".xlsx", ".csv")) {
                Path one = a.resolve("riepilogo-" + v.code() + ext);
                Path two = b.resolve("riepilogo-" + v.code() + ext);
                assertTrue(Files.size(one) > 0, one.toString());
                assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "two runs differ: " + one);
            }
            // The riepilogo is for that verifica, and every service of the plan has its row.
            String heading = SheetRows.text(a.resolve("riepilogo-" + v.code() + ".xlsx"), "Sintesi", "A2");
            assertTrue(heading.contains("verifica al " + v.fullLabel()), heading);
            List<Map<String, Object>> servizi = SheetRows.read(a.resolve("riepilogo-" + v.code() + ".xlsx"),
                    "Servizi");
            assertEquals(plan.services().stream().map(Service::code).toList(),
                    servizi.stream().map(r -> r.get("Codice")).toList());
        }
        // At the final verifica every service delivered and is scored.
        SheetRows.read(a.resolve("riepilogo-" + plan.settings().finalVerifica().code() + ".xlsx"), "Servizi")
                .forEach(r -> assertTrue(r.get("Punteggio") instanceof Double, r::toString));
        // issue 17: LLPP's objective LLPP_1 covers 50% (a final value left empty), so LLPP does not cover 100%:
        // (1,0 x 50% + 1,4 x 100% + 1,2 x 100%) / 3,6, and its scheda is incompleta
        Path last = a.resolve("riepilogo-" + plan.settings().finalVerifica().code() + ".xlsx");
        Map<String, Object> llpp1 = SheetRows.read(last, "Obiettivi").stream()
                .filter(r -> "LLPP_1".equals(r.get("Codice"))).findFirst().orElseThrow();
        assertEquals(0.5, (Double) llpp1.get("Copertura"), 1e-9);
        Map<String, Object> llpp = SheetRows.read(last, "Servizi").stream()
                .filter(r -> "LLPP".equals(r.get("Codice"))).findFirst().orElseThrow();
        assertEquals(3.1 / 3.6, (Double) llpp.get("Copertura"), 1e-9);
        assertEquals("incompleta", llpp.get("Stato consegna"));
        assertEquals(first.toString(StandardCharsets.UTF_8).replace(a.toString(), "OUT"),
                second.toString(StandardCharsets.UTF_8).replace(b.toString(), "OUT"), "same console output");
    }
}
