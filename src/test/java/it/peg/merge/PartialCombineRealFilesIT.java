package it.peg.merge;

import it.peg.consolidate.ChangedServices;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.FileStatus;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.KeptFigures;
import it.peg.consolidate.PartialCombine;
import it.peg.consolidate.PartialCombineAssertions;
import it.peg.consolidate.PartialConsolidation;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.io.Sha256;
import it.peg.plan.PlanReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partial combine over REAL workbooks (the demo plan's schede generated and filled as an office fills them, a
 * damaged file, a text file): nights that re-send a corrected scheda, send a blank one, one named for another service,
 * one with an error, the Nucleo's override; each night the partial combine from the kept figures (and each night's
 * figures written and read back as {@link NightFigures}) gives what the full combine of every file gives.
 */
class PartialCombineRealFilesIT {
    @TempDir
    Path tmp;

    private Plan plan;
    private Verifica verifica;
    private Consolidator consolidator;
    private ServiceWorkbookGenerator generator;
    private int sent;
    private final List<FileAssessment> archive = new ArrayList<>();

    /** A file as the office names it, archived under its hash and assessed as merge assesses it. */
    private FileAssessment receive(Path file, String name, int day) throws IOException {
        String sha = Sha256.ofFile(file);
        Path archived = Files.createDirectories(tmp.resolve("archivio")).resolve(sha + "-" + (++sent));
        Files.copy(file, archived, StandardCopyOption.REPLACE_EXISTING);
        InputFile in = new InputFile(archived, name, Instant.parse("2024-07-01T22:00:00Z").plusSeconds(86_400L * day),
                Optional.of(new InputFile.Content(sha, Files.size(archived))));
        return consolidator.assess(plan, verifica, in);
    }

    private Path filled(int service, long seed, List<OfficeSimulator.Mistake> mistakes) throws IOException {
        Service s = plan.services().get(service);
        Path folder = Files.createDirectories(tmp.resolve("ufficio-" + (++sent)));
        Path file = generator.write(plan, s, folder);
        if (seed != 0) {
            new OfficeSimulator(plan, seed).fill(file, s.code(), verifica, mistakes);
        }
        return file;
    }

    @Test
    void nightAfterNightThePartialCombineOfRealFilesGivesWhatTheFullOneGives() throws Exception {
        plan = PlanReader.read(DemoNights.plan(tmp)).plan().orElseThrow();
        verifica = plan.settings().verifiche().get(0);
        consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        int n = plan.services().size();
        assertTrue(n >= 5, "the demo plan has " + n + " services");
        for (int i = 0; i < n - 1; i++) {
            Path f = filled(i, 20240715L + i, List.of());
            archive.add(receive(f, f.getFileName().toString(), 0));
        }
        Path damaged = tmp.resolve("scheda rovinata.xlsx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        archive.add(receive(damaged, "scheda rovinata.xlsx", 0));
        Path text = tmp.resolve("leggimi.txt");
        Files.writeString(text, "Schede del 2024\n");
        archive.add(receive(text, "leggimi.txt", 0));

        Map<String, NucleoOverride> overrides = new HashMap<>();
        ConsolidationResult first = consolidator.combine(plan, verifica, archive, overrides);
        keep(KeptFigures.of(plan, verifica, overrides, archive, first).orElseThrow());

        String name0 = plan.services().get(0).code() + " - " + plan.services().get(0).name() + ".xlsx";
        List<List<FileAssessment>> nights = List.of(
                // a corrected scheda of the second service, under its name: the first one superseded
                List.of(receive(filled(1, 7, List.of()), nameOf(1), 1)),
                // the last service's scheda blank, and the third's with an error
                List.of(receive(filled(n - 1, 0, List.of()), nameOf(n - 1), 2),
                        receive(filled(2, 9, List.of(OfficeSimulator.Mistake.NOT_AVAILABLE)), nameOf(2) , 2)),
                // the fourth service's scheda under the first one's file name
                List.of(receive(filled(3, 11, List.of()), name0, 3)),
                // nothing new; the Nucleo overrides an objective of the second service
                List.of(),
                // the blank one filled at last
                List.of(receive(filled(n - 1, 13, List.of()), nameOf(n - 1), 5)));
        int night = 0;
        for (List<FileAssessment> fresh : nights) {
            night++;
            if (night == 4) {
                String ob = plan.objectivesOf(plan.services().get(1).code()).get(0).code();
                overrides.put(ob, new NucleoOverride(ob, Optional.of(new BigDecimal("0.75")), "rivisto dal Nucleo"));
            }
            archive.addAll(fresh);
            List<FileAssessment> tonight = EarlierDeliveries.keepLockedValues(plan, archive);
            ConsolidationResult full = consolidator.combine(plan, verifica, tonight, overrides);
            KeptFigures kept = NightFigures.read(tmp, "test", "plan", "ctx").orElseThrow().figures();
            ChangedServices.Decision d = ChangedServices.decide(plan, verifica, overrides, kept,
                    tonight.stream().map(FileAssessment::file).toList(), fresh).orElseThrow();
            Set<InputFile> decode = Set.copyOf(d.toDecode());
            List<FileAssessment> assessed = new ArrayList<>(fresh);
            tonight.stream().filter(a -> decode.contains(a.file())).forEach(assessed::add);
            PartialConsolidation p = PartialCombine.combine(plan, verifica, d.changed(), assessed, d.kept(), overrides)
                    .orElseThrow();
            PartialCombineAssertions.assertSame(full, p, "night " + night);
            assertEquals(KeptFigures.of(plan, verifica, overrides, tonight, full).orElseThrow(), p.figures());
            assertEquals(switch (night) {
                case 1 -> Set.of(code(1));
                case 2 -> Set.of(code(n - 1), code(2));
                case 3 -> Set.of(code(0), code(3));
                case 4 -> Set.of(code(1));
                default -> Set.of(code(n - 1));
            }, d.changed(), "night " + night);
            if (night == 2) {
                assertEquals(DeliveryState.EMPTY, full.deliveries().get(n - 1).state());
            }
            keep(p.figures());
        }
        ConsolidationResult last = consolidator.combine(plan, verifica, archive, overrides);
        // the nights reached what they meant to: a superseded file, an override, every file of the last night
        assertTrue(last.registry().stream().anyMatch(r -> r.status() == FileStatus.SUPERSEDED));
        assertTrue(last.deliveries().stream().anyMatch(x -> x.state() != DeliveryState.MISSING));
        assertEquals(1, last.scores().overrides().size());
    }

    private String code(int service) {
        return plan.services().get(service).code();
    }

    private String nameOf(int service) {
        Service s = plan.services().get(service);
        return s.code() + " - " + s.name() + ".xlsx";
    }

    private void keep(KeptFigures figures) throws IOException {
        new NightFigures(verifica, figures).write(tmp, "test", "plan", "ctx");
        assertEquals(Optional.of(new NightFigures(verifica, figures)), NightFigures.read(tmp, "test", "plan", "ctx"));
    }
}
