package it.peg.merge.cache;

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
 * decoded, a CRC32C of the payload (a torn entry is a miss), then the record ({@link RecordCodec}). Entries
 * are derivable, so they are written atomically but without fsync.
 */
public final class CacheEntry {
    /** A value read back, with the tag it was stored with. */
    public record Stored<T>(String tag, T value) {
    }

    /**
     * The largest entry read: the plan of 10,000 services is about 8 MB, an assessment a few KB. A larger file is
     * a miss (the source is read again), not an allocation of its size.
     */
    static final long MAX_BYTES = 128L << 20;

    private CacheEntry() {
    }

    /**
     * The caller's format, the codec's layout and the schema of the stored type: an entry written under another of
     * any of them is a miss.
     */
    private static String mark(String format, Class<?> type) {
        return format + "+" + RecordCodec.FORMAT + "+" + RecordCodec.schemaOf(type);
    }

    public static void write(Path file, String format, List<String> key, String tag, Record value) throws IOException {
        write(file, format, key, tag, value.getClass(), RecordCodec.encode(value));
    }

    /** {@link #write} of a value already encoded ({@link RecordCodec#encode}) as a {@code type}. */
    static void write(Path file, String format, List<String> key, String tag, Class<?> type, byte[] payload)
            throws IOException {
        AtomicFiles.write(file, entry(format, key, tag, type, payload), false);
    }

    /** A value encoded for {@link #writeIfChanged(Path, String, List, String, Encoded)}, on whatever thread. */
    public record Encoded(Class<?> type, byte[] payload) {
        public Encoded {
            java.util.Objects.requireNonNull(type, "type");
            java.util.Objects.requireNonNull(payload, "payload");
        }
    }

    /** The record's payload as {@link #write} writes it: encoded apart, so that another thread can do it meanwhile. */
    public static Encoded encode(Record value) throws IOException {
        return new Encoded(value.getClass(), RecordCodec.encode(value));
    }

    /**
     * {@link #writeIfChanged(Path, String, List, String, Record)} of a value already encoded ({@link #encode}).
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path file, String format, List<String> key, String tag, Encoded value)
            throws IOException {
        return writeIfChanged(file, entry(format, key, tag, value.type(), value.payload()));
    }

    /**
     * {@link #write}, unless the file already holds this very entry, byte for byte (compared, not decoded): then it is
     * left as it is, and no temp file is written and renamed.
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path file, String format, List<String> key, String tag, Record value)
            throws IOException {
        return writeIfChanged(file, entry(format, key, tag, value.getClass(), RecordCodec.encode(value)));
    }

    private static boolean writeIfChanged(Path file, byte[] entry) throws IOException {
        try {
            if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) == entry.length
                    && java.util.Arrays.equals(Files.readAllBytes(file), entry)) {
                return false;
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile: written below
        }
        AtomicFiles.write(file, entry, false);
        return true;
    }

    private static byte[] entry(String format, List<String> key, String tag, Class<?> type, byte[] payload)
            throws IOException {
        return entry(mark(format, type), key, tag, payload);
    }

    private static byte[] entry(String mark, List<String> key, String tag, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(mark);
            for (String k : key) {
                out.writeUTF(k);
            }
            out.writeUTF(tag);
            out.writeInt(checksum(payload, 0, payload.length));
            out.write(payload);
        }
        return bytes.toByteArray();
    }

    /**
     * The value stored under exactly this format and key; empty when there is no entry, it was stored under
     * another key, or its payload is torn.
     *
     * @throws IOException the entry cannot be read or decoded (the caller reads the source again)
     */
    public static <T> Optional<Stored<T>> read(Path file, String format, List<String> key, Class<T> type) throws IOException {
        return read(file, format, key, key.size(), type).map(Keyed::stored);
    }

    /**
     * {@link #read}, the value decoded alone ({@link RecordCodec#decodeAlone}): for an entry read once a night and held
     * by itself (the night's state, its figures), most of whose texts are its own (keys, file names, digests). The few
     * it shares with the plan and the assessments (codes, findings' texts) are held once more: about 1 MB at 10,000
     * services, against half of decoding the night state spent interning.
     */
    public static <T> Optional<Stored<T>> readAlone(Path file, String format, List<String> key, Class<T> type)
            throws IOException {
        return read(file, mark(format, type), key, key.size(),
                (data, offset, length) -> RecordCodec.decodeAlone(type, data, offset, length))
                .map(Keyed::stored);
    }

    /** A value read back with the key texts and the tag it was stored with. */
    record Keyed<T>(List<String> key, String tag, T value) {
        /** The value and its tag, as a read under a known key gives them. */
        Stored<T> stored() {
            return new Stored<>(tag, value);
        }
    }

    /**
     * The value stored under this format and a key of {@code keyTexts} texts, whatever they are: for reading an entry
     * before its key is known (the caller compares {@link Keyed#key} with it later, as {@link #read} does at once).
     */
    static <T> Optional<Keyed<T>> readAnyKey(Path file, String format, int keyTexts, Class<T> type) throws IOException {
        return read(file, format, null, keyTexts, type);
    }

    /** With {@code key} null, any key of {@code keyTexts} texts is taken and returned. */
    private static <T> Optional<Keyed<T>> read(Path file, String format, List<String> key, int keyTexts, Class<T> type)
            throws IOException {
        return read(file, mark(format, type), key, keyTexts, (data, offset, length) -> RecordCodec.decode(type, data, offset, length));
    }

    /** Decodes a payload where it lies, in {@code data[offset, offset + length)}. */
    interface Payload<T> {
        T decode(byte[] data, int offset, int length) throws IOException;
    }

    /**
     * {@link #write} of a payload in a layout of its own rather than the records' codec ({@code PlanCodec}): the
     * format mark names {@code layout} in place of the codec's and the stored type's schema.
     */
    static void write(Path file, String format, String layout, List<String> key, String tag, byte[] payload)
            throws IOException {
        AtomicFiles.write(file, entry(format + "+" + layout, key, tag, payload), false);
    }

    /** {@link #read} of a payload written by {@link #write(Path, String, String, List, String, byte[])}. */
    static <T> Optional<Stored<T>> read(Path file, String format, String layout, List<String> key, Payload<T> payload)
            throws IOException {
        return read(file, format + "+" + layout, key, key.size(), payload)
                .map(Keyed::stored);
    }

    private static <T> Optional<Keyed<T>> read(Path file, String mark, List<String> key, int keyTexts, Payload<T> payload)
            throws IOException {
        byte[] data;
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty(); // missing, or a FIFO or device (opening one to read can wait for ever): a miss
            }
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty(); // not one of ours: read whole, it could take the heap
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(data);
        try (DataInputStream in = new DataInputStream(bytes)) {
            if (!in.readUTF().equals(mark)) {
                return Optional.empty();
            }
            String[] stored = new String[keyTexts];
            for (int i = 0; i < keyTexts; i++) {
                stored[i] = in.readUTF();
                if (key != null && !stored[i].equals(key.get(i))) {
                    return Optional.empty();
                }
            }
            String tag = in.readUTF();
            int checksum = in.readInt();
            // the payload is checked and decoded where it lies, not copied out
            int offset = data.length - bytes.available();
            int length = data.length - offset;
            if (checksum != checksum(data, offset, length)) {
                return Optional.empty();
            }
            return Optional.of(new Keyed<>(key != null ? key : List.of(stored), tag, payload.decode(data, offset, length)));
        } catch (RuntimeException e) {
            throw new IOException("cache entry " + file + " not decodable: " + e, e);
        }
    }

    /**
     * CRC32C of the payload: a torn or damaged entry is what it guards against, not an adversary (whoever can
     * write the cache can write the outputs), and a SHA-256 of every payload was a visible part of a warm night.
     */
    public static int checksum(byte[] data, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }
}
