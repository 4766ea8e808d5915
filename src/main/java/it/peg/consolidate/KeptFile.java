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

        // equals and hashCode by hand: a record's own are linked through invokedynamic (ObjectMethods) the first time
        // they run, spinning method handles that were the first ~40 ms of a proportional night's combine window

        @Override
        public boolean equals(Object o) {
            return o instanceof FileKey k && name.equals(k.name) && sha256.equals(k.sha256);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + sha256.hashCode();
        }

        @Override
        public int compareTo(FileKey o) {
            int byName = name.compareTo(o.name);
            return byName != 0 ? byName : sha256.compareTo(o.sha256);
        }
    }
}
