package it.peg.merge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The received files whose archived copies are in place tonight, by {@link History.Known#key}: found by the night's
 * quiet check ({@link QuietNight}: every file its manifest lists as received, their folders vouched for by their
 * stamps or the copies looked for, as a quiet night trusts them), or found or stored by {@link ArchiveStep#archiveNew}.
 * Neither that step nor {@link ArchiveStep#archivedFiles} looks for them one by one again (at 10,000 files each look is
 * a file-system call; issue 21). Used on the night's main thread only.
 */
final class CopiesInPlace {
    // the logger made when first used: a quiet night makes this object and logs through none (NightLogging, issue 21)
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(CopiesInPlace.class);
    }

    private static final Predicate<String> NONE = key -> false;

    private final Set<String> tonight = new HashSet<>();
    private final Set<String> stored = new HashSet<>();
    private Predicate<String> byCheck = NONE;

    /** What the quiet check found in place: the night's manifest's files received. */
    void foundByCheck(Predicate<String> found) {
        byCheck = found;
    }

    /** A copy found or stored by the archive step. */
    void found(String key) {
        tonight.add(key);
    }

    /** A copy the archive step stored, or found in place by reading it back ({@link Archive#store}): verified tonight. */
    void stored(String key) {
        tonight.add(key);
        stored.add(key);
    }

    /** The copies verified tonight ({@link #stored}): {@link VerifiedCopies} does not read them again. */
    Set<String> storedTonight() {
        return Collections.unmodifiableSet(stored);
    }

    boolean holds(String key) {
        if (tonight.contains(key)) {
            return true;
        }
        try {
            return byCheck.test(key);
        } catch (RuntimeException e) {
            // the manifest's files received, checked whole when it was read, could not be looked up: peg's fault, and
            // no reason to fail the night; every copy is looked for, as without the check's word
            Log.LOG.warn("the night manifest's files received could not be looked up: every archived copy is looked for", e);
            byCheck = NONE;
            return false;
        }
    }

    /** The keys found or stored by the archive step. */
    Set<String> tonight() {
        return Collections.unmodifiableSet(tonight);
    }

    /**
     * Forgets all of it once the copies are listed (the check's keys: at 10,000 files a set of 10,000), but the copies
     * verified tonight.
     */
    void forget() {
        tonight.clear();
        byCheck = NONE;
    }
}
