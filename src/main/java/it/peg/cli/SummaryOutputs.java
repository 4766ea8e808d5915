package it.peg.cli;

import it.peg.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a command's output file whole and atomically: a failure half-way leaves the previous file. */
final class SummaryOutputs {
    /** Produces the content of an output. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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

    static void write(Path target, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        AtomicFiles.write(target.toAbsolutePath(), bytes.toByteArray());
    }
}
