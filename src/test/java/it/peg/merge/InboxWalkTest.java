package it.peg.merge;

import it.peg.consolidate.InputFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxWalkTest {
    /**
     * The inbox as merge lists it for the night's check is the inbox as every command lists a folder
     * ({@link InputFolders#inbox}): files in subfolders named by their path, oldest first then by name, hidden, lock and
     * system files and hidden folders left out, links to files and folders and special files skipped and named.
     */
    @Test
    void listsWhatInputFoldersListsWithEachFilesStamp(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        write(inbox.resolve("B01 - Tributi.xlsx"), "b", "2024-06-30T10:00:00Z");
        write(inbox.resolve("A01 - Anagrafe.xlsx"), "a", "2024-06-30T10:00:00Z");
        write(inbox.resolve("Z99.xlsx"), "z", "2024-06-01T10:00:00Z");
        write(inbox.resolve("uffici/ragioneria/C01.xlsx"), "c", "2024-06-15T10:00:00Z");
        write(inbox.resolve("uffici/leggimi.txt"), "l", "2024-06-15T10:00:00Z");
        write(inbox.resolve("~$A01 - Anagrafe.xlsx"), "lock", "2024-06-30T10:00:00Z");
        write(inbox.resolve(".~lock.B01 - Tributi.xlsx#"), "lock", "2024-06-30T10:00:00Z");
        write(inbox.resolve("Thumbs.db"), "t", "2024-06-30T10:00:00Z");
        write(inbox.resolve(".nascosta/D01.xlsx"), "d", "2024-06-30T10:00:00Z");
        Files.createDirectories(inbox.resolve("vuota"));
        Files.createSymbolicLink(inbox.resolve("collegamento.xlsx"), inbox.resolve("Z99.xlsx"));
        Files.createSymbolicLink(inbox.resolve("uffici/cartella-collegata"), inbox.resolve("uffici/ragioneria"));
        Path fifo = inbox.resolve("uffici/coda");
        boolean special = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        InboxWalk walk = InboxWalk.of(inbox);
        InputFolders.Inputs expected = InputFolders.inbox(inbox);
        assertEquals(expected, walk.inputs());
        assertEquals(List.of("Z99.xlsx", "uffici/leggimi.txt", "uffici/ragioneria/C01.xlsx", "A01 - Anagrafe.xlsx",
                "B01 - Tributi.xlsx"), walk.inputs().files().stream().map(it.peg.consolidate.InputFile::name).toList());
        assertEquals(special ? List.of("collegamento.xlsx", "uffici/cartella-collegata", "uffici/coda")
                        : List.of("collegamento.xlsx", "uffici/cartella-collegata"),
                walk.inputs().skipped().stream().map(InputFolders.Skipped::name).toList());
        assertEquals(5, walk.stamps().size());
        for (it.peg.consolidate.InputFile f : walk.inputs().files()) {
            assertEquals(FileStamp.of(f.path()).orElseThrow(), walk.stamps().get(f.name()), f.name());
        }
        // the inbox given as a link is taken as named
        Path link = Files.createSymbolicLink(tmp.resolve("inbox-link"), inbox);
        assertEquals(InputFolders.inbox(link), InboxWalk.of(link).inputs());
        assertTrue(walk.stamps().containsKey("uffici/ragioneria/C01.xlsx"));
    }

    /** A folder of hundreds of files with links, lock files and subfolders among them: the same listing as {@code InputFolders}. */
    @Test
    void aLargeFolderListsTheSame(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        int n = 519;
        for (int i = 0; i < n; i++) {
            String name = String.format("S%04d.xlsx", i);
            write(inbox.resolve(name), name, "2024-06-%02dT10:00:00Z".formatted(1 + i % 28));
            if (i % 50 == 0) {
                Files.createSymbolicLink(inbox.resolve("link-" + name), inbox.resolve(name));
                write(inbox.resolve("~$" + name), "lock", "2024-06-30T10:00:00Z");
                write(inbox.resolve("cartella-" + i + "/dentro.xlsx"), "d" + i, "2024-06-15T10:00:00Z");
            }
        }
        Path fifo = inbox.resolve("coda");
        boolean special = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        InboxWalk walk = InboxWalk.of(inbox);
        assertEquals(InputFolders.inbox(inbox), walk.inputs());
        int folders = (n + 49) / 50;
        assertEquals(n + folders, walk.inputs().files().size());
        assertEquals(folders + (special ? 1 : 0), walk.inputs().skipped().size());
        assertEquals(n + folders, walk.stamps().size());
        for (it.peg.consolidate.InputFile f : walk.inputs().files()) {
            assertEquals(FileStamp.of(f.path()).orElseThrow(), walk.stamps().get(f.name()), f.name());
        }
    }

    private static void write(Path file, String text, String modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified).toEpochMilli(), TimeUnit.MILLISECONDS));
    }

    /**
     * Regression (h24-review): a file listed by the folder and gone before its stamp was read (an office saving its
     * scheda as the night runs: Excel writes a temporary file, removes the old one, renames) failed the whole night as
     * peg's fault; it is left out of the listing, and the next night takes whatever is there then.
     */
    @Test
    void aFileGoneBetweenListingAndStampIsLeftOut(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(inbox.resolve("A01.xlsx"), "a");
        Files.writeString(inbox.resolve("B02.xlsx"), "b");
        InboxWalk walk = InboxWalk.of(inbox, entry -> {
            if (entry.getFileName().toString().equals("A01.xlsx")) {
                Files.delete(entry);
            }
            return FileStamp.typed(entry);
        });
        assertEquals(List.of("B02.xlsx"), walk.inputs().files().stream().map(f -> f.name()).toList());
        assertEquals(List.of("B02.xlsx"), List.copyOf(walk.stamps().keySet()));
    }
}
