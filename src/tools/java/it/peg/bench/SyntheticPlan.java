package it.peg.bench;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.TargetSpec;
import it.peg.italian.TargetParser;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A large plan built in code with a seeded {@link Random}: N services, 3 objectives of 3 indicators
 * each per service, 3 verifiche, and a realistic mix of target kinds (mostly numbers and percentages,
 * then ratios, deadlines, SI/NO and qualitative progress), a few phases and data rows. The same seed
 * always gives the same plan.
 */
public final class SyntheticPlan {
    public static final int OBJECTIVES_PER_SERVICE = 3;
    public static final int INDICATORS_PER_OBJECTIVE = 3;
    static final int YEAR = 2024;

    private static final String[] DIRECTIONS = {"AREA AMMINISTRATIVA", "AREA TECNICA", "AREA SERVIZI ALLA PERSONA",
            "AREA ECONOMICO-FINANZIARIA", "POLIZIA LOCALE"};
    private static final String[] SUBJECTS = {"Servizi sociali", "Anagrafe", "Tributi", "Lavori pubblici", "Biblioteca",
            "Scuola", "Ambiente", "Urbanistica", "Personale", "Protocollo", "Cultura", "Sport"};
    private static final String[] MONTHS = {"GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"};

    private SyntheticPlan() {
    }

    public static Plan build(int services, long seed) {
        if (services < 1) {
            throw new IllegalArgumentException("at least one service");
        }
        Random rnd = new Random(seed);
        List<Verifica> vs = List.of(
                new Verifica(LocalDate.of(YEAR, 4, 30), Optional.of(LocalDate.of(YEAR, 5, 15)), false),
                new Verifica(LocalDate.of(YEAR, 8, 31), Optional.of(LocalDate.of(YEAR, 9, 15)), false),
                new Verifica(LocalDate.of(YEAR, 12, 31), Optional.of(LocalDate.of(YEAR + 1, 1, 31)), true));
        Settings settings = new Settings("Comune di Esempio Grande", YEAR, vs, BigDecimal.ZERO, BigDecimal.ONE, 0,
                List.of(new Band(BigDecimal.ZERO, "Non raggiunto"), new Band(new BigDecimal("0.6"), "Parzialmente raggiunto"),
                        new Band(new BigDecimal("0.9"), "Raggiunto")));
        List<Service> svc = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        List<DataRow> data = new ArrayList<>();
        int width = Integer.toString(services).length();
        for (int s = 1; s <= services; s++) {
            String code = "S" + String.format("%0" + width + "d", s);
            String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
            svc.add(new Service(code, DIRECTIONS[rnd.nextInt(DIRECTIONS.length)], "Dirigente " + s, "Settore " + subject,
                    subject + " " + s, "Responsabile " + s, "", "Assessore " + (1 + rnd.nextInt(8)), "GESTIONALE",
                    (2 + rnd.nextInt(20)) + " addetti", "Funzioni del servizio " + subject.toLowerCase() + ".", s + 1));
            for (int o = 1; o <= OBJECTIVES_PER_SERVICE; o++) {
                String oc = code + "." + o;
                objectives.add(new Objective(oc, code, "Obiettivo " + o + " del servizio " + subject,
                        "Miglioramento dell'efficienza e della qualità delle attività del servizio.", o == 1 ? "sviluppo" : "mantenimento",
                        "", "", Optional.of(new BigDecimal(o == 1 ? "40" : "30")),
                        Optional.of(java.time.LocalDate.of(YEAR, 1, 1)), "01/01/" + YEAR,
                        Optional.of(java.time.LocalDate.of(YEAR, 12, 31)), "31/12/" + YEAR, false, "", "", Optional.empty(), Optional.empty(), "",
                        Aggregation.WEIGHTED_MEAN, 0));
                for (int i = 1; i <= INDICATORS_PER_OBJECTIVE; i++) {
                    indicators.add(indicator(oc + "." + i, oc, rnd));
                }
                if (o == 1 && rnd.nextInt(3) == 0) {
                    int start = 1 + rnd.nextInt(6);
                    phases.add(new Phase(oc, "A", "Analisi e progettazione", List.of(start, start + 1), MONTHS[start - 1]
                            + "-" + MONTHS[start], 0));
                    phases.add(new Phase(oc, "B", "Realizzazione e verifica", java.util.stream.IntStream.rangeClosed(start + 3, start + 6).boxed().toList(), MONTHS[start + 2]
                            + "-" + MONTHS[start + 5], 0));
                }
            }
            if (rnd.nextInt(4) == 0) {
                SortedMap<Integer, BigDecimal> values = new TreeMap<>();
                values.put(YEAR - 2, BigDecimal.valueOf(100 + rnd.nextInt(900)));
                values.put(YEAR - 1, BigDecimal.valueOf(100 + rnd.nextInt(900)));
                data.add(new DataRow(code + ".D1", code, "Pratiche gestite", values, 0));
            }
        }
        return new Plan(settings, svc, objectives, indicators, phases, List.of(YEAR - 2, YEAR - 1, YEAR), data);
    }

    /** Roughly: 40% numbers, 20% percentages, 15% ratios, 10% deadlines, 10% SI/NO, 5% qualitative. */
    private static Indicator indicator(String code, String objective, Random rnd) {
        int pick = rnd.nextInt(100);
        String text;
        String unit;
        Polarity polarity = Polarity.INCREASING;
        if (pick < 40) {
            int v = 10 + rnd.nextInt(990);
            boolean atMost = rnd.nextInt(5) == 0;
            text = (atMost ? "<= " : ">= ") + v;
            unit = atMost ? "giorni" : "numero";
            polarity = atMost ? Polarity.DECREASING : Polarity.INCREASING;
        } else if (pick < 60) {
            int p = 50 + rnd.nextInt(50);
            text = p + "%";
            unit = "%";
        } else if (pick < 75) {
            int den = 2 + rnd.nextInt(20);
            int num = den * (5 + rnd.nextInt(50));
            text = num + "/" + den;
            unit = "pratiche per addetto";
        } else if (pick < 85) {
            LocalDate d = LocalDate.of(YEAR, 6 + rnd.nextInt(7), 1).plusMonths(1).minusDays(1);
            text = String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            unit = "data";
            polarity = Polarity.DECREASING;
        } else if (pick < 95) {
            text = "SI";
            unit = "";
        } else {
            text = "Miglioramento percepito";
            unit = "";
        }
        return new Indicator(code, objective, "Indicatore " + code, pick < 60 ? "PERFORMANCE" : "RISULTATO", "EFFICACIA",
                spec(text), Optional.of(BigDecimal.ONE), unit, Optional.empty(), Optional.empty(), polarity,
                false, new TreeMap<>(), new TreeMap<>(), 0);
    }

    /**
     * The target as the plan reader understands its text, so that the plan round-trips through its file
     * (a ratio such as 30/6 is read as the deadline 30 June, as in a real plan).
     */
    private static TargetSpec spec(String text) {
        return TargetParser.parse(text, YEAR).spec();
    }
}
