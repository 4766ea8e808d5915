package it.peg.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The run id's time, written out by hand, is what the formatter it replaced gives (issue 21, h26-quiet). */
class MergeRunIdTest {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void theRunIdsTimeIsTheFormattersForEveryYear() {
        Random random = new Random(20261205);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2024-12-31T23:59:59.999Z"),
                Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("0000-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z")));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_200_000_000L, 253_500_000_000L),
                    random.nextInt(1_000_000_000)));
        }
        for (Instant t : instants) {
            assertEquals(RUN_ID.format(t), MergeCommand.runIdTime(t), t.toString());
        }
    }
}
