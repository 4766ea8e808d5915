package it.peg.merge.cache;

import it.peg.summary.NucleoReadResult;
import it.peg.io.Sha256;
import it.peg.bench.SyntheticPlan;
import it.peg.domain.Finding;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsedFileCacheTest {
    private static PlanReadResult read(Path file) {
        PlanReadResult r = PlanReader.read(file);
        return r;
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path out = dir.resolve("piano.xlsx");
        try (InputStream in = ParsedFileCacheTest.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/firenze-2017.xlsx", "/plans/firenze-2021.xlsx", "/plans/serravalle-2018.xlsx",
            "/plans/trezzo-2022.xlsx", "/it/peg/demo/piano-esempio.xlsx"})
    void aCachedPlanIsTheSamePlanWithTheSameFindings(String resource, @TempDir Path work) throws Exception {
        Path file = copy(resource, work);
        AtomicInteger reads = new AtomicInteger();
        ParsedFileCache.Loader<PlanReadResult> loader = f -> {
            reads.incrementAndGet();
            return read(f);
        };
        PlanReadResult first = ParsedFileCache.forPlans(work, "1.0").load(file, loader);
        PlanReadResult second = ParsedFileCache.forPlans(work, "1.0").load(file, loader);
        assertTrue(first.isValid(), resource);
        assertEquals(first, second);
        assertEquals(1, reads.get(), "the second night decodes the first night's reading");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/firenze-2017.xlsx", "/plans/trezzo-2022.xlsx", "/it/peg/demo/piano-esempio.xlsx"})
    void theFingerprintsKeptWithACachedPlanAreTheOnesComputedForIt(String resource, @TempDir Path work) throws Exception {
        Path file = copy(resource, work);
        ParsedFileCache<PlanReadResult> cache = ParsedFileCache.forPlans(work, "1.0");
        cache.load(file, ParsedFileCacheTest::read);
        ParsedFileCache.PlanEntry stored = CacheEntry.read(cache.pathOf(Sha256.ofFile(file)), ParsedFileCache.MAGIC,
                PlanCodec.LAYOUT, List.of("1.0", Sha256.ofFile(file), "piano.xlsx"), ParsedFileCache.PlanEntry::decode)
                .orElseThrow().value();
        it.peg.domain.Plan recomputed = read(file).plan().orElseThrow(); // read again: its own, computed fingerprints
        List<String> fingerprints = recomputed.services().stream()
                .map(s -> it.peg.domain.PlanFingerprint.of(recomputed, s.code())).toList();
        List<String> contentKeys = recomputed.services().stream()
                .map(s -> it.peg.domain.PlanFingerprint.contentKeyOf(recomputed, s.code())).toList();
        assertEquals(fingerprints, stored.fingerprints());
        assertEquals(contentKeys, stored.contentKeys());
        assertEquals(recomputed.services().size() * ParsedFileCache.PlanEntry.PAIR, stored.serviceKeys().length);

        it.peg.domain.Plan decoded = cache.load(file, f -> {
            throw new AssertionError("the second night decodes");
        }).plan().orElseThrow();
        for (int i = 0; i < recomputed.services().size(); i++) {
            String code = recomputed.services().get(i).code();
            assertEquals(fingerprints.get(i), it.peg.domain.PlanFingerprint.of(decoded, code), code);
            assertEquals(contentKeys.get(i), it.peg.domain.PlanFingerprint.contentKeyOf(decoded, code), code);
            assertSame(fingerprints.get(i).intern(), it.peg.domain.PlanFingerprint.of(decoded, code),
                    "one copy shared with the decoded assessments, as every text of an entry");
        }
    }

    /**
     * Entries a night must not take (issue 21, h28-fixed): one of format 4 (the keys as maps by code), a torn one, one
     * of another plan's bytes under this plan's name: each is a miss and the plan is read again, its keys computed.
     */
    @Test
    void anEntryOfTheFormerFormatATornOneAndAForeignOneAreMisses(@TempDir Path work) throws Exception {
        Path file = copy("/plans/trezzo-2022.xlsx", work);
        String sha = Sha256.ofFile(file);
        List<String> key = List.of("1.0", sha, "piano.xlsx");
        PlanReadResult asRead = read(file);
        ParsedFileCache<PlanReadResult> cache = ParsedFileCache.forNightPlans(work, "1.0");
        Path entry = cache.pathOf(sha);
        Files.createDirectories(entry.getParent());
        AtomicInteger reads = new AtomicInteger();
        ParsedFileCache.Loader<PlanReadResult> loader = f -> {
            reads.incrementAndGet();
            return read(f);
        };

        CacheEntry.write(entry, "peg-file-cache/4", key, "", ParsedFileCache.PlanEntry.of(asRead));
        assertTrue(cache.get(sha, "piano.xlsx").isEmpty(), "format 4");
        assertEquals(asRead.plan(), cache.load(file, loader).plan());
        assertEquals(1, reads.get());

        // format 5, the records' codec: the entry an earlier build wrote, and the same under this format's mark
        for (String magic : List.of("peg-file-cache/5", ParsedFileCache.MAGIC)) {
            CacheEntry.write(entry, magic, key, "", ParsedFileCache.PlanEntry.of(asRead));
            assertTrue(cache.get(sha, "piano.xlsx").isEmpty(), magic + " through the records' codec");
        }
        // another layout of the plan's records (PlanCodec.LAYOUT names the shape it was written for)
        CacheEntry.write(entry, ParsedFileCache.MAGIC, "plan-layout/1+0000000000000000", key, "",
                ParsedFileCache.PlanEntry.of(asRead).encode());
        assertTrue(cache.get(sha, "piano.xlsx").isEmpty(), "another layout");
        assertEquals(asRead.plan(), cache.load(file, loader).plan());
        assertEquals(2, reads.get());

        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 100));
        assertTrue(cache.get(sha, "piano.xlsx").isEmpty(), "torn");
        assertEquals(asRead.plan(), cache.load(file, loader).plan());
        assertEquals(3, reads.get());

        Path other = copy("/plans/firenze-2017.xlsx", Files.createDirectories(work.resolve("altro")));
        ParsedFileCache<PlanReadResult> otherCache = ParsedFileCache.forNightPlans(work.resolve("altro"), "1.0");
        otherCache.load(other, ParsedFileCacheTest::read);
        Files.copy(otherCache.pathOf(Sha256.ofFile(other)), entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(cache.get(sha, "piano.xlsx").isEmpty(), "another plan's entry under this plan's name");
        it.peg.domain.Plan plan = cache.load(file, loader).plan().orElseThrow();
        assertEquals(4, reads.get());
        it.peg.domain.Plan computed = read(file).plan().orElseThrow();
        plan.services().forEach(s -> assertEquals(it.peg.domain.PlanFingerprint.contentKeyOf(computed, s.code()),
                it.peg.domain.PlanFingerprint.contentKeyOf(plan, s.code())));
    }

    /** Keys that are not one pair per service (never written so: a guard) are not taken; the plan computes its own. */
    @Test
    void keysOfAnotherNumberOfServicesAreNotTaken() throws Exception {
        PlanReadResult load = new PlanReadResult(Optional.of(SyntheticPlan.build(12, 3)), List.of());
        it.peg.domain.Plan plan = load.plan().orElseThrow();
        byte[] keys = ParsedFileCache.PlanEntry.keysOf(plan);
        assertEquals(12 * ParsedFileCache.PlanEntry.PAIR, keys.length);
        byte[] marked = new byte[11 * ParsedFileCache.PlanEntry.PAIR]; // all zero: "000..." keys if they were taken
        byte[] payload = new ParsedFileCache.PlanEntry(load.plan(),
                RecordCodec.encode(new ParsedFileCache.Findings(List.of())), marked).encode();
        it.peg.domain.Plan decoded = ParsedFileCache.PlanEntry.decode(payload, 0, payload.length).withoutWarnings()
                .plan().orElseThrow();
        decoded.services().forEach(s -> assertEquals(it.peg.domain.PlanFingerprint.of(plan, s.code()),
                it.peg.domain.PlanFingerprint.of(decoded, s.code())));
    }

    @Test
    void aSyntheticPlanWithEveryTargetKindRoundTrips(@TempDir Path work) {
        PlanReadResult load = new PlanReadResult(Optional.of(SyntheticPlan.build(60, 7)),
                List.of(Finding.warning("PROVA", "un avviso").at("Indicatori", "C4")));
        ParsedFileCache<PlanReadResult> cache = ParsedFileCache.forPlans(work, "1.0");
        cache.put("cd".repeat(32), "piano.xlsx", load);
        assertEquals(Optional.of(load), cache.get("cd".repeat(32), "piano.xlsx"));
        assertTrue(cache.get("cd".repeat(32), "piano-2026.xlsx").isEmpty(), "findings name the file: another name is a miss");
    }

    /**
     * The night's view of the same entry: the same plan, with its fingerprints, and none of the warnings a valid plan's
     * reading has (a night shows a plan's findings only when it is invalid); the ordinary view still gives them all,
     * from the same entry.
     */
    @Test
    void aNightDecodesThePlanOfAnEntryWithoutItsWarnings(@TempDir Path work) throws Exception {
        Path file = copy("/plans/trezzo-2022.xlsx", work);
        PlanReadResult read = read(file);
        assertTrue(read.isValid() && !read.findings().isEmpty(), "a valid plan with warnings");
        PlanReadResult first = ParsedFileCache.forNightPlans(work, "1.0").load(file, f -> read);
        assertEquals(read.plan(), first.plan());
        assertEquals(List.of(), first.findings(), "a plan read on a miss is given as its entry decodes for the night");

        PlanReadResult night = ParsedFileCache.forNightPlans(work, "1.0").load(file, f -> {
            throw new AssertionError("the second night decodes");
        });
        assertEquals(read.plan(), night.plan());
        assertEquals(List.of(), night.findings());
        it.peg.domain.Plan plan = night.plan().orElseThrow();
        plan.services().forEach(s -> assertEquals(it.peg.domain.PlanFingerprint.of(read.plan().orElseThrow(), s.code()),
                it.peg.domain.PlanFingerprint.of(plan, s.code()), s.code()));
        assertEquals(read, ParsedFileCache.forPlans(work, "1.0").load(file, f -> {
            throw new AssertionError("decoded, findings included");
        }));
    }

    /**
     * consolidate without -v ({@link PlanCache#readWithoutWarnings}): the plan of the same entry, with its keys, and
     * none of its warnings; {@link PlanCache#read} still gives them all from that entry.
     */
    @Test
    void consolidateTakesThePlanOfAnEntryWithoutItsWarnings(@TempDir Path work) throws Exception {
        Path file = copy("/plans/trezzo-2022.xlsx", work);
        PlanReadResult read = read(file);
        assertTrue(read.isValid() && !read.findings().isEmpty(), "a valid plan with warnings");
        Path folder = work.resolve("cache-utente");
        PlanReadResult first = PlanCache.readWithoutWarnings(file, folder, "1.0");
        assertEquals(read.plan(), first.plan());
        assertEquals(List.of(), first.findings());
        PlanReadResult cached = PlanCache.readWithoutWarnings(file, folder, "1.0");
        assertEquals(read.plan(), cached.plan());
        assertEquals(List.of(), cached.findings());
        it.peg.domain.Plan plan = cached.plan().orElseThrow();
        plan.services().forEach(s -> assertEquals(it.peg.domain.PlanFingerprint.of(read.plan().orElseThrow(), s.code()),
                it.peg.domain.PlanFingerprint.of(plan, s.code()), s.code()));
        try (var entries = Files.list(folder.resolve(AssessmentCache.DIR))) {
            assertEquals(1, entries.count(), "one entry, written by the first run");
        }
        assertEquals(read, PlanCache.read(file, folder, "1.0"));
    }

    @Test
    void aChangedPlanFileOrToolVersionIsReadAgainAndOnlyTheLatestEntryIsKept(@TempDir Path work) throws Exception {
        Path file = copy("/plans/firenze-2017.xlsx", work);
        AtomicInteger reads = new AtomicInteger();
        ParsedFileCache.Loader<PlanReadResult> loader = f -> {
            reads.incrementAndGet();
            return read(f);
        };
        ParsedFileCache.forPlans(work, "1.0").load(file, loader);
        ParsedFileCache.forPlans(work, "1.1").load(file, loader);
        assertEquals(2, reads.get(), "another tool version reads the plan again");
        Files.copy(ParsedFileCacheTest.class.getResourceAsStream("/plans/trezzo-2022.xlsx"), file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PlanReadResult trezzo = ParsedFileCache.forPlans(work, "1.1").load(file, loader);
        assertEquals(3, reads.get(), "another plan file is read");
        assertEquals(read(file), trezzo);
        try (var entries = Files.list(work.resolve(AssessmentCache.DIR))) {
            assertEquals(1, entries.filter(p -> p.getFileName().toString().startsWith("plan-")).count());
        }
    }

    /**
     * A plan read on a miss is given as its entry decodes, as on every later night: its texts interned (shared with
     * the decoded assessments' indicator codes), the plan as read left to the collector.
     */
    @Test
    void aPlanReadOnAMissIsGivenAsItsEntryDecodes(@TempDir Path work) throws Exception {
        Path file = copy("/plans/firenze-2017.xlsx", work);
        AtomicReference<PlanReadResult> asRead = new AtomicReference<>();
        PlanReadResult given = ParsedFileCache.forPlans(work, "1.0").load(file, f -> {
            asRead.set(read(f));
            return asRead.get();
        });
        assertEquals(asRead.get(), given);
        assertNotSame(asRead.get(), given);
        String code = given.plan().orElseThrow().indicators().get(0).code();
        assertSame(code.intern(), code);
    }

    @Test
    void aDamagedEntryIsAMissAndAPlanWithErrorsIsNotCached(@TempDir Path work) throws Exception {
        Path file = copy("/plans/serravalle-2018.xlsx", work);
        ParsedFileCache<PlanReadResult> cache = ParsedFileCache.forPlans(work, "1.0");
        cache.load(file, ParsedFileCacheTest::read);
        Path entry = cache.pathOf(Sha256.ofFile(file));
        byte[] b = Files.readAllBytes(entry);
        b[b.length - 3] ^= 0x55;
        Files.write(entry, b);
        assertTrue(cache.get(Sha256.ofFile(file), file.getFileName().toString()).isEmpty(), "a flipped byte fails the checksum");
        assertEquals(read(file), cache.load(file, ParsedFileCacheTest::read));

        Path work2 = Files.createDirectories(work.resolve("other"));
        PlanReadResult broken = new PlanReadResult(Optional.empty(), List.of(Finding.error("PIANO_ROTTO", "da correggere")));
        ParsedFileCache.forPlans(work2, "1.0").load(file, f -> broken);
        assertTrue(Files.notExists(work2.resolve(AssessmentCache.DIR)), "a plan with errors is never cached");
    }

    @Test
    void theNucleosColumnsAreReadAgainOnlyWhenTheSummaryChanged(@TempDir Path work) throws Exception {
        Path summary = work.resolve("riepilogo.xlsx");
        Files.writeString(summary, "versione 1");
        AtomicInteger reads = new AtomicInteger();
        java.util.Map<String, it.peg.scoring.NucleoOverride> typed = java.util.Map.of("OB1",
                new it.peg.scoring.NucleoOverride("OB1", Optional.of(new java.math.BigDecimal("0.85")), "valutato dal Nucleo"));
        ParsedFileCache.Loader<NucleoReadResult> loader = f -> {
            reads.incrementAndGet();
            return new NucleoReadResult(Files.readString(f).endsWith("1") ? typed : java.util.Map.of(), List.of());
        };
        NucleoReadResult first = ParsedFileCache.forNucleo(work, "1.0").load(summary, loader);
        assertEquals(first, ParsedFileCache.forNucleo(work, "1.0").load(summary, loader));
        assertEquals(1, reads.get());
        assertEquals(typed, first.overrides());
        Files.writeString(summary, "versione 2"); // the Nucleo cleared a score and saved
        assertEquals(java.util.Map.of(), ParsedFileCache.forNucleo(work, "1.0").load(summary, loader).overrides());
        assertEquals(2, reads.get());

        ParsedFileCache.Loader<NucleoReadResult> failing = f -> new NucleoReadResult(java.util.Map.of(),
                List.of(Finding.error("NUCLEO_ILLEGGIBILE", "colonne illeggibili")));
        Files.writeString(summary, "versione 3");
        ParsedFileCache.forNucleo(work, "1.0").load(summary, failing);
        assertTrue(ParsedFileCache.forNucleo(work, "1.0").get(Sha256.ofFile(summary), "riepilogo.xlsx").isEmpty(),
                "a reading with errors is never kept");
    }
}
