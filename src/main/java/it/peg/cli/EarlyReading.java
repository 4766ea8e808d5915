package it.peg.cli;

import it.peg.consolidate.Consolidator;
import it.peg.consolidate.InputFolders;
import it.peg.consolidate.ReadAhead;
import it.peg.readback.XlsxReturnedWorkbookReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * consolidate's {@code --in} folders listed, and their files read ahead ({@link ReadAhead}), on a thread of their own
 * from the command's start, while the main thread loads the plan: listing 2,000 files (a stat each, the sort) was
 * done on the main thread before the plan, with the second core idle (docs/performance.md, "h26-read"). Only when
 * every folder exists; a listing that fails leaves nothing here, and the run lists the folders again after the plan,
 * as it says why.
 */
final class EarlyReading {
    private final List<Path> folders;
    private final int threads;
    private final Thread thread;
    /** Set by the listing thread; read after {@link #stop} has joined it. */
    private InputFolders.Listing listing;
    private ReadAhead ahead;
    private boolean stopped;

    private EarlyReading(List<Path> folders, int threads) {
        this.folders = folders;
        this.threads = threads;
        // daemon: a run that stops on a bad plan or a usage error does not wait for it
        this.thread = new Thread(this::listAndRead, "peg-read-ahead");
        thread.setDaemon(true);
    }

    /** Starts listing {@code dirs} and reading their files, or empty when one of them is not a folder. */
    static Optional<EarlyReading> start(String[] dirs) {
        List<Path> folders = new ArrayList<>();
        for (String dir : dirs) {
            Path p = Path.of(dir);
            if (!Files.isDirectory(p)) {
                return Optional.empty();
            }
            folders.add(p);
        }
        // a core left to the plan's load, which everything after it waits for
        EarlyReading early = new EarlyReading(List.copyOf(folders), Math.max(1, Consolidator.defaultThreads() - 1));
        early.thread.start();
        return Optional.of(early);
    }

    private void listAndRead() {
        InputFolders.Listing l;
        try {
            l = InputFolders.scan(folders);
        } catch (java.io.IOException | RuntimeException e) {
            return; // listed again after the plan, which reports it
        }
        synchronized (this) {
            listing = l;
            if (!stopped) {
                ahead = ReadAhead.start(new XlsxReturnedWorkbookReader(), InputFolders.inputFiles(l), threads);
            }
        }
    }

    /** Waits for the listing, then stops the reading ahead ({@link ReadAhead#stop}); idempotent. */
    void stop() {
        synchronized (this) {
            stopped = true;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        ReadAhead a;
        synchronized (this) {
            a = ahead;
        }
        if (a != null) {
            a.stop();
        }
    }

    /** The folders' listing, once {@link #stop}ped; empty when it failed. */
    synchronized Optional<InputFolders.Listing> listing() {
        return Optional.ofNullable(listing);
    }

    /** The files read ahead, once {@link #stop}ped; empty when the listing failed. */
    synchronized Optional<ReadAhead> ahead() {
        return Optional.ofNullable(ahead);
    }
}
