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

    /**
     * {@link #of} of every service of the plan, by code: what a cache of the plan's reading keeps next to it,
     * so that a night that decodes the plan does not compute them all again (see {@link #restore}).
     */
    public static java.util.SortedMap<String, String> ofEveryService(Plan plan) {
        java.util.SortedMap<String, String> all = new java.util.TreeMap<>();
        plan.services().forEach(s -> all.put(s.code(), of(plan, s.code())));
        return all;
    }

    /**
     * Takes {@link #ofEveryService} as computed earlier for a plan equal to this one (read from the same bytes
     * by the same build), instead of computing each again when it is first asked. A map that does not name
     * exactly the plan's services is ignored (the fingerprints are then computed as usual).
     *
     * @return whether the fingerprints were taken
     */
    public static boolean restore(Plan plan, Map<String, String> fingerprints) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        plan.services().forEach(s -> codes.add(s.code()));
        if (!codes.equals(fingerprints.keySet())) {
            return false;
        }
        plan.restoreFingerprints(fingerprints);
        return true;
    }

    static String compute(Plan plan, String serviceCode) {
        StringBuilder sb = new StringBuilder(plan.settingsCanonicalText());
        plan.service(serviceCode).ifPresent(service -> append(sb, service));
        for (Objective o : plan.objectivesOf(serviceCode)) {
            append(sb, o);
            plan.indicatorsOf(o.code()).forEach(i -> append(sb, i));
            plan.phasesOf(o.code()).forEach(p -> append(sb, p));
        }
        sb.append("years=").append(plan.dataYears()).append('\n');
        plan.dataRowsOf(serviceCode).forEach(d -> append(sb, d));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The canonical text of the plan's settings, the first part of every service's text (once per plan). */
    static String settingsText(Settings settings) {
        StringBuilder sb = new StringBuilder();
        append(sb, settings);
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

    private static void append(StringBuilder sb, Object value) {
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
                append(sb, v);
                sb.append(';');
            }
            sb.append("}\n");
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                append(sb, o.get());
            } else {
                sb.append("<vuoto>");
            }
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            c.forEach(e -> {
                append(sb, e);
                sb.append(',');
            });
            sb.append(']');
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            m.forEach((k, v) -> {
                append(sb, k);
                sb.append(':');
                append(sb, v);
                sb.append(',');
            });
            sb.append('}');
        } else if (value instanceof java.math.BigDecimal bd) {
            sb.append(bd.stripTrailingZeros().toPlainString());
        } else {
            sb.append(value);
        }
    }
}
