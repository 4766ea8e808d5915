package it.peg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A run stopped by the machine, not by peg nor by the user's files: permission denied, a read-only disk, a full disk or
 * quota. Said as such, with what to do, instead of "un difetto del programma ... inviarli a chi cura peg", which sent
 * the IT person to report a bug for a work folder they had to make writable or a disk they had to free.
 */
final class SystemFailure {
    // the operating system's own text, which Java copies into the exception: glibc's, in English or, where its
    // translations are installed and the locale asks for them, in Italian
    private static final String[] DISK_FULL = {"no space left on device", "spazio esaurito sul device",
            "disk quota exceeded", "quota del disco superata", "not enough space on the disk",
            "spazio su disco insufficiente"};
    private static final String[] READ_ONLY = {"read-only file system", "file system in sola lettura"};

    private SystemFailure() {
    }

    /** What to tell the user when {@code failure}, or one of its causes, is the machine's; empty when it is peg's. */
    static Optional<String> explain(String command, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> said = explainOne(command, t);
            if (said.isPresent()) {
                return said;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> explainOne(String command, Throwable t) {
        if (!(t instanceof IOException)) {
            return Optional.empty();
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        String where = t instanceof FileSystemException fs && fs.getFile() != null ? shown(fs.getFile()) : "";
        String at = where.isEmpty() ? "" : " ('" + where + "')";
        // each output is written to a temporary file and renamed (AtomicFiles): whole or as it was, never half written;
        // but generate and consolidate write several, so some may be new and others not
        String end = " Ogni file di output è stato scritto per intero oppure lasciato com'era: rilanciare lo stesso"
                + " comando dopo aver rimediato.";
        if (contains(text, DISK_FULL)) {
            return Optional.of("'peg " + command + "' si è fermato perché il disco è pieno" + at
                    + ": liberare spazio sul disco delle cartelle di output"
                    + ("merge".equals(command) ? " e di lavoro (--work)" : "") + "." + end);
        }
        if (contains(text, READ_ONLY)) {
            return Optional.of("'peg " + command + "' si è fermato perché il disco è in sola lettura" + at
                    + ": indicare una cartella su un disco in cui si può scrivere." + end);
        }
        if (t instanceof AccessDeniedException) {
            return Optional.of("'peg " + command + "' si è fermato per un permesso negato" + at
                    + ": dare all'utente che esegue peg il permesso di leggere e scrivere in quella cartella,"
                    + " oppure indicarne un'altra." + end);
        }
        return Optional.empty();
    }

    /**
     * The file, or the folder of a hidden one: peg writes each output to a hidden temporary file beside it, and takes
     * the merge lock in {@code --work/.lock}, names nobody typed.
     */
    private static String shown(String file) {
        Path path = Path.of(file);
        Path name = path.getFileName();
        Path parent = path.getParent();
        return name != null && name.toString().startsWith(".") && parent != null ? parent.toString() : file;
    }

    private static boolean contains(String text, String[] any) {
        for (String s : any) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
