package it.peg.consolidate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a service delivered at a verifica.
 *
 * @param serviceCode plan code
 * @param state       complete, incomplete, not filled in, rejected (only rejected files received) or missing
 * @param fileName    the file that counts (the newest valid one, else the newest rejected one)
 * @param received    when that file was received
 * @param onTime      delivered by the verifica's due date (plus no tolerance); empty when missing or no due date
 * @param missingValues how many values due at the verifica the scheda leaves empty or had refused (0 unless incomplete)
 */
public record Delivery(String serviceCode, DeliveryState state, Optional<String> fileName, Optional<Instant> received,
                       Optional<Boolean> onTime, int missingValues) {
    /** A delivery with no missing value counted. */
    public Delivery(String serviceCode, DeliveryState state, Optional<String> fileName, Optional<Instant> received,
                    Optional<Boolean> onTime) {
        this(serviceCode, state, fileName, received, onTime, 0);
    }

    public Delivery {
        if (missingValues < 0) {
            throw new IllegalArgumentException("negative missing values");
        }
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(onTime, "onTime");
    }
}
