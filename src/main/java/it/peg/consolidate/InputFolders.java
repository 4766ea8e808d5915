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

    static boolean ignored(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }
}
