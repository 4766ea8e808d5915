package it.peg.validation;

import it.peg.domain.DataReport;
import it.peg.domain.DataRow;
import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.Phase;
import it.peg.domain.PhaseReport;
import it.peg.domain.PhaseState;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a returned workbook, as read, into a trusted {@link Submission} and the complete list of its
 * findings. File-level problems (not a scheda, another plan, unknown service, stale) refuse the file;
 * any other ERRORE drops only the value concerned, except a changed value of a verifica locked by
 * {@code generate --from}, which is replaced by the value recorded at generation ({@link LockedValues}). Only the raw input cells are read: the workbook's own
 * result formulas are never trusted.
 */
public final class SubmissionValidator {
    private final LocalDate today;
    private final boolean carryForward;
    /** The key of the seals over locked values, when it is beside the plan ({@link it.peg.io.SealKeyFile}). */
    private final Optional<it.peg.domain.LockSeal> seal;

    /**
     * @param today the day after the verifica checked: the values due at the verifiche before it are reported when
     *              missing (those with a target there; see {@link IndicatorValidation#due})
     */
    public SubmissionValidator(LocalDate today) {
        this(today, false);
    }

    private SubmissionValidator(LocalDate today, boolean carryForward) {
        this(today, carryForward, Optional.empty());
    }

    private SubmissionValidator(LocalDate today, boolean carryForward, Optional<it.peg.domain.LockSeal> seal) {
        this.today = Objects.requireNonNull(today, "today");
        this.carryForward = carryForward;
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /** This validator, checking locked values against their seals when {@code seal} is present. */
    public SubmissionValidator withSeal(Optional<it.peg.domain.LockSeal> seal) {
        return new SubmissionValidator(today, carryForward, seal);
    }

    /**
     * A validator for {@code peg generate --from}: a workbook generated from an older version of the plan is
     * accepted (its values are about to be carried into the new workbook), still refusing other plans and
     * unknown services. Plan cells that differ are expected (the plan changed) and not reported; a name the
     * new plan has but the old workbook lacks (a new indicator) is simply empty; a filled input cell the new
     * plan no longer has is reported as an AVVISO, because its value is dropped.
     */
    public static SubmissionValidator forCarryForward(LocalDate today) {
        return new SubmissionValidator(today, true);
    }

    /**
     * The finding for a scheda returned with nothing reported at a verifica ({@link Submission#reportsAnythingAt}):
     * it is not a delivery, and the office is told so.
     */
    public static it.peg.domain.Finding emptyWorkbook(String file, String serviceCode, Verifica verifica) {
        return new it.peg.domain.Finding(it.peg.domain.Severity.AVVISO, FindingCode.SCHEDA_NON_COMPILATA, file, "", "",
                serviceCode, "", "i valori della verifica al " + verifica.fullLabel(),
                "La scheda non riporta alcun valore per la verifica al " + verifica.fullLabel()
                        + ": non vale come consegna. Compilare i valori della verifica e inviarla di nuovo.");
    }

    public ValidationResult validate(Plan plan, RawWorkbook returned) {
        WorkbookRecognition.Outcome recognised = WorkbookRecognition.recognise(plan, returned, carryForward);
        if (recognised.service().isEmpty()) {
            return new ValidationResult(Optional.empty(), recognised.findings());
        }
        Service service = recognised.service().get();
        Findings findings = new Findings();
        findings.addAll(recognised.findings());
        FileNameCheck.check(plan, service, returned.fileName(), findings);
        // values of verifiche locked at generation that were changed come back as recorded (LockedValues)
        RawWorkbook wb = LockedValues.check(plan, service.code(), returned, findings, seal);
        int year = plan.settings().year();
        CellReader reader = new CellReader(wb.date1904(), year, findings);
        Names names = new Names(wb, findings, carryForward);
        if (!carryForward) {
            new PlanCellsCheck(plan, wb, findings, reader).check(service.code(), names);
        }

        IndicatorValidation indicatorValidation = new IndicatorValidation(wb.fileName(), year, wb.date1904(), today,
                plan.settings().missingValues(), names, reader, findings);
        List<IndicatorReport> indicators = new ArrayList<>();
        List<ObjectiveReport> objectives = new ArrayList<>();
        List<PhaseReport> phases = new ArrayList<>();
        List<Verifica> verifiche = plan.settings().verifiche();
        String[] verificaCodes = new String[verifiche.size()];
        for (int k = 0; k < verificaCodes.length; k++) {
            verificaCodes[k] = verifiche.get(k).code();
        }
        for (Objective o : plan.objectivesOf(service.code())) {
            List<Phase> objectivePhases = plan.phasesOf(o.code());
            List<String> keys = InputNames.phaseKeys(objectivePhases);
            // each indicator's code made a name token once per file, not once per name (4 names per verifica)
            List<Indicator> objectiveIndicators = plan.indicatorsOf(o.code());
            String[] tokens = new String[objectiveIndicators.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = InputNames.token(objectiveIndicators.get(i).code());
            }
            for (int k = 0; k < verificaCodes.length; k++) {
                Verifica v = verifiche.get(k);
                for (int i = 0; i < tokens.length; i++) {
                    indicators.add(indicatorValidation.validate(objectiveIndicators.get(i), v, tokens[i], verificaCodes[k]));
                }
                for (int p = 0; p < objectivePhases.size(); p++) {
                    phases.add(phase(wb, names, reader, findings, o, keys.get(p), v));
                }
                if (!v.isFinal()) {
                    objectives.add(objective(wb, names, reader, o, v));
                }
            }
        }
        List<DataReport> data = new ArrayList<>();
        for (DataRow d : plan.dataRowsOf(service.code())) {
            data.add(data(wb, names, reader, findings, d, year));
        }
        if (carryForward) {
            new DroppedInputs(wb, findings, reader).report(service.code(), names.asked());
        }
        Submission submission = new Submission(wb.fileName(), service.code(), indicators, objectives, phases, data);
        return new ValidationResult(Optional.of(submission), findings.asList());
    }

    private static PhaseReport phase(RawWorkbook wb, Names names, CellReader reader, Findings findings, Objective o,
                                     String key, Verifica v) {
        Optional<RawCell> cell = names.cell(InputNames.phase(o.code(), key, v), o.code());
        Optional<PhaseState> state = Optional.empty();
        if (cell.isPresent() && !cell.get().isBlank()) {
            String text = reader.text(cell.get());
            state = PhaseState.fromLabel(CellReader.fold(text).replace('_', ' '));
            if (state.isEmpty()) {
                findings.add(Spot.of(wb.fileName(), cell.get(), o.code()).error(FindingCode.STATO_FASE_NON_VALIDO,
                        reader.display(cell.get()), "Da avviare, In corso oppure Completata",
                        "Lo stato della fase " + key + " deve essere uno di quelli dell'elenco (Da avviare, In corso,"
                                + " Completata): sceglierlo dall'elenco della cella."));
            }
        }
        return new PhaseReport(o.code(), key, v.date(), state);
    }

    private static ObjectiveReport objective(RawWorkbook wb, Names names, CellReader reader, Objective o, Verifica v) {
        Optional<RawCell> reachableCell = names.cell(InputNames.reachable(o.code(), v), o.code());
        Optional<Boolean> reachable = reachableCell.isPresent()
                ? reader.yesNo(reachableCell.get(), Spot.of(wb.fileName(), reachableCell.get(), o.code())) : Optional.empty();
        Optional<RawCell> notesCell = names.cell(InputNames.notes(o.code(), v), o.code());
        String notes = notesCell.isPresent() ? reader.text(notesCell.get()) : "";
        return new ObjectiveReport(o.code(), v.date(), reachable, notes);
    }

    private static DataReport data(RawWorkbook wb, Names names, CellReader reader, Findings findings, DataRow d, int year) {
        Optional<RawCell> cell = names.cell(InputNames.data(d.code(), year), d.code());
        Optional<BigDecimal> value = Optional.empty();
        if (cell.isPresent()) {
            RawCell c = cell.get();
            Spot spot = Spot.of(wb.fileName(), c, d.code());
            Optional<BigDecimal> n = reader.number(c, spot);
            // the cell shown as text only for the finding of a negative value: it was formatted for every Dati cell
            if (n.isPresent() && (n.get().signum() >= 0 || DataSigns.accepted(d, n.get(), reader.display(c), spot, findings))) {
                value = n;
            }
        }
        String source = cell.map(c -> (c.sheet() + "!" + c.cell()).intern()).orElse("");
        return new DataReport(d.code(), year, value, source);
    }
}
