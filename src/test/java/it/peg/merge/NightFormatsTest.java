package it.peg.merge;

import it.peg.merge.cache.CacheEntry;
import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The night state and the manifest gained the count of blank schede ({@code notFilled}): what an earlier build left in
 * the work folder's cache, in the former layout, is not read (its counts took a blank scheda for an accepted one), and
 * the night makes the ordinary checks instead, with the right counts; it never fails.
 */
class NightFormatsTest {
    private static final String BUILD = "test";

    @TempDir
    Path tmp;
    Path inbox;
    Path work;
    Path plan;

    @BeforeEach
    void setUp() throws Exception {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        work = tmp.resolve("work");
        plan = MergeFixture.plan(tmp, 3);
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=90\n");
    }

    private MergeReport night(String now) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new MergeJob(new StandInPipeline().stages(), clock, BUILD)
                .run(new MergeRequest(plan, inbox, work, Optional.empty()), "r-" + now);
    }

    private Map<String, String> lastRunEnd() throws IOException {
        List<LedgerEntry> ends = Ledger.read(work).of("RUN_END");
        return ends.get(ends.size() - 1).fields();
    }

    @Test
    void aManifestInTheFormerLayoutIsNotReadAndTheNightMakesTheOrdinaryChecks() throws Exception {
        MergeReport first = night("2024-07-01T02:00:00Z");
        NightManifest m = NightManifest.read(work, BUILD).orElseThrow();
        // the transcription of the layout is checked against this build's reader: this build's layout reads back
        assertEquals(java.util.Arrays.toString(layout(m, BUILD, 3)),
                java.util.Arrays.toString(Files.readAllBytes(NightManifest.path(work))), "the layout as written");
        Files.write(NightManifest.path(work), layout(m, BUILD, 3));
        assertEquals(Optional.of(m), NightManifest.read(work, BUILD));
        Files.write(NightManifest.path(work), layout(m, BUILD, 1));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "the former layout is not taken for this one");
        Files.write(NightManifest.path(work), layout(m, BUILD, 2));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "nor the one before the files received moved");

        MergeReport second = night("2024-07-02T02:00:00Z");
        assertEquals(List.of(2, 0, 0, 0, 1), List.of(second.accepted(), second.notFilled(), second.superseded(),
                second.rejected(), second.missingServices()));
        assertEquals(first.outcome(), second.outcome());
        assertEquals("unchanged", lastRunEnd().get("inputs"), "told from the night state, after the ordinary checks");
        assertEquals("0", lastRunEnd().get("notFilled"));
        assertTrue(NightManifest.read(work, BUILD).isPresent(), "the manifest is written again in this layout");
    }

    /**
     * Format 3 keeps the files received last, checked whole when read but decoded only when asked: a manifest whose
     * section is cut, followed by a byte more, refers to a text it does not hold, or of a later format, is not read
     * (each sealed with a right checksum, as a bug rather than a torn write would leave it), and the night makes the
     * ordinary checks.
     */
    @Test
    void aManifestWhoseFilesReceivedDoNotDecodeIsNotRead() throws Exception {
        MergeReport first = night("2024-07-01T02:00:00Z");
        NightManifest m = NightManifest.read(work, BUILD).orElseThrow();
        byte[] whole = layout(m, BUILD, 3);
        byte[] body = java.util.Arrays.copyOf(whole, whole.length - 4);
        Files.write(NightManifest.path(work), sealed(body));
        assertEquals(Optional.of(m), NightManifest.read(work, BUILD), "sealed as the writer seals");

        Files.write(NightManifest.path(work), sealed(java.util.Arrays.copyOf(body, body.length - 3)));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "cut inside the last key");
        Files.write(NightManifest.path(work), sealed(java.util.Arrays.copyOf(body, body.length + 1)));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "a byte after the last key");
        byte[] unknownText = body.clone();
        java.nio.ByteBuffer.wrap(unknownText).putInt(body.length - 4, -1 - 1_000_000); // the last SHA-256: a reference
        Files.write(NightManifest.path(work), sealed(unknownText));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "a text it does not hold");
        Files.write(NightManifest.path(work), layout(m, BUILD, 4));
        assertEquals(Optional.empty(), NightManifest.read(work, BUILD), "a later format");

        MergeReport second = night("2024-07-02T02:00:00Z");
        assertEquals(List.of(first.accepted(), first.notFilled(), first.superseded(), first.rejected(),
                first.missingServices()), List.of(second.accepted(), second.notFilled(), second.superseded(),
                second.rejected(), second.missingServices()));
        assertEquals("unchanged", lastRunEnd().get("inputs"), "told from the night state, after the ordinary checks");
        assertEquals(Optional.of(2), NightManifest.read(work, BUILD).map(w -> w.received().size()),
                "written again, whole");
    }

    private static byte[] sealed(byte[] body) {
        int crc = CacheEntry.checksum(body, 0, body.length);
        byte[] data = java.util.Arrays.copyOf(body, body.length + 4);
        for (int i = 0; i < 4; i++) {
            data[body.length + i] = (byte) (crc >>> (24 - 8 * i));
        }
        return data;
    }

    /** A night state of another schema (as an earlier build's, before notFilled) is a miss: a full run. */
    @Test
    void aNightStateOfAnotherSchemaIsNotReadAndTheNightIsAFullRun() throws Exception {
        night("2024-07-01T02:00:00Z");
        Path state = work.resolve("cache").resolve(NightState.FILE_NAME);
        assertTrue(Files.isRegularFile(state));
        CacheEntry.write(state, "peg-night-state/2", List.of(BUILD), "", new FormerCounts(2, 0, 0, 1));
        NightManifest.delete(work);
        assertEquals(Optional.empty(), NightState.read(work, BUILD));

        MergeReport second = night("2024-07-02T02:00:00Z");
        assertEquals(List.of(2, 0, 0, 0, 1), List.of(second.accepted(), second.notFilled(), second.superseded(),
                second.rejected(), second.missingServices()));
        assertEquals("changed", lastRunEnd().get("inputs"));
        assertTrue(NightState.read(work, BUILD).isPresent(), "the full run leaves a state of this schema");
    }

    private record FormerCounts(int accepted, int superseded, int rejected, int missing) {
    }

    /**
     * The manifest as the build before notFilled wrote it ({@code peg-night-manifest/1}): the same fields, without
     * the count of blank schede after {@code rejectedServices}; texts written once, then by index; a CRC32C at the end.
     * From version 2, the count and the archive's folders; from version 3 (this build's), the files received after
     * the archive's folders, with two facts about them before them.
     */
    static byte[] layout(NightManifest m, String build, int version) throws IOException {
        boolean current = version >= 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Integer> written = new java.util.HashMap<>();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            TextOut text = s -> {
                Integer index = written.get(s);
                if (index != null) {
                    out.writeInt(-1 - index);
                    return;
                }
                written.put(s, written.size());
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            };
            EntryOut entry = e -> {
                out.writeLong(e.stamp().size());
                out.writeLong(e.stamp().modified());
                out.writeLong(e.stamp().changed());
                text.write(e.stamp().key());
                out.writeBoolean(e.settled());
                text.write(e.digest());
            };
            text.write("peg-night-manifest/" + version);
            text.write(build);
            text.write(m.planPath());
            text.write(m.inboxPath());
            entry.write(m.plan());
            out.writeInt(m.planYear());
            text.write(m.verificaDate());
            text.write(m.verificaLabel());
            out.writeLong(m.validFrom());
            out.writeLong(m.validUntil());
            NightManifest.Counts c = m.counts();
            out.writeInt(c.accepted());
            out.writeInt(c.superseded());
            out.writeInt(c.rejected());
            out.writeInt(c.missing());
            out.writeBoolean(c.acceptedWithErrors());
            out.writeLong(c.rejectedServices());
            if (current) {
                out.writeInt(c.notFilled());
            }
            for (Map<String, NightManifest.Entry> entries : List.of(m.inbox(), m.work())) {
                out.writeInt(entries.size());
                for (var e : entries.entrySet()) {
                    text.write(e.getKey());
                    entry.write(e.getValue());
                }
                if (entries == m.inbox() && version < 3) {
                    out.writeInt(m.received().size());
                    for (String r : m.received()) {
                        int nul = r.indexOf('\u0000');
                        text.write(r.substring(0, nul));
                        text.write(r.substring(nul + 1));
                    }
                }
            }
            out.writeLong(m.ledger().length());
            out.writeInt(m.ledger().crc());
            out.writeLong(m.nightState().length());
            out.writeInt(m.nightState().crc());
            if (current) {
                out.writeInt(m.archiveFolders().size());
                for (var e : m.archiveFolders().entrySet()) {
                    text.write(e.getKey());
                    entry.write(e.getValue());
                }
            }
            if (version >= 3) {
                java.util.Set<String> received = new java.util.HashSet<>(m.received());
                out.writeBoolean(m.inbox().entrySet().stream().allMatch(
                        e -> received.contains(e.getKey() + '\u0000' + e.getValue().digest())));
                java.util.Set<String> folders = new java.util.HashSet<>();
                for (String r : m.received()) {
                    folders.add(r.substring(r.indexOf('\u0000') + 1, r.indexOf('\u0000') + 3));
                }
                out.writeBoolean(!m.archiveFolders().isEmpty() && m.archiveFolders().keySet().equals(folders));
                out.writeInt(m.received().size());
                for (String r : m.received()) {
                    int nul = r.indexOf('\u0000');
                    text.write(r.substring(0, nul));
                    text.write(r.substring(nul + 1));
                }
            }
        }
        byte[] body = bytes.toByteArray();
        int crc = CacheEntry.checksum(body, 0, body.length);
        byte[] data = java.util.Arrays.copyOf(body, body.length + 4);
        for (int i = 0; i < 4; i++) {
            data[body.length + i] = (byte) (crc >>> (24 - 8 * i));
        }
        return data;
    }

    private interface TextOut {
        void write(String s) throws IOException;
    }

    private interface EntryOut {
        void write(NightManifest.Entry e) throws IOException;
    }
}
