package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The night manifest a complete run leaves for the next night's {@link QuietNight} check. */
final class RunManifest {
    private static final Logger LOG = LoggerFactory.getLogger(RunManifest.class);

    private RunManifest() {
    }

    /**
     * After a complete run that left {@code state} (written tonight, or found still holding): the manifest the next
     * night checks first. The contents were hashed during this run, which began at {@code runStartMillis}; a file's
     * stamp, taken now, vouches for them only if the file's times are older than that (nothing wrote to it since).
     *
     * @param night     the night's date, as the run chose its verifica from it
     * @param inbox     the inbox files the run archived or found known
     * @param listed    their stamps, taken while listing (before any of them was read)
     * @param hashes    their SHA-256, in the same order
     * @param received  every file ever received ({@code name NUL sha256}), this run's included
     * @param written   the outputs this run wrote or compared, with their stamps right after
     */
    static void remember(MergeRequest request, String build, long runStartMillis, String planSha, Plan plan,
                         LocalDate night, Verifica verifica, NightState state,
                         List<InputFile> inbox, Map<String, FileStamp> listed, List<String> hashes,
                         java.util.Collection<String> received,
                         WrittenOutputs written) {
        Path work = request.workDir();
        try {
            if (!plan.settings().verificaAt(night).equals(verifica)) {
                NightManifest.delete(work); // the date moved on to another verifica while the run went on
                return;
            }
            long[] days = NightManifest.validDays(plan, night);
            Optional<FileStamp> planStamp = FileStamp.of(request.planFile());
            if (planStamp.isEmpty() || planSha.isEmpty() || inbox.size() != hashes.size()) {
                NightManifest.delete(work);
                return;
            }
            SortedMap<String, NightManifest.Entry> inboxEntries = new TreeMap<>();
            // each file's stamp as listed, not taken again now (2,000 calls to the file system): every digest was read
            // after the listing (or is the last manifest's for that very stamp), so a listed stamp settled before the
            // run began vouches for it as one taken now would. A write after the listing, even one before the file was
            // read, gives the file a change time after the run's start (FileStamp's margin is longer than a tick of
            // the file system's clock): another stamp, and the next night reads the file again. A file removed since
            // is not looked at by the next night's check, which goes by the inbox as it lists it then
            for (int i = 0; i < inbox.size(); i++) {
                InputFile f = inbox.get(i);
                String name = f.name();
                Optional<FileStamp> stamp = Optional.ofNullable(listed.get(name)).or(() -> FileStamp.of(f.path()));
                if (stamp.isPresent()) {
                    inboxEntries.put(name, NightManifest.Entry.of(stamp.get(), hashes.get(i), runStartMillis));
                }
            }
            SortedMap<String, String> contents = new TreeMap<>();
            contents.put(MergeJob.SUMMARY, state.summaryDigest());
            contents.put(MergeJob.CSV, state.csvDigest());
            contents.put(VerificaSummaries.summaryOf(verifica.date()), state.summaryDigest());
            contents.put(VerificaSummaries.csvOf(verifica.date()), state.csvDigest());
            contents.put(MergeJob.FORMS, state.formsDigest());
            contents.put(VerificaSummaries.formsOf(verifica.date()), state.formsDigest());
            state.rejectedFolder().forEach((name, sha) -> contents.put(RejectedFolder.DIR + "/" + name, sha));
            SortedMap<String, NightManifest.Entry> workEntries = new TreeMap<>();
            for (Map.Entry<String, String> e : contents.entrySet()) {
                Optional<NightManifest.Entry> fresh = written.entry(work.resolve(e.getKey()))
                        .filter(w -> w.digest().equals(e.getValue()));
                if (fresh.isPresent()) {
                    workEntries.put(e.getKey(), fresh.get());
                    continue;
                }
                Optional<FileStamp> stamp = FileStamp.of(work.resolve(e.getKey()));
                if (stamp.isEmpty()) {
                    NightManifest.delete(work);
                    return;
                }
                workEntries.put(e.getKey(), NightManifest.Entry.of(stamp.get(), e.getValue(), runStartMillis));
            }
            NightManifest.Counts counts = new NightManifest.Counts(state.accepted(), state.superseded(), state.rejected(),
                    state.missing(), state.acceptedWithErrors(), state.rejectedServices(), state.notFilled());
            List<String> receivedSorted = new ArrayList<>(new java.util.TreeSet<>(received));
            // every archived copy looked for (the ordinary run looked before it read them, but a folder's stamp vouches
            // only for what was found after it was taken), but in the folders the last manifest vouches for by their
            // stamps: nothing was added, removed or renamed in them since all their copies were found there, as the
            // quiet check trusts them (a night with a few new files changes a few folders, and looked for 2,000
            // copies one by one after RUN_END: issue 21)
            SortedMap<String, NightManifest.Entry> lastFolders = NightManifest.read(work, build)
                    .map(NightManifest::archiveFolders).orElseGet(TreeMap::new);
            Optional<SortedMap<String, NightManifest.Entry>> folders = ArchiveFolders.holding(work, receivedSorted,
                    lastFolders, QuietNight.now());
            if (folders.isEmpty()) {
                NightManifest.delete(work);
                return;
            }
            new NightManifest(request.planFile().toString(), request.inbox().toString(),
                    NightManifest.Entry.of(planStamp.get(), planSha, runStartMillis), plan.settings().year(),
                    verifica.date().toString(), verifica.fullLabel(), days[0], days[1], counts,
                    inboxEntries, receivedSorted, workEntries,
                    NightManifest.Sealed.of(work.resolve(Ledger.FILE_NAME)), NightManifest.Sealed.of(QuietNight.nightStateFile(work)),
                    folders.get()).write(work, build);
        } catch (IOException | RuntimeException e) {
            NightManifest.delete(work);
            LOG.warn("night manifest not written ({}): the next night makes the ordinary checks", e.toString());
        }
    }
}
