package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that are not schede, left in the input folder or the inbox (trial of issue 17): a leggimi.txt got the error
 * "usare la scheda .xlsx ricevuta dal controllo di gestione", as if an office had failed, and Windows' Thumbs.db too.
 * Windows' own files are skipped; any other file neither named as a spreadsheet nor one is named for what it is, an
 * AVVISO, and counts against no office.
 */
class StrayFilesTest {
    @TempDir
    Path dir;

    @Test
    void windowsFolderFilesAreNeverRead() throws Exception {
        assertTrue(InputFolders.ignored("Thumbs.db"));
        assertTrue(InputFolders.ignored("desktop.ini"));
        assertTrue(InputFolders.ignored("thumbs.db"));
        assertFalse(InputFolders.ignored("ANA - Anagrafe.xlsx"));
        Files.write(dir.resolve("Thumbs.db"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("leggimi.txt"), "Consegnare entro il 15/07.", StandardCharsets.UTF_8);
        List<String> names = InputFolders.walk(dir, false, n -> true).files().stream().map(InputFolders.Found::name).toList();
        assertEquals(List.of("leggimi.txt"), names);
    }

    @Test
    void aTextFileIsNotASchedaAndNoOfficesError() throws Exception {
        Path txt = dir.resolve("leggimi.txt");
        Files.writeString(txt, "Consegnare entro il 15/07.", StandardCharsets.UTF_8);
        Consolidator consolidator = new Consolidator(new XlsxReturnedWorkbookReader(), LocalDate.of(2018, 7, 1));
        FileAssessment a = consolidator.assess(plan(), new InputFile(txt, "leggimi.txt", Instant.parse("2018-07-10T08:00:00Z")));
        assertEquals(List.of(new Finding(Severity.AVVISO, "FILE_NON_SCHEDA", "leggimi.txt", "", "", "", "", "una scheda .xlsx",
                "Il file \"leggimi.txt\" non è una scheda né un foglio di calcolo: non è stato letto e non conta come"
                        + " consegna di alcun servizio. Se non serve, toglierlo dalla cartella delle schede.")), a.findings());
        assertEquals(Optional.empty(), a.serviceCode());
        assertFalse(a.usable());
    }

    /**
     * Regression (s21-trial): a workbook that is not a scheda (here the plan itself, returned by mistake) was refused
     * twice over in consolidate and merge, "2 errori" for one problem: the reader's NON_SCHEDA_PEG and validation's of
     * the same code in other words. validate said it once; now every command does.
     */
    @Test
    void aWorkbookThatIsNotASchedaIsRefusedOnce() throws Exception {
        Path piano = Files.copy(Path.of("src/test/resources/plans/firenze-2017.xlsx"), dir.resolve("piano.xlsx"));
        Consolidator consolidator = new Consolidator(new XlsxReturnedWorkbookReader(), LocalDate.of(2018, 7, 1));
        FileAssessment a = consolidator.assess(plan(), new InputFile(piano, "piano.xlsx", Instant.parse("2018-07-10T08:00:00Z")));
        assertEquals(List.of(new Finding(Severity.ERRORE, "NON_SCHEDA_PEG", "piano.xlsx", "", "", "", "", "",
                "File \"piano.xlsx\": non è una scheda generata da peg: usare il file ricevuto dal controllo di gestione"
                        + " (compilare quella scheda, senza copiarne il contenuto in un file nuovo).")), a.findings());
        assertFalse(a.usable());
    }

    private static Plan plan() {
        return it.peg.plan.PlanReader.read(Path.of("src/test/resources/plans/firenze-2017.xlsx")).plan().orElseThrow();
    }
}
