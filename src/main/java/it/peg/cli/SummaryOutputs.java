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
            write(csv.get(), o -> it.peg.summary.CsvExporter.write(result, o));
        }
    }

    /**
     * The summary, its CSV and the Schede per la valutazione, put in place in that order as before; but the CSV and
     * the forms are made on a thread of their own while the summary is written (all three are single-threaded work on
     * the same finished result: on two cores the command ends by the longer of the two, not their sum). The CSV goes
     * to a temp file beside its target and the forms into memory; both are put in place only after the summary, so a
     * summary that fails leaves none of the three files changed, and a failure of any is thrown as it was.
     */
    static void writeWithForms(it.peg.consolidate.ConsolidationResult result, Path workbook,
                               java.util.Optional<Path> csv) throws IOException {
        // a daemon thread: a summary that failed does not wait for the forms
        CompletableFuture<Beside> beside = SideTask.start("peg-valutazione", () -> {
            java.util.Optional<Path> csvTemp = java.util.Optional.empty();
            if (csv.isPresent()) {
                csvTemp = java.util.Optional.of(writeTemp(csv.get().toAbsolutePath(),
                        o -> it.peg.summary.CsvExporter.write(result, o)));
            }
            try {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
                ValutazioneWorkbookWriter.write(result, bytes);
                return new Beside(csvTemp, bytes.toByteArray());
            } catch (IOException | RuntimeException | Error e) {
                deleteQuietly(csvTemp);
                throw e;
            }
        });
        try {
            write(workbook, o -> it.peg.summary.SummaryWorkbookWriter.write(result, o));
        } catch (IOException | RuntimeException | Error e) {
            SideTask.awaitQuietly(beside).ifPresent(b -> deleteQuietly(b.csvTemp()));
            throw e;
        }
        Beside built = SideTask.await(beside);
        try {
            if (built.csvTemp().isPresent()) {
                Path target = csv.orElseThrow().toAbsolutePath();
                AtomicFiles.moveAtomically(built.csvTemp().get(), target);
                AtomicFiles.fsyncDirectory(target.getParent());
            }
        } finally {
            deleteQuietly(built.csvTemp());
        }
        write(ValutazioneWorkbookWriter.besides(workbook), o -> o.write(built.forms()));
    }

    /** What the side thread made: the CSV in a temp file beside its target (when asked), the forms' bytes. */
    private record Beside(java.util.Optional<Path> csvTemp, byte[] forms) {
    }

    /** A fresh temp file beside {@code target} holding what {@code content} streams, fsync'd; deleted if it fails. */
    private static Path writeTemp(Path target, it.peg.io.ContentWriter content) throws IOException {
        java.nio.file.Files.createDirectories(target.getParent());
        Path temp = AtomicFiles.tempFor(target);
        boolean done = false;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temp,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                    64 * 1024);
            content.writeTo(out);
            out.flush();
            ch.force(true);
            done = true;
            return temp;
        } finally {
            if (!done) {
                java.nio.file.Files.deleteIfExists(temp);
            }
        }
    }

    private static void deleteQuietly(java.util.Optional<Path> temp) {
        temp.ifPresent(t -> {
            try {
                java.nio.file.Files.deleteIfExists(t);
            } catch (IOException e) {
                // the run is failing already; a temp file left behind is marked as AtomicFiles marks them
            }
        });
    }

    /** Streamed to a temp file and renamed over the target: a summary of 10,000 services is not held in memory. */
    static void write(Path target, it.peg.io.ContentWriter content) throws IOException {
        AtomicFiles.write(target.toAbsolutePath(), content);
    }
}
