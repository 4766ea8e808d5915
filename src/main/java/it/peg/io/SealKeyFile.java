package it.peg.io;

import it.peg.domain.LockSeal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key of the seals over locked values ({@link LockSeal}): {@value #NAME} in the plan's folder, 32 random bytes in
 * hex, readable by its owner only. It is created the first time {@code generate --from} locks a value, and read by
 * {@code validate}, {@code consolidate} and {@code merge} from beside the plan they are given. It must stay with the
 * controllo di gestione: never send it with the schede (whoever has it can seal a changed value). Never read or
 * written through a symbolic link.
 */
public final class SealKeyFile {
    public static final String NAME = ".peg-sigilli.key";

    private SealKeyFile() {
    }

    public static Path of(Path planFile) {
        Path parent = planFile.toAbsolutePath().getParent();
        return (parent == null ? planFile.toAbsolutePath() : parent).resolve(NAME);
    }

    /** The key beside the plan, when there is one. */
    public static Optional<LockSeal> load(Path planFile) throws IOException {
        Path file = of(planFile);
        Optional<byte[]> bytes = bytesOf(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String hex = new String(bytes.get(), StandardCharsets.US_ASCII).strip();
        try {
            return Optional.of(new LockSeal(HexFormat.of().parseHex(hex)));
        } catch (IllegalArgumentException e) {
            throw new IOException("La chiave dei sigilli " + file + " non è valida: ripristinarla dalla copia di"
                    + " sicurezza (senza, i valori bloccati delle schede già generate non si possono verificare).", e);
        }
    }

    /** The key file's bytes, never through a link; empty when there is none; refused over 1 KB. */
    private static Optional<byte[]> bytesOf(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (ch.size() > 1024) {
                throw new IOException("La chiave dei sigilli " + file + " non è valida (troppo grande).");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // keep reading
            }
            return Optional.of(java.util.Arrays.copyOf(buf.array(), buf.position()));
        }
    }

    /**
     * What tells this key file from another, without revealing the key: empty when there is none beside the plan (so
     * that a plan without seals names nothing), else {@code "+sigilli:"} and the first 16 hex digits of the file's
     * SHA-256 ({@code "+sigilli:?"} when it cannot be read: the night then fails on it as before). Merge adds it to the
     * identity it stamps its caches and night state with: an assessment checked without the key, or with another, is
     * not one checked with this one, and a key put back must make the next night check the seals again. The file's
     * bytes, not a seal made with the key: a quiet night need not load the JDK's HMAC for it.
     */
    public static String identity(Path planFile) {
        try {
            Optional<byte[]> bytes = bytesOf(of(planFile)); // no lambda: a night's start-up spins none
            return bytes.isPresent() ? "+sigilli:" + Sha256.hex(bytes.get()).substring(0, 16) : "";
        } catch (IOException e) {
            return "+sigilli:?";
        }
    }

    /** The key beside the plan, created (owner-only, never over an existing file or link) when there is none. */
    public static LockSeal loadOrCreate(Path planFile) throws IOException {
        Optional<LockSeal> existing = load(planFile);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = of(planFile);
        try (FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ch.write(ByteBuffer.wrap((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (FileAlreadyExistsException e) {
            return load(planFile).orElseThrow(() -> e); // another run made it meanwhile
        } catch (UnsupportedOperationException e) {
            Files.write(file, (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        return new LockSeal(key);
    }
}
