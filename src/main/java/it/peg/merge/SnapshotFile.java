package it.peg.merge;

import it.peg.merge.cache.CacheEntry;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The file of a {@link LedgerHistory.Snapshot}, written and read by hand, as the night manifest is: the format mark
 * ({@link LedgerHistory#MAGIC}), the build, the ledger's length and CRC32C the snapshot describes, the runs, every file
 * received in the ledger's order, the last statuses, the rejections reported, the torn lines, then a CRC32C of all of
 * it (a torn file is a miss). Texts are written once, then by their index (a file's key is both among the files received
 * and among the statuses; the statuses are a few texts). Anything that does not read back whole, under this mark and
 * build, is no snapshot: the whole ledger is parsed.
 */
final class SnapshotFile {
    private SnapshotFile() {
    }

    static byte[] encode(String build, LedgerHistory.Snapshot s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        Out out = new Out(new DataOutputStream(bytes));
        out.text(LedgerHistory.MAGIC);
        out.text(build);
        out.data.writeLong(s.length());
        out.data.writeInt(s.crc());
        out.data.writeInt(s.runs().size());
        for (String run : s.runs()) {
            out.text(run);
        }
        History h = s.history();
        out.data.writeInt(h.archived().size());
        for (Map.Entry<String, History.Known> e : h.archived().entrySet()) {
            History.Known k = e.getValue();
            if (!e.getKey().equals(k.key())) {
                throw new IOException("a file received under another key: " + e.getKey());
            }
            out.files.put(e.getKey(), out.files.size());
            out.text(k.name());
            out.text(k.sha256());
            out.data.writeLong(k.size());
            out.data.writeLong(k.received().getEpochSecond());
            out.data.writeInt(k.received().getNano());
        }
        out.data.writeInt(h.lastStatus().size());
        for (Map.Entry<String, String> e : h.lastStatus().entrySet()) {
            out.key(e.getKey());
            out.text(e.getValue());
        }
        out.data.writeInt(h.reportedRejections().size());
        for (String key : h.reportedRejections()) {
            out.key(key);
        }
        out.data.writeInt(h.badLines());
        out.data.flush();
        byte[] body = bytes.toByteArray();
        int crc = CacheEntry.checksum(body, 0, body.length);
        byte[] data = java.util.Arrays.copyOf(body, body.length + 4);
        ByteBuffer.wrap(data, body.length, 4).putInt(crc);
        return data;
    }

    /** The snapshot kept under this build; empty when there is none, or it is torn, another format's or build's. */
    static Optional<LedgerHistory.Snapshot> read(Path file, String build) throws IOException {
        byte[] data;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > (128L << 20)) {
                return Optional.empty(); // missing, a FIFO (never opened), or not one of ours
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (data.length < 4 || ByteBuffer.wrap(data, data.length - 4, 4).getInt()
                != CacheEntry.checksum(data, 0, data.length - 4)) {
            return Optional.empty(); // torn
        }
        try {
            In in = new In(ByteBuffer.wrap(data, 0, data.length - 4));
            if (!LedgerHistory.MAGIC.equals(in.text()) || !build.equals(in.text())) {
                return Optional.empty();
            }
            long length = in.data.getLong();
            int crc = in.data.getInt();
            int runCount = in.count();
            Set<String> runs = new HashSet<>(runCount * 4 / 3 + 1);
            for (int i = 0; i < runCount; i++) {
                runs.add(in.text());
            }
            int files = in.count();
            Map<String, History.Known> archived = new LinkedHashMap<>(files * 4 / 3 + 1);
            for (int i = 0; i < files; i++) {
                History.Known k = new History.Known(in.text(), in.text(), in.data.getLong(),
                        Instant.ofEpochSecond(in.data.getLong(), in.data.getInt()));
                String key = k.key();
                in.keys.add(key);
                if (archived.putIfAbsent(key, k) != null) {
                    throw new IOException("a file received twice");
                }
            }
            int statuses = in.count();
            Map<String, String> lastStatus = new HashMap<>(statuses * 4 / 3 + 1);
            for (int i = 0; i < statuses; i++) {
                lastStatus.put(in.key(), in.text());
            }
            int rejections = in.count();
            Set<String> reported = new HashSet<>(rejections * 4 / 3 + 1);
            for (int i = 0; i < rejections; i++) {
                reported.add(in.key());
            }
            int badLines = in.data.getInt();
            if (in.data.hasRemaining() || lastStatus.size() != statuses || reported.size() != rejections
                    || runs.size() != runCount || badLines < 0) {
                throw new IOException("not whole");
            }
            return Optional.of(new LedgerHistory.Snapshot(length, crc, runs,
                    new History(archived, lastStatus, reported, badLines)));
        } catch (RuntimeException e) { // BufferUnderflowException, a bad index or count
            throw new IOException("ledger history " + file + " not decodable", e); // its cause says why: logged, never shown
        }
    }

    /** Texts once each, then by index; a file's key by the index of the file among those received, when it is one. */
    private static final class Out extends IndexedTextOut {
        /** The files received, by key, as their index in the order written. */
        final Map<String, Integer> files = new HashMap<>();

        Out(DataOutputStream data) {
            super(data);
        }

        /** A key of a file received: the file's index among those received, else -1 and the key's text. */
        void key(String key) throws IOException {
            Integer file = files.get(key);
            if (file != null) {
                data.writeInt(file);
                return;
            }
            data.writeInt(-1);
            text(key);
        }
    }

    private static final class In extends IndexedTextIn {
        /** The keys of the files received, in order. */
        final List<String> keys = new ArrayList<>();

        In(ByteBuffer data) {
            super(data);
        }

        int count() throws IOException {
            int n = data.getInt();
            if (n < 0 || n > data.remaining()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String key() throws IOException {
            int file = data.getInt();
            if (file >= 0) {
                return keys.get(file);
            }
            if (file != -1) {
                throw new IOException("bad key " + file);
            }
            return text();
        }
    }
}
