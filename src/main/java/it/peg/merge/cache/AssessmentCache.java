package it.peg.merge.cache;

import it.peg.io.Sha256;
import it.peg.io.AtomicFiles;

import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.PlanFingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assessments of files already read, under {@code work/cache/}, so that a run reads only new or changed
 * files. An entry is keyed by the file's SHA-256 and name (findings and the submission name the file) and
 * the verifica (which values are due, and so reported missing, depends on it), and
 * stamped with the tool version and the content key of the plan slice it was assessed against
 * ({@link PlanFingerprint#contentKeyOf}: unlike the fingerprint, two different slices never share it): that of
 * its service when one was recognised, else of every service (a
 * plan change may make an unknown file recognisable). Any mismatch or unreadable entry is a miss: the file
 * is read again from the archive. The entry format is {@link CacheEntry}.
 */
public final class AssessmentCache {
    public static final String DIR = "cache";
    private static final String MAGIC = "peg-assessment-cache/4";

    private final Path dir;
    private final String toolVersion;

    public AssessmentCache(Path workDir, String toolVersion) {
        this.dir = workDir.resolve(DIR);
        this.toolVersion = toolVersion;
    }

    /**
     * The cached assessment of {@code file} (an archived copy: its {@link InputFile#content} is known), when valid for
     * this plan and tool version.
     */
    public Optional<FileAssessment> get(Plan plan, Verifica verifica, InputFile file) {
        InputFile.Content content = file.content().orElseThrow();
        CacheEntry.Keyed<Entry> early = ahead.isEmpty() ? null : ahead.remove(new FileKey(content.sha256(), file.name()));
        if (early != null) {
            // read before the plan was known: checked now as read() checks it while reading
            return Optional.of(early)
                    .filter(stored -> stored.key().equals(key(verifica, content.sha256(), file.name())))
                    .filter(stored -> stored.tag().equals(planStamp(plan, stored.value().serviceCode())))
                    .map(stored -> stored.value().of(file, content));
        }
        try {
            return CacheEntry.read(pathOf(content.sha256(), file.name()), MAGIC,
                            key(verifica, content.sha256(), file.name()), Entry.class)
                    .filter(stored -> stored.tag().equals(planStamp(plan, stored.value().serviceCode())))
                    .map(stored -> stored.value().of(file, content));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A file's identity in the cache: its content and the name it arrived with. */
    public record FileKey(String sha256, String name) {
        public FileKey {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Entries read by {@link #readAhead}, by file (not by path: a path hashes the name), until {@link #get} takes them. */
    private final java.util.concurrent.ConcurrentHashMap<FileKey, CacheEntry.Keyed<Entry>> ahead =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads and decodes the entries of these files before the plan and the verifica are known, so that a night
     * decodes them on its second core while the plan is decoded on the first; {@link #get} then checks each against
     * the plan and the verifica exactly as it checks an entry it reads itself. An entry that cannot be read here is
     * left to {@code get} (which reads it again, and calls it a miss if it is still unreadable). Stops early, leaving
     * the rest to {@code get}, once {@code stop} says so.
     *
     * @return how many entries were read ahead
     */
    public int readAhead(java.util.Collection<FileKey> files, java.util.function.BooleanSupplier stop) {
        int read = 0;
        for (FileKey f : files) {
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                Optional<CacheEntry.Keyed<Entry>> entry = CacheEntry.readAnyKey(pathOf(f.sha256(), f.name()), MAGIC,
                        KEY_TEXTS, Entry.class);
                if (entry.isPresent()) {
                    ahead.put(f, entry.get());
                    read++;
                }
            } catch (IOException | RuntimeException e) {
                // get() reads it again and decides, as it would have without reading ahead
            }
        }
        return read;
    }

    /** Drops what {@link #readAhead} read and no {@link #get} took (files no longer archived): it is garbage now. */
    public void forgetReadAhead() {
        ahead.clear();
    }

    /**
     * Lets go of the tables that share the values of decoded entries ({@link SharedValues}), once the night has
     * decoded or stored every entry it needs: the assessments keep the values; the tables would be held through the
     * outputs, where a first night at 10,000 services peaks. Later decodings share less, nothing else.
     */
    public static void forgetSharedValues() {
        SharedValues.forget();
    }

    public void put(Plan plan, Verifica verifica, FileAssessment assessment) throws IOException {
        String sha256 = assessment.sha256();
        String name = assessment.file().name();
        CacheEntry.write(pathOf(sha256, name), MAGIC, key(verifica, sha256, name),
                planStamp(plan, assessment.serviceCode()), Entry.of(assessment));
    }

    /**
     * {@link #put}, returning the assessment as a later night decodes it from the entry: its texts, numbers and dates
     * shared with every other decoded entry ({@link SharedValues}) instead of the copies the reader made. A first
     * night of 10,000 files held 10,000 freshly read assessments (1.3 million strings, over 200 MB live) and spent its
     * time in full collections under {@code -Xmx256m}; decoded, they take what a 1% night's do.
     */
    public FileAssessment putShared(Plan plan, Verifica verifica, FileAssessment assessment) throws IOException {
        String sha256 = assessment.sha256();
        String name = assessment.file().name();
        byte[] payload = RecordCodec.encode(Entry.of(assessment));
        CacheEntry.write(pathOf(sha256, name), MAGIC, key(verifica, sha256, name),
                planStamp(plan, assessment.serviceCode()), Entry.class, payload);
        Entry shared;
        try {
            shared = RecordCodec.decode(Entry.class, payload, 0, payload.length);
        } catch (RuntimeException e) {
            throw new IOException("cache entry of " + name + " not decodable: " + e, e);
        }
        return new FileAssessment(assessment.file(), sha256, assessment.size(), shared.serviceCode(),
                shared.submission(), shared.findings(), shared.lockedVerifiche());
    }

    /**
     * What an entry stores of a {@link FileAssessment}: the part that depends only on the file's content and name and
     * on the plan. Where the archived copy lies and when it was received are the run's, not the cache's.
     */
    record Entry(Optional<String> serviceCode, Optional<Submission> submission, List<Finding> findings,
                 List<String> lockedVerifiche) {
        Entry {
            Objects.requireNonNull(serviceCode, "serviceCode");
            Objects.requireNonNull(submission, "submission");
            findings = List.copyOf(findings);
            lockedVerifiche = List.copyOf(lockedVerifiche);
        }

        static Entry of(FileAssessment a) {
            return new Entry(a.serviceCode(), a.submission(), a.findings(), a.lockedVerifiche());
        }

        FileAssessment of(InputFile file, InputFile.Content content) {
            return new FileAssessment(file, content.sha256(), content.size(), serviceCode, submission, findings,
                    lockedVerifiche);
        }
    }

    /** How many texts {@link #key} has. */
    private static final int KEY_TEXTS = 4;

    private List<String> key(Verifica verifica, String sha256, String name) {
        return List.of(toolVersion, sha256, name, verifica.code());
    }

    public void removeTemps() throws IOException {
        AtomicFiles.removeTemps(dir);
    }

    private Path pathOf(String sha256, String name) {
        return dir.resolve(sha256 + "-" + Sha256.hex(name).substring(0, 16) + ".bin");
    }

    String planStamp(Plan plan, Optional<String> serviceCode) {
        // the content key, as the fingerprint, leaves out the plan's Valori mancanti (a scheda does not ask it), but validation's
        // VALORE_MANCANTE warning says what an empty value counts for: an entry assessed under the other rule is a miss
        return serviceCode.map(code -> "service:" + code + ":" + PlanFingerprint.contentKeyOf(plan, code))
                .orElseGet(() -> "plan:" + wholePlanOnce(plan)) + ":" + plan.settings().missingValues().name();
    }

    /** The plan a stamp of the whole plan was last computed for (by identity), and that stamp. */
    private record WholePlan(Plan plan, String stamp) {
    }

    private volatile WholePlan lastWhole;

    /**
     * {@link #wholePlan}, once per plan rather than once per file that names no service: it hashes the
     * content keys of every service.
     */
    private String wholePlanOnce(Plan plan) {
        WholePlan w = lastWhole;
        if (w == null || w.plan() != plan) {
            w = new WholePlan(plan, wholePlan(plan));
            lastWhole = w; // a benign race: every thread computes the same stamp
        }
        return w.stamp();
    }

    static String wholePlan(Plan plan) {
        StringBuilder sb = new StringBuilder();
        plan.services().forEach(s -> sb.append(s.code()).append('=').append(PlanFingerprint.contentKeyOf(plan, s.code())).append('\n'));
        return Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
