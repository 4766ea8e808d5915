package it.peg.consolidate;

import it.peg.domain.Finding;

import java.util.List;
import java.util.Objects;

/**
 * One file as the last complete combine left it, kept so that a night need not assess it again when nothing of its
 * service changed: its Registro row and its findings (Anomalie lists them, Sintesi counts them).
 *
 * @param record   its row of the registry
 * @param findings its own findings, in the order combine lists them (not {@code DuplicateSubmissions}' nor combine's own)
 */
public record KeptFile(FileRecord record, List<Finding> findings) {
    public KeptFile {
        Objects.requireNonNull(record, "record");
        findings = List.copyOf(findings);
    }

    /** The file's identity in the archive and in combine's order: its name, then its content's hash. */
    public FileKey key() {
        return new FileKey(record.fileName(), record.sha256());
    }

    /** Whether combine could use the file (it has a submission): every status but REJECTED. */
    boolean usable() {
        return record.status() != FileStatus.REJECTED;
    }

    /**
     * A file's identity: its name as received and its content's hash, as combine orders files.
     */
    public record FileKey(String name, String sha256) implements Comparable<FileKey> {
        public FileKey {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
        }

        static FileKey of(FileAssessment a) {
            return new FileKey(a.file().name(), a.sha256());
        }

        @Override
        public int compareTo(FileKey o) {
            int byName = name.compareTo(o.name);
            return byName != 0 ? byName : sha256.compareTo(o.sha256);
        }
    }
}
