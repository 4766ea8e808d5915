package it.peg.consolidate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One file considered by a consolidation (a row of the Registro sheet).
 *
 * @param fileName    file name as received
 * @param sha256      hex SHA-256 of the content
 * @param size        bytes
 * @param received    when it was received (file modification time, or first seen by merge)
 * @param serviceCode the service it belongs to, when recognised
 * @param status      accepted, superseded or rejected
 * @param reason      Italian reason for the status ("" when accepted without remarks)
 */
public record FileRecord(String fileName, String sha256, long size, Instant received, Optional<String> serviceCode,
                         FileStatus status, String reason) {
    public FileRecord {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    // equals and hashCode by hand, over every component as a record's own: those are linked through invokedynamic
    // (ObjectMethods) the first time they run, and a proportional night compares its registries of thousands of
    // records once, cold (the link ~17 ms, the compare through method handles ~18 ms at 2,000 services; issue 21).
    // FileRecordTest fails when a component is added and not compared here.

    @Override
    public boolean equals(Object o) {
        return o instanceof FileRecord r && size == r.size && fileName.equals(r.fileName) && sha256.equals(r.sha256)
                && received.equals(r.received) && serviceCode.equals(r.serviceCode) && status == r.status
                && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        int h = fileName.hashCode();
        h = 31 * h + sha256.hashCode();
        h = 31 * h + Long.hashCode(size);
        h = 31 * h + received.hashCode();
        h = 31 * h + serviceCode.hashCode();
        h = 31 * h + status.hashCode();
        return 31 * h + reason.hashCode();
    }
}
