package it.peg.merge;

import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proportional night ({@link CombineStep#partial}) writes what the full night writes: over the demo plan's real
 * schede, a series of seeded nights (a scheda re-sent with other values, a missing service delivering, a damaged file
 * and a text file rejected, a blank scheda, the Nucleo's override typed into the summary, the verifica switched, the
 * figures file torn, figures of another build) each run twice from the same work folder: as merge runs it, and on a copy
 * with the kept figures deleted (the full computation). The outputs, the verifica's copies, the rejected files, the night
 * state and the figures kept, the report (the console and the exit code are made from it) and the ledger's lines (but
 * durations and the lines' checksums) are the same; the partial path ran on the nights it should and not on the others.
 * The nights as merge runs them read tonight's new files ahead from the inbox ({@link InboxReadAhead}); the full twins
 * read every file from its archived copy.
 */
class PartialNightIT {
    private static final String PARTIAL = "partial night:";

    @TempDir
    Path tmp;

    private Plan plan;
    private Path planFile;
    private Path inbox;
    private Path work;

    /** Every night over the demo plan's five services (every run of rows holds them all: each night scores them all). */
    @Test
    void everyNightOverTheDemoPlanWritesWhatTheFullNightWrites() throws Exception {
        nights(DemoNights.plan(tmp));
    }

    /**
     * Every night over 40 synthetic services (a Servizi run is 16 services, an Obiettivi or Fasi run 16 objectives):
     * the nights that re-send one scheda score fewer services than the plan has.
     */
    @Test
    void everyNightOverFortyServicesWritesWhatTheFullNightWrites() throws Exception {
        Path file = tmp.resolve("piano.xlsx");
        it.peg.plan.PlanWorkbookWriter.write(it.peg.bench.SyntheticPlan.build(40, 20261205L), file);
        nights(file);
        assertTrue(scoredFewer > 0, "no night scored fewer services than the plan has");
    }

    private int scoredFewer;
    private int readAhead;

    private void nights(Path planFile) throws Exception {
        this.planFile = planFile;
        plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v1 = plan.settings().verifiche().get(1);
        Verifica v2 = plan.settings().verifiche().get(2);
        int n = plan.services().size();
        inbox = Files.createDirectories(tmp.resolve("consegne"));
        work = tmp.resolve("lavoro");
        for (int i = 0; i < n - 1; i++) { // the last service does not deliver yet
            DemoNights.fill(plan, v1, inbox, i, 20240715L + i);
        }
        Random random = new Random(20261205L);
        int day = 0;
        assertNight(v1, day++, false); // the first night: no figures

        // re-sent with other values, one of them "n.d." (an ERRORE every later night reports from the kept findings)
        Service resent = plan.services().get(random.nextInt(n - 1));
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, resent, inbox);
        new OfficeSimulator(plan, 99L).fill(file, resent.code(), v1, List.of(OfficeSimulator.Mistake.NOT_AVAILABLE));
        assertNight(v1, day++, true);

        DemoNights.fill(plan, v1, inbox, n - 1, 7L); // the missing service delivers
        Files.write(inbox.resolve("danneggiato.xlsx"), new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        Files.writeString(inbox.resolve("leggimi.txt"), "consegne di dicembre\n", StandardCharsets.UTF_8);
        assertNight(v1, day++, true);

        blank(random.nextInt(n - 1)); // a blank scheda re-sent for a service that had delivered
        assertNight(v1, day++, true);

        IncrementalOutputsIT.typeNucleo(work.resolve(MergeJob.SUMMARY), plan.objectives().get(2).code(), 0.6);
        DemoNights.fill(plan, v1, inbox, random.nextInt(n - 1), 98L);
        assertNight(v1, day++, true);

        assertNight(v2, day++, false); // the verifica switched: the figures are of another one

        DemoNights.fill(plan, v2, inbox, random.nextInt(n - 1), 97L);
        assertNight(v2, day++, true);

        Path figures = NightFigures.path(work);
        byte[] whole = Files.readAllBytes(figures);
        Files.write(figures, java.util.Arrays.copyOf(whole, whole.length / 2)); // torn
        DemoNights.fill(plan, v2, inbox, random.nextInt(n - 1), 96L);
        assertNight(v2, day++, false);

        String sha = it.peg.io.Sha256.ofFile(planFile);
        NightFigures kept = NightFigures.read(work, "test", sha, NightFigures.context(v2)).orElseThrow();
        kept.write(work, "another build", sha, NightFigures.context(v2));
        DemoNights.fill(plan, v2, inbox, random.nextInt(n - 1), 95L);
        assertNight(v2, day++, false);

        DemoNights.fill(plan, v2, inbox, random.nextInt(n - 1), 94L);
        assertNight(v2, day++, true); // the full night before kept them again
        assertTrue(readAhead >= 7, "nights that read their new files ahead: " + readAhead);
    }

    /** A blank scheda (generated, not filled) of the {@code service}-th service into the inbox, replacing its file. */
    private void blank(int service) throws IOException {
        Service s = plan.services().get(service);
        Path folder = Files.createDirectories(tmp.resolve("bianca-" + service));
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, s, folder);
        Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Tonight's night run twice, as merge runs it and on a copy of the work folder without the kept figures; both
     * must leave the same.
     */
    private void assertNight(Verifica v, int day, boolean partial) throws IOException {
        Path twin = tmp.resolve("intera-" + day);
        copyTree(work, twin);
        Files.deleteIfExists(NightFigures.path(twin));
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        List<MergeReport> reports = new ArrayList<>();
        List<Path> readFrom = java.util.Collections.synchronizedList(new ArrayList<>());
        it.peg.readback.ReturnedWorkbookReader reader = new it.peg.readback.XlsxReturnedWorkbookReader();
        Stages reading = Stages.real(new it.peg.readback.ReturnedWorkbookReader() {
            @Override
            public it.peg.readback.ReadResult read(Path file) {
                readFrom.add(file);
                return reader.read(file);
            }

            @Override
            public it.peg.readback.ReadResult read(Path file, String name) {
                readFrom.add(file);
                return reader.read(file, name);
            }
        }, Optional.empty());
        List<String> logged = DemoNights.logged(() -> reports.add(DemoNights.night(request, day, reading)),
                CombineStep.class);
        Stages real = Stages.real();
        Stages archivedOnly = new Stages(real.readPlan(), (p, verifica, f) -> real.assess().assess(p, verifica, f),
                real.combine(), real.readNucleo(), real.nucleoOf(), real.writeSummary(), real.writeCsv(),
                real.writeForms()); // nothing read ahead
        List<String> twinLogged = DemoNights.logged(() -> reports.add(DemoNights.night(
                new MergeRequest(planFile, inbox, twin, Optional.of(v.date())), day, archivedOnly)), CombineStep.class);
        String night = "night " + day + ": ";
        // tonight's new files read from the inbox, ahead, and not again from the archive (but the damaged one)
        java.util.Set<Path> ahead = new java.util.HashSet<>();
        readFrom.stream().filter(f -> f.startsWith(inbox)).forEach(f -> ahead.add(f.getFileName()));
        readAhead += day > 0 && !ahead.isEmpty() ? 1 : 0;
        assertEquals(List.of(), readFrom.stream().filter(f -> f.startsWith(work) && ahead.contains(f.getFileName())
                && !f.getFileName().toString().startsWith("danneggiato")).toList(), night + "read again from the archive");
        assertEquals(partial, logged.stream().anyMatch(l -> l.contains(PARTIAL)), night + logged);
        logged.stream().filter(l -> l.contains(PARTIAL) && !l.contains(" " + plan.services().size() + " of "))
                .forEach(l -> scoredFewer++);
        assertTrue(twinLogged.stream().noneMatch(l -> l.contains(PARTIAL)), night + twinLogged);
        assertEquals(timeless(reports.get(1)), timeless(reports.get(0)), night + "the report");
        if (day == 1 || day == 2) { // the second night reports it from the figures kept for the file
            assertTrue(!reports.get(0).inputErrors().isEmpty(), night + "the ERRORE of the scheda with n.d.");
        }
        for (Path f : compared(twin)) {
            Path mine = work.resolve(twin.relativize(f));
            assertTrue(Files.isRegularFile(mine), night + mine);
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(mine), night + f.getFileName());
        }
        assertEquals(compared(twin).size(), compared(work).size(), night + "the files compared");
        assertEquals(ledger(twin), ledger(work), night + "the ledger");
    }

    /** What the night leaves besides the ledger, the logs, the cache's entries and the last manifest. */
    private static List<Path> compared(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                Path rel = dir.relativize(f);
                String top = rel.getName(0).toString();
                return rel.getNameCount() == 1 ? !top.equals("ledger.tsv")
                        : top.equals(RejectedFolder.DIR) || rel.equals(dir.relativize(NightFigures.path(dir)))
                        || rel.getFileName().toString().equals("night-state.bin");
            }).sorted().toList();
        }
    }

    /** The ledger's lines without what only the clock of the machine makes: durations, and each line's checksum. */
    private static List<String> ledger(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("ledger.tsv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceAll("durationMs=[0-9]*", "").replaceAll("phasesMs=[^\t]*", "")
                        .replaceAll("\t#[0-9a-f]+$", ""))
                .toList();
    }

    private static MergeReport timeless(MergeReport r) {
        return new MergeReport(r.outcome(), r.verifica(), r.seen(), r.newFiles(), r.read(), r.accepted(), r.notFilled(),
                r.superseded(), r.rejected(), r.missingServices(), r.summaryChanged(), r.csvChanged(), Duration.ZERO,
                r.planFindings(), r.inputErrors());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            Files.createDirectories(to);
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
