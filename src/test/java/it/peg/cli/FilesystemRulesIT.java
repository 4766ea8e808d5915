package it.peg.cli;

import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.merge.Ledger;
import it.peg.merge.LedgerEntry;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.Stages;
import it.peg.merge.RunLock;
import it.peg.plan.PlanReader;
import it.peg.readback.ReadLimits;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The file system as a hostile user leaves it: links to files and folders and a FIFO among the schede, a link as
 * the lock file and as an output, a file name that is not UTF-8, a read that times out once. One rule everywhere:
 * links and special files are never followed, each is reported by name; a failure of the night is read again the
 * next night.
 */
class FilesystemRulesIT {
    private static final String PLAN_RESOURCE = "/it/peg/demo/piano-esempio.xlsx";

    @TempDir
    Path tmp;
    private Path plan;
    private Plan parsed;
    private Verifica verifica;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void plan() throws Exception {
        plan = tmp.resolve("piano.xlsx");
        try (InputStream in = getClass().getResourceAsStream(PLAN_RESOURCE)) {
            Files.copy(in, plan);
        }
        parsed = PlanReader.read(plan).plan().orElseThrow();
        verifica = parsed.settings().verifiche().get(0);
    }

    private int run(String... args) {
        out.reset();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(args, new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    /** The scheda of the i-th service, filled for the first verifica, in {@code folder}. */
    private Path scheda(int i, Path folder) throws Exception {
        Files.createDirectories(folder);
        Service s = parsed.services().get(i);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(parsed, s, folder);
        new OfficeSimulator(parsed, 16L).fill(file, s.code(), verifica, List.of());
        return file;
    }

    private static void mkfifo(Path p) throws Exception {
        Process proc = new ProcessBuilder("mkfifo", p.toString()).start();
        assertTrue(proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0, "mkfifo");
    }

    /** Anomalie's rows of this code: [file, message]. */
    private static List<List<String>> anomalie(Path summary, String code) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(summary); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheet("Anomalie")) {
                if (f.formatCellValue(r.getCell(1)).equals(code)) {
                    rows.add(List.of(f.formatCellValue(r.getCell(2)), f.formatCellValue(r.getCell(8))));
                }
            }
        }
        return rows;
    }

    private static final String LINK = "è un collegamento simbolico e peg non legge file attraverso un collegamento"
            + " (potrebbe puntare a un file di sistema): copiare la scheda .xlsx stessa al suo posto.";
    private static final String SPECIAL = "non è un file normale (una coda, un socket o un dispositivo) e non viene"
            + " letto: mettere al suo posto la scheda .xlsx compilata.";

    /** A folder with a good scheda, a link to a file outside, a link to a folder with a scheda, and a FIFO. */
    private Path hostileFolder(String name) throws Exception {
        Path folder = tmp.resolve(name);
        scheda(0, folder);
        Path secret = tmp.resolve("segreto.txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, "password di sistema\n");
        }
        Files.createSymbolicLink(folder.resolve("scheda-link.xlsx"), secret);
        Path elsewhere = tmp.resolve("altrove-" + name);
        scheda(1, elsewhere);
        Files.createSymbolicLink(folder.resolve("cartella-link"), elsewhere);
        mkfifo(folder.resolve("coda.xlsx"));
        return folder;
    }

    @Test
    void consolidateAndValidateSkipLinksAndSpecialFilesAndNameThem() throws Exception {
        Path in = hostileFolder("in");
        Path summary = tmp.resolve("riepilogo.xlsx");
        assertEquals(1, run("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at",
                verifica.date().toString(), "--out", summary.toString()), out::toString);
        assertEquals(List.of(List.of("cartella-link", "File \"cartella-link\": " + LINK),
                List.of("scheda-link.xlsx", "File \"scheda-link.xlsx\": " + LINK)),
                anomalie(summary, "COLLEGAMENTO_SIMBOLICO"));
        assertEquals(List.of(List.of("coda.xlsx", "File \"coda.xlsx\": " + SPECIAL)), anomalie(summary, "FILE_SPECIALE"));

        assertEquals(1, run("validate", "--plan", plan.toString(), in.toString()), out::toString);
        for (String m : List.of("File \"scheda-link.xlsx\": " + LINK, "File \"cartella-link\": " + LINK,
                "File \"coda.xlsx\": " + SPECIAL)) {
            assertTrue(out.toString().contains(m), out::toString);
        }
        // a link named on the command line is refused alike, never read through
        assertEquals(1, run("validate", "--plan", plan.toString(), in.resolve("scheda-link.xlsx").toString()),
                out::toString);
        assertTrue(out.toString().contains("File \"scheda-link.xlsx\": " + LINK), out::toString);
    }

    @Test
    void mergeSkipsLinksAndSpecialFilesNamesThemAndNeverWritesThroughALink() throws Exception {
        Path inbox = hostileFolder("inbox");
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        Path victim = tmp.resolve("vittima.txt");
        Files.writeString(victim, "da non toccare\n");
        Path summary = work.resolve(MergeJob.SUMMARY);
        Files.createSymbolicLink(summary, victim);
        System.setProperty("peg.merge.now", "2025-07-01T01:00:00Z");
        try {
            // an output that is a link: neither read (the Nucleo's columns) nor written through
            assertEquals(2, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                    work.toString(), "--at", verifica.date().toString()), out::toString);
            assertEquals("Il file di uscita " + summary + " è un collegamento simbolico: peg non legge né scrive"
                    + " attraverso un collegamento. Rimuoverlo (rm " + summary + ") e rilanciare; peg lo scrive come"
                    + " file normale. Nessun file è stato letto o scritto.\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("da non toccare\n", Files.readString(victim));
            Files.delete(summary);
            assertEquals(1, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work",
                    work.toString(), "--at", verifica.date().toString()), out::toString);
        } finally {
            System.clearProperty("peg.merge.now");
        }
        assertTrue(Files.isRegularFile(summary, LinkOption.NOFOLLOW_LINKS));
        assertEquals(2, anomalie(work.resolve(MergeJob.SUMMARY), "COLLEGAMENTO_SIMBOLICO").size());
        assertEquals(1, anomalie(work.resolve(MergeJob.SUMMARY), "FILE_SPECIALE").size());
        List<String> skipped = Ledger.read(work).of("SKIPPED").stream()
                .map(e -> e.require("name") + " " + e.require("reason")).toList();
        assertEquals(List.of("cartella-link symlink", "coda.xlsx special", "scheda-link.xlsx symlink"), skipped);
    }

    @Test
    void aLinkedLockFileIsRefusedAndItsTargetLeftAlone() throws Exception {
        Path inbox = tmp.resolve("inbox");
        scheda(0, inbox);
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        Path victim = tmp.resolve("vittima.txt");
        Files.writeString(victim, "da non svuotare\n");
        Files.createSymbolicLink(work.resolve(RunLock.FILE_NAME), victim);
        assertEquals(2, run("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work", work.toString()),
                out::toString);
        assertEquals("da non svuotare\n", Files.readString(victim));
        Path lock = work.resolve(RunLock.FILE_NAME);
        assertEquals("Il file di blocco " + lock + " è un collegamento simbolico: peg non scrive mai attraverso un"
                + " collegamento. Rimuoverlo (rm " + lock + ") e rilanciare; merge lo ricrea come file normale.\n",
                out.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(work.resolve(Ledger.FILE_NAME)), "nothing done");
    }

    @Test
    void aReadThatTimesOutIsNotCachedAndIsRetriedTheNextNight() throws Exception {
        Path inbox = tmp.resolve("inbox");
        scheda(0, inbox);
        Path work = tmp.resolve("work");
        MergeRequest request = new MergeRequest(plan, inbox, work, Optional.of(verifica.date()));
        Stages loaded = Stages.real(
                new XlsxReturnedWorkbookReader(ReadLimits.defaults().withTimeBudget(Duration.ZERO)), Optional.empty());
        MergeReport first = new MergeJob(loaded, Clock.fixed(Instant.parse("2025-07-01T01:00:00Z"), ZoneOffset.UTC),
                "test").run(request, "notte-1");
        assertEquals(1, first.rejected(), first::italianLine);
        LedgerEntry status = Ledger.read(work).of("STATUS").get(0);
        assertTrue(status.require("reason").contains("la lettura del file ha superato il tempo massimo"),
                status::toString);

        MergeReport second = new MergeJob(Stages.real(), Clock.fixed(Instant.parse("2025-07-02T01:00:00Z"),
                ZoneOffset.UTC), "test").run(request, "notte-2");
        assertEquals(1, second.read(), "read again, not taken from the cache: " + second.italianLine());
        assertEquals(1, second.accepted(), second::italianLine);
        assertEquals(0, second.rejected(), second::italianLine);
    }

    @Test
    void aFileNameThatIsNotUtf8IsReadAlikeByEveryCommand() throws Exception {
        Path folder = tmp.resolve("latin1");
        Path file = scheda(0, folder);
        // rename to a Latin-1 name ("caffè.xlsx" with è as the single byte 0xE8): not valid UTF-8
        Process mv = new ProcessBuilder("python3", "-c",
                "import os, sys; os.rename(sys.argv[1].encode(), sys.argv[2].encode() + b'/caff\\xe8.xlsx')",
                file.toString(), folder.toString()).redirectErrorStream(true).start();
        assertTrue(mv.waitFor(10, TimeUnit.SECONDS) && mv.exitValue() == 0,
                new String(mv.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String shown = "caff\uFFFD.xlsx";
        String note = "File \"" + shown + "\": il nome del file contiene caratteri non validi per questo sistema"
                + " (mostrati come \uFFFD): il file è stato letto normalmente; rinominarlo usando lettere, cifre, spazi e"
                + " trattini prima del prossimo invio.";

        assertEquals(0, run("validate", "--plan", plan.toString(), folder.toString()), out::toString);
        assertTrue(out.toString().contains(note) && !out.toString().contains("ERRORE"), out::toString);
        // named on the command line: the shell's bytes arrive replaced, and the file is still found
        assertEquals(0, run("validate", "--plan", plan.toString(), folder.resolve(shown).toString()), out::toString);
        assertTrue(out.toString().contains(note) && !out.toString().contains("ERRORE"), out::toString);

        Path summary = tmp.resolve("riepilogo.xlsx");
        assertEquals(0, run("consolidate", "--plan", plan.toString(), "--in", folder.toString(), "--at",
                verifica.date().toString(), "--out", summary.toString()), out::toString);
        assertEquals(List.of(List.of(shown, note)), anomalie(summary, "NOME_FILE_NON_VALIDO"));

        Path work = tmp.resolve("work");
        System.setProperty("peg.merge.now", "2025-07-01T01:00:00Z");
        try {
            assertEquals(0, run("merge", "--plan", plan.toString(), "--inbox", folder.toString(), "--work",
                    work.toString(), "--at", verifica.date().toString()), out::toString);
        } finally {
            System.clearProperty("peg.merge.now");
        }
        assertEquals(List.of(List.of(shown, note)), anomalie(work.resolve(MergeJob.SUMMARY), "NOME_FILE_NON_VALIDO"));
    }
}
