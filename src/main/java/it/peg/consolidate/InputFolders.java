package it.peg.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files to consider in input folders: every regular file, in name order, except the
 * lock and temporary files that Excel ({@code ~$name.xlsx}) and LibreOffice ({@code .~lock.name#})
 * leave while a file is open, and hidden files.
 */
public final class InputFolders {
    private InputFolders() {
    }

    public static List<Path> list(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isRegularFile).filter(p -> !ignored(p.getFileName().toString())).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /**
     * The files of the folders as received: named as they are, received when last modified (consolidate
     * and generate --from; merge keeps its own first-seen times).
     */
    public static List<InputFile> inputFiles(List<Path> folders) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : list(folders)) {
            inputs.add(new InputFile(f, f.getFileName().toString(), Files.getLastModifiedTime(f).toInstant()));
        }
        return inputs;
    }

    /** Lock, temporary and hidden files: never a returned workbook. */
    public static boolean ignored(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }
}
