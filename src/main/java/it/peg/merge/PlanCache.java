package it.peg.merge;

import it.peg.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plan as read by an earlier night, under {@code work/cache/plan-<sha256>.bin}. A large comune's plan
 * workbook costs seconds to read and check every night, yet changes a few times a year: a night whose plan
 * file has the same SHA-256 (and the same tool version) decodes the earlier reading instead. The entry holds
 * the plan and its findings, so a cached night reports the same warnings. Any mismatch, torn or unreadable
 * entry is a miss and the plan is read from its file; only the latest plan's entry is kept. Like the
 * assessment cache it is derivable, so it is written atomically but without fsync.
 */
final class PlanCache {
    private static final Logger LOG = LoggerFactory.getLogger(PlanCache.class);
    private static final String MAGIC = "peg-plan-cache/1";
    private static final String PREFIX = "plan-";

    /** Reads a plan file: the pipeline's plan reader. */
    interface Loader {
        PlanLoad load(Path planFile) throws IOException;
    }

    private final Path dir;
    private final String toolVersion;

    PlanCache(Path workDir, String toolVersion) {
        this.dir = workDir.resolve(AssessmentCache.DIR);
        this.toolVersion = toolVersion;
    }

    /** The plan of {@code planFile}, from the cache when this exact file was read before. */
    PlanLoad load(Path planFile, Loader loader) throws IOException {
        String sha;
        try {
            sha = Sha256.ofFile(planFile);
        } catch (IOException e) {
            return loader.load(planFile); // missing or unreadable: the reader reports it with its own finding
        }
        Optional<PlanLoad> cached = get(sha);
        if (cached.isPresent()) {
            LOG.info("plan {} unchanged (sha256={}): read from the cache", planFile, sha);
            return cached.get();
        }
        PlanLoad load = loader.load(planFile);
        // a plan with errors is not cached: the controllo will fix and save it, and it is read again anyway
        if (load.usablePlan().isPresent() && sha.equals(shaOrEmpty(planFile))) {
            put(sha, load);
        }
        return load;
    }

    Optional<PlanLoad> get(String sha256) {
        byte[] data;
        try {
            data = Files.readAllBytes(pathOf(sha256));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("plan cache entry {} unreadable: {}", pathOf(sha256), e.toString());
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(toolVersion) || !in.readUTF().equals(sha256)) {
                return Optional.empty();
            }
            String checksum = in.readUTF();
            byte[] payload = in.readAllBytes();
            if (!checksum.equals(Sha256.hex(payload))) {
                return Optional.empty();
            }
            return Optional.of(RecordCodec.decode(PlanLoad.class, payload));
        } catch (IOException | RuntimeException e) {
            LOG.warn("plan cache entry {} not usable, the plan is read again: {}", pathOf(sha256), e.toString());
            return Optional.empty();
        }
    }

    void put(String sha256, PlanLoad load) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(toolVersion);
                out.writeUTF(sha256);
                byte[] payload = RecordCodec.encode(load);
                out.writeUTF(Sha256.hex(payload));
                out.write(payload);
            }
            Files.createDirectories(dir);
            AtomicFiles.write(pathOf(sha256), bytes.toByteArray(), false);
            removeOthers(sha256);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs time, not correctness
            LOG.warn("plan cache not written ({}): the next night reads the plan file again", e.toString());
        }
    }

    private void removeOthers(String keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*.bin")) {
            for (Path p : entries) {
                if (!p.getFileName().toString().equals(PREFIX + keep + ".bin")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String shaOrEmpty(Path file) {
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            return "";
        }
    }

    Path pathOf(String sha256) {
        return dir.resolve(PREFIX + sha256 + ".bin");
    }
}
