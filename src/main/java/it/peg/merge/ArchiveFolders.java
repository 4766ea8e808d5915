package it.peg.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Whether every file received still has its archived copy, told from the stamps of the archive's folders
 * ({@code archive/ab/}) where they vouch for it: a folder's modification and change times move whenever an entry is
 * added to it, removed or renamed, so a folder found as it was when all its copies were last found there holds them
 * still. A night with nothing new at 2,000 files stamps 256 folders instead of looking for 2,000 copies.
 */
final class ArchiveFolders {
    private ArchiveFolders() {
    }

    /** Archived copies looked for one by one, in this JVM (tests: which folders a stamp vouched for). */
    static final java.util.concurrent.atomic.AtomicLong COPIES_LOOKED_FOR = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The archive's folders as found now, when every file received ({@code name NUL sha256}) has its archived copy;
     * empty when one is missing. A folder whose stamp in {@code known} vouches for it is not looked into: no entry
     * was added, removed or renamed in it since all its copies were found there. The others are stamped, then their
     * copies looked for one by one: the stamp, taken first, vouches for them from then on if it is settled
     * ({@link FileStamp#settledBefore}) before {@code now}, a time before the stamp was taken.
     */
    static Optional<SortedMap<String, NightManifest.Entry>> holding(Path work, List<String> received,
            SortedMap<String, NightManifest.Entry> known, long now) {
        return holding(work, received, known, false, now);
    }

    /**
     * As {@link #holding(Path, List, SortedMap, long)}, told by the caller when {@code known}'s folders are known to be
     * exactly those of {@code received} (a manifest's fact): the usual night then looks at none of the files received.
     */
    static Optional<SortedMap<String, NightManifest.Entry>> holding(Path work, List<String> received,
            SortedMap<String, NightManifest.Entry> known, boolean knownAreTheirFolders, long now) {
        Archive archive = new Archive(work);
        SortedMap<String, NightManifest.Entry> found = new TreeMap<>();
        // the usual night: every folder the files received are in is known, and vouched for by its stamp
        if (!known.isEmpty() && (knownAreTheirFolders || known.keySet().equals(foldersOf(received)))) {
            for (Map.Entry<String, NightManifest.Entry> e : known.entrySet()) {
                Optional<FileStamp> stamp = folderStamp(archive, e.getKey());
                if (stamp.isEmpty() || !e.getValue().vouchesFor(stamp.get())) {
                    found.clear();
                    break;
                }
                found.put(e.getKey(), e.getValue());
            }
            if (!found.isEmpty()) {
                return Optional.of(found);
            }
        }
        SortedMap<String, List<String>> byFolder = new TreeMap<>();
        for (String r : received) {
            int nul = r.indexOf('\u0000');
            if (nul < 0 || r.length() < nul + 3) {
                return Optional.empty();
            }
            byFolder.computeIfAbsent(r.substring(nul + 1, nul + 3), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<String>> e : byFolder.entrySet()) {
            NightManifest.Entry was = known.get(e.getKey());
            Optional<FileStamp> stamp = folderStamp(archive, e.getKey());
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            if (was != null && was.vouchesFor(stamp.get())) {
                found.put(e.getKey(), was);
                continue;
            }
            COPIES_LOOKED_FOR.addAndGet(e.getValue().size());
            for (String r : e.getValue()) {
                int nul = r.indexOf('\u0000');
                if (!archive.contains(r.substring(nul + 1), r.substring(0, nul))) {
                    return Optional.empty();
                }
            }
            found.put(e.getKey(), NightManifest.Entry.of(stamp.get(), "", now));
        }
        return Optional.of(found);
    }

    /** The folders of the archive the files received are in. */
    static Set<String> foldersOf(List<String> received) {
        Set<String> folders = new HashSet<>();
        for (String r : received) {
            int nul = r.indexOf('\u0000');
            folders.add(nul < 0 || r.length() < nul + 3 ? "" : r.substring(nul + 1, nul + 3));
        }
        return folders;
    }

    /** The stamp of a folder of the archive (not through a link); empty when it is missing or not a folder. */
    private static Optional<FileStamp> folderStamp(Archive archive, String folder) {
        try {
            FileStamp.Typed t = FileStamp.typed(archive.dir().resolve(folder));
            return t.kind() == FileStamp.Kind.FOLDER ? Optional.of(t.stamp()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
