package it.peg.domain;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fingerprint of the part of the plan a service workbook was generated from: settings, the service,
 * its objectives, indicators, phases and data rows. Recorded in every generated workbook so that a
 * returned one generated from a different plan version is recognised as stale. Row numbers are left
 * out: moving rows in the plan workbook does not make workbooks stale.
 */
public final class PlanFingerprint {
    private PlanFingerprint() {
    }

    /** Hex SHA-256 of the canonical text of the service's slice of the plan (computed once per plan and service). */
    public static String of(Plan plan, String serviceCode) {
        return plan.fingerprint(serviceCode);
    }

    /** {@link #of} of every service of the plan, by code (tools: every fingerprint worked out before timing). */
    public static java.util.SortedMap<String, String> ofEveryService(Plan plan) {
        java.util.SortedMap<String, String> all = new java.util.TreeMap<>();
        plan.services().forEach(s -> all.put(s.code(), of(plan, s.code())));
        return all;
    }

    /**
     * A digest of the same slice of the plan as {@link #of}, but of a text that tells every two slices apart: each
     * value length-prefixed, numbers as written (a BigDecimal's scale kept), an empty value unlike any text, each
     * collection's size first. The fingerprint is what the schede in the field carry and cannot change; its text
     * writes values as they are, so two plans whose texts trade characters across a field's boundary (a Dirigente
     * {@code "Rossi;responsible=Bianchi"} and no Responsabile, against {@code "Rossi"} and a Responsabile
     * {@code "Bianchi;responsible="}) share it. What merge keys on (copied rows and forms, cached assessments) must
     * tell them apart: a shared key would show last night's texts. Computed once per plan and service, kept in the
     * plan's cache entry beside the fingerprints.
     */
    public static String contentKeyOf(Plan plan, String serviceCode) {
        return plan.contentKey(serviceCode);
    }

    /**
     * Takes the fingerprints and content keys computed earlier for a plan equal to this one (read from the same bytes
     * by the same build), the {@code i}-th of each being the {@code i}-th service's, as a plan's cache entry keeps them
     * (no map by code to build and compare). Lists of another length are ignored (the keys are then computed as
     * usual).
     *
     * @return whether they were taken
     */
    public static boolean restoreInServiceOrder(Plan plan, List<String> fingerprints, List<String> contentKeys) {
        if (fingerprints.size() != plan.services().size() || contentKeys.size() != plan.services().size()) {
            return false;
        }
        plan.restoreInServiceOrder(fingerprints, contentKeys);
        return true;
    }

    static String compute(Plan plan, String serviceCode) {
        return digest(slice(new StringBuilder(plan.settingsCanonicalText()), plan, serviceCode, false));
    }

    static String computeContentKey(Plan plan, String serviceCode) {
        return digest(slice(new StringBuilder(plan.settingsContentText()), plan, serviceCode, true));
    }

    private static String slice(StringBuilder sb, Plan plan, String serviceCode, boolean injective) {
        plan.service(serviceCode).ifPresent(service -> append(sb, service, injective));
        for (Objective o : plan.objectivesOf(serviceCode)) {
            append(sb, o, injective);
            plan.indicatorsOf(o.code()).forEach(i -> append(sb, i, injective));
            plan.phasesOf(o.code()).forEach(p -> append(sb, p, injective));
        }
        sb.append("years=");
        if (injective) {
            append(sb, plan.dataYears(), true);
        } else {
            sb.append(plan.dataYears()); // as the fingerprint always wrote them
        }
        sb.append('\n');
        plan.dataRowsOf(serviceCode).forEach(d -> append(sb, d, injective));
        return sb.toString();
    }

    private static String digest(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The canonical text of the plan's settings, the first part of every service's text (once per plan). */
    static String settingsText(Settings settings) {
        StringBuilder sb = new StringBuilder();
        append(sb, settings, false);
        return sb.toString();
    }

    /** The first part of every service's content-key text: its form's name and the settings (once per plan). */
    static String settingsContentText(Settings settings) {
        StringBuilder sb = new StringBuilder("content-key/1\n");
        append(sb, settings, true);
        return sb.toString();
    }

    /**
     * Components added to a record after schede carrying fingerprints were in the field (issue 15: a range's upper
     * bound): left out while empty, so that every plan without them keeps the fingerprint its schede carry.
     */
    private static final java.util.Set<String> ADDED_LATER = java.util.Set.of("upper");

    /**
     * A record type's components but {@code row} and the settings' {@code logo} and {@code missingValues} (how a scheda looks, not what it
     * asks: a new emblem must not make the returned workbooks stale), reflected once per type (it was per value:
     * most of the cost).
     */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            // the logo, missingValues and the template are not what the scheda asks: changing them must not make schede stale
            return Arrays.stream(type.getRecordComponents()).filter(c -> !c.getName().equals("row"))
                    .filter(c -> !(type == Settings.class
                            && (c.getName().equals("logo") || c.getName().equals("missingValues")
                            || c.getName().equals("template")))).toList();
        }
    };

    /**
     * @param injective the content key's form ({@link #contentKeyOf}): every leaf length-prefixed, an empty value
     *                  {@code ~} (a leaf starts with a digit), every collection and map its size first, numbers as
     *                  written; else the fingerprint's, which schede in the field carry (never to change)
     */
    private static void append(StringBuilder sb, Object value, boolean injective) {
        if (value instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('{');
            for (RecordComponent c : COMPONENTS.get(r.getClass())) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (ADDED_LATER.contains(c.getName()) && v instanceof Optional<?> o && o.isEmpty()) {
                    continue;
                }
                sb.append(c.getName()).append('=');
                append(sb, v, injective);
                sb.append(';');
            }
            sb.append("}\n");
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                append(sb, o.get(), injective);
            } else {
                sb.append(injective ? "~" : "<vuoto>");
            }
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            if (injective) {
                sb.append(c.size()).append('|');
            }
            c.forEach(e -> {
                append(sb, e, injective);
                sb.append(',');
            });
            sb.append(']');
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            if (injective) {
                sb.append(m.size()).append('|');
            }
            m.forEach((k, v) -> {
                append(sb, k, injective);
                sb.append(':');
                append(sb, v, injective);
                sb.append(',');
            });
            sb.append('}');
        } else if (injective) {
            String text = String.valueOf(value);
            sb.append(text.length()).append(':').append(text);
        } else if (value instanceof java.math.BigDecimal bd) {
            sb.append(bd.stripTrailingZeros().toPlainString());
        } else {
            sb.append(value);
        }
    }
}
