package it.peg.summary;

import it.peg.io.SegmentIndex;
import it.peg.xlsx.DeflatedSegments;
import it.peg.xlsx.DeterministicXlsx;
import it.peg.xlsx.PackageZip;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The zip of the summary, written entry by entry in the order and with the entry times POI's package had (so that
 * the same result keeps its bytes): small parts from text, worksheets as their XML around streamed rows, the
 * row sheets as keyed segments copied from an earlier summary where unchanged ({@link DeflatedSegments}).
 */
final class SummaryPackage implements AutoCloseable {
    private static final String HEAD_KEY = "\u0000head";
    private static final String TAIL_KEY = "\u0000tail";
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    private final ZipArchiveOutputStream zip;
    private final int level;
    /** Whether the row sheets' segments are keyed: false when nothing is copied and no index kept. */
    private final boolean keyed;

    SummaryPackage(OutputStream out, int level, boolean keyed) {
        this.level = level;
        this.keyed = keyed;
        this.zip = new ZipArchiveOutputStream(PackageZip.unclosable(out));
        zip.setLevel(level);
        zip.setUseZip64(Zip64Mode.AsNeeded);
    }

    void text(String name, String xml) throws IOException {
        bytes(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String name, byte[] data) throws IOException {
        zip.putArchiveEntry(entry(name));
        zip.write(data);
        zip.closeArchiveEntry();
    }

    /** A worksheet: {@code head} (up to its rows), the rows {@code body} writes, {@code </sheetData>} and {@code tail}. */
    void sheet(String name, String head, it.peg.io.ContentWriter body, String tail) throws IOException {
        zip.putArchiveEntry(entry(name));
        zip.write(head.getBytes(StandardCharsets.UTF_8));
        body.writeTo(zip);
        zip.write(SHEET_DATA_END);
        zip.write(tail.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    /** A worksheet whose rows are keyed segments; returns the segments, for the next run. */
    SegmentIndex segmented(String name, String head, DeterministicXlsx.SegmentedWriter rows, String tail,
                           Optional<SegmentIndex> earlier, it.peg.xlsx.EarlierPackage from, Optional<Path> scratch)
            throws IOException {
        try (DeflatedSegments segments = new DeflatedSegments(name, level, earlier, from, scratch)) {
            if (!keyed) {
                segments.unkeyed();
            }
            segments.out().write(head.getBytes(StandardCharsets.UTF_8));
            segments.end(HEAD_KEY);
            rows.writeTo(segments);
            segments.out().write(SHEET_DATA_END);
            segments.out().write(tail.getBytes(StandardCharsets.UTF_8));
            segments.end(TAIL_KEY);
            DeflatedSegments.Result result = segments.finish();
            ZipArchiveEntry entry = segments.entry(result);
            entry.setTime(PackageZip.epochMillis());
            try (InputStream data = segments.openRaw()) {
                zip.addRawArchiveEntry(entry, data);
            }
            return result.index();
        }
    }

    private static ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTime(PackageZip.epochMillis());
        return e;
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.close();
    }
}
