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

    static void write(Path target, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        AtomicFiles.write(target.toAbsolutePath(), bytes.toByteArray());
    }
}
