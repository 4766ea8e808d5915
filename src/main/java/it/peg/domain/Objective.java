package it.peg.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective (obiettivo) of a service. Text fields are "" when blank.
 *
 * @param code               plan code, unique in the plan
 * @param serviceCode        the owning service
 * @param title              titolo
 * @param description        descrizione (may be long)
 * @param type               tipo (sintesi, sviluppo, mantenimento, strategico, ...)
 * @param linkedTo           collegato a: a parent objective code or a DUP strategic line
 * @param missionProgram     missione/programma, e.g. {@code 12 / 1203}
 * @param weight             peso in the service, as written (percentage points or coefficient); empty when blank
 * @param start              data inizio, when a date
 * @param startText          data inizio as written (e.g. {@code 17/03/18})
 * @param end                data fine, when a date
 * @param endText            data fine as written (e.g. {@code Giugno 2021}, {@code -----})
 * @param multiYear          pluriennale
 * @param humanResources     risorse umane
 * @param financialResources risorse finanziarie
 * @param revenue            entrata (euro)
 * @param expense            spesa (euro)
 * @param otherServices      altri servizi coinvolti
 * @param responsible        responsabile of the objective, when it differs per objective (Serravalle)
 * @param aggregation        how indicators combine
 * @param row                plan row (1-based), 0 when built in code
 */
public record Objective(String code, String serviceCode, String title, String description, String type,
                        String linkedTo, String missionProgram, Optional<BigDecimal> weight,
                        Optional<LocalDate> start, String startText, Optional<LocalDate> end, String endText,
                        boolean multiYear, String humanResources, String financialResources,
                        Optional<BigDecimal> revenue, Optional<BigDecimal> expense, String otherServices,
                        String responsible, Aggregation aggregation, int row) {
    public Objective {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(linkedTo, "linkedTo");
        Objects.requireNonNull(missionProgram, "missionProgram");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(startText, "startText");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(endText, "endText");
        Objects.requireNonNull(humanResources, "humanResources");
        Objects.requireNonNull(financialResources, "financialResources");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(expense, "expense");
        Objects.requireNonNull(otherServices, "otherServices");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(aggregation, "aggregation");
        if (code.isBlank()) {
            throw new IllegalArgumentException("objective code must not be blank");
        }
    }

    /** An objective without a responsabile of its own (the service's applies). */
    public Objective(String code, String serviceCode, String title, String description, String type,
                     String linkedTo, String missionProgram, Optional<BigDecimal> weight,
                     Optional<LocalDate> start, String startText, Optional<LocalDate> end, String endText,
                     boolean multiYear, String humanResources, String financialResources,
                     Optional<BigDecimal> revenue, Optional<BigDecimal> expense, String otherServices,
                     Aggregation aggregation, int row) {
        this(code, serviceCode, title, description, type, linkedTo, missionProgram, weight, start, startText, end,
                endText, multiYear, humanResources, financialResources, revenue, expense, otherServices, "",
                aggregation, row);
    }
}
