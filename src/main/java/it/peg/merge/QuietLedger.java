package it.peg.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The quiet night's check of the ledger ({@link QuietNight}): the bytes the manifest sealed, then quiet nights only. */
final class QuietLedger {
    private QuietLedger() {
    }

    /**
     * Whether the ledger begins with the bytes the manifest sealed and holds after them only complete quiet nights: a
     * RUN_START and the same run's RUN_END with {@code inputs=unchanged}, which change nothing a full run reads. The
     * sealed bytes are read in chunks and only checked ({@link NightManifest.Sealed}), the lines after them parsed.
     */
    static boolean onlyQuietNightsSince(Path work, NightManifest.Sealed sealed) throws IOException {
        if (sealed.length() <= 0) {
            return false;
        }
        try (java.io.InputStream in = Ledger.input(work)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            byte[] chunk = new byte[NightManifest.Sealed.CHUNK];
            long left = sealed.length();
            byte last = 0;
            while (left > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                if (n < 0) {
                    return false; // shorter than sealed
                }
                if (n > 0) {
                    crc.update(chunk, 0, n);
                    last = chunk[n - 1];
                    left -= n;
                }
            }
            if (last != '\n' || (int) crc.getValue() != sealed.crc()) {
                return false;
            }
            return onlyQuietNights(in.readAllBytes());
        }
    }

    /** Whether {@code lines}, the ledger after its sealed bytes, are complete quiet nights only (or none). */
    private static boolean onlyQuietNights(byte[] lines) {
        if (lines.length == 0) {
            return true;
        }
        if (lines[lines.length - 1] != '\n') {
            return false; // a line cut short
        }
        Ledger.Contents after = Ledger.parse(lines, 0);
        List<LedgerEntry> entries = after.entries();
        if (after.badLines() > 0 || entries.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < entries.size(); i += 2) {
            LedgerEntry start = entries.get(i);
            LedgerEntry end = entries.get(i + 1);
            if (!start.is(LedgerEvent.RUN_START) || !end.is(LedgerEvent.RUN_END) || !start.run().equals(end.run())
                    || !"unchanged".equals(end.field("inputs").orElse(""))) {
                return false;
            }
        }
        return true;
    }
}
