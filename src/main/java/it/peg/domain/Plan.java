package it.peg.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole plan (piano) as read from the plan workbook: settings and every service's objectives,
 * indicators, phases and multi-year data, in plan order.
 *
 * @param settings   Impostazioni and Fasce
 * @param services   Servizi
 * @param objectives Obiettivi
 * @param indicators Indicatori
 * @param phases     Fasi
 * @param dataYears  the year columns of the Dati sheet, ascending (may be empty)
 * @param dataRows   Dati
 */
public record Plan(Settings settings, List<Service> services, List<Objective> objectives,
                   List<Indicator> indicators, List<Phase> phases, List<Integer> dataYears,
                   List<DataRow> dataRows) {
    public Plan {
        Objects.requireNonNull(settings, "settings");
        services = List.copyOf(services);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        phases = List.copyOf(phases);
        dataYears = List.copyOf(dataYears);
        dataRows = List.copyOf(dataRows);
    }

    public Optional<Service> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Objective> objective(String code) {
        return objectives.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Objective> objectivesOf(String serviceCode) {
        return objectives.stream().filter(o -> o.serviceCode().equals(serviceCode)).toList();
    }

    public List<Indicator> indicatorsOf(String objectiveCode) {
        return indicators.stream().filter(i -> i.objectiveCode().equals(objectiveCode)).toList();
    }

    public List<Phase> phasesOf(String objectiveCode) {
        return phases.stream().filter(p -> p.objectiveCode().equals(objectiveCode)).toList();
    }

    public List<DataRow> dataRowsOf(String serviceCode) {
        return dataRows.stream().filter(d -> d.serviceCode().equals(serviceCode)).toList();
    }
}
