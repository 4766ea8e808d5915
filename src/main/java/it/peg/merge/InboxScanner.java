package it.peg.merge;

import it.peg.consolidate.InputFolders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files offices dropped in the inbox, subfolders included, without touching them. Skipped: hidden
 * files and folders (names starting with '.'), and the lock files Excel ({@code ~$name.xlsx}) and LibreOffice
 * ({@code .~lock.name#}) leave while a workbook is open. Symbolic links and special files follow the one rule of
 * {@link InputFolders}: never followed or opened, reported by name.
 */
public final class InboxScanner {

    /** What the inbox holds: the files to take, and the entries the rule skipped. */
    public record Scan(List<InboxFile> files, List<InputFolders.Skipped> skipped) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /** Files in a stable order: oldest modification first, then by name. */
    public List<InboxFile> scan(Path inbox) throws IOException {
        return scanAll(inbox).files();
    }

    /** As {@link #scan}, with the links and special files skipped. */
    public Scan scanAll(Path inbox) throws IOException {
        InputFolders.Listing listing = InputFolders.walk(inbox, true, n -> true);
        List<InboxFile> files = new ArrayList<>();
        for (InputFolders.Found f : listing.files()) {
            files.add(new InboxFile(f.path(), f.name(), f.attrs().lastModifiedTime()));
        }
        files.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::name));
        return new Scan(files, listing.skipped());
    }

    static boolean isSkipped(String fileName) {
        return InputFolders.ignored(fileName);
    }
}
