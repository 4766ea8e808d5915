package it.peg.plan;

import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Plural;
import it.peg.domain.Severity;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.italian.Decimals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Semantic checks of a plan that reading cell by cell cannot see: duplicate, dangling and colliding
 * codes, weights, verifiche, intermediate targets, bands, objectives without indicators. ERRORE makes
 * the plan invalid; AVVISO informs (e.g. how weights were normalised).
 */
public final class PlanChecker {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final Plan plan;
    private final PlanLayout layout;
    private final List<Finding> findings = new ArrayList<>();

    private PlanChecker(Plan plan, PlanLayout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    /** Checks a plan built in code (findings point at the standard layout of {@code peg init}). */
    public static List<Finding> check(Plan plan) {
        return check(plan, PlanLayout.standard());
    }

    public static List<Finding> check(Plan plan, PlanLayout layout) {
        PlanChecker c = new PlanChecker(plan, layout);
        c.verifiche();
        c.bands();
        c.duplicates(PlanReader.SERVICES, "Codice", plan.services(), Service::code, Service::row);
        c.duplicates(PlanReader.OBJECTIVES, "Codice", plan.objectives(), Objective::code, Objective::row);
        c.duplicates(PlanReader.INDICATORS, "Codice", plan.indicators(), Indicator::code, Indicator::row);
        c.duplicates(PlanReader.DATA, "Codice", plan.dataRows(), DataRow::code, DataRow::row);
        c.collisions(PlanReader.OBJECTIVES, plan.objectives(), Objective::code, Objective::row);
        c.collisions(PlanReader.INDICATORS, plan.indicators(), Indicator::code, Indicator::row);
        c.collisions(PlanReader.DATA, plan.dataRows(), DataRow::code, DataRow::row);
        c.nameLengths();
        c.references();
        c.weights();
        c.intermediateTargets();
        c.objectivesWithoutIndicators();
        return List.copyOf(c.findings);
    }

    private void verifiche() {
        int year = plan.settings().year();
        for (Verifica v : plan.settings().verifiche()) {
            if (v.date().getYear() != year) {
                add(Severity.ERRORE, FindingCode.VERIFICA_FUORI_ANNO, PlanReader.SETTINGS, "", "", v.fullLabel(), "una data del " + year,
                        "La verifica " + v.fullLabel() + " non è nell'anno del piano " + year
                                + ": correggere la data in 'Verifiche' (es. 30/06; 31/12) o l'Anno.");
            }
            if (v.due().isPresent() && v.due().get().isBefore(v.date())) {
                add(Severity.AVVISO, FindingCode.SCADENZA_PRIMA_DELLA_VERIFICA, PlanReader.SETTINGS, "", "",
                        v.due().get().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "dopo il " + v.fullLabel(),
                        "La scadenza di consegna della verifica " + v.label() + " precede la verifica stessa: controllare 'Scadenze consegna'.");
            }
        }
    }

    private void bands() {
        List<Band> bands = plan.settings().bands();
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from().compareTo(bands.get(i - 1).from()) <= 0) {
                add(Severity.ERRORE, FindingCode.FASCE_NON_CRESCENTI, PlanReader.BANDS, "", "", bands.get(i).esito(),
                        "soglie crescenti", "Le fasce devono avere soglie 'Da %' crescenti dall'alto in basso (es. 0%, 60%, 90%): la fascia '"
                                + bands.get(i).esito() + "' non supera la precedente.");
            }
        }
    }

    private <T> void duplicates(String sheet, String header, List<T> items, Function<T, String> code, Function<T, Integer> row) {
        Map<String, Integer> seen = new HashMap<>();
        for (T item : items) {
            Integer first = seen.putIfAbsent(code.apply(item), row.apply(item));
            if (first != null) {
                add(Severity.ERRORE, FindingCode.CODICE_DUPLICATO, sheet, layout.cell(sheet, header, row.apply(item)), code.apply(item),
                        code.apply(item), "un codice unico", "Il codice '" + code.apply(item) + "' è già usato"
                                + (first > 0 ? " alla riga " + first : "") + " del foglio " + sheet + ": dare a ogni riga un codice diverso.");
            }
        }
    }

    /** Codes that differ but give the same defined name (e.g. {@code 1.1} and {@code 1-1} both become {@code 1_1}). */
    private <T> void collisions(String sheet, List<T> items, Function<T, String> code, Function<T, Integer> row) {
        Map<String, String> byToken = new HashMap<>();
        for (T item : items) {
            String c = code.apply(item);
            String other = byToken.putIfAbsent(InputNames.token(c), c);
            if (other != null && !other.equals(c)) {
                add(Severity.ERRORE, FindingCode.CODICI_IN_CONFLITTO, sheet, layout.cell(sheet, "Codice", row.apply(item)), c, c,
                        "un codice che differisca da '" + other + "' per lettere o cifre",
                        "I codici '" + other + "' e '" + c + "' differiscono solo per segni diversi da lettere e cifre e darebbero lo stesso"
                                + " nome nelle schede (" + InputNames.token(c) + "): cambiare uno dei due codici.");
            }
        }
    }

    /** Excel's longest defined name: POI refuses a longer one, Excel repairs the file. */
    static final int EXCEL_NAME_LENGTH = 255;

    /**
     * Codes (and phase labels) whose defined names in the schede would be longer than Excel accepts: without this,
     * {@code check} passed such a plan and {@code generate} stopped on it. The names are built as generation builds
     * them; every verifica's code has four digits, so the first verifica gives the longest.
     */
    private void nameLengths() {
        if (plan.settings().verifiche().isEmpty()) {
            return;
        }
        Verifica v = plan.settings().verifiche().get(0);
        for (Objective o : plan.objectives()) {
            nameLength(PlanReader.OBJECTIVES, "Codice", o.row(), o.code(), List.of(InputNames.reachable(o.code(), v),
                    InputNames.notes(o.code(), v), InputNames.planObjectiveWeight(o.code())));
        }
        for (Indicator i : plan.indicators()) {
            List<String> names = new ArrayList<>(List.of(InputNames.value(i.code(), v), InputNames.cause(i.code(), v),
                    InputNames.planTarget(i.code()), InputNames.planIndicatorWeight(i.code())));
            if (i.inputKind() == it.peg.domain.InputKind.RATIO) {
                names.add(InputNames.numerator(i.code(), v));
            }
            nameLength(PlanReader.INDICATORS, "Codice", i.row(), i.code(), names);
        }
        for (DataRow d : plan.dataRows()) {
            nameLength(PlanReader.DATA, "Codice", d.row(), d.code(),
                    List.of(InputNames.data(d.code(), plan.settings().year())));
        }
        Map<String, List<Phase>> byObjective = new LinkedHashMap<>();
        plan.phases().forEach(p -> byObjective.computeIfAbsent(p.objectiveCode(), k -> new ArrayList<>()).add(p));
        for (Map.Entry<String, List<Phase>> e : byObjective.entrySet()) {
            if (InputNames.reachable(e.getKey(), v).length() > EXCEL_NAME_LENGTH) {
                continue; // the objective's own code is reported
            }
            List<String> keys = InputNames.phaseKeys(e.getValue());
            for (int k = 0; k < keys.size(); k++) {
                Phase p = e.getValue().get(k);
                nameLength(PlanReader.PHASES, "Fase", p.row(), p.phase(),
                        List.of(InputNames.phase(e.getKey(), keys.get(k), v)));
            }
        }
    }

    private void nameLength(String sheet, String header, int row, String code, List<String> names) {
        String longest = names.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        int excess = longest.length() - EXCEL_NAME_LENGTH;
        if (excess > 0) {
            int max = Math.max(1, code.length() - excess);
            add(Severity.ERRORE, FindingCode.CODICE_TROPPO_LUNGO, sheet, layout.cell(sheet, header, row), code, code,
                    "al massimo " + Plural.count(max, "carattere", "caratteri"),
                    "Il codice '" + code + "' è troppo lungo: nelle schede darebbe il nome " + longest.substring(0, 24)
                            + "... di " + Plural.count(longest.length(), "carattere", "caratteri")
                            + ", ma Excel non accetta nomi di più di " + Plural.count(EXCEL_NAME_LENGTH, "carattere",
                            "caratteri") + ". Accorciarlo ad al massimo " + Plural.count(max, "carattere", "caratteri")
                            + ".");
        }
    }

    private void references() {
        Set<String> services = plan.services().stream().map(Service::code).collect(Collectors.toSet());
        Set<String> objectives = plan.objectives().stream().map(Objective::code).collect(Collectors.toSet());
        for (Objective o : plan.objectives()) {
            dangling(PlanReader.OBJECTIVES, "Servizio", o.row(), o.code(), o.serviceCode(), services, "servizio", PlanReader.SERVICES);
        }
        for (Indicator i : plan.indicators()) {
            dangling(PlanReader.INDICATORS, "Obiettivo", i.row(), i.code(), i.objectiveCode(), objectives, "obiettivo", PlanReader.OBJECTIVES);
        }
        for (Phase p : plan.phases()) {
            dangling(PlanReader.PHASES, "Obiettivo", p.row(), p.objectiveCode(), p.objectiveCode(), objectives, "obiettivo", PlanReader.OBJECTIVES);
        }
        for (DataRow d : plan.dataRows()) {
            dangling(PlanReader.DATA, "Servizio", d.row(), d.code(), d.serviceCode(), services, "servizio", PlanReader.SERVICES);
        }
    }

    private void dangling(String sheet, String header, int row, String subject, String ref, Set<String> known, String what,
                          String targetSheet) {
        if (known.contains(ref)) {
            return;
        }
        boolean service = what.equals("servizio");
        FindingCode code = service ? FindingCode.SERVIZIO_INESISTENTE : FindingCode.OBIETTIVO_INESISTENTE;
        // the article agrees with the noun: il servizio, l'obiettivo
        String the = service ? "il servizio" : "l'obiettivo";
        String ofThe = service ? "del servizio" : "dell'obiettivo";
        add(Severity.ERRORE, code, sheet, layout.cell(sheet, header, row), subject, ref, "un codice del foglio " + targetSheet,
                ref.isEmpty() ? "Manca il codice " + ofThe + ": scrivere in '" + header + "' un codice del foglio " + targetSheet + "."
                        : Character.toUpperCase(the.charAt(0)) + the.substring(1) + " '" + ref + "' non esiste nel foglio "
                        + targetSheet + ": correggere il codice o aggiungere " + the + ".");
    }

    private record Weighed(String code, int row, Optional<BigDecimal> weight) {
    }

    private void weights() {
        for (Objective o : plan.objectives()) {
            List<Weighed> ws = plan.indicatorsOf(o.code()).stream().map(i -> new Weighed(i.code(), i.row(), i.weight())).toList();
            weights(PlanReader.INDICATORS, "degli indicatori dell'obiettivo " + o.code(), o.code(), ws);
        }
        for (Service s : plan.services()) {
            List<Weighed> ws = plan.objectivesOf(s.code()).stream().map(o -> new Weighed(o.code(), o.row(), o.weight())).toList();
            weights(PlanReader.OBJECTIVES, "degli obiettivi del servizio " + s.code(), s.code(), ws);
        }
    }

    private void weights(String sheet, String group, String subject, List<Weighed> ws) {
        if (ws.isEmpty() || ws.stream().allMatch(w -> w.weight().isEmpty())) {
            return; // blank everywhere: equal weights
        }
        boolean negative = false;
        for (Weighed w : ws) {
            if (w.weight().isPresent() && w.weight().get().signum() < 0) {
                negative = true;
                add(Severity.ERRORE, FindingCode.PESO_NEGATIVO, sheet, layout.cell(sheet, "Peso", w.row()), w.code(),
                        Decimals.italian(w.weight().get()), "un peso >= 0", "Il peso non può essere negativo: correggerlo (es. 20%).");
            }
        }
        if (negative) {
            return;
        }
        List<Weighed> blank = ws.stream().filter(w -> w.weight().isEmpty()).toList();
        BigDecimal sum = ws.stream().map(w -> w.weight().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            add(Severity.ERRORE, FindingCode.PESI_TUTTI_ZERO, sheet, layout.cell(sheet, "Peso", ws.get(0).row()), subject, "0",
                    "somma maggiore di 0", "I pesi " + group + " sono tutti zero: assegnare i pesi (es. in percentuale, con somma 100),"
                            + " oppure lasciarli tutti vuoti per pesi uguali.");
            return;
        }
        if (!blank.isEmpty()) {
            add(Severity.AVVISO, FindingCode.PESI_PARZIALI, sheet, layout.cell(sheet, "Peso", blank.get(0).row()), subject, "",
                    "un peso per ogni riga", "Alcuni pesi " + group + " sono vuoti ("
                            + blank.stream().map(Weighed::code).collect(Collectors.joining(", "))
                            + "): valgono 0. Scrivere tutti i pesi, oppure lasciarli tutti vuoti per pesi uguali.");
        }
        if (sum.compareTo(HUNDRED) != 0) {
            String shares = ws.stream().filter(w -> w.weight().isPresent())
                    .map(w -> w.code() + " " + Decimals.italian(w.weight().get().multiply(HUNDRED)
                            .divide(sum, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP)) + "%")
                    .collect(Collectors.joining(", "));
            add(Severity.AVVISO, FindingCode.PESI_NORMALIZZATI, sheet, layout.cell(sheet, "Peso", ws.get(0).row()), subject,
                    Decimals.italian(sum), "somma 100", "I pesi " + group + " sommano " + Decimals.italian(sum)
                            + " e non 100: sono stati normalizzati in proporzione (" + shares + ").");
        }
    }

    private void intermediateTargets() {
        Map<LocalDate, Verifica> byDate = new LinkedHashMap<>();
        plan.settings().verifiche().forEach(v -> byDate.put(v.date(), v));
        Set<LocalDate> reported = new HashSet<>();
        for (Indicator i : plan.indicators()) {
            for (Map.Entry<LocalDate, TargetSpec> e : i.intermediateTargets().entrySet()) {
                String header = "Target " + e.getKey().format(DAY_MONTH);
                String cell = layout.cell(PlanReader.INDICATORS, header, i.row());
                Verifica v = byDate.get(e.getKey());
                if (v == null || v.isFinal()) {
                    if (reported.add(e.getKey())) {
                        add(Severity.ERRORE, FindingCode.TARGET_INTERMEDIO_NON_VERIFICA, PlanReader.INDICATORS, cell, i.code(), header,
                                "una verifica intermedia", "La colonna '" + header + "' non corrisponde a una verifica intermedia del piano ("
                                        + plan.settings().verifiche().stream().filter(x -> !x.isFinal()).map(Verifica::label)
                                        .collect(Collectors.joining("; ")) + "): correggere l'intestazione o le Verifiche in Impostazioni."
                                        + (v != null ? " Il target finale va nella colonna 'Target'." : ""));
                    }
                } else if (e.getValue().target().inputKind() != i.target().target().inputKind()) {
                    add(Severity.ERRORE, FindingCode.TARGET_INTERMEDIO_TIPO_DIVERSO, PlanReader.INDICATORS, cell, i.code(), e.getValue().text(),
                            "un target dello stesso tipo di '" + i.target().text() + "'", "Il target intermedio '" + e.getValue().text()
                                    + "' è di tipo diverso dal target finale '" + i.target().text()
                                    + "' (l'ufficio compila una sola cella per indicatore): usare lo stesso tipo (numero, %, rapporto, data, SI/NO).");
                }
            }
            for (LocalDate d : i.intermediateWeights().keySet()) {
                Verifica v = byDate.get(d);
                String header = "Peso " + d.format(DAY_MONTH);
                if ((v == null || v.isFinal()) && reported.add(d.withYear(1))) {
                    add(Severity.ERRORE, FindingCode.PESO_INTERMEDIO_NON_VERIFICA, PlanReader.INDICATORS,
                            layout.cell(PlanReader.INDICATORS, header, i.row()), i.code(), header, "una verifica intermedia",
                            "La colonna '" + header + "' non corrisponde a una verifica intermedia del piano: correggere l'intestazione.");
                }
            }
        }
    }

    private void objectivesWithoutIndicators() {
        Set<String> objectiveCodes = plan.objectives().stream().map(Objective::code).collect(Collectors.toSet());
        Set<String> withIndicators = plan.indicators().stream().map(Indicator::objectiveCode).collect(Collectors.toSet());
        for (Objective o : plan.objectives()) {
            if (!withIndicators.contains(o.code()) && !objectiveCodes.contains(o.linkedTo())) {
                add(Severity.AVVISO, FindingCode.OBIETTIVO_SENZA_INDICATORI, PlanReader.OBJECTIVES,
                        layout.cell(PlanReader.OBJECTIVES, "Codice", o.row()), o.code(), "", "almeno un indicatore",
                        "L'obiettivo '" + o.code() + "' non ha indicatori e non è collegato a un altro obiettivo: non avrà punteggio."
                                + " Aggiungere un indicatore nel foglio Indicatori, o indicare in 'Collegato a' l'obiettivo padre.");
            }
        }
        for (Service s : plan.services()) {
            if (plan.objectivesOf(s.code()).isEmpty()) {
                add(Severity.AVVISO, FindingCode.SERVIZIO_SENZA_OBIETTIVI, PlanReader.SERVICES, layout.cell(PlanReader.SERVICES, "Codice", s.row()),
                        s.code(), "", "almeno un obiettivo", "Il servizio '" + s.code()
                                + "' non ha obiettivi: la sua scheda sarà vuota. Aggiungere obiettivi nel foglio Obiettivi.");
            }
        }
    }

    private void add(Severity severity, FindingCode code, String sheet, String cell, String subject, String value, String expected,
                     String message) {
        findings.add(new Finding(severity, code, "", sheet, cell, subject, value, expected, message));
    }
}
