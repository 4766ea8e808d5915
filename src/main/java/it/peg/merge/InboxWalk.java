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
 * <p>The files are put in {@link InputFolders#inbox}'s order (oldest first, then by name) when {@link #inputs} is first
 * asked for: the quiet night's check goes through them in any order ({@link #files}), and on its thread, whose end the
 * night waits for, sorting 2,000 files in cold code and copying their stamps into another map were a tenth of the
 * listing (issue 21).
 */
final class InboxWalk {
    private final List<InputFile> files;
    private final List<InputFolders.Skipped> skipped;
    private final Map<String, FileStamp> stamps;
    private final Map<String, String> digests;
    private InputFolders.Inputs inputs;

    /**
     * @param files   the files, in any order
     * @param skipped what {@link InputFolders#inbox} skips, in any order
     * @param stamps  each file's stamp, by its name in the inbox, taken while listing (not copied: the caller's)
     * @param digests the SHA-256 of the files the quiet night's check read (after this listing: as the ordinary run's
     *                own hashing would), by name: a night hashes each file it receives once, not in the check and again
     */
    private InboxWalk(List<InputFile> files, List<InputFolders.Skipped> skipped, Map<String, FileStamp> stamps,
                      Map<String, String> digests) {
        this.files = java.util.Collections.unmodifiableList(files);
        this.skipped = java.util.Collections.unmodifiableList(skipped);
        this.stamps = java.util.Collections.unmodifiableMap(stamps);
        this.digests = java.util.Collections.unmodifiableMap(digests);
    }

    /** What {@link InputFolders#inbox} gives: the files oldest first, then by name, and the entries skipped, by name. */
    synchronized InputFolders.Inputs inputs() {
        if (inputs == null) {
            List<InputFile> sorted = new ArrayList<>(files);
            // written out rather than Comparator.comparing(...).thenComparing(...), whose lambdas the JDK spins at run
            // time (the class data sharing archive keeps peg's own lambdas, not those made inside the JDK's Comparator)
            sorted.sort((a, b) -> {
                int c = a.received().compareTo(b.received());
                return c != 0 ? c : a.name().compareTo(b.name());
            });
            List<InputFolders.Skipped> skippedSorted = new ArrayList<>(skipped);
            skippedSorted.sort((a, b) -> a.name().compareTo(b.name()));
            inputs = new InputFolders.Inputs(sorted, skippedSorted);
        }
        return inputs;
    }

    /** The files, in the order they were listed. */
    List<InputFile> files() {
        return files;
    }

    /** The entries {@link InputFolders#inbox} skips (links, special files), in the order they were listed. */
    List<InputFolders.Skipped> skipped() {
        return skipped;
    }

    /** Each file's stamp, by its name in the inbox, taken while listing. */
    Map<String, FileStamp> stamps() {
        return stamps;
    }

    /** The SHA-256 of the files the quiet night's check read after this listing, by name. */
    Map<String, String> digests() {
        return digests;
    }

    /** This listing, with the digests of the files read since it was made. */
    InboxWalk withDigests(Map<String, String> read) {
        Map<String, String> all = new HashMap<>(digests);
        all.putAll(read);
        return new InboxWalk(files, skipped, stamps, all);
    }

    /** The inbox's files and stamps. */
    static InboxWalk of(Path inbox) throws IOException {
        return of(inbox, FileStamp::typed);
    }

    /** How an entry's kind and stamp are read ({@link FileStamp#typed}; a test's stand-in). */
    @FunctionalInterface
    interface Stat {
        FileStamp.Typed typed(Path entry) throws IOException;
    }

    static InboxWalk of(Path inbox, Stat stat) throws IOException {
        Path root = Files.isSymbolicLink(inbox) ? inbox.toRealPath() : inbox;
        List<InputFile> files = new ArrayList<>();
        List<InputFolders.Skipped> skipped = new ArrayList<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        visit(root, "", files, skipped, stamps, stat);
        return new InboxWalk(files, skipped, stamps, Map.of());
    }

    private static void visit(Path dir, String prefix, List<InputFile> files, List<InputFolders.Skipped> skipped,
                              Map<String, FileStamp> stamps, Stat stat) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String base = p.getFileName().toString();
                if (InputFolders.ignored(base)) {
                    continue; // a hidden folder is left out whole, as a hidden or lock file is
                }
                String name = prefix + base;
                FileStamp.Typed t;
                try {
                    t = stat.typed(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // listed, then gone before its stamp was read: an office saving its scheda as the night runs (a
                    // temporary file renamed over the old one); whatever is there then is the next night's
                    continue;
                }
                switch (t.kind()) {
                    case FOLDER -> visit(p, name + "/", files, skipped, stamps, stat);
                    case FILE -> {
                        files.add(new InputFile(p, name, t.stamp().modifiedInstant()));
                        stamps.put(name, t.stamp());
                    }
                    case LINK -> skipped.add(new InputFolders.Skipped(p, name, true));
                    case OTHER -> skipped.add(new InputFolders.Skipped(p, name, false));
                }
            }
        }
    }
}
