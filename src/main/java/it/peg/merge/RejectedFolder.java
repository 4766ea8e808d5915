package it.peg.merge;

import it.peg.io.AtomicFiles;

import it.peg.domain.Finding;
import it.peg.domain.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code work/scartati/}: a copy of every file currently refused, named after the original
 * ({@code <name>--<first 12 hex of SHA-256>.<ext>}), next to {@code <same>.motivi.txt} with the reasons in
 * Italian. It is a view rebuilt by every run (a file the plan now accepts leaves it); the originals are in
 * the archive forever. Files are written only when they change, so a run with nothing new touches nothing.
 */
public final class RejectedFolder {
    public static final String DIR = "scartati";

    private final Path dir;

    public RejectedFolder(Path workDir) {
        this.dir = workDir.resolve(DIR);
    }

    /** One refused file: its archived copy, the name it arrived with, why it was refused. */
    public record Entry(StatusStep.FileSeen assessed, String reason) {
        List<Finding> findings() {
            return assessed.findings();
        }
    }

    public void update(List<Entry> entries) throws IOException {
        Set<String> keep = new HashSet<>();
        for (Entry e : entries) {
            String base = baseName(e.assessed());
            String ext = Archive.extension(e.assessed().file().name());
            Path copy = dir.resolve(base + ext);
            Path reasons = dir.resolve(base + ".motivi.txt");
            keep.add(copy.getFileName().toString());
            keep.add(reasons.getFileName().toString());
            // compared by content, not by size: a copy edited in place with its size kept was left as edited (and
            // the night state recorded it so); a few small files, compared only on a night that is not quiet
            if (!Files.isRegularFile(copy) || Files.size(copy) != e.assessed().size()
                    || !sameBytes(copy, e.assessed().file().path())) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(e.assessed().file().path());
                } catch (IOException unreadable) {
                    bytes = null; // an archived copy moved aside as damaged (VerifiedCopies), or unreadable: reasons only
                }
                if (bytes != null) {
                    AtomicFiles.write(copy, bytes, false);
                } else {
                    keep.remove(copy.getFileName().toString());
                }
            }
            AtomicFiles.replaceIfChanged(reasons, reasonsText(e).getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path p : stream) {
                    if (!keep.contains(p.getFileName().toString()) && Files.isRegularFile(p)) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** Whether the copy holds the archived copy's bytes; false when the archived copy cannot be read. */
    private static boolean sameBytes(Path copy, Path archived) throws IOException {
        try {
            return Files.mismatch(copy, archived) == -1L;
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException gone) {
            return true; // the archived copy is not there to compare with (moved aside as damaged): the copy is left
        }
    }

    static String baseName(StatusStep.FileSeen f) {
        String name = f.file().name().replace('/', '_');
        String ext = Archive.extension(f.file().name());
        if (!ext.isEmpty() && name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
            name = name.substring(0, name.length() - ext.length());
        }
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        return name + "--" + f.sha256().substring(0, 12);
    }

    private static String reasonsText(Entry e) {
        StringBuilder sb = new StringBuilder();
        sb.append("File: ").append(e.assessed().file().name()).append('\n');
        sb.append("SHA-256: ").append(e.assessed().sha256()).append('\n');
        sb.append("Ricevuto: ").append(e.assessed().file().received()).append('\n');
        sb.append("Motivo: ").append(e.reason().isEmpty() ? "vedere le segnalazioni" : e.reason()).append('\n');
        for (Finding f : e.findings()) {
            sb.append(f.severity() == Severity.ERRORE ? "ERRORE" : "AVVISO").append(" [").append(f.code()).append("] ");
            String where = f.sheet().isEmpty() ? f.cell() : f.cell().isEmpty() ? f.sheet() : f.sheet() + "!" + f.cell();
            if (!where.isEmpty()) {
                sb.append(where).append(' ');
            }
            if (!f.subject().isEmpty()) {
                sb.append('(').append(f.subject()).append(") ");
            }
            sb.append(f.message().replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }
}
