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
}
