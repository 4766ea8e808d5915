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
            write(csv.get(), o -> {
                java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
                it.peg.summary.CsvExporter.write(result, w);
                w.flush();
            });
        }
    }

    /**
     * The summary and its CSV, then the Schede per la valutazione beside the summary, as before; but the forms are
     * built on a thread of their own while the summary is written (both are single-threaded work on the same
     * finished result: on two cores the command ends by the longer of the two, not their sum). A failure of either is
     * thrown as it was; the forms are written only after the summary and the CSV, so a summary that fails leaves
     * none of the three files changed.
     */
    static void writeWithForms(it.peg.consolidate.ConsolidationResult result, Path workbook,
                               java.util.Optional<Path> csv) throws IOException {
        // a daemon thread: a summary that failed does not wait for the forms
        CompletableFuture<byte[]> forms = SideTask.start("peg-valutazione", () -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
            ValutazioneWorkbookWriter.write(result, bytes);
            return bytes.toByteArray();
        });
        write(result, workbook, csv);
        byte[] built = SideTask.await(forms);
        write(ValutazioneWorkbookWriter.besides(workbook), o -> o.write(built));
    }

    /** Streamed to a temp file and renamed over the target: a summary of 10,000 services is not held in memory. */
    static void write(Path target, it.peg.io.ContentWriter content) throws IOException {
        AtomicFiles.write(target.toAbsolutePath(), content);
    }
}
