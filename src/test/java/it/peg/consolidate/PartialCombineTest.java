package it.peg.consolidate;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.DataReport;
import it.peg.domain.DataRow;
import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Submission;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PartialCombine} against {@link Consolidator#combine}: over seeded series of nights (random plans of a few
 * services; files added, re-sent, superseded, rejected, blank, damaged, of no service, named for another service;
 * overrides added, changed and removed; the verifica changed), each night combines every file in full and, from the
 * figures the previous night kept, only the changed services' files ({@link ChangedServices}); everything read whole
 * must be equal, and the changed services' scoring equal to the full one's.
 */
class PartialCombineTest {
    private static final Verifica JUNE = new Verifica(LocalDate.of(2018, 6, 30),
            Optional.of(LocalDate.of(2018, 7, 15)), false);
    private static final Verifica DECEMBER = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);

    private final Consolidator consolidator = new Consolidator(failingReader(), LocalDate.of(2018, 7, 1));

    @Test
    void everyNightThePartialCombineGivesWhatTheFullOneGives() {
        int partial = 0;
        int services = 0;
        int changed = 0;
        // what the scenarios reach, so that none of combine's cases goes untested unnoticed
        Set<String> reached = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 300; seed++) {
            Scenario s = new Scenario(new Random(seed));
            Verifica verifica = s.random.nextInt(4) == 0 ? DECEMBER : JUNE;
            List<FileAssessment> archive = new ArrayList<>(s.newFiles(1 + s.random.nextInt(8)));
            Map<String, NucleoOverride> overrides = s.overrides(Map.of());
            ConsolidationResult first = consolidator.combine(s.plan, verifica, s.ahead(archive, verifica), overrides);
            KeptFigures figures = KeptFigures.of(s.plan, verifica, overrides, s.ahead(archive, verifica), first)
                    .orElseThrow(() -> new AssertionError("no figures of a full combine"));
            for (int night = 1; night <= 6; night++) {
                String at = "seed " + seed + " night " + night;
                List<FileAssessment> fresh = s.newFiles(s.random.nextInt(4));
                archive.addAll(fresh);
                if (s.random.nextInt(3) == 0) {
                    overrides = s.overrides(overrides);
                }
                if (s.random.nextInt(8) == 0) {
                    verifica = verifica == JUNE ? DECEMBER : JUNE;
                }
                List<FileAssessment> tonight = s.ahead(archive, verifica);
                ConsolidationResult full = consolidator.combine(s.plan, verifica, tonight, overrides);
                ChangedServices.Decision decision = ChangedServices.decide(s.plan, verifica, overrides, figures,
                        tonight.stream().map(FileAssessment::file).toList(), s.ahead(fresh, verifica))
                        .orElseThrow(() -> new AssertionError(at + ": a doubt where none is"));
                List<FileAssessment> assessed = new ArrayList<>(s.ahead(fresh, verifica));
                Set<InputFile> decode = Set.copyOf(decision.toDecode());
                tonight.stream().filter(a -> decode.contains(a.file())).forEach(assessed::add);
                PartialConsolidation p = PartialCombine.combine(s.plan, verifica, decision.changed(), assessed,
                        decision.kept(), overrides).orElseThrow(() -> new AssertionError(at + ": no partial combine"));
                PartialCombineAssertions.assertSame(full, p, at);
                assertEquals(KeptFigures.of(s.plan, verifica, overrides, tonight, full).orElseThrow(), p.figures(), at);
                figures = p.figures();
                for (Delivery d : full.deliveries()) {
                    reached.add((decision.changed().contains(d.serviceCode()) ? "changed " : "kept ") + d.state());
                }
                full.registry().forEach(r -> reached.add("file " + r.status()));
                reached.add("years " + full.scores().dataTrendYears());
                if (!full.scores().overrides().isEmpty()) {
                    reached.add("overrides");
                }
                if (full.findings().stream().anyMatch(f -> f.code().equals("SCHEDA_DUPLICATA"))) {
                    reached.add("duplicates");
                }
                partial++;
                services += s.plan.services().size();
                changed += decision.changed().size();
            }
        }
        assertEquals(1800, partial);
        assertEquals(Set.of("changed COMPLETE", "changed EMPTY", "changed INCOMPLETE", "changed MISSING",
                "changed REJECTED", "kept COMPLETE", "kept EMPTY", "kept INCOMPLETE", "kept MISSING", "kept REJECTED",
                "file ACCEPTED", "file NOT_FILLED", "file REJECTED", "file SUPERSEDED", "years []", "years [2016, 2017]",
                "years [2016, 2017, 2018]", "overrides", "duplicates"), reached);
        // most nights change a few services: the partial combine is not the full one in disguise
        assertTrue(changed < services * 3 / 4, changed + " of " + services);
    }

    /** A random plan and the files its offices send, night after night. */
    static final class Scenario {
        final Random random;
        final Plan plan;
        private int files;
        private long clock = Instant.parse("2018-07-01T08:00:00Z").getEpochSecond();
        private final Map<String, Integer> sent = new HashMap<>();

        Scenario(Random random) {
            this.random = random;
            this.plan = plan(random);
        }

        /** The assessments as merge gives them to combine: some scored where they were read, some not. */
        List<FileAssessment> ahead(List<FileAssessment> files, Verifica verifica) {
            List<FileAssessment> out = new ArrayList<>(files.size());
            for (FileAssessment a : files) {
                FileAssessment plain = a.withScoring(Optional.empty());
                // the same choice for a file every time it is asked (by its hash): as a night's cache would give it
                out.add(a.sha256().hashCode() % 3 == 0 ? plain : Consolidator.scoredAhead(plan, verifica, plain));
            }
            return out;
        }

        List<FileAssessment> newFiles(int n) {
            List<FileAssessment> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // now and then two files received at the same second: ties broken by name
                clock += random.nextInt(5) == 0 ? 0 : 60 + random.nextInt(3600 * 24 * 10);
                out.add(newFile(Instant.ofEpochSecond(clock)));
            }
            return out;
        }

        private FileAssessment newFile(Instant received) {
            Service service = plan.services().get(random.nextInt(plan.services().size()));
            String code = service.code();
            int kind = random.nextInt(20);
            String sha = String.format("%064x", ++files);
            if (kind == 0) {
                String name = "leggimi " + files + ".txt";
                return assessment(name, sha, received, Optional.empty(), Optional.empty(),
                        List.of(Consolidator.notAScheda(name)));
            }
            if (kind == 1) {
                String name = "foto" + random.nextInt(3) + ".xlsx"; // names repeat: the hash tells them apart
                return assessment(name, sha, received, Optional.empty(), Optional.empty(),
                        List.of(Finding.error("X", "Il file non si apre.").withFile(name)));
            }
            // a re-sent scheda often has its old name (same name, new bytes)
            int version = random.nextInt(3) == 0 ? sent.getOrDefault(code, 0) : sent.merge(code, 1, Integer::sum);
            String name = code + " - Servizio v" + version + ".xlsx";
            if (kind <= 3) {
                return assessment(name, sha, received, Optional.of(code), Optional.empty(),
                        List.of(Finding.error("X", "Valore non valido in " + name + ".").withFile(name)));
            }
            if (kind == 4) {
                // named for one service, the scheda of another
                Service other = plan.services().get(random.nextInt(plan.services().size()));
                return usable(name, sha, received, other.code(), reports(other.code(), false));
            }
            return usable(name, sha, received, code, reports(code, kind == 5));
        }

        private FileAssessment usable(String name, String sha, Instant received, String code, List<IndicatorReport> reports) {
            List<DataReport> data = new ArrayList<>();
            for (DataRow row : plan.dataRowsOf(code)) {
                if (random.nextBoolean()) {
                    data.add(new DataReport(row.code(), 2018, random.nextInt(4) == 0 ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(random.nextInt(200))), "Dati!C" + row.row()));
                }
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
                findings.add(Finding.warning("X", "avviso " + i + " di " + name).withFile(name));
            }
            Submission s = new Submission(name, code, reports, List.of(), List.of(), data);
            return assessment(name, sha, received, Optional.of(code), Optional.of(s), findings);
        }

        /** The service's values at both verifiche: some missing, all of them when {@code blank}. */
        private List<IndicatorReport> reports(String code, boolean blank) {
            List<IndicatorReport> reports = new ArrayList<>();
            for (Objective o : plan.objectivesOf(code)) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    for (Verifica v : List.of(JUNE, DECEMBER)) {
                        boolean missing = blank || random.nextInt(5) == 0;
                        reports.add(new IndicatorReport(i.code(), v.date(), missing ? Optional.empty()
                                : Optional.of(new NumberValue(BigDecimal.valueOf(random.nextInt(150)))), "",
                                "Scheda!D" + reports.size()));
                    }
                }
            }
            return reports;
        }

        private FileAssessment assessment(String name, String sha, Instant received, Optional<String> service,
                                          Optional<Submission> submission, List<Finding> findings) {
            long size = 1000 + files;
            return new FileAssessment(new InputFile(Path.of("archivio", sha), name, received,
                    Optional.of(new InputFile.Content(sha, size))), sha, size, service, submission, findings);
        }

        /** The overrides after one added, changed or removed (an objective of no service at times). */
        Map<String, NucleoOverride> overrides(Map<String, NucleoOverride> before) {
            Map<String, NucleoOverride> after = new TreeMap<>(before);
            if (!after.isEmpty() && random.nextBoolean()) {
                after.remove(new ArrayList<>(after.keySet()).get(random.nextInt(after.size())));
                return after;
            }
            String code = random.nextInt(6) == 0 ? "OBX"
                    : plan.objectives().get(random.nextInt(plan.objectives().size())).code();
            after.put(code, new NucleoOverride(code, random.nextBoolean() ? Optional.empty()
                    : Optional.of(new BigDecimal("0." + random.nextInt(10))), "nota " + random.nextInt(3)));
            return after;
        }

        /** 2-6 services of 1-3 objectives of 1-3 indicators; some with data rows. */
        private static Plan plan(Random random) {
            List<Service> services = new ArrayList<>();
            List<Objective> objectives = new ArrayList<>();
            List<Indicator> indicators = new ArrayList<>();
            List<DataRow> rows = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (int s = 1; s <= n; s++) {
                String code = "S0" + s;
                services.add(new Service(code, "", "", "", "Servizio " + s, "", "", "", "", "", "", 0));
                for (int o = 1, no = 1 + random.nextInt(3); o <= no; o++) {
                    String ob = "OB" + s + o;
                    objectives.add(new Objective(ob, code, "Obiettivo " + ob, "", "", "", "",
                            Optional.of(BigDecimal.valueOf(1 + random.nextInt(50))), Optional.empty(), "",
                            Optional.empty(), "", false, "", "", Optional.empty(), Optional.empty(), "", "",
                            Aggregation.WEIGHTED_MEAN, 0));
                    for (int i = 1, ni = 1 + random.nextInt(3); i <= ni; i++) {
                        String target = String.valueOf(50 + random.nextInt(100));
                        indicators.add(new Indicator("I" + s + o + i, ob, "Indicatore", "", "",
                                TargetSpec.of(target, NumericTarget.of(target)), Optional.empty(), "", Optional.empty(),
                                Optional.empty(), Polarity.INCREASING, false, new TreeMap<>(Map.of(JUNE.date(),
                                TargetSpec.of(target, NumericTarget.of(target)))), new TreeMap<>(), 0));
                    }
                }
                if (random.nextInt(3) == 0) {
                    rows.add(new DataRow("D" + s, code, "Dato " + s, new TreeMap<>(Map.of(2016, BigDecimal.valueOf(
                            random.nextInt(100)), 2017, BigDecimal.valueOf(random.nextInt(100)))), 10 + s));
                }
            }
            Settings settings = new Settings("Comune di Prova", 2018, List.of(JUNE, DECEMBER), BigDecimal.ZERO,
                    BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "Non raggiunto"),
                    new Band(new BigDecimal("0.9"), "Raggiunto")));
            return new Plan(settings, services, objectives, indicators, List.of(), rows.isEmpty() ? List.of()
                    : List.of(2016, 2017), rows);
        }
    }

    private static ReturnedWorkbookReader failingReader() {
        return path -> {
            throw new AssertionError("combine reads no file: " + path);
        };
    }
}
