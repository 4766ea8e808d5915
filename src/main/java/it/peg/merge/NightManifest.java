package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.domain.Severity;
import it.peg.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a night needs to tell, before reading the plan, the ledger's history or any cached assessment, that
 * nothing changed since the last complete run ({@link QuietNight}): the file stamps and SHA-256 of the inbox, the
 * plan and the outputs as that run left them, every file ever received, the length and CRC32C of the ledger as it
 * ended and of the night state, the dates for which the night is of the same verifica, and the counts the run reported. Kept in
 * {@code work/cache/night-manifest.bin}, written after the night state; derivable (no fsync): a missing, torn or
 * foreign file only costs the ordinary checks. Read and written by hand, a few hundred KB for 10,000 files: the
 * quiet night is a new JVM, and the reflective codec of the other entries is cold code there.
 *
 * @param planPath       the plan as the run was given it
 * @param inboxPath      the inbox as the run was given it
 * @param plan           the plan file
 * @param planYear       the plan's year ({@code peg merge --at} must fall in it or the next)
 * @param verificaDate   the verifica's date (ISO), as RUN_END names it
 * @param verificaLabel  its full label, for the report
 * @param validFrom      the first day (epoch day) whose verifica is this one
 * @param validUntil     the first day after them
 * @param counts         what the run reported
 * @param planFindings   the plan's findings (warnings: a plan with errors leaves no manifest)
 * @param inbox          every file in the inbox, by name
 * @param received       every file ever received ({@code name NUL sha256}): each must still be in the archive
 * @param work           the outputs, the verifica's copies and the files in {@code scartati/}, by path in the work folder
 * @param ledger         the ledger as the run left it (later quiet nights only add lines after those bytes)
 * @param nightState     the night state the run wrote (or found still holding)
 */
record NightManifest(String planPath, String inboxPath, Entry plan, int planYear, String verificaDate,
                     String verificaLabel, long validFrom, long validUntil, Counts counts, List<Finding> planFindings,
                     SortedMap<String, Entry> inbox, List<String> received, SortedMap<String, Entry> work,
                     Sealed ledger, Sealed nightState) {
    static final String FILE_NAME = "night-manifest.bin";
    private static final String MAGIC = "peg-night-manifest/1";

    NightManifest {
        Objects.requireNonNull(planPath, "planPath");
        Objects.requireNonNull(inboxPath, "inboxPath");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(verificaDate, "verificaDate");
        Objects.requireNonNull(verificaLabel, "verificaLabel");
        Objects.requireNonNull(counts, "counts");
        planFindings = List.copyOf(planFindings);
        inbox = Collections.unmodifiableSortedMap(new TreeMap<>(inbox));
        received = List.copyOf(received);
        work = Collections.unmodifiableSortedMap(new TreeMap<>(work));
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(nightState, "nightState");
    }

    /**
     * One file as a run knew it: its stamp, its SHA-256, and whether the stamp vouches for that content (the file's
     * times were older than the reading by {@link FileStamp#MARGIN_MILLIS}); when it does not, the next night reads
     * the file again to compare.
     */
    record Entry(FileStamp stamp, boolean settled, String sha256) {
        Entry {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The entry of content hashed no earlier than {@code readAtMillis} from a file stamped {@code stamp}. */
        static Entry of(FileStamp stamp, String sha256, long readAtMillis) {
            return new Entry(stamp, stamp.settledBefore(readAtMillis), sha256);
        }

        /** Whether a file now stamped {@code now} holds this entry's content without reading it. */
        boolean vouchesFor(FileStamp now) {
            return settled && stamp.equals(now);
        }
    }

    /** A file compared whole: its length and CRC32C (the ledger grows each night; both are small enough to read). */
    record Sealed(long length, int crc) {
        static Sealed of(byte[] data) {
            return new Sealed(data.length, CacheEntry.checksum(data, 0, data.length));
        }

        /** The file's seal; length -1 when it is missing. */
        static Sealed of(Path file) throws IOException {
            try {
                return of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return new Sealed(-1, 0);
            }
        }
    }

    /** The report's counts of the run that left the outputs. */
    record Counts(int accepted, int superseded, int rejected, int missing, boolean acceptedWithErrors,
                  long rejectedServices) {
    }

    static Path path(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(FILE_NAME);
    }

    /** The manifest this build left, if any and whole. */
    static Optional<NightManifest> read(Path work, String build) {
        byte[] data;
        try {
            data = Files.readAllBytes(path(work));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (data.length < 4) {
            return Optional.empty();
        }
        int stored = ((data[data.length - 4] & 0xff) << 24) | ((data[data.length - 3] & 0xff) << 16)
                | ((data[data.length - 2] & 0xff) << 8) | (data[data.length - 1] & 0xff);
        if (stored != CacheEntry.checksum(data, 0, data.length - 4)) {
            return Optional.empty(); // torn
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data, 0, data.length - 4))) {
            if (!text(in).equals(MAGIC) || !text(in).equals(build)) {
                return Optional.empty();
            }
            String planPath = text(in);
            String inboxPath = text(in);
            Entry plan = entry(in);
            int planYear = in.readInt();
            String date = text(in);
            String label = text(in);
            long from = in.readLong();
            long until = in.readLong();
            Counts counts = new Counts(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean(),
                    in.readLong());
            int n = in.readInt();
            List<Finding> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                findings.add(new Finding(Severity.valueOf(text(in)), text(in), text(in), text(in), text(in), text(in),
                        text(in), text(in), text(in)));
            }
            SortedMap<String, Entry> inbox = entries(in);
            n = in.readInt();
            List<String> received = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                received.add(text(in));
            }
            SortedMap<String, Entry> work2 = entries(in);
            Sealed ledger = new Sealed(in.readLong(), in.readInt());
            Sealed nightState = new Sealed(in.readLong(), in.readInt());
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new NightManifest(planPath, inboxPath, plan, planYear, date, label, from, until, counts,
                    findings, inbox, received, work2, ledger, nightState));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // another layout: the ordinary checks decide
        }
    }

    /** Written atomically, without fsync (derivable). */
    void write(Path workDir, String build) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, MAGIC);
            text(out, build);
            text(out, planPath);
            text(out, inboxPath);
            entry(out, plan);
            out.writeInt(planYear);
            text(out, verificaDate);
            text(out, verificaLabel);
            out.writeLong(validFrom);
            out.writeLong(validUntil);
            out.writeInt(counts.accepted());
            out.writeInt(counts.superseded());
            out.writeInt(counts.rejected());
            out.writeInt(counts.missing());
            out.writeBoolean(counts.acceptedWithErrors());
            out.writeLong(counts.rejectedServices());
            out.writeInt(planFindings.size());
            for (Finding f : planFindings) {
                for (String s : List.of(f.severity().name(), f.code(), f.file(), f.sheet(), f.cell(), f.subject(),
                        f.value(), f.expected(), f.message())) {
                    text(out, s);
                }
            }
            entries(out, inbox);
            out.writeInt(received.size());
            for (String r : received) {
                text(out, r);
            }
            entries(out, work);
            out.writeLong(ledger.length());
            out.writeInt(ledger.crc());
            out.writeLong(nightState.length());
            out.writeInt(nightState.crc());
        }
        byte[] body = bytes.toByteArray();
        int crc = CacheEntry.checksum(body, 0, body.length);
        byte[] data = java.util.Arrays.copyOf(body, body.length + 4);
        data[body.length] = (byte) (crc >>> 24);
        data[body.length + 1] = (byte) (crc >>> 16);
        data[body.length + 2] = (byte) (crc >>> 8);
        data[body.length + 3] = (byte) crc;
        Files.createDirectories(path(workDir).getParent());
        AtomicFiles.write(path(workDir), data, false);
    }

    /** Forgets the manifest: the next night makes the ordinary checks. */
    static void delete(Path work) {
        try {
            Files.deleteIfExists(path(work));
        } catch (IOException e) {
            // its seal of the night state no longer matches once that is rewritten or deleted: not used either way
        }
    }

    private static void entries(DataOutputStream out, SortedMap<String, Entry> entries) throws IOException {
        out.writeInt(entries.size());
        for (var e : entries.entrySet()) {
            text(out, e.getKey());
            entry(out, e.getValue());
        }
    }

    private static SortedMap<String, Entry> entries(DataInputStream in) throws IOException {
        int n = in.readInt();
        SortedMap<String, Entry> entries = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            entries.put(text(in), entry(in));
        }
        return entries;
    }

    private static void entry(DataOutputStream out, Entry e) throws IOException {
        out.writeLong(e.stamp().size());
        out.writeLong(e.stamp().modified());
        out.writeLong(e.stamp().changed());
        text(out, e.stamp().key());
        out.writeBoolean(e.settled());
        text(out, e.sha256());
    }

    private static Entry entry(DataInputStream in) throws IOException {
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), text(in));
        return new Entry(stamp, in.readBoolean(), text(in));
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
