package it.peg.merge;

import it.peg.io.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file format of merge's cache entries (assessments, plan, Nucleo's columns): a format mark, the key
 * texts the entry was stored under (all must match to use it), a free tag the caller checks once the value is
 * decoded, a SHA-256 of the payload (a torn entry is a miss), then the record ({@link RecordCodec}). Entries
 * are derivable, so they are written atomically but without fsync.
 */
final class CacheEntry {
    /** A value read back, with the tag it was stored with. */
    record Stored<T>(String tag, T value) {
    }

    private CacheEntry() {
    }

    static void write(Path file, String format, List<String> key, String tag, Record value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(format);
            for (String k : key) {
                out.writeUTF(k);
            }
            out.writeUTF(tag);
            byte[] payload = RecordCodec.encode(value);
            out.writeUTF(Sha256.hex(payload));
            out.write(payload);
        }
        AtomicFiles.write(file, bytes.toByteArray(), false);
    }

    /**
     * The value stored under exactly this format and key; empty when there is no entry, it was stored under
     * another key, or its payload is torn.
     *
     * @throws IOException the entry cannot be read or decoded (the caller reads the source again)
     */
    static <T> Optional<Stored<T>> read(Path file, String format, List<String> key, Class<T> type) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (!in.readUTF().equals(format)) {
                return Optional.empty();
            }
            for (String k : key) {
                if (!in.readUTF().equals(k)) {
                    return Optional.empty();
                }
            }
            String tag = in.readUTF();
            String checksum = in.readUTF();
            byte[] payload = in.readAllBytes();
            if (!checksum.equals(Sha256.hex(payload))) {
                return Optional.empty();
            }
            return Optional.of(new Stored<>(tag, RecordCodec.decode(type, payload)));
        } catch (RuntimeException e) {
            throw new IOException("cache entry " + file + " not decodable: " + e, e);
        }
    }
}
