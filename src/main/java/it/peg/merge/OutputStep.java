package it.peg.merge;

import it.peg.consolidate.SideTask;
import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Verifica;
import it.peg.io.AtomicFiles;
import it.peg.io.SegmentIndex;
import it.peg.summary.NucleoReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static it.peg.merge.Ledger.fields;

/**
 * The night's outputs: the summary, the CSV and the Schede per la valutazione staged in temp files (never held in
 * memory: a 10,000-service summary is tens of MB), the CSV on a thread of its own while the summary is rendered, the
 * Schede after the summary (the two at once are too much for a 256 MB heap at 10,000 services), before any is
 * put in place, so that a failure while rendering leaves all three as they were; each replaced only when its bytes
 * change (an OUTPUT line), and copied under the verifica's own name. The rows of services whose rows' key is unchanged
 * are copied from the outputs the last run left.
 */
final class OutputStep {
    private static final Logger LOG = LoggerFactory.getLogger(OutputStep.class);

    /**
     * What was written.
     *
     * @param summaryDigest the summary's {@link it.peg.io.OutputDigest}
     * @param csvDigest     the CSV's
     * @param summaryRows what the next run may copy from the summary, one index per row sheet
     * @param csvRows     the same for the CSV
     * @param outputs     the outputs written or compared, with their stamps right after (for the night manifest)
     * @param formsChanged whether the Schede per la valutazione were replaced
     * @param formsDigest  their digest as the run left them ({@link it.peg.io.OutputDigest})
     * @param formsSheets  what the next run may copy from them
     */
    record Written(boolean summaryChanged, boolean csvChanged, String summaryDigest, String csvDigest,
                   java.util.List<SegmentIndex> summaryRows, Optional<SegmentIndex> csvRows, WrittenOutputs outputs,
                   boolean formsChanged, String formsDigest, Optional<SegmentIndex> formsSheets) {
    }

    /**
     * The heap a night needs per service of the plan to write the Schede beside the summary and the CSV: measured at
     * 10,000 services, where 256 MB (25.6 KB a service) was too little (h23-mergeforms in docs/performance.md); with
     * room to spare, so a plan of a comune's size always has them beside.
     */
    static final long FORMS_BESIDE_BYTES_PER_SERVICE = 40L << 10;

    private OutputStep() {
    }

    /** Whether a heap of {@code maxHeap} bytes has room to write the Schede of {@code services} beside the summary. */
    static boolean formsBeside(long maxHeap, int services) {
        return maxHeap >= FORMS_BESIDE_BYTES_PER_SERVICE * services;
    }

    /** The Schede, copying the sheets of unchanged services from the file the last complete run left. */
    private static CompletableFuture<AtomicFiles.Staged> stageForms(Stages stages, ConsolidationResult result, Path work,
                                                                    Path formsFile, Optional<NightState> last,
                                                                    AtomicReference<Optional<SegmentIndex>> sheets) {
        return SideTask.start("peg-merge-forms", () -> AtomicFiles.stage(formsFile, out -> sheets.set(
                stages.writeForms().write(result, out, last.flatMap(NightState::formsSheets)
                        .map(i -> new SegmentIndex.Earlier(formsFile, i)), work))));
    }

    /**
     * @param last    the state the last complete run left (the segments it wrote)
     * @param current the current summary's Nucleo columns as read: when it is of another verifica, it is kept as that
     *                one's file before it is replaced
     */
    static Written run(Stages stages, ConsolidationResult result, Path work, Verifica verifica,
                       Optional<NightState> last, NucleoReadResult current, Ledger ledger) throws IOException {
        Path summary = work.resolve(MergeJob.SUMMARY);
        Path csvFile = work.resolve(MergeJob.CSV);
        Path formsFile = work.resolve(MergeJob.FORMS);
        // the Schede (one sheet per service, as consolidate writes them) beside the summary and the CSV when the heap
        // has room for all three at once; else only once the summary is staged: at 10,000 services in a 256 MB heap
        // the summary's writing and theirs at once left too little (12 full collections in a 1% night)
        AtomicReference<Optional<SegmentIndex>> formsSheets = new AtomicReference<>(Optional.empty());
        Optional<CompletableFuture<AtomicFiles.Staged>> formsEarly =
                formsBeside(Runtime.getRuntime().maxMemory(), result.plan().services().size())
                ? Optional.of(stageForms(stages, result, work, formsFile, last, formsSheets)) : Optional.empty();
        AtomicReference<Optional<SegmentIndex>> csvRows = new AtomicReference<>(Optional.empty());
        AtomicReference<java.util.List<SegmentIndex>> summaryRows = new AtomicReference<>(java.util.List.of());
        CompletableFuture<AtomicFiles.Staged> csvStage = SideTask.start("peg-merge-csv",
                () -> AtomicFiles.stage(csvFile, out -> csvRows.set(stages.writeCsv().write(result, out,
                        last.flatMap(NightState::csvRows).map(i -> new SegmentIndex.Earlier(csvFile, i)), work))));
        AtomicFiles.Staged xlsx;
        try {
            xlsx = AtomicFiles.stage(summary, out -> summaryRows.set(stages.writeSummary().write(result, out,
                    Optional.of(summary), last.map(NightState::summaryRows).orElse(java.util.List.of()), work)));
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(csvStage).ifPresent(OutputStep::discard);
            formsEarly.ifPresent(f -> SideTask.awaitQuietly(f).ifPresent(OutputStep::discard));
            throw e;
        }
        CompletableFuture<AtomicFiles.Staged> formsStage = formsEarly.orElseGet(
                () -> stageForms(stages, result, work, formsFile, last, formsSheets)); // on the other core while the CSV is finished
        AtomicFiles.Staged csvStaged;
        try {
            csvStaged = SideTask.await(csvStage);
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(formsStage).ifPresent(OutputStep::discard);
            discard(xlsx);
            throw e;
        }
        try (xlsx; AtomicFiles.Staged csv = csvStaged; AtomicFiles.Staged forms = SideTask.await(formsStage)) {
            // the current summary of another verifica is about to be replaced: its verifica keeps it, with the
            // Nucleo's columns typed into it since that verifica's file was written
            VerificaSummaries.keepAsItsVerifica(work, current, verifica, ledger);
            // the three renames made durable by one fsync of the work folder, then the verifica's copies the same way,
            // then every OUTPUT line in one append: each line is written once what it records is durable
            boolean csvChanged = csv.moveInPlace();
            boolean summaryChanged = xlsx.moveInPlace();
            boolean formsChanged = forms.moveInPlace();
            if (csvChanged || summaryChanged || formsChanged) {
                AtomicFiles.fsyncDirectory(work);
            }
            WrittenOutputs outputs = new WrittenOutputs();
            outputs.holds(csvFile, csv.digest());
            outputs.holds(summary, xlsx.digest());
            outputs.holds(formsFile, forms.digest());
            List<Ledger.Line> lines = new ArrayList<>();
            String at = verifica.date().toString();
            if (csvChanged) {
                lines.add(new Ledger.Line(LedgerEvent.OUTPUT, fields("file", MergeJob.CSV, "digest", csv.digest(),
                        "verifica", at), ledger.now()));
            }
            if (summaryChanged) {
                lines.add(new Ledger.Line(LedgerEvent.OUTPUT, fields("file", MergeJob.SUMMARY, "digest", xlsx.digest(),
                        "verifica", at), ledger.now()));
            }
            if (formsChanged) {
                lines.add(new Ledger.Line(LedgerEvent.OUTPUT, fields("file", MergeJob.FORMS, "digest", forms.digest(),
                        "verifica", at), ledger.now()));
            }
            // one summary per verifica: the same bytes under the verifica's own name, kept when the verifica moves on
            List<VerificaSummaries.Copy> copies = new ArrayList<>();
            try {
                copies.add(VerificaSummaries.stageCopy(csvFile, work.resolve(VerificaSummaries.csvOf(verifica.date())),
                        outputs));
                copies.add(VerificaSummaries.stageCopy(summary,
                        work.resolve(VerificaSummaries.summaryOf(verifica.date())), outputs));
                copies.add(VerificaSummaries.stageCopy(formsFile,
                        work.resolve(VerificaSummaries.formsOf(verifica.date())), outputs));
                lines.addAll(VerificaSummaries.putInPlace(work, copies, verifica.date(), ledger, outputs));
            } finally {
                for (VerificaSummaries.Copy c : copies) {
                    c.staged().ifPresent(OutputStep::discard);
                }
            }
            ledger.appendAll(lines);
            return new Written(summaryChanged, csvChanged, xlsx.digest(), csv.digest(), summaryRows.get(),
                    csvRows.get(), outputs, formsChanged, forms.digest(), formsSheets.get());
        }
    }

    /** Deletes a staged output that will not be committed (the run is failing for another reason). */
    private static void discard(AtomicFiles.Staged staged) {
        try {
            staged.close();
        } catch (IOException e) {
            LOG.warn("temp file of an output not deleted: {} (removed by the next run)", e.toString());
        }
    }
}
