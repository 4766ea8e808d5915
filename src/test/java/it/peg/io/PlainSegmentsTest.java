package it.peg.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PlainSegmentsTest {
    @TempDir
    Path tmp;

    private static Map<String, String> lines(String changed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            String key = "S" + i + (("S" + i).equals(changed) ? "*" : "");
            m.put(key, ("S" + i + ",àè," + i + (("S" + i).equals(changed) ? ",nuovo" : "") + "\r\n").repeat(i % 4));
        }
        return m;
    }

    private SegmentIndex write(Path file, Map<String, String> lines, Optional<SegmentIndex.Earlier> earlier,
                               List<String> copied) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); PlainSegments s = new PlainSegments(out, earlier)) {
            for (Map.Entry<String, String> e : lines.entrySet()) {
                if (s.copy(e.getKey())) {
                    copied.add(e.getKey());
                    continue;
                }
                s.out().write(e.getValue().getBytes(StandardCharsets.UTF_8));
                s.end(e.getKey());
            }
            return s.finish();
        }
    }

    @Test
    void unchangedRangesAreCopiedAndTheFileIsTheOneAFullWriteGives() throws IOException {
        Path first = tmp.resolve("first.csv");
        SegmentIndex index = write(first, lines(""), Optional.empty(), new ArrayList<>());
        List<String> copied = new ArrayList<>();
        Path next = tmp.resolve("next.csv");
        SegmentIndex nextIndex = write(next, lines("S5"), Optional.of(new SegmentIndex.Earlier(first, index)), copied);
        Path full = tmp.resolve("full.csv");
        assertEquals(write(full, lines("S5"), Optional.empty(), new ArrayList<>()), nextIndex);
        assertEquals(19, copied.size());
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(next));
    }

    @Test
    void aFileChangedSinceIsNotCopiedFrom() throws IOException {
        Path first = tmp.resolve("first.csv");
        SegmentIndex index = write(first, lines(""), Optional.empty(), new ArrayList<>());
        byte[] bytes = Files.readAllBytes(first);
        bytes[(int) index.segments().get(3).offset()] = 'X'; // same length, one range altered
        Files.write(first, bytes);
        List<String> copied = new ArrayList<>();
        Path next = tmp.resolve("next.csv");
        write(next, lines(""), Optional.of(new SegmentIndex.Earlier(first, index)), copied);
        assertEquals(19, copied.size(), copied.toString());
        assertFalse(copied.contains("S3"));
        Files.write(first, new byte[] {1, 2, 3}); // another length: nothing is copied
        copied.clear();
        write(tmp.resolve("again.csv"), lines(""), Optional.of(new SegmentIndex.Earlier(first, index)), copied);
        assertEquals(List.of(), copied);
        assertArrayEquals(Files.readAllBytes(next), Files.readAllBytes(tmp.resolve("again.csv")));
    }

    @Test
    void anEarlierFileThatCannotBeReadIsRenderedNotAFailure() throws IOException {
        Path first = tmp.resolve("first.csv");
        SegmentIndex index = write(first, lines(""), Optional.empty(), new ArrayList<>());
        Path folder = Files.createDirectories(tmp.resolve("cartella.csv"));
        SegmentIndex sameLength = new SegmentIndex("", Files.size(folder), index.crc(), index.segments());
        List<String> copied = new ArrayList<>();
        Path next = tmp.resolve("next.csv");
        write(next, lines(""), Optional.of(new SegmentIndex.Earlier(folder, sameLength)), copied);
        // reading a folder fails: only the empty ranges (nothing to read) pass as copied
        assertEquals(List.of("S0", "S4", "S8", "S12", "S16"), copied);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(next));
    }
}
