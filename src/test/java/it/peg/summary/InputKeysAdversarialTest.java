package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.io.SegmentIndex;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A fresh reviewer's attempts to make the summary's row sheets and the Schede per la valutazione copy last night's
 * output for tonight's data ({@link ServiceInputKeys}): each scenario makes last night's outputs from one real
 * consolidation (files combined as merge combines them), tonight's from another, copied from last night's and in full,
 * and asks for the same bytes. A key that misses what an output shows fails here.
 */
class InputKeysAdversarialTest {
    @TempDir
    Path tmp;

    private static final Verifica V = SummaryFixture.V0930;

    /** The fixture's plan with {@code services} and {@code objectives} replaced where given. */
    private static Plan plan(UnaryOperator<List<Service>> services, UnaryOperator<List<Objective>> objectives) {
        Plan p = SummaryFixture.plan();
        return new Plan(p.settings(), services.apply(new ArrayList<>(p.services())),
                objectives.apply(new ArrayList<>(p.objectives())), p.indicators(), p.phases(), p.dataYears(),
                p.dataRows());
    }

    private static Plan withSettings(Plan p, Settings s) {
        return new Plan(s, p.services(), p.objectives(), p.indicators(), p.phases(), p.dataYears(), p.dataRows());
    }

    private static FileAssessment file(Submission s, String sha, Instant received) {
        return file(s, s.fileName(), sha, received);
    }

    private static FileAssessment file(Submission s, String name, String sha, Instant received) {
        Submission named = new Submission(name, s.serviceCode(), s.indicators(), s.objectives(), s.phases(), s.data());
        return new FileAssessment(new InputFile(Path.of(name), name, received), sha, 40_000, Optional.of(s.serviceCode()),
                Optional.of(named), List.of());
    }

    /** The fixture's two submissions, S01 received on 10/10 (on time), S02 on 20/10 (late against 15/10). */
    private static List<FileAssessment> files() {
        List<Submission> subs = SummaryFixture.submissions();
        return List.of(file(subs.get(0), "ab".repeat(32), SummaryFixture.at(10, 10, 9)),
                file(subs.get(1), "ef".repeat(32), SummaryFixture.at(10, 20, 16)));
    }

    private static ConsolidationResult combine(Plan plan, Verifica v, List<FileAssessment> files,
                                               Map<String, NucleoOverride> overrides) {
        return Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), v).combine(plan, v, files, overrides);
    }

    private static ConsolidationResult combine(Plan plan, List<FileAssessment> files) {
        return combine(plan, V, files, Map.of());
    }

    private record Summary(byte[] bytes, List<SegmentIndex> indexes) {
    }

    private Summary summary(ConsolidationResult r, Optional<Path> earlier, List<SegmentIndex> indexes)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SegmentIndex> written = SummaryWorkbookWriter.write(r, out, earlier, indexes, Optional.of(tmp));
        return new Summary(out.toByteArray(), written);
    }

    /**
     * Last night's summary and Schede of {@code before}, tonight's of {@code tonight} copied from them: each the
     * bytes a full render of tonight writes.
     */
    private void assertCopiedIsFull(ConsolidationResult before, ConsolidationResult tonight) throws IOException {
        Summary last = summary(before, Optional.empty(), List.of());
        Path file = Files.write(tmp.resolve("riepilogo.xlsx"), last.bytes());
        Summary copied = summary(tonight, Optional.of(file), last.indexes());
        Summary full = summary(tonight, Optional.empty(), List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SegmentIndex index = ValutazioneWorkbookWriter.write(before, out, Optional.empty());
        Path forms = Files.write(tmp.resolve("schede-valutazione.xlsx"), out.toByteArray());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ValutazioneWorkbookWriter.write(tonight, again, Optional.of(new SegmentIndex.Earlier(forms, index)));
        byte[] fullForms = ValutazioneWorkbookWriter.bytes(tonight);
        assertAll(() -> assertArrayEquals(full.bytes(), copied.bytes(),
                        "the summary copied from last night's is not the full render"),
                () -> assertArrayEquals(fullForms, again.toByteArray(),
                        "the Schede copied from last night's are not the full render"));
    }

    private static Service service(Service s, String name, String manager) {
        return new Service(s.code(), s.direction(), s.director(), s.sector(), s.sectorResponsible(), name, manager,
                s.responsible(), s.politicalReferent(), s.classification(), s.staff(), s.functions(), s.row());
    }

    private static Objective titled(Objective o, String title, String description) {
        return new Objective(o.code(), o.serviceCode(), title, description, o.type(), o.linkedTo(), o.missionProgram(),
                o.weight(), o.start(), o.startText(), o.end(), o.endText(), o.multiYear(), o.humanResources(),
                o.financialResources(), o.revenue(), o.expense(), o.otherServices(), o.responsible(), o.aggregation(),
                o.row());
    }

    /**
     * The plan fingerprint is not length-prefixed ({@code name=...;manager=...;}): a service's name and its
     * dirigente that trade a text across their boundary give the same fingerprint. Keyed by it, tonight's Servizi
     * row and Scheda were last night's (found in review); the input keys take the plan's content key instead
     * ({@code PlanFingerprint.contentKeyOf}), which tells the two apart.
     */
    @Test
    void aServicesNameAndDirigenteTradingTextAcrossTheirBoundaryAreShownAsTonight() throws IOException {
        Plan before = plan(s -> {
            s.set(0, service(s.get(0), "Ragioneria;manager=Dott.ssa Anna Rossi", "Rag. Bruno"));
            return s;
        }, o -> o);
        Plan tonight = plan(s -> {
            s.set(0, service(s.get(0), "Ragioneria", "Dott.ssa Anna Rossi;manager=Rag. Bruno"));
            return s;
        }, o -> o);
        assertEquals(PlanFingerprint.of(before, "S01"), PlanFingerprint.of(tonight, "S01"),
                "the two plans share S01's fingerprint: the hole this test shows");
        assertNotEquals(PlanFingerprint.contentKeyOf(before, "S01"), PlanFingerprint.contentKeyOf(tonight, "S01"));
        assertCopiedIsFull(combine(before, files()), combine(tonight, files()));
    }

    /** The same with an objective's title and description: the Obiettivi row and the Scheda show its title. */
    @Test
    void anObjectivesTitleAndDescriptionTradingTextAcrossTheirBoundaryAreShownAsTonight() throws IOException {
        Plan before = plan(s -> s, o -> {
            o.set(0, titled(o.get(0), "Riduzione;description=dei tempi", ""));
            return o;
        });
        Plan tonight = plan(s -> s, o -> {
            o.set(0, titled(o.get(0), "Riduzione", "dei tempi;description="));
            return o;
        });
        assertEquals(PlanFingerprint.of(before, "S01"), PlanFingerprint.of(tonight, "S01"));
        assertCopiedIsFull(combine(before, files()), combine(tonight, files()));
    }

    /** Scadenze consegna: S02's file turns from late to on time when the verifica's due date moves to 31/10. */
    @Test
    void aVerificasDueDateMovedChangesPunctualityAndIsShown() throws IOException {
        Plan p = SummaryFixture.plan();
        Settings s = p.settings();
        List<Verifica> verifiche = new ArrayList<>(s.verifiche());
        verifiche.set(1, new Verifica(V.date(), Optional.of(LocalDate.of(2018, 10, 31)), false));
        Plan later = withSettings(p, new Settings(s.ente(), s.year(), verifiche, s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), s.logo(), s.missingValues(), s.template()));
        assertCopiedIsFull(combine(p, files()), combine(later, verifiche.get(1), files(), Map.of()));
    }

    /** The ente's name and the year: every Scheda prints them, every sheet's heading too. */
    @Test
    void theEntesNameChangedIsShownOnEverySheet() throws IOException {
        Plan p = SummaryFixture.plan();
        Settings s = p.settings();
        Plan renamed = withSettings(p, new Settings("Comune di Serravalle P.se", s.year(), s.verifiche(),
                s.minimumThreshold(), s.cap(), s.deadlineToleranceDays(), s.bands(), s.logo(), s.missingValues(),
                s.template()));
        assertCopiedIsFull(combine(p, files()), combine(renamed, files()));
    }

    /** A band's name (Fasce): the Esito of services and objectives. */
    @Test
    void aBandRenamedIsShown() throws IOException {
        Plan p = SummaryFixture.plan();
        Settings s = p.settings();
        List<it.peg.domain.Band> bands = new ArrayList<>(s.bands());
        bands.set(1, new it.peg.domain.Band(bands.get(1).from(), "In parte raggiunto"));
        Plan renamed = withSettings(p, new Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), bands, s.logo(), s.missingValues(), s.template()));
        assertCopiedIsFull(combine(p, files()), combine(renamed, files()));
    }

    /** A file re-sent under another service's code: both services' rows and Schede change. */
    @Test
    void aFileMovedToAnotherServiceIsShownForBoth() throws IOException {
        List<Submission> subs = SummaryFixture.submissions();
        Submission s02 = subs.get(1);
        Submission asS04 = new Submission(s02.fileName(), "S04", List.of(), List.of(), List.of(), List.of());
        List<FileAssessment> moved = List.of(file(subs.get(0), "ab".repeat(32), SummaryFixture.at(10, 10, 9)),
                file(asS04, "ef".repeat(32), SummaryFixture.at(10, 20, 16)));
        Plan p = SummaryFixture.plan();
        assertCopiedIsFull(combine(p, files()), combine(p, moved));
        assertCopiedIsFull(combine(p, moved), combine(p, files()));
    }

    /** Two files of S01 whose received times swap: the other one counts. */
    @Test
    void twoFilesOfOneServiceReceivedInTheOtherOrderAreShownAsTonight() throws IOException {
        List<Submission> subs = SummaryFixture.submissions();
        Submission s01 = subs.get(0);
        Submission older = new Submission(s01.fileName(), "S01", s01.indicators().subList(0, 2), List.of(), List.of(),
                List.of());
        Instant a = SummaryFixture.at(10, 10, 9);
        Instant b = SummaryFixture.at(10, 11, 9);
        List<FileAssessment> first = List.of(file(s01, "S01 a.xlsx", "ab".repeat(32), a),
                file(older, "S01 b.xlsx", "cd".repeat(32), b), files().get(1));
        List<FileAssessment> swapped = List.of(file(s01, "S01 a.xlsx", "ab".repeat(32), b),
                file(older, "S01 b.xlsx", "cd".repeat(32), a), files().get(1));
        Plan p = SummaryFixture.plan();
        assertCopiedIsFull(combine(p, first), combine(p, swapped));
    }

    /** The Nucleo types a score, then clears it: each night shows its own. */
    @Test
    void theNucleosScoreTypedThenClearedIsShownEachNight() throws IOException {
        Plan p = SummaryFixture.plan();
        ConsolidationResult none = combine(p, files());
        ConsolidationResult typed = combine(p, V, files(), Map.of("OB3",
                new NucleoOverride("OB3", Optional.of(new BigDecimal("0.85")), "")));
        ConsolidationResult noteOnly = combine(p, V, files(), Map.of("OB3",
                new NucleoOverride("OB3", Optional.empty(), "")));
        assertCopiedIsFull(none, typed);
        assertCopiedIsFull(typed, none);
        assertCopiedIsFull(none, noteOnly);
        assertCopiedIsFull(typed, new ConsolidationResult(typed.plan(), typed.scores(), typed.submissions(),
                typed.deliveries(), typed.registry(), typed.findings())); // another result, equal: all copied
    }

    /** A service added first to the plan: every row shifts, S01's Scheda is no longer the first (tab selected). */
    @Test
    void aServiceAddedFirstShiftsEveryRowAndTheSelectedTab() throws IOException {
        Plan p = SummaryFixture.plan();
        Plan added = plan(s -> {
            s.add(0, new Service("S00", "", "", "", "", "Nuovo servizio", "Dott. Nuovo", "", "", "", "", "", 0));
            return s;
        }, o -> o);
        assertCopiedIsFull(combine(p, files()), combine(added, files()));
        assertCopiedIsFull(combine(added, files()), combine(p, files()));
    }

    /** The same night at the first verifica, then at the second: the Fasi's columns and every score differ. */
    @Test
    void theVerificaMovingOnIsShown() throws IOException {
        Plan p = SummaryFixture.plan();
        assertCopiedIsFull(combine(p, SummaryFixture.V0630, files(), Map.of()), combine(p, files()));
    }
    /** Valori mancanti = zero with S01's due I1 left empty: OB1's score and S01's total count it at 0%. */
    @Test
    void theRuleForMissingValuesWithAServiceThatLeftAValueEmptyIsShown() throws IOException {
        Plan p = SummaryFixture.plan();
        Settings s = p.settings();
        it.peg.domain.MissingValues other = s.missingValues() == it.peg.domain.MissingValues.ZERO
                ? it.peg.domain.MissingValues.NOT_VALUED : it.peg.domain.MissingValues.ZERO;
        Plan zero = withSettings(p, new Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), s.logo(), other, s.template()));
        Submission s01 = SummaryFixture.submissions().get(0);
        List<it.peg.domain.IndicatorReport> reports = new ArrayList<>(s01.indicators());
        reports.replaceAll(r -> r.indicatorCode().equals("I1") && r.verifica().equals(V.date())
                ? new it.peg.domain.IndicatorReport("I1", V.date(), Optional.empty(), "", r.source()) : r);
        List<FileAssessment> empty = List.of(file(new Submission(s01.fileName(), "S01", reports, s01.objectives(),
                s01.phases(), s01.data()), "ab".repeat(32), SummaryFixture.at(10, 10, 9)), files().get(1));
        ConsolidationResult before = combine(p, empty);
        ConsolidationResult tonight = combine(zero, empty);
        org.junit.jupiter.api.Assertions.assertNotEquals(before.scores().service("S01"),
                tonight.scores().service("S01"), "the rule changes S01's score: the scenario shows something");
        assertCopiedIsFull(before, tonight);
        assertCopiedIsFull(tonight, before);
    }

    /** S02's file refused one night (same bytes), accepted the next (a plan put right, a reader fixed): both shown. */
    @Test
    void aFileRejectedThenAcceptedWithTheSameBytesIsShownEachNight() throws IOException {
        List<FileAssessment> accepted = files();
        FileAssessment f = accepted.get(1);
        FileAssessment refused = new FileAssessment(f.file(), f.sha256(), f.size(), f.serviceCode(), Optional.empty(),
                List.of(it.peg.domain.Finding.error("PIANO_DIVERSO", "La scheda è stata generata da un altro piano")
                        .withFile(f.file().name())));
        Plan p = SummaryFixture.plan();
        ConsolidationResult rejected = combine(p, List.of(accepted.get(0), refused));
        assertCopiedIsFull(rejected, combine(p, accepted));
        assertCopiedIsFull(combine(p, accepted), rejected);
    }
}
