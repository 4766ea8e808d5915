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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * Regression: an append that failed partway (a full disk) left a torn tail, and the run's next append was glued
     * to it: one corrupt line, the next event lost with it. It now starts on a line of its own.
     */
    @Test
    void anAppendAfterOneThatFailedPartwayStartsOnALineOfItsOwn(@TempDir Path work) throws Exception {
        Ledger ledger = Ledger.open(work, "run1", clock);
        ledger.append("RUN_START", Map.of());
        Path file = work.resolve(Ledger.FILE_NAME);
        ledger.withAppender((f, bytes) -> {
            Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2), StandardOpenOption.APPEND);
            throw new java.io.IOException("No space left on device");
        });
        assertThrows(java.io.IOException.class, () -> ledger.append("ARCHIVED", Map.of("file", "a.xlsx")));
        assertEquals(1, Ledger.read(work).badLines(), "the torn half");

        ledger.withAppender((f, bytes) -> Files.write(f, bytes, StandardOpenOption.APPEND));
        ledger.append("RUN_END", Map.of("outcome", "failed"));
        Ledger.Contents c = Ledger.read(work);
        assertEquals(List.of("RUN_START", "RUN_END"), c.entries().stream().map(LedgerEntry::event).toList());
        assertEquals(1, c.badLines());
    }

    /**
     * The event names are the ledger's on-disk vocabulary (docs/merge.md; operators grep for them): writing through
     * {@link LedgerEvent} gives the bytes the string literals it replaced gave.
     */
    @Test
    void eventsAreWrittenUnderTheirDocumentedNames(@TempDir Path work) throws Exception {
        assertEquals(java.util.List.of("RUN_START", "LOCK_TAKEN_OVER", "ARCHIVED", "RESTORED", "ARCHIVE_MISSING",
                "STATUS", "OUTPUT", "RUN_END", "RUN_FAILED", "SKIPPED"),
                java.util.Arrays.stream(LedgerEvent.values()).map(Enum::name).toList());
        Ledger ledger = Ledger.open(work, "20240701T020000Z-42", clock);
        ledger.append(LedgerEvent.RUN_START, Map.of("version", "0.1.0"));
        ledger.append(LedgerEvent.OUTPUT, Map.of("file", "riepilogo.xlsx"));
        assertEquals("2024-07-01T02:00:00Z\t20240701T020000Z-42\tRUN_START\tversion=0.1.0\t#d58e81bd\n"
                + "2024-07-01T02:00:00Z\t20240701T020000Z-42\tOUTPUT\tfile=riepilogo.xlsx\t#ba6f25b6\n",
                Files.readString(work.resolve(Ledger.FILE_NAME)));
        Ledger.Contents c = Ledger.read(work);
        assertEquals(1, c.of(LedgerEvent.OUTPUT).size());
        assertEquals(c.of("OUTPUT"), c.of(LedgerEvent.OUTPUT));
        assertEquals(true, c.entries().get(0).is(LedgerEvent.RUN_START));
        assertEquals(false, c.entries().get(0).is(LedgerEvent.RUN_END));
    }

    @Test
    void aCorruptedLineFailsItsChecksum() {
        String line = Ledger.format(new LedgerEntry(Instant.EPOCH, "r", "ARCHIVED", Map.of("size", "100")));
        assertEquals("100", Ledger.parse(line).fields().get("size"));
        assertNull(Ledger.parse(line.replace("size=100", "size=900")));
        assertNull(Ledger.parse("garbage"));
    }
}
