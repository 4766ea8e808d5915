package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.io.Sha256;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The SHA-256 of the inbox's files for the ordinary run, each read only when nothing vouches for it. */
final class InboxHashes {
    private InboxHashes() {
    }

    /**
     * The SHA-256 of each inbox file for the ordinary run: from the last manifest where the file's stamp (taken while
     * listing, when given) vouches for it (a night with 20 new files of 2,000 reads 20), else read.
     */
    static List<String> of(MergeRequest request, String build, List<InputFile> inbox,
                           Map<String, FileStamp> listedStamps) throws IOException {
        return of(request, build, inbox, listedStamps, Map.of());
    }

    /**
     * As above, with the digests the quiet night's check read after the same listing ({@link InboxWalk#digests}): taken
     * as they are, as this method's own reading would be (both read the file after its stamp was listed). Which content
     * is archived is decided by {@link Archive#store} from the bytes it copies, never from these digests.
     */
    static List<String> of(MergeRequest request, String build, List<InputFile> inbox,
                           Map<String, FileStamp> listedStamps, Map<String, String> readTonight) throws IOException {
        SortedMap<String, NightManifest.Entry> known = NightManifest.read(request.workDir(), build)
                .filter(m -> m.inboxPath().equals(request.inbox().toString()))
                .map(NightManifest::inbox).orElse(new TreeMap<>());
        List<String> hashes = new ArrayList<>(inbox.size());
        for (InputFile f : inbox) {
            String tonight = readTonight.get(f.name());
            if (tonight != null) {
                hashes.add(tonight);
                continue;
            }
            NightManifest.Entry was = known.get(f.name());
            // the stamp taken while listing, before the file is read (as one taken now would be)
            FileStamp listed = listedStamps.get(f.name());
            Optional<FileStamp> stamp = was == null ? Optional.empty()
                    : listed != null ? Optional.of(listed) : FileStamp.of(f.path());
            hashes.add(stamp.isPresent() && was.vouchesFor(stamp.get()) ? was.digest() : ofFile(f));
        }
        return hashes;
    }

    /**
     * The file's SHA-256, or {@link #GONE} when it left the inbox since the listing (an office saving its scheda while
     * the night runs: Excel writes a temporary file, removes the old one and renames): the night goes on without it,
     * and the next night finds the file as it is then.
     */
    private static String ofFile(InputFile f) throws IOException {
        try {
            return Sha256.ofFile(f.path());
        } catch (java.nio.file.NoSuchFileException e) {
            return GONE;
        }
    }

    /** The digest of a file gone from the inbox since the listing: no SHA-256, so no known file (ArchiveStep tries it). */
    static final String GONE = "";
}
