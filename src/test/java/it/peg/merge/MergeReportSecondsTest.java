package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary line's seconds, written by hand, are what {@code String.format(Locale.ITALY, "%.1f")} wrote. */
class MergeReportSecondsTest {
    @Test
    void sameAsTheFormatterForEveryMillisecondUpToTenMinutesAndBeyond() {
        for (long ms = 0; ms <= 600_000; ms++) {
            assertEquals(String.format(Locale.ITALY, "%.1f", ms / 1000.0), MergeReport.seconds(ms), "ms=" + ms);
        }
        for (long ms : new long[]{86_400_049L, 86_400_050L, 999_999_950L, 123_456_789_012L, -1, -49, -50, -1_250}) {
            assertEquals(String.format(Locale.ITALY, "%.1f", ms / 1000.0), MergeReport.seconds(ms), "ms=" + ms);
        }
    }
}
