package it.peg.merge;

import it.peg.io.OutputDigest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs a run put in place (or found already holding the bytes it rendered), with their {@link OutputDigest}
 * and the stamp each had right after: so that copying an output under the verifica's name does not read the copy
 * again, and so that the next quiet night ({@link QuietNight}) knows them from their stamps. A stamp taken right after the file was
 * written vouches for its content: only a write within the same tick of the file system's clock, a moment after
 * merge's own, could go unseen, and nobody else writes these files at that moment.
 */
final class WrittenOutputs {
    private final Map<Path, NightManifest.Entry> entries = new ConcurrentHashMap<>();

    /** Notes that {@code file} holds content of digest {@code digest} now (just written or compared). */
    void holds(Path file, String digest) {
        FileStamp.of(file).ifPresentOrElse(s -> entries.put(file, new NightManifest.Entry(s, true, digest)),
                () -> entries.remove(file));
    }

    /** The entry noted for {@code file}, if its stamp is still the one noted. */
    Optional<NightManifest.Entry> entry(Path file) {
        NightManifest.Entry e = entries.get(file);
        return e != null && FileStamp.of(file).equals(Optional.of(e.stamp())) ? Optional.of(e) : Optional.empty();
    }

    /**
     * The digest of {@code copy}, just made from {@code from}: {@code from}'s noted one when {@code from} kept its
     * noted stamp from before the copy to now (so the copy is of those bytes), else the copy read.
     */
    String digestOfCopy(Path from, Optional<NightManifest.Entry> fromBefore, Path copy) throws IOException {
        Optional<NightManifest.Entry> fromAfter = entry(from);
        if (fromBefore.isPresent() && fromBefore.equals(fromAfter)) {
            holds(copy, fromBefore.get().digest());
            return fromBefore.get().digest();
        }
        String digest = OutputDigest.ofFile(copy);
        holds(copy, digest);
        return digest;
    }
}
