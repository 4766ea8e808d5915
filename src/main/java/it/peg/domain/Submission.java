package it.peg.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A returned service workbook after reading and validation: trusted, typed values only.
 * Findings are kept apart (see {@link Finding}).
 *
 * @param fileName    the file's name as received
 * @param serviceCode the service the workbook belongs to
 * @param indicators  one report per indicator and verifica present in the workbook
 * @param objectives  one report per objective and intermediate verifica
 * @param phases      one report per phase and verifica
 * @param data        one report per Dati row (plan year)
 */
public record Submission(String fileName, String serviceCode, List<IndicatorReport> indicators,
                         List<ObjectiveReport> objectives, List<PhaseReport> phases, List<DataReport> data) {
    public Submission {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(serviceCode, "serviceCode");
        indicators = List.copyOf(indicators);
        objectives = List.copyOf(objectives);
        phases = List.copyOf(phases);
        data = List.copyOf(data);
    }

    /**
     * Whether the office reported anything at a verifica: a value (even one refused), a cause, a phase state, a
     * judgement or a note. A scheda returned without any of these is not a delivery ("non compilata").
     */
    public boolean reportsAnythingAt(java.time.LocalDate verifica) {
        for (IndicatorReport r : indicators) {
            if (r.verifica().equals(verifica) && (r.value().isPresent() || r.rejected() || !r.cause().isBlank())) {
                return true;
            }
        }
        for (PhaseReport r : phases) {
            if (r.verifica().equals(verifica) && r.state().isPresent()) {
                return true;
            }
        }
        for (ObjectiveReport r : objectives) {
            if (r.verifica().equals(verifica) && (r.reachable().isPresent() || !r.notes().isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** Where a report's value came from, as the office knows it: {@code file!sheet!cell} ("" when nowhere). */
    public String sourceOf(IndicatorReport report) {
        return report.source().isEmpty() ? "" : fileName + "!" + report.source();
    }

    /**
     * The report of an indicator at a verifica. A loop, not a stream: scoring and the writers ask it for every
     * indicator of every service, and the streams' set-up was a sixth of a night's scoring.
     */
    public Optional<IndicatorReport> indicator(String code, java.time.LocalDate verifica) {
        for (IndicatorReport r : indicators) {
            if (r.indicatorCode().equals(code) && r.verifica().equals(verifica)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<ObjectiveReport> objective(String code, java.time.LocalDate verifica) {
        for (ObjectiveReport r : objectives) {
            if (r.objectiveCode().equals(code) && r.verifica().equals(verifica)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
