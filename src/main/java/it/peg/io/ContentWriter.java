package it.peg.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes some content (a workbook, a CSV, a worksheet's rows) into a stream it is handed and does not close:
 * what is written where is the caller's business (a temp file, a zip entry, a buffer).
 */
@FunctionalInterface
public interface ContentWriter {
    void writeTo(OutputStream out) throws IOException;
}
