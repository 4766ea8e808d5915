package it.peg.merge.cache;

import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The merge's cache of read plans ({@link ParsedFileCache#forPlans}: keyed by the plan file's SHA-256 and the build,
 * with the services' fingerprints) for a command outside the merge: {@code consolidate} reads a 9,000-indicator plan
 * in seconds, the cache in a fraction of that. The one public entry to the cache; merge's own use is unchanged.
 */
public final class PlanCache {
    private PlanCache() {
    }

    /**
     * The plan of {@code planFile}, from {@code folder} when this build read these exact bytes before, else read (and
     * kept there when it has no error). The cache costs time, never the run: an entry that cannot be read or written
     * is a miss, and the plan is read as without a cache.
     *
     * @param folder the cache's folder (its entries go under {@code folder/cache/})
     * @param build  the identity of the running build ({@code Version.build()}): another build's entries are misses
     */
    public static PlanReadResult read(Path planFile, Path folder, String build) throws IOException {
        return ParsedFileCache.forPlans(folder, build).load(planFile, PlanReader::read);
    }

    /**
     * {@link #read}, but a plan taken from the cache comes without its reading's warnings, which stay encoded in the
     * entry: for a run that shows none of them (decoding them, often thousands, is work on the main thread that
     * everything after the plan waits for). An entry holds only a plan without errors, so what is left out is
     * warnings alone; a plan read from its file is given as its new entry decodes, without them too.
     */
    public static PlanReadResult readWithoutWarnings(Path planFile, Path folder, String build) throws IOException {
        return ParsedFileCache.forNightPlans(folder, build).load(planFile, PlanReader::read);
    }
}
