package it.peg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The folder where peg keeps what it can always compute again (the read plan and the Nucleo's columns of the summary
 * last written, for {@code consolidate}): the user's cache folder, never beside the user's files, so that office
 * folders and shared drives hold only what people made.
 * Windows {@code %LOCALAPPDATA%\peg}, macOS {@code ~/Library/Caches/peg}, elsewhere {@code $XDG_CACHE_HOME/peg} or
 * {@code ~/.cache/peg}. The system property {@value #PROPERTY} names another folder, or none when empty (no cache).
 */
final class UserCache {
    static final String PROPERTY = "peg.cache";

    private UserCache() {
    }

    /** The cache folder, created, when there is one that can be written. */
    static Optional<Path> folder() {
        return writable(location(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System::getenv,
                System.getProperty("user.home", "")));
    }

    static Optional<Path> location(String property, String os, java.util.function.UnaryOperator<String> env, String home) {
        if (property != null) {
            return property.isBlank() ? Optional.empty() : Optional.of(Path.of(property));
        }
        String osName = os.toLowerCase(Locale.ROOT);
        if (osName.startsWith("windows")) {
            return nonBlank(env.apply("LOCALAPPDATA")).map(d -> Path.of(d, "peg"));
        }
        if (home.isBlank()) {
            return Optional.empty();
        }
        if (osName.startsWith("mac")) {
            return Optional.of(Path.of(home, "Library", "Caches", "peg"));
        }
        return Optional.of(nonBlank(env.apply("XDG_CACHE_HOME")).map(d -> Path.of(d, "peg"))
                .orElseGet(() -> Path.of(home, ".cache", "peg")));
    }

    private static Optional<String> nonBlank(String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }

    private static Optional<Path> writable(Optional<Path> folder) {
        try {
            if (folder.isPresent()) {
                Path dir = Files.createDirectories(folder.get());
                if (Files.isWritable(dir)) {
                    return Optional.of(dir);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no cache: the plan is read as it always was
        }
        return Optional.empty();
    }
}
