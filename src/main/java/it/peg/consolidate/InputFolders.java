package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.readback.ReadProblem;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lists the files to consider in input folders: every regular file, in name order, except the
 * lock and temporary files that Excel ({@code ~$name.xlsx}) and LibreOffice ({@code .~lock.name#})
 * leave while a file is open, and hidden files.
 *
 * <p>The one rule for what else a folder holds, in every command that reads folders ({@code consolidate},
 * {@code validate}, {@code merge}, {@code generate --from}): a symbolic link, to a file or to a folder, is never
 * followed, and a special file (FIFO, socket, device) never opened; each is skipped and reported by name with an
 * ERRORE ({@link ReadProblem#COLLEGAMENTO_SIMBOLICO}, {@link ReadProblem#FILE_SPECIALE}). A folder named on the
 * command line is taken as named, even through a link: the person running peg chose it.
 */
public final class InputFolders {
    private InputFolders() {
    }

    /** An entry of a folder that was not read, named relative to the folder it was found in. */
    public record Skipped(Path path, String name, boolean link) {
        /** The ERRORE that reports it. */
        public Finding finding() {
            return (link ? ReadProblem.COLLEGAMENTO_SIMBOLICO : ReadProblem.FILE_SPECIALE).finding(name);
        }
    }

    /** A regular file found, with its attributes as listed (never through a link). */
    public record Found(Path path, String name, BasicFileAttributes attrs) {
    }

    /** What a walk found. */
    public record Listing(List<Found> files, List<Skipped> skipped) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Walks {@code folder} (its subfolders too when {@code recursive}) without following links: regular files whose
     * name {@code accept}s and that are not {@link #ignored}, and the entries skipped by the rule above. Names are
     * relative to the folder, with '/' separators. Hidden and lock files and folders are left out silently.
     */
    public static Listing walk(Path folder, boolean recursive, Predicate<String> accept) throws IOException {
        Path root = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        List<Found> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), recursive ? Integer.MAX_VALUE : 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && ignored(dir.getFileName().toString())
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String base = file.getFileName().toString();
                        if (ignored(base)) {
                            return FileVisitResult.CONTINUE;
                        }
                        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                        if (attrs.isSymbolicLink()) {
                            skipped.add(new Skipped(file, name, true));
                        } else if (attrs.isOther()) {
                            skipped.add(new Skipped(file, name, false));
                        } else if (attrs.isRegularFile() && accept.test(base)) {
                            files.add(new Found(file, name, attrs));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                        throw exc;
                    }
                });
        files.sort(Comparator.comparing(Found::path));
        skipped.sort(Comparator.comparing(Skipped::name));
        return new Listing(files, skipped);
    }

    /** The regular files of the folders and subfolders, in name order, and what the rule skipped. */
    public static Listing scan(List<Path> folders) throws IOException {
        List<Found> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path folder : folders) {
            Listing l = walk(folder, true, n -> true);
            files.addAll(l.files());
            skipped.addAll(l.skipped());
        }
        return new Listing(files, skipped);
    }

    public static List<Path> list(List<Path> folders) throws IOException {
        return scan(folders).files().stream().map(Found::path).toList();
    }

    /**
     * The files of the folders as received: named by their own name (the name the office gave the file, shown in
     * the Registro and in every finding), in path order, received when last modified (consolidate, demo and
     * generate --from; merge names and orders its inbox as {@link #inbox} says).
     */
    public static List<InputFile> inputFiles(List<Path> folders) throws IOException {
        return inputFiles(scan(folders));
    }

    public static List<InputFile> inputFiles(Listing listing) {
        List<InputFile> inputs = new ArrayList<>();
        for (Found f : listing.files()) {
            inputs.add(new InputFile(f.path(), f.path().getFileName().toString(), f.attrs().lastModifiedTime().toInstant()));
        }
        return inputs;
    }

    /** The files a command reads, named and ordered as it names and orders them, and the entries the rule skipped. */
    public record Inputs(List<InputFile> files, List<Skipped> skipped) {
        public Inputs {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * merge's inbox, by the same rule as every folder ({@link #walk}, subfolders included). Two things differ from
     * {@link #inputFiles}, on purpose: a file is named by its path relative to the inbox, because that name is its
     * identity in the archive and the ledger night after night (two offices' {@code scheda.xlsx} in two subfolders
     * are two files); and files come oldest modification first, then by name, because that is the order in which
     * merge archives the files first seen in the same night, and so which of two deliveries of a service counts.
     * {@code received} is the modification time (merge's own received time is set when it archives the file).
     */
    public static Inputs inbox(Path inbox) throws IOException {
        Listing listing = walk(inbox, true, n -> true);
        List<InputFile> files = new ArrayList<>();
        for (Found f : listing.files()) {
            files.add(new InputFile(f.path(), f.name(), f.attrs().lastModifiedTime().toInstant()));
        }
        files.sort(Comparator.comparing(InputFile::received).thenComparing(InputFile::name));
        return new Inputs(files, listing.skipped());
    }

    /**
     * A file named on the command line as the shell passed it: a name that is not valid in the system's encoding
     * arrives with its bad bytes replaced (\uFFFD) and no longer names the file; the entry of its folder that shows
     * the same way is the file meant, when exactly one does. Otherwise the path as given.
     */
    public static Path named(Path given) {
        if (given.toString().indexOf('\uFFFD') < 0 || Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
            return given;
        }
        Path parent = Optional.ofNullable(given.toAbsolutePath().getParent()).orElse(given.toAbsolutePath());
        String wanted = given.getFileName().toString();
        try (var s = Files.list(parent)) {
            List<Path> same = s.filter(p -> p.getFileName().toString().equals(wanted)).toList();
            return same.size() == 1 ? same.get(0) : given;
        } catch (IOException e) {
            return given;
        }
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

    /** Lock, temporary and hidden files, and the files Windows leaves in folders: never a returned workbook. */
    public static boolean ignored(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".")
                || SYSTEM_FILES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Thumbnail caches and folder settings that Windows writes into a folder an office opened (trial of issue 17). */
    private static final java.util.Set<String> SYSTEM_FILES = java.util.Set.of("thumbs.db", "ehthumbs.db",
            "ehthumbs_vista.db", "desktop.ini");
}
