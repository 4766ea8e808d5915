package it.peg.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public contract of defined names in a service workbook (SPEC section 4). Every input cell has
 * one of these workbook-level names; other tools rely on them, so they never change meaning.
 */
public final class InputNames {
    private InputNames() {
    }

    /** A plan code upper-cased with every character outside A-Z0-9 turned into '_'. */
    public static String token(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            sb.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return sb.toString();
    }

    /** {@code IN_<ind>_<MMDD>}: the value reported for an indicator at a verifica. */
    public static String value(String indicatorCode, Verifica v) {
        return "IN_" + token(indicatorCode) + "_" + v.code();
    }

    /** {@code IN_<ind>_<MMDD>_NUM}: the numerator of a ratio indicator. */
    public static String numerator(String indicatorCode, Verifica v) {
        return value(indicatorCode, v) + "_NUM";
    }

    /** {@code IN_<ind>_<MMDD>_DEN}: the denominator of a ratio indicator. */
    public static String denominator(String indicatorCode, Verifica v) {
        return value(indicatorCode, v) + "_DEN";
    }

    /** {@code CAUSA_<ind>_<MMDD>}: the cause of a gap. */
    public static String cause(String indicatorCode, Verifica v) {
        return "CAUSA_" + token(indicatorCode) + "_" + v.code();
    }

    /** {@code FASE_<obj>_<fase>_<MMDD>}: phase state; {@code phaseKey} from {@link #phaseKeys(List)}. */
    public static String phase(String objectiveCode, String phaseKey, Verifica v) {
        return "FASE_" + token(objectiveCode) + "_" + phaseKey + "_" + v.code();
    }

    /** {@code RAGGIUNGIBILE_<obj>_<MMDD>}: the office expects to reach the objective (SI/NO). */
    public static String reachable(String objectiveCode, Verifica v) {
        return "RAGGIUNGIBILE_" + token(objectiveCode) + "_" + v.code();
    }

    /** {@code NOTE_<obj>_<MMDD>}: actions taken, problems met. */
    public static String notes(String objectiveCode, Verifica v) {
        return "NOTE_" + token(objectiveCode) + "_" + v.code();
    }

    /** {@code DATO_<code>_<YYYY>}: the plan-year value of a Dati row. */
    public static String data(String dataCode, int year) {
        return "DATO_" + token(dataCode) + "_" + year;
    }

    /**
     * Keys of an objective's phases, in order. A phase label repeated in the same objective (Trezzo
     * lists two phases "B") gets {@code _2}, {@code _3}, ... on its second and later occurrences, so
     * that every phase has its own name.
     */
    public static List<String> phaseKeys(List<Phase> phasesOfOneObjective) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Phase p : phasesOfOneObjective) {
            String base = token(p.phase().isBlank() ? "F" : p.phase());
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "_" + n);
        }
        return keys;
    }

    /**
     * Internal (not part of the public contract): the locked cell showing an indicator's target text,
     * checked on reading back to detect a plan cell changed by someone who unprotected the sheet.
     */
    public static String planTarget(String indicatorCode) {
        return "PIANO_TGT_" + token(indicatorCode);
    }

    /** Internal: the locked cell showing an indicator's weight (a number; blank when the plan has none). */
    public static String planIndicatorWeight(String indicatorCode) {
        return "PIANO_PESO_" + token(indicatorCode);
    }

    /** Internal: the locked cell showing an objective's weight (a number; blank when the plan has none). */
    public static String planObjectiveWeight(String objectiveCode) {
        return "PIANO_PESOOBJ_" + token(objectiveCode);
    }
}
