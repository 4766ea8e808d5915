package it.peg.merge;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The night's listing of the inbox, on a thread of its own ({@link InboxWalk}), started by {@code peg merge} before it
 * takes the run lock and sets the night up ({@link #listAhead}) and taken by the night's check ({@link QuietNight}),
 * which hands it on to the ordinary run when the night is not quiet: one listing a night.
 */
public final class InboxListing {
    private InboxListing() {
    }

    /** The inbox's listing started by {@link #listAhead}, for the night's check to take. */
    private record Ahead(Path inbox, CompletableFuture<InboxWalk> walking) {
    }

    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    /**
     * Starts listing {@code inbox} now, on a thread of its own, for the night's check (or the ordinary run it hands the
     * listing to) to take: {@code peg merge} calls it before it takes the run lock and sets the night up, so that the
     * listing, at 2,000 files as long as the rest of a quiet night's own work, runs beside those too (issue 21). Only
     * reads the inbox: a run that then finds the lock held exits, and its listing with it (a daemon thread); a file
     * arriving after the listing is the next night's, as it is after any listing.
     */
    public static void listAhead(Path inbox) {
        AHEAD.set(new Ahead(inbox, it.peg.consolidate.SideTask.startUnlogged("peg-inbox-walk",
                () -> QuietNight.lister.list(inbox))));
    }

    /** Drops a listing started ahead that no night will take (the run lock was held by another run). */
    public static void forgetListAhead() {
        AHEAD.set(null);
    }

    /** The listing started ahead for this inbox, taken once; else one started now. */
    static CompletableFuture<InboxWalk> walking(Path inbox) {
        Ahead ahead = AHEAD.getAndSet(null);
        if (ahead != null && ahead.inbox().equals(inbox)) {
            return ahead.walking();
        }
        return it.peg.consolidate.SideTask.startUnlogged("peg-inbox-walk", () -> QuietNight.lister.list(inbox));
    }
}
