package it.peg.merge;

import it.peg.consolidate.SideTask;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InOrder;
import it.peg.consolidate.InputFile;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.merge.cache.AssessmentCache;
import it.peg.readback.ReadProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The night's second step: every file ever received assessed from its archived copy, from the cache when valid,
 * else read; then locked values compared with the earlier deliveries in the archive ({@link EarlierDeliveries}).
 */
final class AssessStep {
    private static final Logger LOG = LoggerFactory.getLogger(AssessStep.class);

    /**
     * What the step gives.
     *
     * @param assessed every archived file's assessment, in the files' order
     * @param read     how many had to be read (cache misses)
     */
    record Assessed(List<FileAssessment> assessed, int read) {
        /** Nothing assessed. */
        static final Assessed NONE = new Assessed(List.of(), 0);
    }

    private AssessStep() {
    }

    static Assessed run(Stages.AssessFile assess, Plan plan, Verifica verifica, List<InputFile> archived,
                        AssessmentCache cache) throws IOException {
        Assessed looked = lookUp(assess, plan, verifica, archived, cache);
        // locked values are compared with what peg already holds: the earlier delivery in the archive
        return new Assessed(EarlierDeliveries.keepLockedValues(plan, looked.assessed()), looked.read());
    }

    /**
     * {@link #run}, taking as they are the files {@code already} assessed tonight ({@link #lookUp}: before the
     * comparison of locked values): a night that began with the partial combine and met a doubt reads none of them
     * again, and counts them as read once.
     */
    static Assessed run(Stages.AssessFile assess, Plan plan, Verifica verifica, List<InputFile> archived,
                        AssessmentCache cache, Assessed already) throws IOException {
        if (already.assessed().isEmpty()) {
            return run(assess, plan, verifica, archived, cache);
        }
        Map<String, FileAssessment> done = new java.util.HashMap<>(already.assessed().size() * 4 / 3 + 1);
        already.assessed().forEach(a -> done.put(History.Known.key(a.file().name(), a.sha256()), a));
        List<InputFile> rest = archived.stream().filter(f -> !done.containsKey(keyOf(f))).toList();
        Assessed looked = lookUp(assess, plan, verifica, rest, cache);
        java.util.Iterator<FileAssessment> others = looked.assessed().iterator();
        List<FileAssessment> all = new ArrayList<>(archived.size());
        for (InputFile f : archived) {
            FileAssessment a = done.get(keyOf(f));
            all.add(a != null ? a : others.next());
        }
        return new Assessed(EarlierDeliveries.keepLockedValues(plan, all), already.read() + looked.read());
    }

    /** An archived file's key as the ledger's history keys it ({@code name NUL sha256}). */
    static String keyOf(InputFile f) {
        return History.Known.key(f.name(), f.content().orElseThrow().sha256());
    }

    /**
     * {@code files} assessed, each from the cache when valid, else read, without the comparison of locked values with
     * the earlier deliveries ({@link EarlierDeliveries}, per service): a night that assesses only some services' files
     * makes it once over all of them.
     */
    static Assessed lookUp(Stages.AssessFile assess, Plan plan, Verifica verifica, List<InputFile> files,
                           AssessmentCache cache) throws IOException {
        List<Lookup> lookups = assessAll(assess, plan, verifica, files, cache);
        List<FileAssessment> looked = new ArrayList<>(lookups.size());
        int read = 0;
        for (Lookup l : lookups) {
            looked.add(l.file());
            read += l.read() ? 1 : 0;
        }
        return new Assessed(looked, read);
    }

    /** One archived file's assessment, and whether it had to be read (a cache miss). */
    private record Lookup(FileAssessment file, boolean read) {
    }

    /**
     * Looks up or reads every archived file on a bounded pool (the cores, at most 4), results in the files'
     * order whatever the scheduling. Each task only reads its archived file and writes its own cache entry;
     * the ledger is written by the calling thread alone. Each usable file's service is scored there too
     * ({@link Consolidator#scoredAhead}), so that combine, on the night's main thread, only assembles the scores.
     * Scores are not cached: decoding them with the entries cost the read-ahead thread more than scoring them here,
     * and at 10,000 services more collection time (docs/performance.md, "h24-score").
     */
    private static List<Lookup> assessAll(Stages.AssessFile assess, Plan plan, Verifica verifica,
                                          List<InputFile> files, AssessmentCache cache) throws IOException {
        Map<String, String> context = org.slf4j.MDC.getCopyOfContextMap();
        java.util.function.Function<InputFile, Lookup> task = af -> {
            SideTask.withContext(context); // the run's id in merge.log, from the pool's threads too
            Optional<FileAssessment> cached = cache.get(plan, verifica, af);
            if (cached.isPresent()) {
                return new Lookup(Consolidator.scoredAhead(plan, verifica, cached.get()), false);
            }
            FileAssessment a = assess.assess(plan, verifica, af);
            if (isTransient(a)) {
                // a time limit, a disk error or memory taken by other work is not a verdict on the file's bytes
                LOG.warn("{} could not be read tonight ({}): not cached, read again by the next run", af.name(),
                        a.findings().stream().filter(f -> ReadProblem.isTransient(f.code()))
                                .map(Finding::code).findFirst().orElse(""));
                return new Lookup(a, true);
            }
            try {
                // kept as the entry decodes, its values shared: 10,000 read files fit in the nightly heap (and scored
                // from those: the scores share its reported values)
                // a file read tonight is new or changed: its service's rows are rendered, their explanations made here
                // (a cached one's are left unmade: its rows are copied)
                return new Lookup(Consolidator.explained(Consolidator.scoredAhead(plan, verifica,
                        cache.putShared(plan, verifica, a))), true);
            } catch (IOException e) {
                // the cache is derivable: a failed write costs a re-read next night, nothing else
                LOG.warn("assessment of {} not cached: {}", af.name(), e.toString());
            }
            return new Lookup(Consolidator.explained(Consolidator.scoredAhead(plan, verifica, a)), true);
        };
        try {
            return InOrder.map(files, Consolidator.defaultThreads(), "peg-merge-assess", task, done -> {
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the archived files", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // assess never throws for a bad workbook: anything here is a bug or an I/O failure, and stops the run
            throw new IOException("reading an archived file failed: " + e.getCause(), e.getCause());
        }
    }

    /** The assessment failed for a reason of the run, not of the file's bytes ({@link ReadProblem#isTransient}). */
    static boolean isTransient(FileAssessment a) {
        return a.findings().stream().anyMatch(f -> ReadProblem.isTransient(f.code()));
    }
}
