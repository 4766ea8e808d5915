package it.peg.merge;

import java.io.IOException;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * The files ever received ({@code name NUL sha256}) of a manifest read back, decoded when first asked: the usual quiet
 * night never asks. With them, two facts the writer established from the same manifest's data ({@link NightManifest}
 * format 3): every inbox entry's name and digest are among them, and the archive's folders recorded are exactly the
 * folders they are in. A night whose inbox files are all vouched for by their entries then needs neither the 2,000
 * keys nor a set of them, and one whose archive folders are all vouched for by their stamps looks at no key either
 * (issue 21: decoding them and hashing them was most of a quiet night's own work on its main thread).
 *
 * <p>The facts hold for the inbox and folder maps of the manifest they were decoded with, and only for those: they are
 * bound to those very map objects ({@link #bind}), so a manifest made from this one with other entries (the quiet
 * night writing it again) asks the keys as any other.
 */
final class ManifestReceived extends AbstractList<String> {
    private final ManifestIn in;
    private final int position;
    private final int size;
    private final boolean inboxReceived;
    private final boolean foldersOfReceived;
    private volatile SortedMap<String, NightManifest.Entry> boundInbox;
    private volatile SortedMap<String, NightManifest.Entry> boundFolders;
    private String[] keys;
    private Set<String> set;

    /**
     * The section of {@code in} at its position, {@code size} keys of two texts each, checked whole here (every
     * length and index in range, nothing after it) and decoded when first asked.
     */
    ManifestReceived(ManifestIn in, int size, boolean inboxReceived, boolean foldersOfReceived) throws IOException {
        this.in = in;
        this.position = in.data.position();
        this.size = size;
        this.inboxReceived = inboxReceived;
        this.foldersOfReceived = foldersOfReceived;
        if (size < 0 || size > in.data.remaining() / 8) {
            throw new IOException("bad count " + size);
        }
        int texts = in.read.size();
        for (int i = 0; i < 2 * size; i++) { // the texts skipped, as ManifestIn.text reads them
            int n = in.data.getInt();
            if (n < 0 ? -1 - n >= texts : n > in.data.remaining()) {
                throw new IOException("bad text " + n);
            }
            if (n >= 0) {
                in.data.position(in.data.position() + n);
                texts++;
            }
        }
        if (in.data.hasRemaining()) {
            throw new IOException("bytes after the files received");
        }
    }

    /** Binds the facts to the maps of the manifest decoded with them. */
    void bind(SortedMap<String, NightManifest.Entry> inbox, SortedMap<String, NightManifest.Entry> folders) {
        boundInbox = inbox;
        boundFolders = folders;
    }

    /** Whether every entry of {@code inbox}, which must be the manifest's own, is among the files received. */
    boolean inboxReceived(SortedMap<String, NightManifest.Entry> inbox) {
        return inboxReceived && inbox == boundInbox;
    }

    /** Whether {@code folders}, which must be the manifest's own, are exactly the folders of the files received. */
    boolean foldersOfReceived(SortedMap<String, NightManifest.Entry> folders) {
        return foldersOfReceived && folders == boundFolders;
    }

    /** Whether the file of {@code key} ({@link History.Known#key}: name NUL sha256) was received. */
    synchronized boolean holds(String key) {
        if (set == null) {
            set = new HashSet<>(this);
        }
        return set.contains(key);
    }

    /** Whether the keys were decoded (tests: the usual quiet night never decodes them). */
    synchronized boolean decoded() {
        return keys != null;
    }

    @Override
    public String get(int index) {
        return keys()[index];
    }

    @Override
    public int size() {
        return size;
    }

    private synchronized String[] keys() {
        if (keys == null) {
            String[] k = new String[size];
            java.nio.ByteBuffer data = in.data;
            data.position(position);
            try {
                for (int i = 0; i < size; i++) {
                    k[i] = History.Known.key(in.text(), in.text());
                }
            } catch (IOException e) {
                throw new IllegalStateException("checked when read", e);
            }
            keys = k;
        }
        return keys;
    }

    /** Whether every entry's name and digest in {@code inbox} is among {@code received}: a fact the writer records. */
    static boolean allReceived(SortedMap<String, NightManifest.Entry> inbox, List<String> received) {
        Set<String> keys = received instanceof ManifestReceived r ? null : new HashSet<>(received);
        for (var e : inbox.entrySet()) {
            String key = History.Known.key(e.getKey(), e.getValue().digest());
            boolean in = keys == null ? ((ManifestReceived) received).holds(key) : keys.contains(key);
            if (!in) {
                return false;
            }
        }
        return true;
    }
}
