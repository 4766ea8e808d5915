package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.CacheEntry;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a night needs to tell, before reading the plan, the ledger's history or any cached assessment, that
 * nothing changed since the last complete run ({@link QuietNight}): the file stamps and SHA-256 of the inbox and the
 * plan, the stamps and {@link it.peg.io.OutputDigest} of the outputs as that run left them, every file ever received, the length and CRC32C of the ledger as it
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
 * @param inbox          every file in the inbox, by name
 * @param received       every file ever received ({@code name NUL sha256}): each must still be in the archive
 * @param work           the outputs, the verifica's copies and the files in {@code scartati/}, by path in the work folder
 * @param ledger         the ledger as the run left it (later quiet nights only add lines after those bytes)
 * @param nightState     the night state the run wrote (or found still holding)
 * @param archiveFolders the archive's folders that hold the files received ({@code ab} of {@code archive/ab/}), each
 *                       with its stamp when every archived copy in it was found there (digest ""): while the stamp
 *                       vouches for the folder, no entry was added, removed or renamed in it since, and its copies
 *                       are not looked for one by one (a folder's times change with its entries)
 */
record NightManifest(String planPath, String inboxPath, Entry plan, int planYear, String verificaDate,
                     String verificaLabel, long validFrom, long validUntil, Counts counts,
                     SortedMap<String, Entry> inbox, List<String> received, SortedMap<String, Entry> work,
                     Sealed ledger, Sealed nightState, SortedMap<String, Entry> archiveFolders) {
    static final String FILE_NAME = "night-manifest.bin";
    // 3: the files received moved to the end, decoded when first asked, after two facts about them (ManifestReceived)
    private static final String MAGIC = "peg-night-manifest/3";

    NightManifest {
        Objects.requireNonNull(planPath, "planPath");
        Objects.requireNonNull(inboxPath, "inboxPath");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(verificaDate, "verificaDate");
        Objects.requireNonNull(verificaLabel, "verificaLabel");
        Objects.requireNonNull(counts, "counts");
        inbox = Collections.unmodifiableSortedMap(new TreeMap<>(inbox));
        received = received instanceof ManifestReceived ? received : List.copyOf(received); // immutable too
        work = Collections.unmodifiableSortedMap(new TreeMap<>(work));
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(nightState, "nightState");
        archiveFolders = Collections.unmodifiableSortedMap(new TreeMap<>(archiveFolders));
    }

    /**
     * Whether every inbox entry's name and digest is among the files received, known without them: true only for a
     * manifest as read back whose writer found it so (false: ask {@link #wasReceived}).
     */
    boolean inboxReceived() {
        return received instanceof ManifestReceived r && r.inboxReceived(inbox);
    }

    /**
     * Whether the archive's folders recorded are exactly the folders of the files received, known without them: true
     * only for a manifest as read back whose writer found it so.
     */
    boolean foldersOfReceived() {
        return received instanceof ManifestReceived r && r.foldersOfReceived(archiveFolders);
    }

    /** Whether {@code name} with content {@code sha256} is among the files received. */
    boolean wasReceived(String name, String sha256) {
        return wasReceived(History.Known.key(name, sha256));
    }

    /**
     * Whether the file of {@code key} ({@link History.Known#key}: name NUL sha256) was received. A manifest read back
     * answers from a set of them; one made in memory (a test's, a manifest being written) scans its list.
     */
    boolean wasReceived(String key) {
        if (received instanceof ManifestReceived r) {
            return r.holds(key);
        }
        return received.contains(key);
    }

    /**
     * One file as a run knew it: its stamp, its content's digest, and whether the stamp vouches for that content (the
     * file's times were older than the reading by {@link FileStamp#MARGIN_MILLIS}); when it does not, the next night
     * reads the file again to compare. The digest is the SHA-256 for the plan and the inbox's files (what SPEC section
     * 6 records of a file received), the {@link it.peg.io.OutputDigest} for the files merge writes in the work folder.
     */
    record Entry(FileStamp stamp, boolean settled, String digest) {
        Entry {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(digest, "digest");
        }

        /** The entry of content digested no earlier than {@code readAtMillis} from a file stamped {@code stamp}. */
        static Entry of(FileStamp stamp, String digest, long readAtMillis) {
            return new Entry(stamp, stamp.settledBefore(readAtMillis), digest);
        }

        /** Whether a file now stamped {@code now} holds this entry's content without reading it. */
        boolean vouchesFor(FileStamp now) {
            return settled && stamp.equals(now);
        }

        // by hand, as FileStamp's: a record's own equals is linked through invokedynamic the first time it runs
        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && settled == e.settled && stamp.equals(e.stamp) && digest.equals(e.digest);
        }

        @Override
        public int hashCode() {
            return (stamp.hashCode() * 31 + Boolean.hashCode(settled)) * 31 + digest.hashCode();
        }
    }

    /**
     * A file compared whole: its length and CRC-32 (the ledger grows each night; both are small enough to read). CRC-32
     * rather than the CRC32C of the manifest's own seal: the same 32 bits, but {@code java.util.zip.CRC32} is a native
     * method the JVM computes with the processor's instructions from its first call, where {@code CRC32C}'s first calls
     * in a new JVM run as Java code (interpreted, then compiled on the stack without its intrinsic): ~1.3 ms a MB of a
     * quiet night's main thread, and the ledger is ~1 MB at 2,000 services, the night state 0.8 MB (issue 21). Both
     * files are read in chunks, never held whole.
     */
    record Sealed(long length, int crc) {
        /** The chunk a sealed file is read in. */
        static final int CHUNK = 64 * 1024;

        static Sealed of(byte[] data) {
            return new Sealed(data.length, crc(data, 0, data.length));
        }

        /** The CRC-32 a seal holds, of {@code length} bytes of {@code data} from {@code offset}. */
        static int crc(byte[] data, int offset, int length) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data, offset, length);
            return (int) crc.getValue();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sealed s && length == s.length && crc == s.crc;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(length) * 31 + crc;
        }

        /**
         * The file's seal; length -1 when it is missing, -2 when it is not a regular file (never opened: a FIFO would
         * be waited on for ever).
         */
        static Sealed of(Path file) throws IOException {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return new Sealed(-2, 0);
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                byte[] chunk = new byte[CHUNK];
                long length = 0;
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    crc.update(chunk, 0, n);
                    length += n;
                }
                return new Sealed(length, (int) crc.getValue());
            } catch (NoSuchFileException e) {
                return new Sealed(-1, 0);
            }
        }
    }

    /**
     * The report's counts of the run that left the outputs; {@code notFilled}, the blank schede, came with format 2 (a
     * format 1 manifest counted them as accepted: it is not read, and the night makes the ordinary checks).
     */
    record Counts(int accepted, int superseded, int rejected, int missing, boolean acceptedWithErrors,
                  long rejectedServices, int notFilled) {
    }

    static Path path(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(FILE_NAME);
    }

    /** The last manifest read, with the stamp of its file: a run asks for it more than once. */
    private record Memo(Path file, FileStamp stamp, String build, NightManifest manifest) {
    }

    private static volatile Memo memo;

    /** The manifest this build left, if any and whole. */
    static Optional<NightManifest> read(Path work, String build) {
        Path file = path(work);
        Optional<FileStamp> stamp = FileStamp.of(file);
        if (stamp.isEmpty()) {
            return Optional.empty(); // missing, or not a regular file (a FIFO would be waited on for ever): not read
        }
        Memo m = memo;
        if (m != null && stamp.isPresent() && m.file().equals(file) && m.stamp().equals(stamp.get())
                && m.build().equals(build)) {
            return Optional.of(m.manifest()); // written atomically: the same stamp is the same file
        }
        Optional<NightManifest> read = decode(file, build);
        if (read.isPresent() && stamp.isPresent() && stamp.equals(FileStamp.of(file))) {
            memo = new Memo(file, stamp.get(), build, read.get());
        }
        return read;
    }

    /**
     * The beginning of the manifest: the plan as the last complete run was given it, its file and year. What
     * {@code peg merge --at} needs to be checked, decoded without the rest (thousands of entries, decoded in the night's
     * check while the inbox is listed).
     */
    record Head(String planPath, Entry plan, int planYear) {
    }

    /** The head of the manifest this build left, if any and whole. */
    static Optional<Head> readHead(Path work, String build) {
        Path file = path(work);
        if (FileStamp.of(file).isEmpty()) {
            return Optional.empty(); // missing, or not a regular file (a FIFO would be waited on for ever): not read
        }
        try {
            Optional<ManifestIn> in = opened(file, build);
            return in.isEmpty() ? Optional.empty() : Optional.of(head(in.get()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Head head(ManifestIn in) throws IOException {
        String planPath = in.text();
        in.text(); // the inbox
        return new Head(planPath, in.entry(), in.data.getInt());
    }

    /** The manifest's body, after its checksum, magic and build were found right; empty when one is not. */
    private static Optional<ManifestIn> opened(Path file, String build) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
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
        ManifestIn in = new ManifestIn(java.nio.ByteBuffer.wrap(data, 0, data.length - 4));
        if (!in.text().equals(MAGIC) || !in.text().equals(build)) {
            return Optional.empty();
        }
        return Optional.of(in);
    }

    private static Optional<NightManifest> decode(Path file, String build) {
        try {
            Optional<ManifestIn> opened = opened(file, build);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            ManifestIn in = opened.get();
            String planPath = in.text();
            String inboxPath = in.text();
            Entry plan = in.entry();
            int planYear = in.data.getInt();
            String date = in.text();
            String label = in.text();
            long from = in.data.getLong();
            long until = in.data.getLong();
            Counts counts = new Counts(in.data.getInt(), in.data.getInt(), in.data.getInt(), in.data.getInt(),
                    in.bool(), in.data.getLong(), in.data.getInt());
            SortedMap<String, Entry> inbox = in.entries();
            SortedMap<String, Entry> workEntries = in.entries();
            Sealed ledger = new Sealed(in.data.getLong(), in.data.getInt());
            Sealed nightState = new Sealed(in.data.getLong(), in.data.getInt());
            SortedMap<String, Entry> archiveFolders = in.entries();
            boolean inboxReceived = in.bool();
            boolean foldersOfReceived = in.bool();
            // last, checked whole but decoded only when asked (nothing after it refers to its texts)
            ManifestReceived received = new ManifestReceived(in, in.data.getInt(), inboxReceived, foldersOfReceived);
            NightManifest m = new NightManifest(planPath, inboxPath, plan, planYear, date, label, from, until, counts,
                    inbox, received, workEntries, ledger, nightState, archiveFolders);
            received.bind(m.inbox(), m.archiveFolders());
            return Optional.of(m);
        } catch (IOException | RuntimeException e) { // RuntimeException: BufferUnderflowException, a bad index
            return Optional.empty(); // another layout: the ordinary checks decide
        }
    }

    /** Written atomically, without fsync (derivable). */
    void write(Path workDir, String build) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ManifestOut out = new ManifestOut(new DataOutputStream(bytes))) {
            out.text(MAGIC);
            out.text(build);
            out.text(planPath);
            out.text(inboxPath);
            out.entry(plan);
            out.data.writeInt(planYear);
            out.text(verificaDate);
            out.text(verificaLabel);
            out.data.writeLong(validFrom);
            out.data.writeLong(validUntil);
            out.data.writeInt(counts.accepted());
            out.data.writeInt(counts.superseded());
            out.data.writeInt(counts.rejected());
            out.data.writeInt(counts.missing());
            out.data.writeBoolean(counts.acceptedWithErrors());
            out.data.writeLong(counts.rejectedServices());
            out.data.writeInt(counts.notFilled());
            out.entries(inbox);
            out.entries(work);
            out.data.writeLong(ledger.length());
            out.data.writeInt(ledger.crc());
            out.data.writeLong(nightState.length());
            out.data.writeInt(nightState.crc());
            out.entries(archiveFolders);
            // two facts about the files received, established here from the very data written: a quiet night whose
            // files and folders are all vouched for by their stamps then decodes none of them
            out.data.writeBoolean(ManifestReceived.allReceived(inbox, received));
            out.data.writeBoolean(!archiveFolders.isEmpty()
                    && archiveFolders.keySet().equals(ArchiveFolders.foldersOf(received)));
            out.data.writeInt(received.size());
            for (String r : received) {
                int nul = r.indexOf('\u0000');
                out.text(r.substring(0, Math.max(nul, 0)));
                out.text(r.substring(nul + 1));
            }
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

    /**
     * The days (epoch days, {@code [from, until)}) whose verifica is the one of {@code night}: {@code verificaAt}
     * depends only on which verifica dates are on or before the day, so it is the same between two of them.
     */
    static long[] validDays(Plan plan, LocalDate night) {
        long from = Long.MIN_VALUE;
        long until = Long.MAX_VALUE;
        for (Verifica v : plan.settings().verifiche()) {
            long d = v.date().toEpochDay();
            if (d <= night.toEpochDay()) {
                from = Math.max(from, d);
            } else {
                until = Math.min(until, d);
            }
        }
        return new long[] {from, until};
    }
}
