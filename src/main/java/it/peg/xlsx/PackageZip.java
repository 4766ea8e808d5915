package it.peg.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What every workbook peg writes shares as a zip, without POI (the summary's and the schede's writers must not load
 * it): the fixed entry time, so that the same content gives the same bytes, and a stream the zip can close without
 * closing the caller's.
 */
public final class PackageZip {
    /** The time of every zip entry and of the document properties peg fixes: 2000-01-01 00:00. */
    public static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    private PackageZip() {
    }

    /**
     * {@link #EPOCH} as the local time of this machine, as java.util.zip's {@code setTimeLocal} gives it: the DOS time
     * fields say 2000-01-01 00:00 in every time zone.
     */
    public static long epochMillis() {
        return EPOCH.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /** The caller owns {@code out}: closing the zip written on this finishes it and leaves {@code out} open. */
    public static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
