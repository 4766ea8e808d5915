package it.peg.consolidate;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
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
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ChangedServices}: which services a night combines from their files, decided before the unchanged ones are
 * decoded, and that any doubt is the full computation.
 */
class ChangedServicesTest {
    private static final Verifica JUNE = new Verifica(LocalDate.of(2018, 6, 30),
            Optional.of(LocalDate.of(2018, 7, 15)), false);
    private static final Verifica DECEMBER = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);
    private static final Plan PLAN = plan(List.of("S01", "S02", "S03", "S04"));

    private final Consolidator consolidator = new Consolidator(path -> {
        throw new AssertionError("no file is read: " + path);
    }, LocalDate.of(2018, 7, 1));

    private final List<FileAssessment> archive = new ArrayList<>(List.of(
            valid("S01 - Servizio.xlsx", "a1", "S01", day(1)),
            valid("S02 - Servizio.xlsx", "a2", "S02", day(2)),
            valid("S02 - Servizio.xlsx", "a3", "S02", day(3)),
            rejected("S03 - Servizio.xlsx", "a4", Optional.of("S03"), day(4)),
            rejected("foto.xlsx", "a5", Optional.empty(), day(5))));

    private KeptFigures kept(Map<String, NucleoOverride> overrides) {
        return KeptFigures.of(PLAN, JUNE, overrides, archive, consolidator.combine(PLAN, JUNE, archive, overrides))
                .orElseThrow();
    }

    private Optional<ChangedServices.Decision> decide(Verifica v, Map<String, NucleoOverride> overrides, KeptFigures kept,
                                                      List<FileAssessment> fresh) {
        List<FileAssessment> all = new ArrayList<>(archive);
        all.addAll(fresh);
        return ChangedServices.decide(PLAN, v, overrides, kept, all.stream().map(FileAssessment::file).toList(), fresh);
    }

    @Test
    void aNewFileChangesItsServiceAloneWhoseArchivedFilesAreDecodedAgain() {
        KeptFigures kept = kept(Map.of());
        ChangedServices.Decision d = decide(JUNE, Map.of(), kept,
                List.of(valid("S02 - Servizio.xlsx", "b1", "S02", day(6)))).orElseThrow();
        assertEquals(Set.of("S02"), d.changed());
        assertEquals(List.of(archive.get(1).file(), archive.get(2).file()), d.toDecode());
        assertEquals(List.of("a1", "a4", "a5"), d.kept().files().stream().map(f -> f.record().sha256()).toList());
    }

    @Test
    void aNewFileNamedForOneServiceWithTheSchedaOfAnotherChangesBoth() {
        ChangedServices.Decision d = decide(JUNE, Map.of(), kept(Map.of()),
                List.of(valid("S01 - Servizio.xlsx", "b2", "S04", day(6)))).orElseThrow();
        assertEquals(Set.of("S01", "S04"), d.changed());
    }

    @Test
    void aNewFileOfNoServiceChangesNoService() {
        ChangedServices.Decision d = decide(JUNE, Map.of(), kept(Map.of()),
                List.of(rejected("leggimi.xlsx", "b3", Optional.empty(), day(6)))).orElseThrow();
        assertEquals(Set.of(), d.changed());
        assertEquals(List.of(), d.toDecode());
    }

    @Test
    void anOverrideAddedChangedOrRemovedChangesItsServiceAndOneOfNoObjectiveNone() {
        NucleoOverride ob3 = new NucleoOverride("OB3", Optional.of(new BigDecimal("0.5")), "");
        NucleoOverride obx = new NucleoOverride("OBX", Optional.of(new BigDecimal("0.5")), "");
        assertEquals(Set.of("S03"), decide(JUNE, Map.of("OB3", ob3), kept(Map.of()), List.of()).orElseThrow().changed());
        assertEquals(Set.of("S03"), decide(JUNE, Map.of("OB3", new NucleoOverride("OB3", Optional.empty(), "nota")),
                kept(Map.of("OB3", ob3)), List.of()).orElseThrow().changed());
        assertEquals(Set.of("S03"), decide(JUNE, Map.of(), kept(Map.of("OB3", ob3)), List.of()).orElseThrow().changed());
        assertEquals(Set.of(), decide(JUNE, Map.of("OBX", obx), kept(Map.of()), List.of()).orElseThrow().changed());
    }

    @Test
    void anotherVerificaChangesEveryService() {
        assertEquals(Set.of("S01", "S02", "S03", "S04"),
                decide(DECEMBER, Map.of(), kept(Map.of()), List.of()).orElseThrow().changed());
    }

    @Test
    void aKeptFileGoneChangesItsService() {
        KeptFigures kept = kept(Map.of());
        archive.remove(1);
        ChangedServices.Decision d = decide(JUNE, Map.of(), kept, List.of()).orElseThrow();
        assertEquals(Set.of("S02"), d.changed());
        assertEquals(List.of(archive.get(1).file()), d.toDecode());
    }

    @Test
    void anArchivedFileTheFiguresDoNotKnowOrKnowOtherwiseIsTheFullComputation() {
        KeptFigures kept = kept(Map.of());
        archive.add(valid("S04 - Servizio.xlsx", "c1", "S04", day(7)));
        assertTrue(decide(JUNE, Map.of(), kept, List.of()).isEmpty(), "unknown");
        archive.remove(archive.size() - 1);
        FileAssessment s01 = archive.remove(0);
        archive.add(0, valid("S01 - Servizio.xlsx", "a1", "S01", day(9)));
        assertTrue(decide(JUNE, Map.of(), kept, List.of()).isEmpty(), "received at another time: " + s01.file());
    }

    @Test
    void aUsableFileOfNoServiceOfThePlanOrAPlanWithRepeatedCodesIsTheFullComputation() {
        KeptFigures kept = kept(Map.of());
        assertTrue(decide(JUNE, Map.of(), kept, List.of(valid("S09.xlsx", "d1", "S09", day(6)))).isEmpty());
        Plan repeated = plan(List.of("S01", "S01"));
        assertTrue(ChangedServices.decide(repeated, JUNE, Map.of(), kept, List.of(), List.of()).isEmpty());
        assertTrue(PartialCombine.combine(repeated, JUNE, Set.of(), List.of(), kept, Map.of()).isEmpty());
    }

    @Test
    void aPartialCombineGivenAFileOfAnUnchangedServiceOrLackingAServicesFiguresGivesNothing() {
        KeptFigures kept = kept(Map.of());
        // a file of S01 given while S01 is not said to change: the caller's decision does not fit, so combine everything
        assertTrue(PartialCombine.combine(PLAN, JUNE, Set.of("S02"), List.of(archive.get(0)), kept.withFiles(f -> false),
                Map.of()).isEmpty());
        KeptFigures lacking = new KeptFigures(kept.services().subList(1, 4), kept.files());
        assertTrue(PartialCombine.combine(PLAN, JUNE, Set.of(), List.of(), lacking, Map.of()).isEmpty());
        assertTrue(PartialCombine.combine(PLAN, JUNE, Set.of("S01"), List.of(), lacking, Map.of()).isPresent());
    }

    private static Instant day(int d) {
        return Instant.parse("2018-07-01T08:00:00Z").plusSeconds(86_400L * d);
    }

    private static FileAssessment valid(String name, String sha, String service, Instant received) {
        Submission s = new Submission(name, service, List.of(new IndicatorReport("I" + service.substring(1), JUNE.date(),
                Optional.of(new NumberValue(new BigDecimal("80"))), "", "Scheda!D11")), List.of(), List.of(), List.of());
        return new FileAssessment(new InputFile(Path.of("archivio", sha), name, received,
                Optional.of(new InputFile.Content(sha, 1000))), sha, 1000, Optional.of(service), Optional.of(s), List.of());
    }

    private static FileAssessment rejected(String name, String sha, Optional<String> service, Instant received) {
        return new FileAssessment(new InputFile(Path.of("archivio", sha), name, received,
                Optional.of(new InputFile.Content(sha, 1000))), sha, 1000, service, Optional.empty(),
                List.of(Finding.error("X", "Errore.").withFile(name)));
    }

    /** Services of one objective OBn of one indicator In each (n: the code's digits). */
    private static Plan plan(List<String> codes) {
        List<Service> services = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (String code : codes) {
            String n = code.substring(1).replaceFirst("^0", "");
            services.add(new Service(code, "", "", "", "Servizio " + n, "", "", "", "", "", "", 0));
            objectives.add(new Objective("OB" + n, code, "Obiettivo", "", "", "", "", Optional.of(BigDecimal.TEN),
                    Optional.empty(), "", Optional.empty(), "", false, "", "", Optional.empty(), Optional.empty(), "", "",
                    Aggregation.WEIGHTED_MEAN, 0));
            indicators.add(new Indicator("I" + code.substring(1), "OB" + n, "Indicatore", "", "",
                    TargetSpec.of("100", NumericTarget.of("100")), Optional.empty(), "", Optional.empty(),
                    Optional.empty(), Polarity.INCREASING, false, new TreeMap<>(Map.of(JUNE.date(),
                    TargetSpec.of("100", NumericTarget.of("100")))), new TreeMap<>(), 0));
        }
        Settings settings = new Settings("Comune di Prova", 2018, List.of(JUNE, DECEMBER), BigDecimal.ZERO,
                BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "Non raggiunto")));
        return new Plan(settings, services, objectives, indicators, List.of(), List.of(), List.of());
    }
}
