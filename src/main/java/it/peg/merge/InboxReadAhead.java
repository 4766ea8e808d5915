package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.consolidate.SideTask;
import it.peg.io.Sha256;
import it.peg.readback.ReadProblem;
import it.peg.readback.ReadResult;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReturnedWorkbookReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A reader of returned workbooks that reads tonight's new inbox files ahead, on a thread of its own while the plan is
 * read and the files archived (on two cores the other one is idle then), and gives a file's reading when it is later
 * asked to read that file's archived copy: only when the copy's bytes are those it read (the same SHA-256 and size), so
 * the answer is the one reading the copy gives; else, and for anything not read ahead, it reads the copy. A file read
 * ahead is given once (its reading is not held after). A file asked for before its turn came is read by the asker, not
 * twice; one being read ahead when asked for is awaited.
 */
final class InboxReadAhead implements ReturnedWorkbookReader {
    /** At most this many files are read ahead (each reading is held until asked for): a first night reads none. */
    static final int MAX_FILES = 256;

    private final ReturnedWorkbookReader reader;
    private volatile Map<String, Ahead> ahead = new ConcurrentHashMap<>();
    /** Whether the files to read ahead are known ({@link #readAhead} called). */
    private volatile boolean known;
    /** The files asked for before they were known: read by the asker, not ahead too. */
    private final Set<String> askedFirst = ConcurrentHashMap.newKeySet();

    InboxReadAhead(ReturnedWorkbookReader reader) {
        this.reader = reader;
    }

    /** One inbox file to read ahead: taken by whoever comes first, the thread reading ahead or the one asking. */
    private static final class Ahead {
        final InputFile file;
        final AtomicBoolean taken = new AtomicBoolean();
        final CompletableFuture<Optional<ReadResult>> read = new CompletableFuture<>();

        Ahead(InputFile file) {
            this.file = file;
        }
    }

    /**
     * Reads {@code files} (inbox files, by the names the office gave them) on the calling thread, each unless it was
     * asked for first (before this call too), until {@code stopped}; none when they are more than {@link #MAX_FILES}.
     * What an earlier call read and nobody asked for is dropped.
     */
    void readAhead(List<InputFile> files, BooleanSupplier stopped) {
        List<InputFile> toRead = files.size() <= MAX_FILES ? files : List.of();
        Map<String, Ahead> next = new ConcurrentHashMap<>();
        toRead.forEach(f -> next.putIfAbsent(f.name(), new Ahead(f)));
        ahead = next;
        known = true;
        askedFirst.forEach(name -> Optional.ofNullable(next.get(name)).ifPresent(a -> a.taken.set(true)));
        for (InputFile file : toRead) {
            Ahead a = next.get(file.name());
            if (stopped.getAsBoolean()) {
                return;
            }
            if (a.taken.compareAndSet(false, true)) {
                try {
                    ReadResult r = reader.read(a.file.path(), a.file.name());
                    a.read.complete(r.workbook().isPresent() && r.findings().stream()
                            .noneMatch(f -> ReadProblem.isTransient(f.code())) ? Optional.of(r) : Optional.empty());
                } finally {
                    a.read.complete(Optional.empty()); // failed: the archived copy is read as without reading ahead
                }
            }
        }
    }

    @Override
    public ReadResult read(Path file) {
        return reader.read(file);
    }

    @Override
    public ReadResult read(Path file, String displayName) {
        Ahead a = ahead.remove(displayName);
        if (a == null && !known) {
            askedFirst.add(displayName);
        }
        if (a != null && !a.taken.compareAndSet(false, true)) {
            Optional<ReadResult> r = a.read.join();
            if (r.isPresent() && sameBytes(file, r.get().workbook().orElseThrow())) {
                return r.get();
            }
        }
        return reader.read(file, displayName);
    }

    /** The file holds the bytes {@code read} was read from. */
    private static boolean sameBytes(Path file, RawWorkbook read) {
        try {
            return Files.size(file) == read.size() && Sha256.ofFile(file).equals(read.sha256());
        } catch (IOException | RuntimeException e) {
            return false; // the reader reads the copy and says what is wrong with it
        }
    }

    /**
     * One night's reading ahead: once the inbox's digests are known, the inbox files the ledger does not know by name
     * and content (tonight's new ones) read ahead by {@code assess} on a thread of its own; closed (stopped, and
     * awaited) once the night's files are assessed, and on every way out.
     */
    static final class Night implements AutoCloseable {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final CompletableFuture<Void> task;

        Night(Stages.AssessFile assess, List<InputFile> inbox, CompletableFuture<List<String>> hashes,
              Predicate<String> known) {
            task = SideTask.start("peg-merge-read-ahead", () -> {
                List<String> digests;
                try {
                    digests = hashes.join();
                } catch (RuntimeException e) {
                    return null; // the night meets the failure where it awaits the digests
                }
                List<InputFile> fresh = new ArrayList<>();
                for (int i = 0; i < inbox.size(); i++) {
                    String sha = digests.get(i);
                    if (!sha.equals(InboxHashes.GONE) && !known.test(History.Known.key(inbox.get(i).name(), sha))) {
                        fresh.add(inbox.get(i));
                    }
                }
                assess.readAhead(fresh, stopped::get);
                return null;
            });
        }

        @Override
        public void close() {
            stopped.set(true);
            SideTask.awaitQuietly(task);
        }
    }
}
