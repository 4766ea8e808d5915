package it.peg.consolidate;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@link FileRecord}'s hand-written equals and hashCode, which must compare every component as a record's own. */
class FileRecordTest {
    private static final FileRecord A = new FileRecord("S001.xlsx", "ab".repeat(32), 1234,
            Instant.parse("2024-07-01T08:00:00Z"), Optional.of("S001"), FileStatus.ACCEPTED, "");

    @Test
    void equalRecordsAreEqualWithEqualHashes() {
        FileRecord b = new FileRecord(new String("S001.xlsx"), "ab".repeat(32), 1234,
                Instant.parse("2024-07-01T08:00:00Z"), Optional.of(new String("S001")), FileStatus.ACCEPTED,
                new String(""));
        assertEquals(A, b);
        assertEquals(A.hashCode(), b.hashCode());
        assertNotEquals(A, null);
        assertNotEquals(A, "S001.xlsx");
    }

    /** One record per component, differing from A in that component only: none is equal to A. */
    @Test
    void eachComponentIsCompared() {
        List<String> components = Arrays.stream(FileRecord.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertEquals(List.of("fileName", "sha256", "size", "received", "serviceCode", "status", "reason"), components,
                "a component added to FileRecord: compare it in its equals and hashCode, and vary it below");
        List<FileRecord> variants = List.of(
                new FileRecord("S002.xlsx", A.sha256(), A.size(), A.received(), A.serviceCode(), A.status(), A.reason()),
                new FileRecord(A.fileName(), "cd".repeat(32), A.size(), A.received(), A.serviceCode(), A.status(),
                        A.reason()),
                new FileRecord(A.fileName(), A.sha256(), 1235, A.received(), A.serviceCode(), A.status(), A.reason()),
                new FileRecord(A.fileName(), A.sha256(), A.size(), A.received().plusNanos(1), A.serviceCode(),
                        A.status(), A.reason()),
                new FileRecord(A.fileName(), A.sha256(), A.size(), A.received(), Optional.empty(), A.status(),
                        A.reason()),
                new FileRecord(A.fileName(), A.sha256(), A.size(), A.received(), A.serviceCode(), FileStatus.SUPERSEDED,
                        A.reason()),
                new FileRecord(A.fileName(), A.sha256(), A.size(), A.received(), A.serviceCode(), A.status(),
                        "consegna sostituita"));
        assertEquals(components.size(), variants.size());
        for (FileRecord v : variants) {
            assertNotEquals(A, v, v.toString());
            assertNotEquals(v, A, v.toString());
            // not a contract of hashCode, but true of these values when every component is hashed
            assertNotEquals(A.hashCode(), v.hashCode(), "hashed: " + v);
        }
    }
}
