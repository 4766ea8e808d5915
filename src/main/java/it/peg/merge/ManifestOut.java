package it.peg.merge;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SortedMap;

/**
 * The writing side of {@link NightManifest}, read back by {@link ManifestIn}. Texts are written once, then by index:
 * each file's name and SHA-256 are both in the inbox's entries and among the files received.
 */
final class ManifestOut extends IndexedTextOut implements AutoCloseable {
    ManifestOut(DataOutputStream data) {
        super(data);
    }

    void entry(NightManifest.Entry e) throws IOException {
        data.writeLong(e.stamp().size());
        data.writeLong(e.stamp().modified());
        data.writeLong(e.stamp().changed());
        text(e.stamp().key());
        data.writeBoolean(e.settled());
        text(e.digest());
    }

    void entries(SortedMap<String, NightManifest.Entry> entries) throws IOException {
        data.writeInt(entries.size());
        for (var e : entries.entrySet()) {
            text(e.getKey());
            entry(e.getValue());
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
