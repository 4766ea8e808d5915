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

    /**
     * Whether a file's name says it is a spreadsheet (any format: .xlsx, .xls, .ods, .csv, ...), so that refusing it
     * is an office's failed delivery; a {@code leggimi.txt} or a PDF is not one. The reader still decides by content.
     */
    public static boolean namedAsSpreadsheet(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return SPREADSHEET_EXTENSIONS.contains(ext);
    }

    private static final java.util.Set<String> SPREADSHEET_EXTENSIONS = java.util.Set.of(
            "xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "xlt", "ods", "ots", "fods", "csv", "numbers");

    /** Lock, temporary and hidden files: never a returned workbook. */
    public static boolean ignored(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }
}
