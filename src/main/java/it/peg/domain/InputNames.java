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
        // plan codes are ASCII: upper-cased and replaced in one pass, without the copy toUpperCase makes (every name
        // of every returned file is made from one)
        char[] ascii = new char[code.length()];
        for (int i = 0; i < ascii.length; i++) {
            char c = code.charAt(i);
            if (c >= 0x80) {
                ascii = null;
                break;
            }
            ascii[i] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_';
        }
        if (ascii != null) {
            return new String(ascii);
        }
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
        return valueOfToken(token(indicatorCode), v.code());
    }

    /**
     * {@link #value} from the indicator's {@link #token} and the verifica's {@link Verifica#code}: for a reader asking
     * an indicator's names at every verifica, which makes each once (the same for the {@code OfToken} ones below).
     */
    public static String valueOfToken(String indicatorToken, String verificaCode) {
        return "IN_" + indicatorToken + "_" + verificaCode;
    }

    /** {@code IN_<ind>_<MMDD>_NUM}: the numerator of a ratio indicator. */
    public static String numerator(String indicatorCode, Verifica v) {
        return numeratorOfToken(token(indicatorCode), v.code());
    }

    public static String numeratorOfToken(String indicatorToken, String verificaCode) {
        return valueOfToken(indicatorToken, verificaCode) + "_NUM";
    }

    /** {@code IN_<ind>_<MMDD>_DEN}: the denominator of a ratio indicator. */
    public static String denominator(String indicatorCode, Verifica v) {
        return denominatorOfToken(token(indicatorCode), v.code());
    }

    public static String denominatorOfToken(String indicatorToken, String verificaCode) {
        return valueOfToken(indicatorToken, verificaCode) + "_DEN";
    }

    /** {@code CAUSA_<ind>_<MMDD>}: the cause of a gap. */
    public static String cause(String indicatorCode, Verifica v) {
        return causeOfToken(token(indicatorCode), v.code());
    }

    public static String causeOfToken(String indicatorToken, String verificaCode) {
        return "CAUSA_" + indicatorToken + "_" + verificaCode;
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
