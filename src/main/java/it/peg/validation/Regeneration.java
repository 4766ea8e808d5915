package it.peg.validation;

import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.TargetSpec;
import it.peg.italian.TargetParser;

/**
 * The command the controllo di gestione runs to give an office its scheda again, carrying the values already typed
 * ({@code generate --from}). A service with a relative target ({@code +5%}) takes its baseline from the plan's
 * Baseline column or, where that is empty, from last year's summary given with {@code --previous}: regenerating
 * without it would refuse the plan, or give targets that are not the ones the returned files are checked against.
 */
final class Regeneration {
    private static final String PLAIN = "'peg generate --plan PIANO.xlsx --out CARTELLA --from CARTELLA_SCHEDE_RICEVUTE'";
    private static final String WITH_PREVIOUS = "'peg generate --plan PIANO.xlsx --previous RIEPILOGO_ANNO_PRECEDENTE.xlsx"
            + " --out CARTELLA --from CARTELLA_SCHEDE_RICEVUTE' (senza --previous se i valori di partenza dei target"
            + " come +5% sono tutti nella colonna Baseline del piano)";

    private Regeneration() {
    }

    /** The command, quoted, for the scheda of {@code serviceCode}. */
    static String command(Plan plan, String serviceCode) {
        return hasRelativeTarget(plan, serviceCode) ? WITH_PREVIOUS : PLAIN;
    }

    private static boolean hasRelativeTarget(Plan plan, String serviceCode) {
        int year = plan.settings().year();
        for (Objective o : plan.objectivesOf(serviceCode)) {
            for (Indicator i : plan.indicatorsOf(o.code())) {
                if (relative(i.target(), year)
                        || i.intermediateTargets().values().stream().anyMatch(t -> relative(t, year))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean relative(TargetSpec target, int year) {
        return TargetParser.parse(target.written(), year).relative().isPresent();
    }
}
