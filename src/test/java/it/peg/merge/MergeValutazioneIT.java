package it.peg.merge;

import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.summary.ValutazioneWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * merge writes the Schede per la valutazione that consolidate writes for the same files (SPEC §6): over real
 * generated and filled workbooks of the demo plan, a first night and a night where one office re-sends its scheda
 * with other values each leave {@code schede-valutazione.xlsx} and the verifica's copy byte-identical to what
 * {@code peg consolidate} writes beside its summary from the inbox as it is then, each replacement with its OUTPUT line.
 */
class MergeValutazioneIT {
    private static final String PLAN_RESOURCE = "/it/peg/demo/piano-esempio.xlsx";

    @TempDir
    Path tmp;

    private static void fill(Plan plan, Verifica v, Path inbox, int service, long seed) throws IOException {
        Service s = plan.services().get(service);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, s, inbox);
        new OfficeSimulator(plan, seed).fill(file, s.code(), v, List.of());
    }

    private static MergeReport night(MergeRequest request, int day) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T22:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        return new MergeJob(Stages.real(), clock, "test").run(request, "night-" + day);
    }

    /** The Schede consolidate writes beside its summary for the inbox as it is now. */
    private byte[] consolidated(Path plan, Path inbox, Verifica v, String name) throws IOException {
        Path out = tmp.resolve(name);
        Files.createDirectories(out);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int exit = new Main(Commands.all()).run(new String[] {"consolidate", "--plan", plan.toString(), "--in",
                inbox.toString(), "--at", v.date().toString(), "--out", out.resolve("riepilogo.xlsx").toString(),
                "--csv", out.resolve("riepilogo.csv").toString()}, new Console(ps, ps, Console.Verbosity.NORMAL, false));
        assertTrue(exit == 0 || exit == 1, buf.toString(StandardCharsets.UTF_8));
        return Files.readAllBytes(out.resolve(ValutazioneWorkbookWriter.FILE_NAME));
    }

    private static long formsOutputLines(Path work, String file) throws IOException {
        return Ledger.read(work).of("OUTPUT").stream().filter(e -> file.equals(e.field("file").orElse(""))).count();
    }

    @Test
    void mergeWritesTheSchedeConsolidateWritesForTheSameFiles() throws Exception {
        Path planFile = tmp.resolve("piano.xlsx");
        try (InputStream in = getClass().getResourceAsStream(PLAN_RESOURCE)) {
            Files.copy(in, planFile);
        }
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = tmp.resolve("consegne");
        Files.createDirectories(inbox);
        for (int i = 0; i < plan.services().size(); i++) {
            fill(plan, v, inbox, i, 20240715L + i);
        }
        Path work = tmp.resolve("lavoro");
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        night(request, 0);
        Path forms = work.resolve(MergeJob.FORMS);
        Path copy = work.resolve(VerificaSummaries.formsOf(v.date()));
        assertEquals("schede-valutazione-" + String.format("%02d%02d", v.date().getMonthValue(),
                v.date().getDayOfMonth()) + ".xlsx", copy.getFileName().toString());
        byte[] first = consolidated(planFile, inbox, v, "consolidate-1");
        assertArrayEquals(first, Files.readAllBytes(forms), "the same Schede as consolidate's");
        assertArrayEquals(first, Files.readAllBytes(copy), "the verifica's copy");
        assertEquals(1, formsOutputLines(work, MergeJob.FORMS));
        assertEquals(1, formsOutputLines(work, copy.getFileName().toString()));

        fill(plan, v, inbox, 2, 99L); // the third office re-sends its scheda with other values
        MergeReport second = night(request, 1);
        assertEquals(1, second.read());
        byte[] again = consolidated(planFile, inbox, v, "consolidate-2");
        assertFalse(java.util.Arrays.equals(first, again), "the re-sent scheda changes its form");
        assertArrayEquals(again, Files.readAllBytes(forms));
        assertArrayEquals(again, Files.readAllBytes(copy));
        assertEquals(2, formsOutputLines(work, MergeJob.FORMS));
        assertEquals(2, formsOutputLines(work, copy.getFileName().toString()));
    }
}
