package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.io.AtomicFiles;
import it.peg.io.Sha256;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The night's fsyncs in proportion to what it does (issue 21, h27-night-out): the lines a step notes in a loop (the
 * files archived, the status changes, the outputs replaced) made durable by one append, the copies in the archive by
 * one fsync of each folder they went into, each line written only once what it records is durable.
 */
class NightFsyncsTest extends MergeNightCases {
    private static final String NIGHT = "2024-07-01T02:00:00Z";

    /**
     * A changed night appends its ledger lines with five fsyncs however many files it receives: RUN_START, the ARCHIVED
     * lines, the OUTPUT lines, the STATUS lines, RUN_END (one fsync per line before: 2 + 3 files x 2 + 6 outputs).
     */
    @Test
    void aNightAppendsItsLinesWithFiveFsyncsWhateverItsFiles() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n");
        int before = Ledger.FORCES.get();
        MergeReport first = run(NIGHT);
        assertEquals(3, first.newFiles());
        assertEquals(5, Ledger.FORCES.get() - before);
        List<LedgerEntry> entries = Ledger.read(work).entries();
        assertEquals(List.of("RUN_START", "ARCHIVED", "ARCHIVED", "ARCHIVED", "OUTPUT", "OUTPUT", "OUTPUT", "OUTPUT",
                "OUTPUT", "OUTPUT", "STATUS", "STATUS", "STATUS", "RUN_END"),
                entries.stream().map(LedgerEntry::event).toList());
        List<String> outputs = entries.stream().filter(e -> e.is(LedgerEvent.OUTPUT)).map(e -> e.require("file"))
                .toList();
        assertEquals(List.of(MergeJob.CSV, MergeJob.SUMMARY, MergeJob.FORMS, "riepilogo-0701.csv",
                "riepilogo-0701.xlsx", "schede-valutazione-0701.xlsx"), outputs.stream()
                .map(f -> f.replaceAll("-\\d{4}\\.", "-0701.")).toList());
        for (String f : outputs) {
            assertTrue(Files.isRegularFile(work.resolve(f)), f);
        }
        assertEquals(Files.readString(work.resolve(MergeJob.CSV)), Files.readString(work.resolve(outputs.get(3))));
    }

    /**
     * A copy under the verifica's name deleted by hand: the next night, its outputs unchanged, makes it again from the
     * content it staged (the same bytes as the output in place) and records only it.
     */
    @Test
    void aCopyDeletedByHandIsMadeAgainFromTheStagedOutput() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run(NIGHT);
        List<String> copies = Ledger.read(work).of(LedgerEvent.OUTPUT).stream().map(e -> e.require("file"))
                .filter(f -> f.matches(".*-\\d{4}\\..*")).toList();
        assertEquals(3, copies.size(), copies.toString());
        Path csvCopy = work.resolve(copies.get(0));
        Files.delete(csvCopy);
        int lines = Ledger.read(work).entries().size();
        run("2024-07-02T02:00:00Z");
        List<LedgerEntry> night = Ledger.read(work).entries().subList(lines, Ledger.read(work).entries().size());
        assertEquals(List.of(copies.get(0)), night.stream().filter(e -> e.is(LedgerEvent.OUTPUT))
                .map(e -> e.require("file")).toList());
        assertEquals(Files.readString(work.resolve(MergeJob.CSV)), Files.readString(csvCopy));
        assertEquals(Ledger.read(work).of(LedgerEvent.OUTPUT).get(0).require("digest"),
                night.stream().filter(e -> e.is(LedgerEvent.OUTPUT)).findFirst().orElseThrow().require("digest"));
    }

    /**
     * Three files into three folders of the archive: each copy's content fsync'd, each folder's entries once and the
     * root's once (and the work folder's, the archive being new), then one append of their ARCHIVED lines, in the
     * inbox's order, each copy in place.
     */
    @Test
    void theArchiveMakesItsFoldersDurableOnceBeforeTheLines() throws Exception {
        Path w = Files.createDirectories(work);
        List<InputFile> files = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (String content : List.of("uno", "due", "tre")) {
            Path f = MergeFixture.drop(inbox, content + ".txt", content);
            files.add(new InputFile(f, content + ".txt", Instant.EPOCH, Optional.empty()));
            hashes.add(Sha256.ofFile(f));
        }
        long folders = hashes.stream().map(h -> h.substring(0, 2)).distinct().count();
        Ledger ledger = Ledger.open(w, "r", Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC));
        ledger.append(LedgerEvent.RUN_START, Map.of());
        int lines = Ledger.FORCES.get();
        int dirs = AtomicFiles.DIRECTORY_FORCES.get();
        Map<String, History.Known> known = new HashMap<>();
        Archive archive = new Archive(w);
        assertEquals(3, ArchiveStep.archiveNew(archive, ledger, Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC),
                files, hashes, known, new CopiesInPlace()));
        assertEquals(1, Ledger.FORCES.get() - lines);
        // the archive's own folder is new in this work folder: the work folder's entry for it once too
        assertEquals(folders + 2, AtomicFiles.DIRECTORY_FORCES.get() - dirs);
        List<LedgerEntry> archived = Ledger.read(w).of(LedgerEvent.ARCHIVED);
        assertEquals(List.of("uno.txt", "due.txt", "tre.txt"), archived.stream().map(e -> e.require("name")).toList());
        for (LedgerEntry e : archived) {
            assertEquals(NIGHT, e.require("received"));
            assertTrue(archive.contains(e.require("sha256"), e.require("name")));
        }
    }

    /**
     * Regression: the files stored before one that cannot be stored keep their ARCHIVED lines, as when each had its own
     * append; the failure is the night's.
     */
    @Test
    void aFileThatCannotBeStoredLeavesTheFilesBeforeItRecorded() throws Exception {
        Path w = Files.createDirectories(work);
        Path first = MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        Path folder = Files.createDirectories(inbox.resolve("S002.txt")); // read as a file: the copy fails
        List<InputFile> files = List.of(new InputFile(first, "S001.txt", Instant.EPOCH, Optional.empty()),
                new InputFile(folder, "S002.txt", Instant.EPOCH, Optional.empty()));
        Ledger ledger = Ledger.open(w, "r", Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC));
        Archive archive = new Archive(w);
        assertThrows(IOException.class, () -> ArchiveStep.archiveNew(archive, ledger,
                Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC), files, List.of(Sha256.ofFile(first),
                        Sha256.hex("x")), new HashMap<>(), new CopiesInPlace()));
        List<LedgerEntry> archived = Ledger.read(w).of(LedgerEvent.ARCHIVED);
        assertEquals(List.of("S001.txt"), archived.stream().map(e -> e.require("name")).toList());
        assertTrue(archive.contains(archived.get(0).require("sha256"), "S001.txt"));
    }

    /**
     * Regression (h27-review-night): one archive folder whose fsync fails keeps only its own copies unrecorded; the
     * copies in the folders that were made durable keep their ARCHIVED lines, as when each file had its own fsync and
     * line. Before, the failure dropped every line of the night: copies in place that no ledger line names, lost to
     * peg if their office replaced them in the inbox before the next night, or recorded then with a later time.
     */
    @Test
    void aFolderThatCannotBeMadeDurableLeavesOnlyItsOwnCopiesUnrecorded() throws Exception {
        Path w = Files.createDirectories(work);
        List<InputFile> files = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (String content : List.of("uno", "due", "tre")) { // folders bf, 45, dd
            Path f = MergeFixture.drop(inbox, content + ".txt", content);
            files.add(new InputFile(f, content + ".txt", Instant.EPOCH, Optional.empty()));
            hashes.add(Sha256.ofFile(f));
        }
        assertEquals(3, hashes.stream().map(h -> h.substring(0, 2)).distinct().count());
        Path failing = w.resolve(Archive.DIR).resolve(hashes.get(1).substring(0, 2));
        Archive archive = new Archive(w, d -> {
            if (d.equals(failing)) {
                throw new IOException("EIO");
            }
            AtomicFiles.fsyncDirectory(d);
        });
        Ledger ledger = Ledger.open(w, "r", Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC));
        IOException e = assertThrows(IOException.class, () -> ArchiveStep.archiveNew(archive, ledger,
                Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC), files, hashes, new HashMap<>(),
                new CopiesInPlace()));
        assertEquals("EIO", e.getMessage());
        assertEquals(List.of("uno.txt", "tre.txt"), Ledger.read(w).of(LedgerEvent.ARCHIVED).stream()
                .map(x -> x.require("name")).toList());
    }

    /**
     * Regression (h27-review-night): the first night creates the archive's own folder in the work folder; that entry
     * is made durable (the work folder's fsync) before the ARCHIVED lines, else a power loss could take the whole
     * archive away from under lines that name its copies. Later nights do not fsync the work folder for it.
     */
    @Test
    void theFirstNightMakesTheArchiveFolderItselfDurable() throws Exception {
        Path w = Files.createDirectories(work);
        List<Path> synced = new java.util.concurrent.CopyOnWriteArrayList<>();
        Archive archive = new Archive(w, d -> {
            synced.add(d);
            AtomicFiles.fsyncDirectory(d);
        });
        Ledger ledger = Ledger.open(w, "r", Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC));
        Path f = MergeFixture.drop(inbox, "uno.txt", "uno");
        ArchiveStep.archiveNew(archive, ledger, Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC),
                List.of(new InputFile(f, "uno.txt", Instant.EPOCH, Optional.empty())), List.of(Sha256.ofFile(f)),
                new HashMap<>(), new CopiesInPlace());
        assertTrue(synced.contains(w), synced.toString());
        synced.clear();
        Path g = MergeFixture.drop(inbox, "due.txt", "due");
        ArchiveStep.archiveNew(archive, ledger, Clock.fixed(Instant.parse(NIGHT), ZoneOffset.UTC),
                List.of(new InputFile(g, "due.txt", Instant.EPOCH, Optional.empty())), List.of(Sha256.ofFile(g)),
                new HashMap<>(), new CopiesInPlace());
        assertEquals(List.of(w.resolve(Archive.DIR).resolve(Sha256.ofFile(g).substring(0, 2)), w.resolve(Archive.DIR)),
                synced);
    }

    /**
     * Regression (h27-review-night): a copy under the verifica's name that cannot be put in place (here a folder in its
     * way; on Windows, the copy open in Excel) fails the night after the three outputs were put in place and made
     * durable: their OUTPUT lines are still written, as before the night's lines were appended together. Before, they
     * were lost with the copies' lines, leaving outputs in place whose digests no line records.
     */
    @Test
    void aCopyThatCannotBePutInPlaceStillRecordsTheOutputsInPlace() throws Exception {
        nightWithACopyInTheWay(".*-\\d{4}\\.csv");
        List<LedgerEntry> all = Ledger.read(work).entries();
        List<String> night = all.subList(lines, all.size()).stream().filter(e -> e.is(LedgerEvent.OUTPUT))
                .map(e -> e.require("file")).toList();
        assertTrue(night.contains(MergeJob.CSV), night.toString());
        String csvLine = all.subList(lines, all.size()).stream().filter(e -> e.is(LedgerEvent.OUTPUT))
                .filter(e -> e.require("file").equals(MergeJob.CSV)).findFirst().orElseThrow().require("digest");
        assertEquals(it.peg.io.OutputDigest.of(Files.readAllBytes(work.resolve(MergeJob.CSV))), csvLine);
    }

    /**
     * Regression: a copy under the verifica's name put in place before a later one failed (here the summary's copy,
     * a folder in its way) was left without its OUTPUT line: a file in the work folder whose digest no line records.
     */
    @Test
    void aCopyPutInPlaceBeforeALaterOneFailedIsRecorded() throws Exception {
        String summaryCopy = nightWithACopyInTheWay("riepilogo-.*\\.xlsx");
        List<LedgerEntry> all = Ledger.read(work).entries();
        String csvCopy = summaryCopy.replace(".xlsx", ".csv");
        List<String> night = all.subList(lines, all.size()).stream().filter(e -> e.is(LedgerEvent.OUTPUT))
                .map(e -> e.require("file")).toList();
        assertTrue(night.contains(csvCopy), night.toString());
        assertTrue(!night.contains(summaryCopy), night.toString());
        String digest = all.subList(lines, all.size()).stream().filter(e -> e.is(LedgerEvent.OUTPUT))
                .filter(e -> e.require("file").equals(csvCopy)).findFirst().orElseThrow().require("digest");
        assertEquals(it.peg.io.OutputDigest.of(Files.readAllBytes(work.resolve(csvCopy))), digest);
    }

    /** The ledger's lines before the failing night of {@link #nightWithACopyInTheWay}. */
    private int lines;

    /**
     * A first night, then the copy under the verifica's name whose file name matches {@code copy} replaced by a folder
     * (on Windows, the copy open in Excel) and S001 re-sent: the night fails, the copy not put in place. Returns the
     * copy's name; {@link #lines} is the ledger's length before that night.
     */
    private String nightWithACopyInTheWay(String copy) throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run(NIGHT);
        String name = Ledger.read(work).of(LedgerEvent.OUTPUT).stream().map(e -> e.require("file"))
                .filter(f -> f.matches(copy)).findFirst().orElseThrow();
        Files.delete(work.resolve(name));
        Files.writeString(Files.createDirectories(work.resolve(name)).resolve("in-the-way"), "x");
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=90\n");
        lines = Ledger.read(work).entries().size();
        assertThrows(Exception.class, () -> run("2024-07-02T02:00:00Z"));
        return name;
    }
}
