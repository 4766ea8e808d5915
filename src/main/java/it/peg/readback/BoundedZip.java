package it.peg.readback;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip opened through its central directory, whose parts are read through streams that count the
 * inflated bytes and stop at the caps (zip bombs) and at the deadline. Part names are matched as OPC
 * does: case-insensitively, without a leading slash.
 */
final class BoundedZip implements Closeable {
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final ReadLimits limits;
    private final Deadline deadline;
    /** The entries' bytes in the file read whole, when it was and is a plain zip: parts inflated from them. */
    private Optional<RawEntries> raw = Optional.empty();
    private long totalRead;
    /** Set by a counting stream when a cap is hit: parsers wrap IOExceptions, this keeps the reason. */
    private ReadFailure limitHit;

    private BoundedZip(ZipFile zip, Map<String, ZipEntry> entries, ReadLimits limits, Deadline deadline) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.deadline = deadline;
    }

    /**
     * {@link #open(Path, ReadLimits, Deadline)}, the parts inflated from {@code whole}, the file's bytes as read
     * (when complete and a plain zip: {@link RawEntries}); {@code whole}'s array must not be reused while this is open.
     */
    static BoundedZip open(Path file, WholeFile whole, ReadLimits limits, Deadline deadline) throws ReadFailure {
        BoundedZip z = open(file, limits, deadline);
        if (whole.complete()) {
            try {
                z.raw = RawEntries.of(whole.bytes(), whole.length(), z.zip);
            } catch (RuntimeException e) {
                z.raw = Optional.empty(); // read through ZipFile, which says what is wrong, if anything
            }
        }
        return z;
    }

    static BoundedZip open(Path file, ReadLimits limits, Deadline deadline) throws ReadFailure {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ReadFailure(ReadProblem.ZIP_CORROTTO, String.valueOf(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(ReadProblem.ZIP_CORROTTO, String.valueOf(e.getMessage()), e);
        }
        try {
            if (zip.size() > limits.maxZipEntries()) {
                throw new ReadFailure(ReadProblem.ZIP_SOSPETTO, zip.size() + " zip entries");
            }
            Map<String, ZipEntry> map = new HashMap<>();
            long declared = 0;
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                long size = e.getSize();
                if (size > limits.maxEntryBytes()) {
                    throw new ReadFailure(ReadProblem.ZIP_SOSPETTO, e.getName() + " declares " + size + " bytes");
                }
                declared += Math.max(0, size);
                if (declared > limits.maxTotalBytes()) {
                    throw new ReadFailure(ReadProblem.ZIP_SOSPETTO, "entries declare " + declared + " bytes");
                }
                map.putIfAbsent(key(e.getName()), e);
            }
            return new BoundedZip(zip, map, limits, deadline);
        } catch (ReadFailure f) {
            closeQuietly(zip);
            throw f;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw new ReadFailure(ReadProblem.ZIP_CORROTTO, String.valueOf(e.getMessage()), e);
        }
    }

    private static String key(String partName) {
        String n = partName.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    ReadLimits limits() {
        return limits;
    }

    boolean has(String partName) {
        return entries.containsKey(key(partName));
    }

    /** The part's inflated bytes as a bounded stream, or empty when the zip has no such part. */
    Optional<InputStream> open(String partName) throws ReadFailure {
        ZipEntry entry = entries.get(key(partName));
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try {
            Optional<InputStream> inMemory = raw.isPresent() ? raw.get().open(entry) : Optional.empty();
            return Optional.of(new Counting(inMemory.isPresent() ? inMemory.get() : zip.getInputStream(entry), entry));
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(ReadProblem.ZIP_CORROTTO, partName + ": " + e.getMessage(), e);
        }
    }

    /**
     * A part is read again from its start (a parser gave way to another, {@link PlainXml}): the bytes the first
     * reading took count once toward the package's total, as they would have with one reading.
     */
    void readAgain(long bytesReadBefore) {
        totalRead -= bytesReadBefore;
    }

    /** The part's compressed bytes, when it is inflated from the file's bytes ({@link RawEntries}); else empty. */
    Optional<RawEntries.Deflated> deflated(String partName) {
        ZipEntry entry = entries.get(key(partName));
        return entry == null || entry.isDirectory() || raw.isEmpty() ? Optional.empty() : raw.get().deflated(entry);
    }

    /**
     * A part known to inflate to {@code bytes} bytes without being inflated ({@link PartMemo}: the same compressed
     * bytes as a part read before): counted toward the package's total as its reading would have, and the deadline
     * checked; false, counting nothing, when it would pass the total (then the part is read, and refused as before).
     */
    boolean countUnread(long bytes) throws ReadFailure {
        if (totalRead + bytes > limits.maxTotalBytes()) {
            return false;
        }
        deadline.check();
        totalRead += bytes;
        return true;
    }

    /** The part's central-directory entry, or empty when the zip has none. */
    Optional<ZipEntry> entry(String partName) {
        ZipEntry entry = entries.get(key(partName));
        return entry == null || entry.isDirectory() ? Optional.empty() : Optional.of(entry);
    }

    /**
     * At most {@code max + 1} inflated bytes of the part, through the same caps as {@link #open} (one byte
     * more than {@code max} tells the caller the part is longer: the size a zip declares may lie), into
     * {@code into} from its start ({@code max + 1} bytes long at least): how many bytes it holds, or -1 when the
     * zip has no such part.
     */
    int readAtMost(String partName, int max, byte[] into) throws ReadFailure {
        Optional<InputStream> in = open(partName);
        if (in.isEmpty()) {
            return -1;
        }
        try (InputStream s = in.get()) {
            return s.readNBytes(into, 0, max + 1);
        } catch (IOException e) {
            throw translate(e, partName);
        }
    }

    /** The first bytes of a small part (e.g. ODF's {@code mimetype}). */
    Optional<String> readSmallText(String partName, int max) throws ReadFailure {
        Optional<InputStream> in = open(partName);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream s = in.get()) {
            return Optional.of(new String(s.readNBytes(max), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw translate(e, partName);
        }
    }

    /** The failure behind an exception raised while reading a part: a cap, the deadline, or corruption. */
    ReadFailure translate(Exception e, String partName) {
        if (limitHit != null) {
            return limitHit;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReadFailure f) {
                return f;
            }
            if (t instanceof ZipException || t instanceof EOFException) {
                return new ReadFailure(ReadProblem.ZIP_CORROTTO, partName + ": " + t.getMessage(), e);
            }
        }
        return new ReadFailure(ReadProblem.XML_CORROTTO, partName + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile z) {
        try {
            z.close();
        } catch (IOException ignored) {
            // nothing was written: a failed close loses nothing
        }
    }

    /** Counts inflated bytes against the caps and checks the deadline on every read. */
    private final class Counting extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Counting(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
                totalRead += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void check() throws IOException {
            ReadFailure f = null;
            if (read > limits.maxEntryBytes() || totalRead > limits.maxTotalBytes()) {
                f = new ReadFailure(ReadProblem.ZIP_SOSPETTO, entry.getName() + " inflates beyond the cap");
            } else if (read > limits.ratioGraceBytes() && entry.getCompressedSize() > 0
                    && read > entry.getCompressedSize() * limits.maxInflateRatio()) {
                f = new ReadFailure(ReadProblem.ZIP_SOSPETTO, entry.getName() + " inflate ratio above "
                        + limits.maxInflateRatio());
            } else {
                try {
                    deadline.check();
                } catch (ReadFailure timeout) {
                    f = timeout;
                }
            }
            if (f != null) {
                limitHit = f;
                throw new IOException(f.getMessage(), f);
            }
        }
    }
}
