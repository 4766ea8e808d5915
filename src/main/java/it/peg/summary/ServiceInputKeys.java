package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each service's rows (Servizi, Obiettivi, Fasi) and its sheet of the Schede per la valutazione are made from, as
 * one digest per service, taken from the inputs rather than from the rows: the service's part of the plan (its
 * content key, {@link it.peg.domain.PlanFingerprint#contentKeyOf}: the fingerprint's slice, settings, bands and
 * verifiche included, in a text that tells every two slices apart, which the fingerprint's does not; and the plan's
 * rule for missing values, which both leave out), the scored verifica, every file the registry lists for the service (name, content,
 * size, time received, status and its reason: they decide which submission counts and what it says) and the Nucleo's
 * overrides of its objectives. Everything a service's rows show is computed from these alone (its delivery, its
 * scores, its phases, its causes: the scoring of a service reads no other service's submission), so equal keys give
 * equal rows for one build, and a run of rows whose key last night's index holds is copied without its rows being
 * made. What a sheet adds across services (row numbers, headings, the sheet's columns) goes into each run's key
 * beside these ({@link KeyedRows#of}). The code that makes rows from them is the running build's: merge keeps
 * its indexes per build.
 *
 * <p>Refused (empty): a plan that repeats a service's or an objective's code (the plan reader refuses such a plan; a
 * row made from another's score could not be told by its own inputs), and a service with a file whose content is not
 * known. The sheets then key their runs by what the rows print ({@link RowKeys}), as before.
 */
final class ServiceInputKeys {
    private static final String FORMAT = "service-inputs/1";

    /**
     * The last keys: what they were made of ({@link KeyInputs}), the service keys, and the runs' keys made from them, by
     * the sheet's form and the text the run's digest begins with (its place and items). A night makes every run's key
     * to find the services it must score ({@link RenderedServices}), then its writers ask for the same keys; each is a
     * SHA-256 (under C1, no intrinsic), ~60 ms of the 1% night's main thread at 10,000 services made twice. Null before
     * any.
     */
    private static Current last;

    private ServiceInputKeys() {
    }

    /**
     * Each service's key (32 bytes of SHA-256), by code, worked out once per result's {@link KeyInputs}: the summary's
     * writer, and the Schede's on another thread, take them for the same result, and a night's writers for the partial
     * result made from the one {@link RenderedServices} was asked of. Only the last keys are kept, and not what they
     * were made of. The arrays are not to be changed.
     */
    static Optional<Map<String, byte[]>> of(ConsolidationResult result) {
        return current(result).keys();
    }

    /** The service keys of one result's inputs, and the runs' keys made from them. */
    private record Current(KeyInputs inputs, Optional<Map<String, byte[]>> keys, Map<String, Map<String, String>> runs) {
    }

    private static synchronized Current current(ConsolidationResult result) {
        if (last == null || !last.inputs().madeOf(result)) {
            last = null; // a failure while computing leaves no keys of other inputs
            last = new Current(KeyInputs.of(result), compute(result), new java.util.concurrent.ConcurrentHashMap<>());
        }
        return last;
    }

    private static Optional<Map<String, byte[]>> compute(ConsolidationResult result) {
        Plan plan = result.plan();
        Set<String> codes = new HashSet<>();
        for (Service s : plan.services()) {
            if (!codes.add(s.code())) {
                return Optional.empty();
            }
        }
        Set<String> objectives = new HashSet<>();
        for (Objective o : plan.objectives()) {
            if (!objectives.add(o.code())) {
                return Optional.empty();
            }
        }
        Map<String, List<FileRecord>> files = new HashMap<>();
        for (FileRecord r : result.registry()) {
            r.serviceCode().ifPresent(code -> files.computeIfAbsent(code, k -> new ArrayList<>(2)).add(r));
        }
        Verifica scored = result.scores().verifica();
        StringBuilder sb = new StringBuilder(512).append(FORMAT).append('\n');
        text(sb, scored.code());
        text(sb, scored.date().toString());
        text(sb, scored.fullLabel());
        text(sb, plan.settings().missingValues().name());
        Prefix common = new Prefix(sb.toString());
        Map<String, byte[]> keys = new HashMap<>(plan.services().size() * 2);
        for (Service s : plan.services()) {
            sb.setLength(0);
            text(sb, s.code());
            sb.append(it.peg.domain.PlanFingerprint.contentKeyOf(plan, s.code())).append('\n');
            for (FileRecord r : files.getOrDefault(s.code(), List.of())) {
                if (r.sha256().isEmpty()) {
                    return Optional.empty();
                }
                text(sb, r.fileName());
                sb.append(r.sha256()).append('\t').append(r.size()).append('\t').append(r.received().getEpochSecond())
                        .append('.').append(r.received().getNano()).append('\t').append(r.status()).append('\n');
                text(sb, r.reason());
            }
            sb.append("nucleo\n");
            for (Objective o : plan.objectivesOf(s.code())) {
                // the objective's score carries this override: codes are unique here
                Optional<NucleoOverride> override = result.scores().override(o.code());
                text(sb, o.code());
                if (override.isPresent()) {
                    sb.append(override.get().score().map(java.math.BigDecimal::toString).orElse("-")).append('\n');
                    text(sb, override.get().note());
                } else {
                    sb.append("none\n");
                }
            }
            it.peg.io.Sha256.Incremental md = common.fresh();
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            keys.put(s.code(), md.digest());
        }
        return Optional.of(java.util.Collections.unmodifiableMap(keys));
    }

    /** Length-prefixed, so that no text can pass for the next field's. */
    static void text(StringBuilder sb, String s) {
        sb.append(s.length()).append(':').append(s).append('\n');
    }

    /**
     * A SHA-256 that has taken a prefix common to many keys once: each key then hashes its own bytes only (SHA-256 is
     * what a night's keys cost, with no intrinsic under C1: {@link it.peg.io.Sha256.Incremental}, written for C1).
     */
    static final class Prefix {
        private final it.peg.io.Sha256.Incremental md;

        Prefix(String prefix) {
            this.md = new it.peg.io.Sha256.Incremental();
            md.update(prefix.getBytes(StandardCharsets.UTF_8));
        }

        /** A digest that has taken the prefix, to be given the rest of one key. */
        it.peg.io.Sha256.Incremental fresh() {
            return md.copy();
        }
    }

    /**
     * The input keys of a sheet's runs of items ({@link KeyedRows.InputKeys}): each run's key names the sheet's form
     * ({@code context}: its name, its columns and their widths, whatever else its rows show of the whole result), the
     * run's place (its items and the number of its first row) and each item's code and service's inputs. Empty for
     * a run when the result has no keys, or an item's service none.
     *
     * <p>A run's key is made once per result's inputs ({@link KeyInputs}) and sheet form: {@code itemCode},
     * {@code serviceOf} and {@code firstRow} must be those of the sheet the form names, worked out from the result's
     * plan alone (as every sheet's are), for the key kept is looked up by the form and the items' codes and place.
     *
     * @param firstRow the number of the row of item {@code i}'s first row (rows before it come from other items)
     */
    static KeyedRows.InputKeys runs(ConsolidationResult result, String context, java.util.function.IntFunction<String> itemCode,
                                    java.util.function.IntFunction<String> serviceOf,
                                    java.util.function.IntUnaryOperator firstRow) {
        StringBuilder form = new StringBuilder(context.length() + 32).append(FORMAT).append("/run\n");
        text(form, context);
        String formText = form.toString();
        Prefix prefix = new Prefix(formText);
        return (from, to) -> {
            Current current = current(result);
            Optional<Map<String, byte[]>> keys = current.keys();
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder(16 * (to - from) + 32);
            sb.append(from).append(' ').append(to).append(' ').append(firstRow.applyAsInt(from)).append('\n');
            for (int i = from; i < to; i++) {
                text(sb, itemCode.apply(i));
            }
            String head = sb.toString();
            // the same form and head with the same service keys: the same digest (a run lacking a key is not kept)
            Map<String, String> made = current.runs().computeIfAbsent(formText,
                    f -> new java.util.concurrent.ConcurrentHashMap<>());
            String known = made.get(head);
            if (known != null) {
                return Optional.of(known);
            }
            it.peg.io.Sha256.Incremental md = prefix.fresh();
            md.update(head.getBytes(StandardCharsets.UTF_8));
            for (int i = from; i < to; i++) {
                byte[] key = keys.get().get(serviceOf.apply(i));
                if (key == null) {
                    return Optional.empty();
                }
                md.update(key);
            }
            String key = java.util.HexFormat.of().formatHex(md.digest());
            made.put(head, key);
            return Optional.of(key);
        };
    }

    /** The sheet's form for {@link #runs}: its name and version, column headings and widths, in every key. */
    static String context(String sheet, List<String> headers, int[] widths) {
        StringBuilder sb = new StringBuilder(256).append(sheet).append('\n');
        headers.forEach(h -> text(sb, h));
        for (int w : widths) {
            sb.append(w).append(' ');
        }
        return sb.toString();
    }
}
