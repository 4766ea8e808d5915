package it.peg.cli;

import it.peg.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

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

    /** Streamed to a temp file and renamed over the target: a summary of 10,000 services is not held in memory. */
    static void write(Path target, it.peg.io.ContentWriter content) throws IOException {
        AtomicFiles.write(target.toAbsolutePath(), content);
    }
}
