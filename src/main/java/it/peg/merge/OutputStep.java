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

    /**
     * An output staged, and its copy under the verifica's name staged on the same thread when that file does not hold
     * those bytes yet: all put in place together once all three outputs rendered.
     */
    private record Output(AtomicFiles.Staged staged, Optional<AtomicFiles.Staged> copy) {
        /** {@code staged} and the copy of it at {@code copy}; {@code staged} deleted if the copy cannot be made. */
        static Output of(AtomicFiles.Staged staged, Path copy) throws IOException {
            try {
                return new Output(staged, staged.stageCopy(copy));
            } catch (IOException | RuntimeException | Error e) {
                OutputStep.discard(staged);
                throw e;
            }
        }

        /** Deletes what was not put in place. */
        void discard() {
            OutputStep.discard(staged);
            copy.ifPresent(OutputStep::discard);
        }
    }

    /** The Schede, copying the sheets of unchanged services from the file the last complete run left. */
    private static CompletableFuture<Output> stageForms(Stages stages, ConsolidationResult result, Path work,
                                                        Path formsFile, Path formsCopy,
                                                        it.peg.summary.RenderedServices.Earlier earlier,
                                                        AtomicReference<Optional<SegmentIndex>> sheets) {
        return SideTask.start("peg-merge-forms", () -> Output.of(AtomicFiles.stage(formsFile, out -> sheets.set(
                stages.writeForms().write(result, out, earlier.forms(), work))), formsCopy));
    }

    /**
     * What {@link #run} copies from, as {@link it.peg.summary.RenderedServices} takes it: the outputs in {@code work}
     * and the indexes {@code last} holds of them, the same {@code run} gives the writers. A night that scores only the
     * services whose rows are rendered asks {@code RenderedServices.of} with this before it scores.
     */
    static it.peg.summary.RenderedServices.Earlier earlier(Path work, Optional<NightState> last) {
        return new it.peg.summary.RenderedServices.Earlier(Optional.of(work.resolve(MergeJob.SUMMARY)),
                last.map(NightState::summaryRows).orElse(java.util.List.of()),
                last.flatMap(NightState::csvRows).map(i -> new SegmentIndex.Earlier(work.resolve(MergeJob.CSV), i)),
                last.flatMap(NightState::formsSheets).map(i -> new SegmentIndex.Earlier(work.resolve(MergeJob.FORMS), i)));
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
        // one summary per verifica: the same bytes under the verifica's own name, kept when the verifica moves on
        Path summaryCopy = work.resolve(VerificaSummaries.summaryOf(verifica.date()));
        Path csvCopy = work.resolve(VerificaSummaries.csvOf(verifica.date()));
        Path formsCopy = work.resolve(VerificaSummaries.formsOf(verifica.date()));
        // what the writers copy from: the same RenderedServices works out the services to score from
        it.peg.summary.RenderedServices.Earlier earlier = earlier(work, last);
        // the Schede (one sheet per service, as consolidate writes them) beside the summary and the CSV when the heap
        // has room for all three at once; else only once the summary is staged: at 10,000 services in a 256 MB heap
        // the summary's writing and theirs at once left too little (12 full collections in a 1% night)
        AtomicReference<Optional<SegmentIndex>> formsSheets = new AtomicReference<>(Optional.empty());
        Optional<CompletableFuture<Output>> formsEarly =
                formsBeside(Runtime.getRuntime().maxMemory(), result.plan().services().size())
                ? Optional.of(stageForms(stages, result, work, formsFile, formsCopy, earlier, formsSheets))
                : Optional.empty();
        AtomicReference<Optional<SegmentIndex>> csvRows = new AtomicReference<>(Optional.empty());
        AtomicReference<java.util.List<SegmentIndex>> summaryRows = new AtomicReference<>(java.util.List.of());
        CompletableFuture<Output> csvStage = SideTask.start("peg-merge-csv",
                () -> Output.of(AtomicFiles.stage(csvFile, out -> csvRows.set(stages.writeCsv().write(result, out,
                        earlier.csv(), work))),
                        csvCopy));
        Output xlsx;
        try {
            xlsx = Output.of(AtomicFiles.stage(summary, out -> summaryRows.set(stages.writeSummary().write(result, out,
                    earlier.summaryFile(), earlier.summary(), work))),
                    summaryCopy);
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(csvStage).ifPresent(Output::discard);
            formsEarly.ifPresent(f -> SideTask.awaitQuietly(f).ifPresent(Output::discard));
            throw e;
        }
        CompletableFuture<Output> formsStage = formsEarly.orElseGet(() -> stageForms(stages, result, work, formsFile,
                formsCopy, earlier, formsSheets)); // on the other core while the CSV is finished
        Output csv;
        Output forms;
        try {
            csv = SideTask.await(csvStage);
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(formsStage).ifPresent(Output::discard);
            xlsx.discard();
            throw e;
        }
        try {
            forms = SideTask.await(formsStage);
        } catch (IOException | RuntimeException | Error e) {
            xlsx.discard();
            csv.discard();
            throw e;
        }
        try {
            return commit(work, verifica, current, last, ledger, xlsx, csv, forms, summaryRows.get(), csvRows.get(),
                    formsSheets.get());
        } finally {
            xlsx.discard(); // what was put in place is no longer there to delete
            csv.discard();
            forms.discard();
        }
    }

    /**
     * The three outputs put in place, then their copies, each set's renames made durable by one fsync of the work
     * folder, then every OUTPUT line in one append: each line is written once what it records is durable.
     */
    private static Written commit(Path work, Verifica verifica, NucleoReadResult current, Optional<NightState> last,
                                  Ledger ledger, Output xlsx,
                                  Output csv, Output forms, java.util.List<SegmentIndex> summaryRows,
                                  Optional<SegmentIndex> csvRows, Optional<SegmentIndex> formsSheets)
            throws IOException {
        // the current summary of another verifica is about to be replaced: its verifica keeps it, with the
        // Nucleo's columns typed into it since that verifica's file was written
        VerificaSummaries.keepAsItsVerifica(work, current, verifica, ledger, last);
        boolean csvChanged = csv.staged().moveInPlace();
        boolean summaryChanged = xlsx.staged().moveInPlace();
        boolean formsChanged = forms.staged().moveInPlace();
        if (csvChanged || summaryChanged || formsChanged) {
            AtomicFiles.fsyncDirectory(work);
        }
        WrittenOutputs outputs = new WrittenOutputs();
        List<Ledger.Line> lines = new ArrayList<>();
        String at = verifica.date().toString();
        for (Output o : List.of(csv, xlsx, forms)) {
            outputs.holds(o.staged().target(), o.staged().digest());
            if (o.staged().changed()) {
                lines.add(output(o.staged(), at, ledger));
            }
        }
        // the copies after the outputs: a crash between leaves the outputs new and the copies as they were (the next
        // night makes them), never a copy of a verifica newer than the current summary
        List<AtomicFiles.Staged> moved = new ArrayList<>(3);
        try {
            boolean copied = false;
            for (Output o : List.of(csv, xlsx, forms)) {
                if (o.copy().isPresent()) {
                    copied |= o.copy().get().moveInPlace();
                    moved.add(o.copy().get());
                }
            }
            if (copied) {
                AtomicFiles.fsyncDirectory(work);
            }
        } catch (IOException | RuntimeException e) {
            // the outputs are in place and durable: their lines are written, as when each had its own append before
            // the copies (a copy open in Excel on Windows, a folder in its way); so are the copies put in place
            // before the one that failed, once their renames are durable; the next night makes the others
            try {
                if (!moved.isEmpty()) {
                    AtomicFiles.fsyncDirectory(work);
                    moved.forEach(c -> lines.add(output(c, at, ledger)));
                }
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            try {
                ledger.appendAll(lines);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        for (Output o : List.of(csv, xlsx, forms)) {
            Path copy = o.copy().map(AtomicFiles.Staged::target).orElse(null);
            // a copy made, or found holding the bytes: of the output's digest either way
            Path target = copy != null ? copy : copyOf(work, verifica, o.staged().target());
            outputs.holds(target, o.staged().digest());
            o.copy().ifPresent(c -> lines.add(output(c, at, ledger)));
        }
        ledger.appendAll(lines);
        return new Written(summaryChanged, csvChanged, xlsx.staged().digest(), csv.staged().digest(), summaryRows,
                csvRows, outputs, formsChanged, forms.staged().digest(), formsSheets);
    }

    /** The OUTPUT line of {@code staged}, put in place. */
    private static Ledger.Line output(AtomicFiles.Staged staged, String verifica, Ledger ledger) {
        return new Ledger.Line(LedgerEvent.OUTPUT, fields("file", staged.target().getFileName().toString(), "digest",
                staged.digest(), "verifica", verifica), ledger.now());
    }

    /** The copy of {@code output} under the verifica's name. */
    private static Path copyOf(Path work, Verifica verifica, Path output) {
        String name = output.getFileName().toString();
        return work.resolve(name.equals(MergeJob.CSV) ? VerificaSummaries.csvOf(verifica.date())
                : name.equals(MergeJob.SUMMARY) ? VerificaSummaries.summaryOf(verifica.date())
                : VerificaSummaries.formsOf(verifica.date()));
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
