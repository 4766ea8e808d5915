package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.CacheEntry;
import it.peg.io.OutputDigest;
import it.peg.domain.Verifica;
import it.peg.io.SegmentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the last complete run worked from and what it left, so that a night whose inputs are all the same as
 * then (most nights: nothing arrived) stops after the archive step instead of re-assessing every file and
 * rendering both outputs again to find them byte-identical. Kept in {@code work/cache/night-state.bin}, written
 * after RUN_END, derivable (no fsync): a missing, torn or foreign entry only costs a full run.
 *
 * <p>The inputs are the build, the plan file's SHA-256, the verifica, and every archived file (name, SHA-256,
 * size, time received); the outputs are checked by their {@link OutputDigest} (the summary is also an input: the
 * Nucleo types into it) and the folder of rejected files by the digest of each file in it (a full run puts back a copy or a list of
 * reasons someone edited). Any difference, and the run does everything.
 *
 * @param inputs             {@link #inputsOf}'s digest of the run's inputs
 * @param summaryDigest      the summary as the run left it ({@link OutputDigest}, as every file of the work folder)
 * @param csvDigest          the CSV as the run left it
 * @param rejectedFolder     every file in {@code scartati/} after the run, name to digest
 * @param acceptedWithErrors an accepted file had ERRORE findings (part of the exit code)
 * @param statuses           each file's status as the run noted it in the ledger ({@code STATUS|reason}), by
 *                           {@code name NUL sha256}: a night may skip the work only when the ledger already holds
 *                           every one of them from a complete run (after a killed run it does not, and a full run
 *                           writes them, reporting a rejection once as it must)
 * @param summaryRows        the segments of the summary's row sheets, one index per worksheet part, which the next
 *                           changed night copies for the runs of rows whose key is unchanged (the file is checked
 *                           before anything is copied; a state of schema 2 held the Indicatori part alone)
 * @param csvRows            the same for the CSV
 * @param notFilled          blank schede ("non compilata"), counted apart from the accepted files (a state written
 *                           before this field has another schema: not read, the night is a full run)
 * @param formsDigest        the Schede per la valutazione as the run left them (the same schema rule)
 * @param formsSheets        where each service's sheet lies in those Schede, by a key of what it is made from, which
 *                           the next changed night copies for the services whose key is unchanged (the file is
 *                           checked first: its length and CRC-32)
 */
record NightState(String inputs, String summaryDigest, String csvDigest, java.util.SortedMap<String, String> rejectedFolder,
                  int accepted, int superseded, int rejected, int missing, boolean acceptedWithErrors,
                  long rejectedServices, java.util.SortedMap<String, String> statuses,
                  List<SegmentIndex> summaryRows, Optional<SegmentIndex> csvRows, int notFilled,
                  String formsDigest, Optional<SegmentIndex> formsSheets) {
    static final String FILE_NAME = "night-state.bin";
    private static final String MAGIC = "peg-night-state/4";
    private static final Logger LOG = LoggerFactory.getLogger(NightState.class);

    NightState {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(summaryDigest, "summaryDigest");
        Objects.requireNonNull(csvDigest, "csvDigest");
        rejectedFolder = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(rejectedFolder));
        statuses = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(statuses));
        summaryRows = List.copyOf(summaryRows);
        Objects.requireNonNull(csvRows, "csvRows");
        Objects.requireNonNull(formsDigest, "formsDigest");
        Objects.requireNonNull(formsSheets, "formsSheets");
    }

    /** A digest of everything a run's results depend on but the outputs themselves. */
    static String inputsOf(String build, String planSha256, Verifica verifica, List<it.peg.consolidate.InputFile> archived) {
        it.peg.io.Sha256.Incremental md = new it.peg.io.Sha256.Incremental(); // for C1, as the keys and files
        StringBuilder sb = new StringBuilder();
        sb.append("build\t").append(build).append('\n')
                .append("plan\t").append(planSha256).append('\n')
                .append("verifica\t").append(verifica.code()).append('\n');
        // the same bytes as one update per file, hashed in blocks: a line per file made by a method of its own
        // (compiled once called a few hundred times; the loop of this method, run once, is interpreted)
        for (it.peg.consolidate.InputFile f : archived) {
            line(sb, f);
            if (sb.length() >= 1 << 16) {
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return md.hex();
    }

    /** An archived file's line of {@link #inputsOf}: name, SHA-256, size and time received. */
    private static void line(StringBuilder sb, it.peg.consolidate.InputFile f) {
        it.peg.consolidate.InputFile.Content c = f.content().orElseThrow();
        IsoInstant.format(f.received(), sb.append(f.name()).append('\t').append(c.sha256()).append('\t')
                .append(c.size()).append('\t')).append('\n');
    }

    /**
     * The state a complete run leaves for the next night, written; empty when it could not be (derivable: the next night
     * is a full run; the run itself has completed and must not fail now).
     */
    static Optional<NightState> keep(Path work, String build, String inputs, OutputStep.Written written,
                                     StatusStep.Tally t) {
        try {
            NightState state = new NightState(inputs, written.summaryDigest(), written.csvDigest(),
                    rejectedFolderContents(work), t.accepted(), t.superseded(), t.rejected(), t.missing(),
                    t.acceptedWithErrors(), t.rejectedServices(), t.statuses(), written.summaryRows(),
                    written.csvRows(), t.notFilled(), written.formsDigest(), written.formsSheets());
            state.write(work, build);
            return Optional.of(state);
        } catch (IOException | RuntimeException e) {
            LOG.warn("night state not written ({}): the next night does a full run", e.toString());
            return Optional.empty();
        }
    }

    /** The state the last complete run of this build left, if any and readable. */
    static Optional<NightState> read(Path work, String build) {
        try {
            return CacheEntry.readAlone(path(work), MAGIC, List.of(build), NightState.class).map(CacheEntry.Stored::value);
        } catch (IOException e) {
            LOG.warn("night state not usable, this run does everything: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Written atomically; the caller decides what a failure means (for merge: tomorrow is a full run). */
    void write(Path work, String build) throws IOException {
        Files.createDirectories(path(work).getParent());
        CacheEntry.write(path(work), MAGIC, List.of(build), "", this);
    }

    /** Forgets the state: the next night is a full run (a file failed tonight for a reason of the night). */
    static void delete(Path work) {
        try {
            Files.deleteIfExists(path(work));
        } catch (IOException e) {
            // its inputs differ from tonight's anyway, unless an earlier night left it: that night's outputs were
            // replaced tonight, so stillHolds finds them changed and the next night is a full run all the same
        }
    }

    /**
     * Whether tonight's inputs and the outputs on disk are those this state describes: then a full run would
     * give the same outputs, byte for byte, and the same statuses.
     */
    boolean stillHolds(String inputsNow, Map<String, String> lastStatus, Path work, Verifica verifica) {
        if (!inputs.equals(inputsNow)) {
            return false;
        }
        for (Map.Entry<String, String> e : statuses.entrySet()) {
            if (!e.getValue().equals(lastStatus.get(e.getKey()))) {
                return false;
            }
        }
        try {
            // the verifica's own copies too: the Nucleo may type into riepilogo-MMDD.xlsx
            return summaryDigest.equals(OutputDigest.ofFile(work.resolve(MergeJob.SUMMARY)))
                    && csvDigest.equals(OutputDigest.ofFile(work.resolve(MergeJob.CSV)))
                    && summaryDigest.equals(OutputDigest.ofFile(work.resolve(VerificaSummaries.summaryOf(verifica.date()))))
                    && csvDigest.equals(OutputDigest.ofFile(work.resolve(VerificaSummaries.csvOf(verifica.date()))))
                    && formsDigest.equals(OutputDigest.ofFile(work.resolve(MergeJob.FORMS)))
                    && formsDigest.equals(OutputDigest.ofFile(work.resolve(VerificaSummaries.formsOf(verifica.date()))))
                    && rejectedFolder.equals(rejectedFolderContents(work));
        } catch (IOException e) {
            return false; // an output missing or unreadable: the full run writes it again
        }
    }

    /** Name to digest of each file in {@code scartati/} (a few small files: the copies and their reasons). */
    static java.util.SortedMap<String, String> rejectedFolderContents(Path work) throws IOException {
        Path dir = work.resolve(RejectedFolder.DIR);
        java.util.SortedMap<String, String> contents = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return contents;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                contents.put(p.getFileName().toString(), OutputDigest.ofFile(p));
            }
        }
        return contents;
    }

    private static Path path(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(FILE_NAME);
    }
}
