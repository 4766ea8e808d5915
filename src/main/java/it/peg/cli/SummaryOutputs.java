package it.peg.cli;

import it.peg.consolidate.SideTask;
import it.peg.io.AtomicFiles;
import it.peg.summary.ValutazioneWorkbookWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Writes a command's output file whole and atomically: a failure half-way leaves the previous file. */
final class SummaryOutputs {
    private SummaryOutputs() {
    }

    /** The summary workbook and, when asked, its CSV export. */
    static void write(it.peg.consolidate.ConsolidationResult result, Path workbook, java.util.Optional<Path> csv)
            throws IOException {
        write(workbook, o -> it.peg.summary.SummaryWorkbookWriter.write(result, o));
        if (csv.isPresent()) {
            write(csv.get(), csvContent(result));
        }
    }

    private static it.peg.io.ContentWriter csvContent(it.peg.consolidate.ConsolidationResult result) {
        return o -> it.peg.summary.CsvExporter.write(result, o);
    }

    /**
     * The summary and its CSV, then the Schede per la valutazione beside the summary, as before; but the forms and
     * the CSV are each rendered on a thread of their own while the summary is written (all three are single-threaded
     * work on the same finished result: on two cores the command ends by the longest, not their sum; docs/performance.md,
     * "h23-consolidate"). The CSV and the forms are each rendered into a temp file beside their target and put in place
     * only once the summary is (the forms after the CSV); a failure of any is thrown as it was, the summary's first;
     * so a summary that fails leaves none of the three files changed, and a CSV that fails leaves the forms unchanged.
     *
     * @return the summary's {@link it.peg.io.OutputDigest}, of its bytes as written
     */
    static String writeWithForms(it.peg.consolidate.ConsolidationResult result, Path workbook,
                               java.util.Optional<Path> csv) throws IOException {
        // daemon threads: nothing waits for them at exit. The forms go to a temp file beside their
        // target on their own thread, as the CSV does: the main thread, which writes the summary, only renames it
        // (it wrote the forms' 3.7 MB at 2,000 services from an array the forms' thread had held, once the summary
        // was written: docs/performance.md, "h27-write")
        Path formsTarget = ValutazioneWorkbookWriter.besides(workbook);
        CompletableFuture<Path> forms = SideTask.start("peg-valutazione",
                () -> AtomicFiles.writeTemp(formsTarget, o -> ValutazioneWorkbookWriter.write(result, o)));
        java.util.Optional<Path> csvTarget = csv.map(Path::toAbsolutePath);
        java.util.Optional<CompletableFuture<Path>> csvTemp = csvTarget.map(target ->
                SideTask.start("peg-csv", () -> AtomicFiles.writeTemp(target, csvContent(result))));
        it.peg.io.OutputDigest.Digesting digest = new it.peg.io.OutputDigest.Digesting();
        try {
            write(workbook, o -> it.peg.summary.SummaryWorkbookWriter.write(result, digest.into(o)));
        } catch (IOException | RuntimeException | Error e) {
            // the CSV's and the forms' temp files, once rendered, go: nothing of this run is left beside the outputs
            csvTemp.ifPresent(t -> SideTask.awaitQuietly(t).ifPresent(SummaryOutputs::deleteQuietly));
            SideTask.awaitQuietly(forms).ifPresent(SummaryOutputs::deleteQuietly);
            throw e;
        }
        try {
            if (csvTemp.isPresent()) {
                putInPlace(SideTask.await(csvTemp.get()), csvTarget.get());
            }
        } catch (IOException | RuntimeException | Error e) {
            // a CSV that failed leaves the forms unchanged, as before
            SideTask.awaitQuietly(forms).ifPresent(SummaryOutputs::deleteQuietly);
            throw e;
        }
        putInPlace(SideTask.await(forms), formsTarget);
        return digest.digest();
    }

    /** A temp file written beside {@code target} renamed over it, durably; the temp file never left behind. */
    private static void putInPlace(Path temp, Path target) throws IOException {
        try {
            AtomicFiles.moveAtomically(temp, target);
            AtomicFiles.fsyncDirectory(target.getParent());
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            java.nio.file.Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a hidden temp file that cannot be deleted stays beside the CSV: the run's own failure is what the
            // user must read
        }
    }

    /** Streamed to a temp file and renamed over the target: a summary of 10,000 services is not held in memory. */
    static void write(Path target, it.peg.io.ContentWriter content) throws IOException {
        AtomicFiles.write(target.toAbsolutePath(), content);
    }
}
