package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * merge's inbox listed with every file's stamp, one call to the file system per entry: the same files, names, order
 * and skipped entries as {@link InputFolders#inbox} (the one rule for folders: links never followed, special files
 * never opened, hidden, lock and system files left out, subfolders included; {@code InboxWalkTest} compares the two),
 * and the {@link FileStamp} of each file as read while listing. The listing of {@code InputFolders} reads each
 * entry's basic attributes and the night's check then read each file's stamp again: at 2,000 files, two thirds of
 * what a night with nothing new did after the JVM's start.
 *
 * @param inputs what {@link InputFolders#inbox} gives
 * @param stamps each file's stamp, by its name in the inbox, taken while listing
 */
record InboxWalk(InputFolders.Inputs inputs, Map<String, FileStamp> stamps) {
    InboxWalk {
        stamps = Map.copyOf(stamps);
    }

    /** The inbox's files and stamps. */
    static InboxWalk of(Path inbox) throws IOException {
        Path root = Files.isSymbolicLink(inbox) ? inbox.toRealPath() : inbox;
        List<InputFile> files = new ArrayList<>();
        List<InputFolders.Skipped> skipped = new ArrayList<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        visit(root, "", files, skipped, stamps);
        // written out rather than Comparator.comparing(...).thenComparing(...), whose lambdas the JDK spins at run
        // time (the class data sharing archive keeps peg's own lambdas, not those made inside the JDK's Comparator)
        files.sort((a, b) -> {
            int c = a.received().compareTo(b.received());
            return c != 0 ? c : a.name().compareTo(b.name());
        });
        skipped.sort((a, b) -> a.name().compareTo(b.name()));
        return new InboxWalk(new InputFolders.Inputs(files, skipped), stamps);
    }

    /** From this many entries in one folder, their stamps are read on two threads (thread start ~0.1 ms). */
    static final int TWO_THREADS_FROM = 256;

    private static void visit(Path dir, String prefix, List<InputFile> files, List<InputFolders.Skipped> skipped,
                              Map<String, FileStamp> stamps) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) {
                if (!InputFolders.ignored(p.getFileName().toString())) {
                    entries.add(p); // a hidden folder is left out whole, as a hidden or lock file is
                }
            }
        }
        FileStamp.Typed[] typed = typed(entries);
        for (int i = 0; i < typed.length; i++) {
            Path p = entries.get(i);
            String name = prefix + p.getFileName().toString();
            FileStamp.Typed t = typed[i];
            switch (t.kind()) {
                case FOLDER -> visit(p, name + "/", files, skipped, stamps);
                case FILE -> {
                    files.add(new InputFile(p, name, t.stamp().modifiedInstant()));
                    stamps.put(name, t.stamp());
                }
                case LINK -> skipped.add(new InputFolders.Skipped(p, name, true));
                case OTHER -> skipped.add(new InputFolders.Skipped(p, name, false));
            }
        }
    }

    /**
     * Each entry's {@link FileStamp#typed}, in order: a large folder's second half on a second thread, as one call
     * to the file system per entry was most of a night with nothing new after the JVM's start (~26 ms at 2,000
     * files, issue 21). A failure is the one of the first entry that failed, as when read one by one.
     */
    static FileStamp.Typed[] typed(List<Path> entries) throws IOException {
        FileStamp.Typed[] out = new FileStamp.Typed[entries.size()];
        if (entries.size() < TWO_THREADS_FROM || Runtime.getRuntime().availableProcessors() < 2) {
            stampAll(entries, out, 0, out.length);
            return out;
        }
        SecondHalf second = new SecondHalf(entries, out, out.length / 2);
        Thread thread = new Thread(second, "peg-inbox-stamps");
        thread.setDaemon(true);
        thread.start();
        IOException first = null;
        try {
            stampAll(entries, out, 0, second.from);
        } catch (IOException e) {
            first = e;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the inbox");
        }
        if (first != null) {
            throw first;
        }
        if (second.failure instanceof IOException e) {
            throw e;
        }
        if (second.failure instanceof RuntimeException e) {
            throw e;
        }
        if (second.failure instanceof Error e) {
            throw e;
        }
        return out;
    }

    private static void stampAll(List<Path> entries, FileStamp.Typed[] out, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            out[i] = FileStamp.typed(entries.get(i));
        }
    }

    /** The stamps of entries {@code from} to the end, on a thread of their own. */
    private static final class SecondHalf implements Runnable {
        private final List<Path> entries;
        private final FileStamp.Typed[] out;
        private final int from;
        private volatile Throwable failure;

        SecondHalf(List<Path> entries, FileStamp.Typed[] out, int from) {
            this.entries = entries;
            this.out = out;
            this.from = from;
        }

        @Override
        public void run() {
            try {
                stampAll(entries, out, from, out.length);
            } catch (Throwable t) {
                failure = t;
            }
        }
    }
}
