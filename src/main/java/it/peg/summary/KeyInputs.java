package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;

/**
 * What the runs' input keys ({@link ServiceInputKeys}, {@link IndicatorRows#keyOf}) are made of in a result: its plan,
 * its registry, its scored verifica and the Nucleo's overrides. Two results with the same (the same objects: they are
 * immutable) have the same keys: a night works the keys out once for the result it has before scoring, to find the
 * services it must score ({@link RenderedServices}), and its writers take them for the partial result made after
 * ({@link ConsolidationResult#partialTo} keeps these parts). The objects are not held.
 */
final class KeyInputs {
    private final WeakReference<Plan> plan;
    private final WeakReference<List<FileRecord>> registry;
    private final WeakReference<Map<String, NucleoOverride>> overrides;
    private final Verifica verifica;

    private KeyInputs(ConsolidationResult result) {
        this.plan = new WeakReference<>(result.plan());
        this.registry = new WeakReference<>(result.registry());
        this.overrides = new WeakReference<>(result.scores().overrides());
        this.verifica = result.scores().verifica();
    }

    /** Those of {@code result}. */
    static KeyInputs of(ConsolidationResult result) {
        return new KeyInputs(result);
    }

    /** Whether {@code result}'s are these: the same plan, registry and overrides, an equal verifica. */
    boolean madeOf(ConsolidationResult result) {
        return plan.get() == result.plan() && registry.get() == result.registry()
                && overrides.get() == result.scores().overrides() && verifica.equals(result.scores().verifica());
    }
}
