package it.peg.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LedgerTest {
    private final Clock clock = Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void roundTripsValuesWithTabsNewlinesAndBackslashes(@TempDir Path work) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "uffici\\A01\tx\nB = c.xlsx");
        fields.put("empty", "");
        Ledger.open(work, "run1", clock).append("ARCHIVED", fields);
        Ledger.Contents c = Ledger.read(work);
        assertEquals(1, c.entries().size());
        assertEquals(0, c.badLines());
        assertEquals(fields, c.entries().get(0).fields());
        assertEquals("run1", c.entries().get(0).run());
        assertEquals(clock.instant(), c.entries().get(0).at());
    }

    @Test
    void aTornLastLineIsSkippedAndTheNextAppendStartsOnANewLine(@TempDir Path work) throws Exception {
        Ledger.open(work, "run1", clock).append("RUN_START", Map.of());
        Path file = work.resolve(Ledger.FILE_NAME);
        String full = Files.readString(file);
        // a crash in the middle of the second append
        Files.writeString(file, full.substring(0, full.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(1, Ledger.read(work).entries().size());
        assertEquals(1, Ledger.read(work).badLines());

        Ledger.open(work, "run2", clock).append("RUN_START", Map.of("k", "v"));
        Ledger.Contents c = Ledger.read(work);
        assertEquals(2, c.entries().size());
        assertEquals("run2", c.entries().get(1).run());
        assertEquals(1, c.badLines());
        assertEquals(full, Files.readString(file).substring(0, full.length()), "nothing is ever rewritten");
    }

    @Test
    void aCorruptedLineFailsItsChecksum() {
        String line = Ledger.format(new LedgerEntry(Instant.EPOCH, "r", "ARCHIVED", Map.of("size", "100")));
        assertEquals("100", Ledger.parse(line).fields().get("size"));
        assertNull(Ledger.parse(line.replace("size=100", "size=900")));
        assertNull(Ledger.parse("garbage"));
    }
}
