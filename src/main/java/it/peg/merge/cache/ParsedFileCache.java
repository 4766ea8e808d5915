package it.peg.merge.cache;

import it.peg.summary.NucleoReadResult;
import it.peg.plan.PlanReadResult;
import it.peg.io.OutputDigest;
import it.peg.io.Sha256;
import it.peg.domain.PlanFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an earlier night read from a file, kept under {@code work/cache/<prefix><sha256>.bin} and reused
 * while the file's bytes are the same: reading is a pure function of the bytes, so an entry keyed by the
 * file's SHA-256 and the tool version can only be right (the summary merge writes itself is keyed by its
 * {@link OutputDigest} instead, as the ledger and the night state know it: see {@link #forNucleo}). Used for the plan workbook (seconds to read and
 * check for a large comune, changed a few times a year) and for the Nucleo's columns of the summary (6,000
 * objective rows for 2,000 services, unchanged unless the Nucleo typed something). Any mismatch, torn or
 * unreadable entry is a miss and the file is read; only the latest entry of each kind is kept. Derivable
 * data: written atomically, without fsync.
 */
public final class ParsedFileCache<T extends Record> {
    private static final Logger LOG = LoggerFactory.getLogger(ParsedFileCache.class);
    static final String MAGIC = "peg-file-cache/6"; // 6: a plan in a layout of its own (PlanCodec)

    /** Reads the file (the pipeline's reader); may report problems as findings in its result. */
    public interface Loader<T> {
        T load(Path file) throws IOException;
    }

    private final Path dir;
    private final String toolVersion;
    private final String prefix;
    private final Predicate<T> worthKeeping;
    /** How a value is stored and read back: the value itself through the records' codec, but for plans. */
    private final Layout<T> layout;
    /**
     * What an entry is keyed by: the file's SHA-256 for the plan (a file people write), the {@link OutputDigest} for
     * the summary merge writes itself (the same identity the night state and the ledger keep of it).
     */
    private java.util.function.Function<Path, String> digestOf = Sha256::ofFileOrEmpty;

    /** How values of one kind are written to their entry and read back from it. */
    private interface Layout<T> {
        void write(Path file, List<String> key, T value) throws IOException;

        Optional<T> read(Path file, List<String> key) throws IOException;

        /** Whether a value read and kept is given back as its entry decodes (plans: see {@link #load}). */
        default boolean givenAsDecoded() {
            return false;
        }
    }

    /** The value itself, through the records' codec ({@link CacheEntry#write}). */
    private static <T extends Record> Layout<T> records(Class<T> type) {
        return new Layout<>() {
            @Override
            public void write(Path file, List<String> key, T value) throws IOException {
                CacheEntry.write(file, MAGIC, key, "", value);
            }

            @Override
            public Optional<T> read(Path file, List<String> key) throws IOException {
                return CacheEntry.read(file, MAGIC, key, type).map(CacheEntry.Stored::value);
            }
        };
    }

    /**
     * A plan's reading as a {@link PlanEntry} in its own layout ({@link PlanEntry#encode}), given back by {@code view}
     * (all of it, or the plan without its warnings).
     */
    private static Layout<PlanReadResult> plans(java.util.function.Function<PlanEntry, PlanReadResult> view) {
        return new Layout<>() {
            @Override
            public void write(Path file, List<String> key, PlanReadResult value) throws IOException {
                CacheEntry.write(file, MAGIC, PlanCodec.LAYOUT, key, "", PlanEntry.of(value).encode());
            }

            @Override
            public Optional<PlanReadResult> read(Path file, List<String> key) throws IOException {
                return CacheEntry.read(file, MAGIC, PlanCodec.LAYOUT, key, PlanEntry::decode)
                        .map(stored -> view.apply(stored.value()));
            }

            @Override
            public boolean givenAsDecoded() {
                return true;
            }
        };
    }

    /**
     * @param prefix       file name prefix of this kind of entry ("plan-", "nucleo-")
     * @param worthKeeping results that are cached (e.g. not a plan with errors, which will be fixed and saved)
     */
    ParsedFileCache(Path workDir, String toolVersion, String prefix, Class<T> type, Predicate<T> worthKeeping) {
        this(workDir, toolVersion, prefix, worthKeeping, records(type));
    }

    private ParsedFileCache(Path workDir, String toolVersion, String prefix, Predicate<T> worthKeeping, Layout<T> layout) {
        this.dir = workDir.resolve(AssessmentCache.DIR);
        this.toolVersion = toolVersion;
        this.prefix = prefix;
        this.worthKeeping = worthKeeping;
        this.layout = layout;
    }

    public static ParsedFileCache<PlanReadResult> forPlans(Path workDir, String toolVersion) {
        return new ParsedFileCache<>(workDir, toolVersion, "plan-", ParsedFileCache::keepsPlan, plans(PlanEntry::restored));
    }

    /**
     * A plan is kept when valid, and read again while its logo is missing, not a PNG or too large: that reading is of
     * the logo file, not of the plan's bytes. Kept, it outlived the fix the warning asks for ("Copiare lo stemma in
     * formato PNG in quella posizione"): the stemma copied there, every summary still came without it, with the warning.
     */
    static boolean keepsPlan(PlanReadResult read) {
        if (!read.isValid()) {
            return false;
        }
        for (it.peg.domain.Finding f : read.findings()) {
            if (LOGO_FINDINGS.contains(f.code())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> LOGO_FINDINGS = java.util.Set.of(
            it.peg.domain.FindingCode.LOGO_NON_TROVATO.code(), it.peg.domain.FindingCode.LOGO_NON_PNG.code(),
            it.peg.domain.FindingCode.LOGO_TROPPO_GRANDE.code());

    /**
     * {@link #forPlans} (the same entries) for the nightly merge, which uses a valid plan and never shows its warnings
     * (they are {@code check}'s to show; a night prints a plan's findings only when it is invalid, and an invalid plan
     * is never cached): a plan decoded from an entry comes without them, as {@link PlanEntry#withoutWarnings} gives
     * it. At 10,000 services a plan held 34,538 warnings, each with its own composed message: decoded every night and
     * held through it, next to a heap already at its edge. consolidate without -v takes its plan the same way
     * ({@link PlanCache#readWithoutWarnings}).
     */
    public static ParsedFileCache<PlanReadResult> forNightPlans(Path workDir, String toolVersion) {
        return new ParsedFileCache<>(workDir, toolVersion, "plan-", ParsedFileCache::keepsPlan,
                plans(PlanEntry::withoutWarnings));
    }

    /**
     * A plan's reading with the fingerprints of its services ({@link PlanFingerprint#of}) and their content keys
     * ({@link PlanFingerprint#contentKeyOf}, what merge keys its copies on): every cached assessment is checked
     * against its service's fingerprint, and computing them all again for the decoded plan was half the time of a
     * warm night's assessing. They are a function of the plan, and the entry is keyed by the plan file's bytes and the
     * build, so they are as right as the plan beside them. The reading's findings are kept encoded apart
     * ({@link Findings}), so that a night can leave them undecoded.
     *
     * <p>The keys are kept as {@code serviceKeys}: for each service in the plan's order, its fingerprint's 32 bytes
     * then its content key's (both are hex SHA-256). Format 4 kept them as two maps by service code: decoded into
     * trees of 2,000 entries each, copied, compared with the plan's codes, each 64-character text looked up among the
     * shared ones, then put in the plan's maps; a fifth of decoding the plan (issue 21). An entry whose keys are not
     * one pair per service gives a plan that computes its keys when first asked, as an entry without them would.
     */
    record PlanEntry(Optional<it.peg.domain.Plan> plan, byte[] findings, byte[] serviceKeys) {
        /**
         * The entry's payload: whether it holds a plan, the plan ({@link PlanCodec}), the findings (the records'
         * codec, decoded only when asked), the keys; each part as its count of bytes and the bytes.
         */
        byte[] encode() {
            CodecOut out = new CodecOut();
            out.writeBoolean(plan.isPresent());
            plan.ifPresent(p -> out.writeBytes(PlanCodec.encode(p)));
            out.writeBytes(findings);
            out.writeBytes(serviceKeys);
            return out.toByteArray();
        }

        /** What {@link #encode} wrote, in {@code data[offset, offset + length)}: the plan decoded where it lies. */
        static PlanEntry decode(byte[] data, int offset, int length) throws IOException {
            CodecIn in = new CodecIn(data, offset, offset + length);
            Optional<it.peg.domain.Plan> plan = Optional.empty();
            if (in.readBoolean()) {
                int n = in.byteCount();
                plan = Optional.of(PlanCodec.decode(data, in.skip(n), n));
            }
            PlanEntry entry = new PlanEntry(plan, in.readBytes(), in.readBytes());
            if (!in.atEnd()) {
                throw new IOException("trailing bytes after the plan's entry");
            }
            return entry;
        }

        /** Bytes of one service's pair of keys. */
        static final int PAIR = 64;
        private static final java.util.HexFormat HEX = java.util.HexFormat.of();

        PlanEntry {
            java.util.Objects.requireNonNull(plan, "plan");
            java.util.Objects.requireNonNull(findings, "findings");
            java.util.Objects.requireNonNull(serviceKeys, "serviceKeys");
        }

        static PlanEntry of(PlanReadResult load) {
            try {
                return new PlanEntry(load.plan(), RecordCodec.encode(new Findings(load.findings())),
                        load.plan().map(PlanEntry::keysOf).orElseGet(() -> new byte[0]));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // put() logs it: the entry is not written
            }
        }

        /** The pairs of keys of the plan's services, in its order; none when one is not hex SHA-256 as written. */
        static byte[] keysOf(it.peg.domain.Plan plan) {
            List<it.peg.domain.Service> services = plan.services();
            byte[] keys = new byte[services.size() * PAIR];
            for (int i = 0; i < services.size(); i++) {
                String code = services.get(i).code();
                if (!put(PlanFingerprint.of(plan, code), keys, i * PAIR)
                        || !put(PlanFingerprint.contentKeyOf(plan, code), keys, i * PAIR + PAIR / 2)) {
                    return new byte[0]; // never so today: kept as it would not come back the same text
                }
            }
            return keys;
        }

        private static boolean put(String hexKey, byte[] keys, int at) {
            if (hexKey.length() != PAIR) {
                return false;
            }
            byte[] raw;
            try {
                raw = HEX.parseHex(hexKey);
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (!HEX.formatHex(raw).equals(hexKey)) {
                return false; // upper-case digits: the text given back must be this very one
            }
            System.arraycopy(raw, 0, keys, at, raw.length);
            return true;
        }

        /** The services' fingerprints, in the plan's order (empty when the entry keeps no keys). */
        List<String> fingerprints() {
            return texts(0);
        }

        /** The services' content keys, in the plan's order (empty when the entry keeps no keys). */
        List<String> contentKeys() {
            return texts(PAIR / 2);
        }

        private List<String> texts(int offset) {
            int n = serviceKeys.length / PAIR;
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                // interned as every text of the entry was in format 4: one copy shared with the decoded assessments
                out[i] = HEX.formatHex(serviceKeys, i * PAIR + offset, i * PAIR + offset + PAIR / 2).intern();
            }
            return java.util.Arrays.asList(out);
        }

        /** The reading as it was read, findings included. */
        PlanReadResult restored() {
            List<it.peg.domain.Finding> decoded;
            try {
                decoded = RecordCodec.decode(Findings.class, findings).list();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // get() calls it a miss
            }
            return new PlanReadResult(withKeys(), decoded);
        }

        /** The plan alone, its findings left encoded ({@link #forNightPlans}). */
        PlanReadResult withoutWarnings() {
            return new PlanReadResult(withKeys(), List.of());
        }

        private Optional<it.peg.domain.Plan> withKeys() {
            plan.ifPresent(p -> {
                if (serviceKeys.length == p.services().size() * PAIR) {
                    PlanFingerprint.restoreInServiceOrder(p, fingerprints(), contentKeys());
                }
            });
            return plan;
        }
    }

    /** A plan reading's findings, encoded apart from the plan in its entry. */
    record Findings(List<it.peg.domain.Finding> list) {
        Findings {
            list = List.copyOf(list);
        }
    }

    /** The Nucleo's columns of a summary merge wrote, keyed by the summary's {@link OutputDigest}. */
    public static ParsedFileCache<NucleoReadResult> forNucleo(Path workDir, String toolVersion) {
        ParsedFileCache<NucleoReadResult> cache = new ParsedFileCache<>(workDir, toolVersion, "nucleo-",
                NucleoReadResult.class, l -> !it.peg.domain.Findings.anyError(l.findings()));
        cache.digestOf = OutputDigest::ofFileOrEmpty;
        return cache;
    }

    /** What {@code loader} reads from {@code file}, from the cache when these exact bytes were read before. */
    public T load(Path file, Loader<T> loader) throws IOException {
        return load(file, digestOf.apply(file), loader);
    }

    /**
     * {@link #load(Path, Loader)} with the file's SHA-256 already computed by the caller, before anything read the
     * file ("" when it could not be read): merge hashes the plan once, for this and for its night state.
     */
    public T load(Path file, String sha, Loader<T> loader) throws IOException {
        if (sha.isEmpty()) {
            return loader.load(file); // missing or unreadable: the reader reports it in its own words
        }
        String name = String.valueOf(file.getFileName());
        Optional<T> cached = get(sha, name);
        if (cached.isPresent()) {
            LOG.info("{} unchanged (digest {}): read from the cache", file, sha);
            return cached.get();
        }
        T loaded = loader.load(file);
        // the file changed while it was being read (saved at night): keep nothing, the next night reads it again
        if (worthKeeping.test(loaded) && sha.equals(digestOf.apply(file))) {
            put(sha, name, loaded);
            if (layout.givenAsDecoded()) {
                // the plan as its entry decodes, as on every later night: its texts interned, shared with the decoded
                // assessments (their indicator codes) and read once; the freshly read plan held 530,000 strings at
                // 10,000 services against 370,000 decoded. A miss keeps the plan as read
                return get(sha, name).orElse(loaded);
            }
        }
        return loaded;
    }

    /** The entry for these bytes read under this file name (findings name the file). */
    Optional<T> get(String sha256, String name) {
        try {
            return layout.read(pathOf(sha256), List.of(toolVersion, sha256, name));
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cache entry {} not usable, the file is read again: {}", pathOf(sha256), e.toString());
            return Optional.empty();
        }
    }

    public void put(String sha256, String name, T value) {
        try {
            Files.createDirectories(dir);
            layout.write(pathOf(sha256), List.of(toolVersion, sha256, name), value);
            removeOthers(sha256);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs time, not correctness
            LOG.warn("cache entry {} not written ({}): the next night reads the file again", pathOf(sha256), e.toString());
        }
    }

    private void removeOthers(String keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, prefix + "*.bin")) {
            for (Path p : entries) {
                if (!p.getFileName().toString().equals(prefix + keep + ".bin")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    Path pathOf(String sha256) {
        return dir.resolve(prefix + sha256 + ".bin");
    }
}
