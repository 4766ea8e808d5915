package it.peg.consolidate;

import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Returned files read, in their order, before the run can validate them: reading (unzipping, parsing, hashing) needs
 * no plan, so {@code consolidate} starts it while the plan is loaded and the command's other inputs are checked, on
 * cores that would otherwise wait (docs/performance.md, "h23-consolidate"). {@link #stop} ends it; then, as the reader
 * the consolidator is given, it hands each file read ahead to the consolidator once and reads the others itself.
 * What is held is bounded by the time before {@link #stop}: a few hundred read files, each its named cells.
 */
public final class ReadAhead implements ReturnedWorkbookReader {
    private final ReturnedWorkbookReader reader;
    private final List<InputFile> files;
    private final Map<Path, Integer> index = new HashMap<>();
    private final AtomicReferenceArray<ReadResult> read;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    private ReadAhead(ReturnedWorkbookReader reader, List<InputFile> files) {
        this.reader = reader;
        this.files = List.copyOf(files);
        this.read = new AtomicReferenceArray<>(this.files.size());
        for (int i = 0; i < this.files.size(); i++) {
            index.putIfAbsent(this.files.get(i).path(), i);
        }
    }

    /** Starts reading {@code files} in order on {@code threads} daemon threads. */
    public static ReadAhead start(ReturnedWorkbookReader reader, List<InputFile> files, int threads) {
        ReadAhead ahead = new ReadAhead(reader, files);
        int n = files.isEmpty() ? 0 : Math.max(1, threads);
        for (int t = 0; t < n; t++) {
            // daemon: a run that stops on a bad plan or a usage error does not wait for them
            Thread thread = new Thread(ahead::readUntilStopped, "peg-read-ahead");
            thread.setDaemon(true);
            ahead.threads.add(thread);
            thread.start();
        }
        return ahead;
    }

    private void readUntilStopped() {
        for (int i = next.getAndIncrement(); i < files.size() && !stopped; i = next.getAndIncrement()) {
            InputFile f = files.get(i);
            // the reader never throws for bad input; anything else leaves the slot empty and the file is read again
            read.set(i, reader.read(f.path(), f.name()));
        }
    }

    /** Takes no more files and waits for the ones being read (each bounded by the reader's limits). */
    public void stop() {
        stopped = true;
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many files read ahead are still to be handed over. */
    public int readAhead() {
        int n = 0;
        for (int i = 0; i < read.length(); i++) {
            n += read.get(i) != null ? 1 : 0;
        }
        return n;
    }

    @Override
    public ReadResult read(Path file) {
        return reader.read(file);
    }

    /** The file's result read ahead under the same name, handed over once; else the file read now. */
    @Override
    public ReadResult read(Path file, String fileName) {
        Integer i = file == null ? null : index.get(file);
        if (i != null && files.get(i).name().equals(fileName)) {
            ReadResult r = read.getAndSet(i, null);
            if (r != null) {
                return r;
            }
        }
        return reader.read(file, fileName);
    }
}
