package it.peg.merge;

import it.peg.clock.Digits;
import it.peg.merge.cache.ParsedFileCache;
import it.peg.summary.NucleoReadResult;
import it.peg.domain.Verifica;
import it.peg.io.AtomicFiles;
import it.peg.io.OutputDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Map;

/**
 * One summary per verifica in the work folder: {@code riepilogo-MMDD.xlsx} and {@code .csv} beside the current
 * {@code riepilogo.xlsx} and {@code .csv}, the same bytes while that verifica is current, kept when the nights move
 * on to another. The Nucleo's columns belong to one verifica (docs/merge.md): which file they are read from, and
 * how the current summary of another verifica is kept before it is replaced.
 */
final class VerificaSummaries {
    private VerificaSummaries() {
    }

    /** The summary of one verifica, {@code riepilogo-MMDD.xlsx}. */
    public static String summaryOf(LocalDate verifica) {
        return "riepilogo-" + mmdd(verifica) + ".xlsx";
    }

    /** The CSV of one verifica, {@code riepilogo-MMDD.csv}. */
    public static String csvOf(LocalDate verifica) {
        return "riepilogo-" + mmdd(verifica) + ".csv";
    }

    /** The Schede per la valutazione of one verifica, {@code schede-valutazione-MMDD.xlsx}. */
    public static String formsOf(LocalDate verifica) {
        return "schede-valutazione-" + mmdd(verifica) + ".xlsx";
    }

    private static String mmdd(LocalDate date) {
        // by hand rather than String.format("%02d%02d"): the Formatter's set-up (locale data) was a visible share of
        // a night with nothing new (issue 21)
        StringBuilder sb = new StringBuilder(4);
        return Digits.padded(Digits.padded(sb, date.getMonthValue(), 2), date.getDayOfMonth(), 2).toString();
    }

    /**
     * The Nucleo's columns for a summary of {@code verifica}: from the current summary when it is of that verifica,
     * or from {@code riepilogo-MMDD.xlsx} when that one was saved after it (the Nucleo typed there) or the current
     * one is of another verifica. The two are the same bytes as merge leaves them, so the verifica's file is read
     * only when they differ. {@code current} receives the current summary's reading; {@code left} is the summary's
     * digest as the last complete run left it (its night state), which tells which of the two the Nucleo saved since
     * ({@link #savedAfter}).
     */
    static NucleoReadResult nucleoFor(Path work, String build, Verifica verifica, ParsedFileCache<NucleoReadResult> cache,
                                      Stages.ReadNucleo read,
                                      java.util.concurrent.atomic.AtomicReference<NucleoReadResult> current,
                                      Optional<String> left)
            throws IOException {
        Path summary = work.resolve(MergeJob.SUMMARY);
        Path own = work.resolve(summaryOf(verifica.date()));
        // each file's digest once, for the cache's key and for savedAfter: each is the night manifest read whole, or
        // the file read whole when its stamp no longer vouches (the Nucleo saved it)
        java.util.Map<Path, String> digests = new java.util.HashMap<>();
        java.util.function.Function<Path, String> digest = f -> digests.computeIfAbsent(f, p -> digestOf(work, build, p));
        NucleoReadResult cur = Files.isRegularFile(summary) ? cached(cache, summary, digest, read) : NucleoReadResult.empty();
        current.set(cur);
        boolean curApplies = Files.isRegularFile(summary) && !ofAnother(cur, verifica.date());
        if (Files.isRegularFile(own) && !(curApplies && Files.mismatch(summary, own) == -1L)
                && (!curApplies || savedAfter(own, summary, left, digest))) {
            NucleoReadResult ofOwn = cached(cache, own, digest, read);
            return ofOwn.forVerifica(verifica.date());
        }
        return cur.forVerifica(verifica.date());
    }

    /**
     * A summary's Nucleo columns from the cache, keyed by {@code digest} ({@link #digestOf}: an output the last run left
     * by its {@link OutputDigest} from the night manifest while the file's stamp vouches for it, else by reading the
     * file's).
     */
    private static NucleoReadResult cached(ParsedFileCache<NucleoReadResult> cache, Path file,
                                           java.util.function.Function<Path, String> digest, Stages.ReadNucleo read)
            throws IOException {
        return cache.load(file, digest.apply(file), read::read);
    }

    /**
     * Whether {@code file} was saved after {@code other}, two files the last complete run left with the same bytes,
     * {@code left} ({@link OutputDigest}; empty when it left no night state): the one that no longer holds them was
     * saved since, whatever its modification time says. A copy put back with Explorer, {@code cp -p} or rsync keeps
     * the time of its own save, which is older than the night that wrote the other file whenever a delivery arrived
     * while the Nucleo worked on its copy: by the times alone the Nucleo's file was taken for the older one, not read,
     * and overwritten. When both or neither still hold the bytes left, or there is no state, the times decide.
     */
    static boolean savedAfter(Path file, Path other, Optional<String> left,
                              java.util.function.Function<Path, String> digest) throws IOException {
        if (left.isPresent()) {
            boolean fileAsLeft = left.get().equals(digest.apply(file));
            boolean otherAsLeft = left.get().equals(digest.apply(other));
            if (fileAsLeft != otherAsLeft) {
                return otherAsLeft;
            }
        }
        return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(other)) > 0;
    }

    /** An output's digest: from the night manifest while its stamp vouches for it, else read. */
    private static String digestOf(Path work, String build, Path file) {
        return QuietNight.knownDigest(work, build, file).orElseGet(() -> OutputDigest.ofFileOrEmpty(file));
    }

    /** Of a summary of another verifica than {@code wanted}: its judgements belong to that one. */
    private static boolean ofAnother(NucleoReadResult read, LocalDate wanted) {
        return read.verifica().isPresent() && !read.verifica().get().equals(wanted);
    }

    /**
     * Before the current outputs of another verifica are replaced: copies each (the summary, the CSV, the Schede per la
     * valutazione) under that verifica's name, unless that file is the same or was saved after it. Every night writes
     * those copies after its outputs, so this copies only what a night killed in between left behind, or a copy deleted
     * since; a summary the Nucleo saved under the verifica's name after the night is newer and kept. {@code last} is
     * the night state the last complete run left: a file that still holds the bytes it left was not saved since, and
     * one that does not was ({@link #savedAfter}), whatever their modification times say.
     */
    static void keepAsItsVerifica(Path work, NucleoReadResult current, Verifica verifica, Ledger ledger,
                                  Optional<NightState> last) throws IOException {
        if (!ofAnother(current, verifica.date())) {
            return;
        }
        LocalDate other = current.verifica().orElseThrow();
        keepIfNewer(work.resolve(MergeJob.SUMMARY), work.resolve(summaryOf(other)), other, ledger,
                last.map(NightState::summaryDigest));
        keepIfNewer(work.resolve(MergeJob.CSV), work.resolve(csvOf(other)), other, ledger, last.map(NightState::csvDigest));
        keepIfNewer(work.resolve(MergeJob.FORMS), work.resolve(formsOf(other)), other, ledger,
                last.map(NightState::formsDigest));
    }

    private static void keepIfNewer(Path output, Path kept, LocalDate verifica, Ledger ledger, Optional<String> left)
            throws IOException {
        if (Files.isRegularFile(output) && (!Files.isRegularFile(kept)
                || savedAfter(output, kept, left, OutputDigest::ofFileOrEmpty))) {
            copyIfDifferent(output, kept, verifica, ledger);
        }
    }

    /** Puts a copy of {@code from} at {@code to} atomically and durably, when the bytes differ. */
    static void copyIfDifferent(Path from, Path to, LocalDate verifica, Ledger ledger) throws IOException {
        copyIfDifferent(from, to, verifica, ledger, new WrittenOutputs());
    }

    /** As {@link #copyIfDifferent(Path, Path, LocalDate, Ledger)}, the copy's digest known from {@code written}. */
    static void copyIfDifferent(Path from, Path to, LocalDate verifica, Ledger ledger, WrittenOutputs written)
            throws IOException {
        Optional<NightManifest.Entry> before = written.entry(from);
        if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1L) {
            before.filter(b -> b.equals(written.entry(from).orElse(null))).ifPresent(b -> written.holds(to, b.digest()));
            return;
        }
        AtomicFiles.write(to, out -> Files.copy(from, out));
        ledger.append(LedgerEvent.OUTPUT, Ledger.fields("file", to.getFileName().toString(), "digest",
                written.digestOfCopy(from, before, to), "verifica", verifica.toString()));
    }
}
