package it.peg.merge;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files offices dropped in the inbox, subfolders included, without touching them. Skipped: hidden
 * files and folders (names starting with '.'), and the lock files Excel ({@code ~$name.xlsx}) and LibreOffice
 * ({@code .~lock.name#}) leave while a workbook is open. Symbolic links are not followed.
 */
public final class InboxScanner {

    /** Files in a stable order: oldest modification first, then by name. */
    public List<InboxFile> scan(Path inbox) throws IOException {
        List<InboxFile> files = new ArrayList<>();
        Files.walkFileTree(inbox, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(inbox) && isSkipped(dir.getFileName().toString())
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !isSkipped(file.getFileName().toString())) {
                            String name = inbox.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                            files.add(new InboxFile(file, name, attrs.lastModifiedTime()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                        throw exc;
                    }
                });
        files.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::name));
        return files;
    }

    static boolean isSkipped(String fileName) {
        return it.peg.consolidate.InputFolders.ignored(fileName);
    }
}
